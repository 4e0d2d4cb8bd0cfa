// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard driven as a user would, offscreen, on the demo database: the charts hold exactly the
// engine's numbers, the as-of control moves them, a ministry's bar filters the orders, edits and undo update
// it, and it follows the language and the palette.
#include "dashboardwidget.h"
#include "language.h"
#include "mainwindow.h"
#include "ordercommands.h"
#include "workspace.h"

#include "engine/consumption.h"
#include "io/demodata.h"
#include "models/alertsmodel.h"
#include "models/dashboardvalues.h"
#include "models/ministryspendingmodel.h"
#include "models/ordersfilterproxy.h"
#include "storage/stores.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QSlider>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include <algorithm>

using namespace Plafond;

namespace {

template <typename T>
T *seriesNamed(QChart *chart, const char *name)
{
    for (QAbstractSeries *series : chart->series()) {
        if (series->objectName() == QLatin1String(name))
            return qobject_cast<T *>(series);
    }
    return nullptr;
}

Money minus(Money a, Money b)
{
    return Money::fromCents(a.cents() - b.cents());
}

// Exactly, not within qFuzzyCompare's tolerance: the chart must hold the very double the conversion gives.
#define COMPARE_EXACTLY(actual, expected)                                                                       \
    do {                                                                                                        \
        const double a_ = (actual), e_ = (expected);                                                            \
        QVERIFY2(a_ == e_, qPrintable(QStringLiteral("%1: %2, expected %3")                                     \
                                          .arg(QLatin1String(#actual), QString::number(a_, 'g', 17),            \
                                               QString::number(e_, 'g', 17))));                                 \
    } while (false)

} // namespace

class TestGuiDashboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoPath;

    // The window on the demo, showing the dashboard of the MEF contract (or one of its lots).
    std::unique_ptr<MainWindow> openOnDashboard(int lotNumber = 0)
    {
        auto window = std::make_unique<MainWindow>();
        QString error;
        if (!window->openDatabase(m_demoPath, false, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        if (!window->waitUntilLoaded())
            return nullptr;
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        Stores &stores = window->workspace()->stores();
        const Contract ell = *stores.contracts.contractByReference(QStringLiteral("MEF-ELL-2020"));
        const Id lot = lotNumber ? stores.contracts.lots(ell.id).value().at(lotNumber - 1).id : 0;
        window->selectContractOrLot(ell.id, lot);
        window->showDashboard();
        if (!window->dashboard()->waitUntilComputed())
            return nullptr;
        return window;
    }

    // The engine's result for what the dashboard shows, once its own computation is on screen.
    static std::optional<ContractConsumption> computed(MainWindow &window)
    {
        if (!window.dashboard()->waitUntilComputed())
            return std::nullopt;
        return ConsumptionEngine::compute(window.workspace()->stores(), window.dashboard()->contractId(),
                                          window.dashboard()->asOf());
    }

    // Every chart against the engine's result, converted to the charts' units as DashboardValues does.
    static void checkCharts(DashboardWidget *dashboard, const ContractConsumption &c)
    {
        const Id lotId = dashboard->lotId();
        const LotConsumption *lot = nullptr;
        QList<LotConsumption> lots;
        for (const LotConsumption &l : c.lots) {
            if (!lotId || l.lotId == lotId)
                lots << l;
            if (l.lotId == lotId)
                lot = &l;
        }
        QVERIFY(!lotId || lot);

        // Chart 1: the four exclusive slices of each lot, in percent of its maximum.
        auto *stack = seriesNamed<QStackedBarSeries>(dashboard->ceilingChart(), "ceilingSeries");
        QVERIFY(stack);
        QCOMPARE(stack->barSets().size(), 4);
        for (const QBarSet *set : stack->barSets())
            QCOMPARE(set->count(), lots.size());
        for (int i = 0; i < lots.size(); ++i) {
            const StepAmounts &a = lots.at(i).amounts;
            const qint64 maximum = lots.at(i).ceiling.maximum.cents();
            const QList<Money> slices{a.paidHt, minus(a.invoicedHt, a.paidHt), minus(a.doneHt, a.invoicedHt),
                                      minus(a.orderedHt, a.doneHt)};
            for (int s = 0; s < 4; ++s)
                COMPARE_EXACTLY(stack->barSets().at(s)->at(i), 100.0 * double(slices.at(s).cents()) / double(maximum));
        }
        auto *lotAxis = qobject_cast<QBarCategoryAxis *>(stack->attachedAxes().constFirst());
        QVERIFY(lotAxis);
        QCOMPARE(lotAxis->count(), lots.size());

        // Chart 2: recorded months at their last day (the as-of date for the last), then the projection.
        const QList<MonthAmounts> &months = lot ? lot->months : c.months;
        const Forecast &forecast = lot ? lot->forecast : c.forecast;
        const Money maximum = lot ? lot->ceiling.maximum : c.ceiling.maximum;
        auto *ordered = seriesNamed<QLineSeries>(dashboard->timelineChart(), "orderedSeries");
        QVERIFY(ordered);
        QCOMPARE(ordered->count(), months.size());
        for (int i = 0; i < months.size(); ++i) {
            const QDate date = std::min(months.at(i).month.addMonths(1).addDays(-1), c.asOf);
            COMPARE_EXACTLY(ordered->at(i).x(), double(date.startOfDay().toMSecsSinceEpoch()));
            COMPARE_EXACTLY(ordered->at(i).y(), double(months.at(i).cumulativeOrderedHt.cents()) / 100000.0);
        }
        auto *projected = seriesNamed<QLineSeries>(dashboard->timelineChart(), "forecastSeries");
        QVERIFY(projected);
        if (c.asOf < c.endOn && !months.isEmpty()) {
            QVERIFY(projected->count() >= 2);
            QCOMPARE(projected->at(0), ordered->at(ordered->count() - 1)); // the two lines join
            const Money next = Money::fromCents(months.constLast().cumulativeOrderedHt.cents()
                                                + forecast.burnRatePerMonthHt.cents());
            if (c.asOf.addMonths(1) < c.endOn) {
                COMPARE_EXACTLY(projected->at(1).x(), double(c.asOf.addMonths(1).startOfDay().toMSecsSinceEpoch()));
                COMPARE_EXACTLY(projected->at(1).y(), double(next.cents()) / 100000.0);
            }
            COMPARE_EXACTLY(projected->at(projected->count() - 1).x(),
                            double(c.endOn.startOfDay().toMSecsSinceEpoch()));
        } else {
            QVERIFY(!projected->isVisible()); // nothing is projected past the end
        }
        auto *maximumLine = seriesNamed<QLineSeries>(dashboard->timelineChart(), "maximumSeries");
        QVERIFY(maximumLine);
        QCOMPARE(maximumLine->count(), 2);
        COMPARE_EXACTLY(maximumLine->at(0).y(), double(maximum.cents()) / 100000.0);
        auto *asOfLine = seriesNamed<QLineSeries>(dashboard->timelineChart(), "asOfSeries");
        QVERIFY(asOfLine);
        COMPARE_EXACTLY(asOfLine->at(0).x(), double(c.asOf.startOfDay().toMSecsSinceEpoch()));

        // Chart 3: the ministries, largest first from the top (the chart's last bar), the rest as "Others".
        const QList<BeneficiaryConsumption> &beneficiaries = lot ? lot->beneficiaries : c.beneficiaries;
        QList<std::pair<qint64, QString>> ministries;
        for (const BeneficiaryConsumption &b : beneficiaries) {
            if (b.parentId == 0 && b.rolledUp.orderedHt.cents() > 0)
                ministries.append({b.rolledUp.orderedHt.cents(), b.code});
        }
        std::sort(ministries.begin(), ministries.end(), [](const auto &x, const auto &y) {
            return x.first != y.first ? x.first > y.first : x.second < y.second;
        });
        QList<qint64> expected;
        QStringList codes;
        qint64 others = 0;
        for (int i = 0; i < ministries.size(); ++i) {
            if (i < 8) {
                expected << ministries.at(i).first;
                codes << ministries.at(i).second;
            } else {
                others += ministries.at(i).first;
            }
        }
        if (ministries.size() > 8) {
            expected << others;
            codes << MinistrySpendingModel::tr("Others");
        }
        auto *bars = seriesNamed<QHorizontalBarSeries>(dashboard->ministryChart(), "ministrySeries");
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 1);
        const QBarSet *spent = bars->barSets().constFirst();
        QCOMPARE(spent->count(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            COMPARE_EXACTLY(spent->at(expected.size() - 1 - i), double(expected.at(i)) / 100000.0);
        auto *names = qobject_cast<QBarCategoryAxis *>(bars->attachedAxes().constFirst());
        QVERIFY(names);
        std::reverse(codes.begin(), codes.end());
        QCOMPARE(names->categories(), codes);

        // Chart 4: per work unit (per code on a contract), its share of the amount and its budget used.
        struct Unit
        {
            QString code;
            qint64 ordered = 0, milli = 0;
            std::optional<qint64> budget;
        };
        QList<Unit> units;
        qint64 total = 0;
        for (const WorkUnitConsumption &w : c.workUnits) {
            if (lotId && w.lotId != lotId)
                continue;
            auto it = std::find_if(units.begin(), units.end(), [&](const Unit &u) { return u.code == w.code; });
            if (lotId || it == units.end()) {
                units << Unit{w.code, 0, 0, std::nullopt};
                it = units.end() - 1;
            }
            it->ordered += w.orderedHt.cents();
            it->milli += w.orderedQuantityMilli;
            if (w.budgetQuantityMilli)
                it->budget = it->budget.value_or(0) + *w.budgetQuantityMilli;
            total += w.orderedHt.cents();
        }
        auto *mix = seriesNamed<QHorizontalBarSeries>(dashboard->workUnitChart(), "workUnitSeries");
        QVERIFY(mix);
        QCOMPARE(mix->barSets().size(), 2);
        QCOMPARE(mix->barSets().at(0)->count(), units.size());
        for (int i = 0; i < units.size(); ++i) {
            const int bar = int(units.size()) - 1 - i;
            const Unit &u = units.at(i);
            COMPARE_EXACTLY(mix->barSets().at(0)->at(bar), total > 0 ? 100.0 * double(u.ordered) / double(total) : 0.0);
            COMPARE_EXACTLY(mix->barSets().at(1)->at(bar),
                            u.budget && *u.budget > 0 ? 100.0 * double(u.milli) / double(*u.budget) : 0.0);
        }
    }

    static void checkHeadline(DashboardWidget *dashboard, const ContractConsumption &c)
    {
        const LotConsumption *lot = nullptr;
        for (const LotConsumption &l : c.lots) {
            if (l.lotId == dashboard->lotId())
                lot = &l;
        }
        const CeilingState &ceiling = lot ? lot->ceiling : c.ceiling;
        const QLocale locale;
        const auto text = [&](const char *name) {
            return dashboard->findChild<QLabel *>(QLatin1String(name))->text();
        };
        QCOMPARE(text("maximumValue"), ceiling.maximum.toString(locale));
        QCOMPARE(text("orderedValue"), (lot ? lot->amounts : c.amounts).orderedHt.toString(locale));
        QCOMPARE(text("remainingValue"), ceiling.remaining.toString(locale));
        QCOMPARE(text("percentValue"), DashboardValues::percentText(ceiling.percentHundredths, locale));
        // The percentage's colour is the most severe ceiling alert's on what is shown.
        int severity = -1;
        for (const Alert &a : c.alerts) {
            if (a.lotId == (lot ? lot->lotId : 0)
                && (a.kind == Alert::Kind::Threshold || a.kind == Alert::Kind::OverMaximum))
                severity = std::max(severity, int(a.severity));
        }
        const QStringList states{QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("critical")};
        QCOMPARE(dashboard->findChild<QLabel *>(QStringLiteral("percentValue"))->property("alertState").toString(),
                 severity < 0 ? QStringLiteral("none") : states.at(severity));
        const Forecast &forecast = lot ? lot->forecast : c.forecast;
        if (ceiling.remaining.cents() > 0 && !forecast.notBeforeEnd && forecast.maxReachedOn)
            QCOMPARE(text("forecastValue"), locale.toString(*forecast.maxReachedOn, QLocale::ShortFormat));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_demoPath = m_dir.filePath(QStringLiteral("demo.plafond"));
        Database db;
        QString error;
        QVERIFY2(db.open(m_demoPath, Database::OpenMode::CreateIfMissing, &error), qPrintable(error));
        Stores stores(db);
        QVERIFY2(DemoData::write(stores, &error), qPrintable(error));
    }

    void chartsHoldTheEnginesNumbers()
    {
        const auto window = openOnDashboard();
        QVERIFY(window);
        DashboardWidget *dashboard = window->dashboard();
        QCOMPARE(window->viewTabs()->currentWidget(), dashboard);
        QAbstractItemModelTester alertsTester(dashboard->alertsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Contract ell = *window->workspace()->stores().contracts.contractByReference(QStringLiteral("MEF-ELL-2020"));
        QCOMPARE(dashboard->contractId(), ell.id);
        QCOMPARE(dashboard->lotId(), Id(0));
        // Today, brought within the contract's life (the demo contract is over: its last day).
        QCOMPARE(dashboard->lifeStart(), ell.startOn);
        QCOMPARE(dashboard->asOf(), std::clamp(QDate::currentDate(), dashboard->lifeStart(), dashboard->lifeEnd()));

        std::optional<ContractConsumption> c = computed(*window);
        QVERIFY(c);
        checkCharts(dashboard, *c);
        checkHeadline(dashboard, *c);
        QCOMPARE(dashboard->alertsModel()->rowCount(), c->alerts.size());
        QCOMPARE(dashboard->findChild<QTableView *>(QStringLiteral("alerts"))->model()->rowCount(), c->alerts.size());

        // The date field moves the slider and recomputes everything, with a projection to the end.
        auto *date = dashboard->findChild<QDateEdit *>(QStringLiteral("asOfDate"));
        auto *slider = dashboard->findChild<QSlider *>(QStringLiteral("asOfSlider"));
        QCOMPARE(slider->minimum(), 0);
        QCOMPARE(slider->maximum(), int(dashboard->lifeStart().daysTo(dashboard->lifeEnd())));
        date->setDate(QDate(2022, 6, 30));
        QCOMPARE(dashboard->asOf(), QDate(2022, 6, 30));
        QCOMPARE(slider->value(), int(ell.startOn.daysTo(QDate(2022, 6, 30))));
        const std::optional<ContractConsumption> mid = computed(*window);
        QVERIFY(mid);
        QVERIFY(mid->amounts.orderedHt < c->amounts.orderedHt);
        checkCharts(dashboard, *mid);
        checkHeadline(dashboard, *mid);

        // The slider, a day per step, moves the date field.
        slider->setValue(400);
        QCOMPARE(date->date(), ell.startOn.addDays(400));
        QCOMPARE(dashboard->asOf(), ell.startOn.addDays(400));
        c = computed(*window);
        QVERIFY(c);
        checkCharts(dashboard, *c);
        checkHeadline(dashboard, *c);

        // A lot's dashboard: its own bar, series, ministries and work units, at the same date.
        const Lot lot4 = window->workspace()->stores().contracts.lots(ell.id).value().at(3);
        window->selectContractOrLot(ell.id, lot4.id);
        QCOMPARE(dashboard->lotId(), lot4.id);
        QCOMPARE(dashboard->asOf(), ell.startOn.addDays(400));
        c = computed(*window);
        QVERIFY(c);
        checkCharts(dashboard, *c);
        checkHeadline(dashboard, *c);
        for (int row = 0; row < dashboard->alertsModel()->rowCount(); ++row) {
            const Id alertLot = dashboard->alertsModel()->index(row, 0).data(LotIdRole).toLongLong();
            QVERIFY(alertLot == 0 || alertLot == lot4.id);
        }

        // At the end of the contract, lot 4 is past its 70 % threshold: the percentage says so.
        dashboard->setAsOf(dashboard->lifeEnd());
        c = computed(*window);
        QVERIFY(c);
        QVERIFY(c->lots.at(3).ceiling.thresholdReached >= 70);
        checkHeadline(dashboard, *c);
        QVERIFY(dashboard->findChild<QLabel *>(QStringLiteral("percentValue"))->property("alertState").toString()
                != QStringLiteral("none"));
    }

    void ministryBarFiltersTheOrders()
    {
        const auto window = openOnDashboard();
        QVERIFY(window);
        DashboardWidget *dashboard = window->dashboard();
        Stores &stores = window->workspace()->stores();
        auto *bars = seriesNamed<QHorizontalBarSeries>(dashboard->ministryChart(), "ministrySeries");
        QVERIFY(bars);
        QBarSet *set = bars->barSets().constFirst();
        // The top bar is the largest ministry: the model's first row.
        const int top = set->count() - 1;
        const Id ministry = dashboard->ministryModel()->ministry(0).beneficiaryId;
        QVERIFY(ministry);
        QSignalSpy clicked(dashboard, &DashboardWidget::ministryClicked);
        emit set->clicked(top);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).toLongLong(), ministry);
        QCOMPARE(window->viewTabs()->currentWidget()->objectName(), QStringLiteral("ordersPage"));
        auto *filter = window->findChild<QComboBox *>(QStringLiteral("beneficiaryFilter"));
        QCOMPARE(filter->currentData().toLongLong(), ministry);

        // The ministry and every direction and body under it, on the contract shown.
        QSet<Id> family{ministry};
        const QList<Beneficiary> all = stores.catalogue.beneficiaries().value();
        for (bool grew = true; grew;) {
            grew = false;
            for (const Beneficiary &b : all) {
                if (b.parentId && family.contains(b.parentId) && !family.contains(b.id)) {
                    family.insert(b.id);
                    grew = true;
                }
            }
        }
        QVERIFY(family.size() > 1); // the demo's largest ministry has directions
        int expected = 0;
        qint64 cents = 0;
        for (const OrderRow &row : stores.orders.orderRows()) {
            if (row.contractId == dashboard->contractId() && family.contains(row.beneficiaryId)) {
                ++expected;
                cents += row.totalHt.cents();
            }
        }
        QVERIFY(expected > 0);
        QCOMPARE(window->ordersProxy()->rowCount(), expected);
        QCOMPARE(window->ordersProxy()->totalHt().cents(), cents);

        // "Others" stands for several ministries: clicking it filters nothing.
        window->showDashboard();
        if (dashboard->ministryModel()->ministry(dashboard->ministryModel()->rowCount() - 1).beneficiaryId == 0) {
            emit set->clicked(0); // the bottom bar
            QCOMPARE(clicked.count(), 1);
            QCOMPARE(window->viewTabs()->currentWidget(), dashboard);
        }
        // Ctrl+2 and Ctrl+1 switch between the two views.
        window->findChild<QAction *>(QStringLiteral("actionShowOrders"))->trigger();
        QCOMPARE(window->viewTabs()->currentWidget()->objectName(), QStringLiteral("ordersPage"));
        QCOMPARE(window->findChild<QAction *>(QStringLiteral("actionShowDashboard"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_2));
        window->findChild<QAction *>(QStringLiteral("actionShowDashboard"))->trigger();
        QCOMPARE(window->viewTabs()->currentWidget(), dashboard);
    }

    void alertLeadsToItsLot()
    {
        const auto window = openOnDashboard();
        QVERIFY(window);
        DashboardWidget *dashboard = window->dashboard();
        auto *view = dashboard->findChild<QTableView *>(QStringLiteral("alerts"));
        int row = 0;
        while (row < view->model()->rowCount() && view->model()->index(row, 0).data(LotIdRole).toLongLong() == 0)
            ++row;
        QVERIFY(row < view->model()->rowCount());
        const Id lot = view->model()->index(row, 0).data(LotIdRole).toLongLong();
        emit view->activated(view->model()->index(row, AlertsModel::MessageColumn));
        QCOMPARE(window->contractsView()->currentIndex().data(LotIdRole).toLongLong(), lot);
        QCOMPARE(dashboard->lotId(), lot);
    }

    void editUndoRedoUpdateTheHeadline()
    {
        const auto window = openOnDashboard(1);
        QVERIFY(window);
        DashboardWidget *dashboard = window->dashboard();
        Workspace *workspace = window->workspace();
        Stores &stores = workspace->stores();
        const Lot lot = *stores.contracts.lot(dashboard->lotId());
        auto *ordered = dashboard->findChild<QLabel *>(QStringLiteral("orderedValue"));
        const std::optional<ContractConsumption> before = computed(*window);
        QVERIFY(before);
        const LotConsumption &lotBefore =
            *std::find_if(before->lots.cbegin(), before->lots.cend(), [&](const LotConsumption &l) { return l.lotId == lot.id; });
        QCOMPARE(ordered->text(), lotBefore.amounts.orderedHt.toString(QLocale()));

        // Two days of the lot's first work unit, issued a month before the as-of date.
        const QDate issued = dashboard->asOf().addMonths(-1);
        const WorkUnit unit = stores.catalogue.workUnits(lot.id).value().constFirst();
        PurchaseOrder order;
        order.lotId = lot.id;
        order.beneficiaryId = stores.catalogue.beneficiaries().value().constFirst().id;
        order.number = stores.orders.nextOrderNumber(lot.contractId, issued.year()).value();
        order.commitmentNumber = QStringLiteral("EJ-TEST");
        order.createdOn = issued;
        QVERIFY(Lifecycle::move(order, OrderStatus::Issued, issued));
        OrderLine line;
        line.workUnitId = unit.id;
        line.quantityMilli = 2000;
        line.unitPriceHt = *unit.priceOn(issued);
        order.lines << line;
        const qint64 amount = Money::lineAmount(2000, line.unitPriceHt)->cents();
        QString error;
        QVERIFY2(workspace->execute(new SaveOrdersCommand(workspace, QStringLiteral("test"),
                                                          {SaveOrdersCommand::Change{std::nullopt, order, std::nullopt}}),
                                    &error),
                 qPrintable(error));
        QVERIFY(dashboard->waitUntilComputed());
        const Money after = Money::fromCents(lotBefore.amounts.orderedHt.cents() + amount);
        QCOMPARE(ordered->text(), after.toString(QLocale()));
        QCOMPARE(dashboard->findChild<QLabel *>(QStringLiteral("remainingValue"))->text(),
                 Money::fromCents(lotBefore.ceiling.remaining.cents() - amount).toString(QLocale()));
        std::optional<ContractConsumption> now = computed(*window);
        QVERIFY(now);
        checkCharts(dashboard, *now);

        workspace->undoStack()->undo();
        QVERIFY(dashboard->waitUntilComputed());
        QCOMPARE(ordered->text(), lotBefore.amounts.orderedHt.toString(QLocale()));
        now = computed(*window);
        QVERIFY(now);
        checkCharts(dashboard, *now);
        workspace->undoStack()->redo();
        QVERIFY(dashboard->waitUntilComputed());
        QCOMPARE(ordered->text(), after.toString(QLocale()));
        workspace->undoStack()->undo();
        QVERIFY(dashboard->waitUntilComputed());
        QCOMPARE(ordered->text(), lotBefore.amounts.orderedHt.toString(QLocale()));

        // Hidden, the dashboard waits: an edit made on the orders tab shows when it comes back.
        window->showOrders();
        workspace->undoStack()->redo();
        window->showDashboard();
        QVERIFY(dashboard->waitUntilComputed());
        QCOMPARE(ordered->text(), after.toString(QLocale()));
        workspace->undoStack()->undo();
    }

    void followsTheLanguage()
    {
        const auto window = openOnDashboard();
        QVERIFY(window);
        DashboardWidget *dashboard = window->dashboard();
        const QString english = QStringLiteral("Cumulative amount ordered, in k€ excl. VAT");
        QCOMPARE(dashboard->timelineChart()->title(), english);
        const QString amount = dashboard->findChild<QLabel *>(QStringLiteral("maximumValue"))->text();
        QVERIFY2(amount.startsWith(QStringLiteral("€")), qPrintable(amount));

        window->findChild<QAction *>(QStringLiteral("actionFrench"))->trigger();
        // Whatever the French catalogue holds today, the titles are those it gives, and amounts are French.
        const QString french = DashboardWidget::tr("Cumulative amount ordered, in k€ excl. VAT");
        QTRY_COMPARE(dashboard->timelineChart()->title(), french);
        if (french != english) // only once the catalogue has it; until then the title stays English
            QVERIFY(dashboard->timelineChart()->title() != english);
        QTRY_VERIFY(dashboard->findChild<QLabel *>(QStringLiteral("maximumValue"))->text().endsWith(QStringLiteral("\u00A0€")));
        QCOMPARE(dashboard->timelineChart()->locale().language(), QLocale::French);

        window->findChild<QAction *>(QStringLiteral("actionEnglish"))->trigger();
        QTRY_COMPARE(dashboard->timelineChart()->title(), english);
        QTRY_COMPARE(dashboard->findChild<QLabel *>(QStringLiteral("maximumValue"))->text(), amount);
    }

    void followsThePalette()
    {
        const auto window = openOnDashboard();
        QVERIFY(window);
        DashboardWidget *dashboard = window->dashboard();
        const QPalette light = window->palette();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(40, 40, 40));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::Base, QColor(25, 25, 25));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        window->setPalette(dark);
        QTRY_COMPARE(dashboard->ceilingChart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(dashboard->ceilingChart()->titleBrush().color(), QColor(230, 230, 230));
        window->setPalette(light);
        QTRY_COMPARE(dashboard->ceilingChart()->theme(), QChart::ChartThemeLight);
    }
};

QTEST_MAIN(TestGuiDashboard)
#include "tst_gui_dashboard.moc"
