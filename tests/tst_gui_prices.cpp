// SPDX-License-Identifier: GPL-3.0-or-later
// The "Prices" and "Amendments" tabs of the main window, offscreen, on a contract revised with the real
// Syntec values; and the order editor's default price after a revision.
#include "amendmentswidget.h"
#include "contractdialog.h"
#include "language.h"
#include "mainwindow.h"
#include "ordereditordialog.h"
#include "pricehistorywidget.h"
#include "revisionfixture.h"
#include "workspace.h"

#include "models/amendmentsmodel.h"
#include "models/indexseriesmodel.h"
#include "models/orderlinesmodel.h"
#include "models/pricehistorymodel.h"
#include "io/demodata.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QXYSeries>

using namespace Plafond;

class TestGuiPrices : public QObject
{
    Q_OBJECT

private:
    RevisionFixture m_fixture;

    static QXYSeries *series(QChart *chart, const QString &name)
    {
        for (QAbstractSeries *s : chart->series()) {
            if (s->objectName() == name)
                return static_cast<QXYSeries *>(s);
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QString error;
        QVERIFY2(m_fixture.setUp(&error), qPrintable(error));
    }

    void pricesTab()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openDatabase(m_fixture.path(), false, &error), qPrintable(error));
        QVERIFY(window.waitUntilLoaded());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *prices = window.findChild<PriceHistoryWidget *>();
        QVERIFY(prices);
        QCOMPARE(window.viewTabs()->tabText(window.viewTabs()->indexOf(prices)), QStringLiteral("Prices"));
        QAbstractItemModelTester historyTester(prices->historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester indexTester(prices->indexModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.selectContractOrLot(m_fixture.contract.id, m_fixture.lot.id);
        window.viewTabs()->setCurrentWidget(prices);

        // The history rows, as the table shows them.
        auto *table = prices->findChild<QTableView *>(QStringLiteral("pricesTable"));
        QCOMPARE(table->model()->rowCount(), 8);
        auto text = [table](int row, int column) { return table->model()->index(row, column).data().toString(); };
        QCOMPARE(text(1, PriceHistoryModel::PriceColumn), QStringLiteral("€1,002.47"));
        QCOMPARE(text(2, PriceHistoryModel::EventColumn), QStringLiteral("Not applied: the Syntec index of 2022-06 is missing"));
        QCOMPARE(text(3, PriceHistoryModel::PriceColumn), QStringLiteral("€1,109.41"));
        QCOMPARE(text(7, PriceHistoryModel::PriceColumn), QStringLiteral("€1,369.63"));
        auto *problems = prices->findChild<QLabel *>(QStringLiteral("pricesProblems"));
        QVERIFY(problems->isVisible());
        QCOMPARE(problems->text(), QStringLiteral("Revision of 9/1/22 not applied: the Syntec index of 2022-06 is missing."));
        QVERIFY(prices->findChild<QLabel *>(QStringLiteral("pricesClause"))->text().contains(QStringLiteral("274.9 (old series)")));

        // The charts' points are the engine's values.
        const RevisedSchedule engine = RevisedSchedule::load(*m_fixture.storesOwned, m_fixture.contract.id);
        QXYSeries *old = series(prices->indexChart(), QStringLiteral("oldSeries"));
        QXYSeries *revised = series(prices->indexChart(), QStringLiteral("revisedSeries"));
        QXYSeries *linked = series(prices->indexChart(), QStringLiteral("linkedSeries"));
        QXYSeries *link = series(prices->indexChart(), QStringLiteral("linkPoints"));
        QVERIFY(old && revised && linked && link);
        int oldCount = 0, revisedCount = 0;
        for (const IndexValue &value : engine.series().values()) {
            const QPointF point(IndexSeriesModel::chartX(value.month), double(value.tenths) / 10.0);
            if (value.series == IndexValue::Series::Old) {
                QCOMPARE(old->at(oldCount++), point);
            } else {
                QCOMPARE(revised->at(revisedCount++), point);
            }
        }
        QCOMPARE(old->count(), oldCount);
        QCOMPARE(revised->count(), revisedCount);
        QCOMPARE(oldCount + revisedCount, 61);
        QCOMPARE(linked->count(), 60);
        // The link of August 2022: the old series' last value and the revised series' first.
        const double august = IndexSeriesModel::chartX(QDate(2022, 8, 1));
        QCOMPARE(link->points(), (QList<QPointF>{QPointF(august, 286.4), QPointF(august, 280.6)}));

        QXYSeries *revisions = series(prices->coefficientChart(), QStringLiteral("revisionPoints"));
        QXYSeries *coefficient = series(prices->coefficientChart(), QStringLiteral("coefficientSeries"));
        QVERIFY(revisions && coefficient);
        QList<QPointF> expected;
        for (const RevisionStep &step : engine.revisions()) {
            if (step.applied())
                expected << QPointF(IndexSeriesModel::chartX(step.date),
                                    double(step.coefficient->first) / double(step.coefficient->second));
        }
        QCOMPARE(expected.size(), 2);
        QCOMPARE(revisions->points(), expected);
        const auto june2023 = engine.coefficient(QDate(2023, 6, 1));
        QVERIFY(coefficient->points().contains(
            QPointF(IndexSeriesModel::chartX(QDate(2023, 6, 1)), double(june2023->first) / double(june2023->second))));
        QCOMPARE(coefficient->count(), 60); // every month with a value, the base month's included

        // The clause edited (three decimals): the view follows through the workspace.
        Contract contract = *window.workspace()->stores().contracts.contract(m_fixture.contract.id);
        contract.revisionRounding = QStringLiteral("3");
        QVERIFY(window.workspace()->execute(new SaveEntityCommand<Contract>(window.workspace(), QStringLiteral("clause"),
                                                                           *window.workspace()->stores().contracts.contract(contract.id),
                                                                           contract, &ContractStore::saveContract,
                                                                           &ContractStore::removeContract),
                                            &error));
        QCOMPARE(text(3, PriceHistoryModel::CoefficientColumn), QStringLiteral("1.109000"));
        QCOMPARE(text(3, PriceHistoryModel::PriceColumn), QStringLiteral("€1,109.00"));
        window.workspace()->undoStack()->undo();
        QCOMPARE(text(3, PriceHistoryModel::PriceColumn), QStringLiteral("€1,109.41"));
    }

    void contractDialogEditsDatesAndRounding()
    {
        ContractDialog dialog;
        dialog.setContract(m_fixture.contract);
        auto *dates = dialog.findChild<QLineEdit *>(QStringLiteral("revisionDates"));
        auto *datesError = dialog.findChild<QLabel *>(QStringLiteral("revisionDatesError"));
        auto *rounding = dialog.findChild<QComboBox *>(QStringLiteral("revisionRounding"));
        QVERIFY(dates && datesError && rounding);
        QCOMPARE(dates->text(), QString());
        QCOMPARE(rounding->currentData().toString(), QString());
        QCOMPARE(rounding->count(), 8);
        QTest::keyClicks(dates, QStringLiteral("2022-09-01, 2021-09-01"));
        QVERIFY(!dialog.isInputValid());
        QCOMPARE(datesError->text(), QStringLiteral("Dates are expected as YYYY-MM-DD, ascending, separated by commas,"
                                                    " e.g. 2021-09-01, 2022-09-01."));
        dates->setText(QStringLiteral("2021-09-01, 2023-01-01"));
        QVERIFY(dialog.isInputValid());
        rounding->setCurrentIndex(rounding->findData(QStringLiteral("4")));
        QCOMPARE(rounding->currentText(), ContractDialog::tr("Coefficient rounded to %n decimal(s)", nullptr, 4));
        const Contract edited = dialog.contract();
        QCOMPARE(edited.revisionDates, QStringLiteral("2021-09-01,2023-01-01"));
        QCOMPARE(edited.revisionRounding, QStringLiteral("4"));
        // Shown back as stored.
        ContractDialog again;
        again.setContract(edited);
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("revisionDates"))->text(), QStringLiteral("2021-09-01,2023-01-01"));
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("revisionRounding"))->currentData().toString(), QStringLiteral("4"));
    }

    void orderEditorDefaultPrice()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openDatabase(m_fixture.path(), false, &error), qPrintable(error));
        QVERIFY(window.waitUntilLoaded());
        Stores &stores = window.workspace()->stores();
        OrderEditorDialog dialog(stores, std::nullopt, m_fixture.lot.id);
        auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("date"));
        date->setDate(QDate(2021, 8, 31));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addLine")), Qt::LeftButton);
        OrderLinesModel *lines = dialog.linesModel();
        QCOMPARE(lines->data(lines->index(0, OrderLinesModel::WorkUnitColumn), OrderLinesModel::WorkUnitIdRole).toLongLong(),
                 m_fixture.audit.id);
        QCOMPARE(lines->index(0, OrderLinesModel::UnitPriceColumn).data(CentsRole).toLongLong(), 100000);
        date->setDate(QDate(2023, 9, 15));
        QCOMPARE(lines->index(0, OrderLinesModel::UnitPriceColumn).data(CentsRole).toLongLong(), 110941);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("totalHt"))->text(), QStringLiteral("€1,109.41"));
        date->setDate(QDate(2022, 10, 1)); // the 2022 revision is not applied: the 2021 price
        QCOMPARE(lines->index(0, OrderLinesModel::UnitPriceColumn).data(CentsRole).toLongLong(), 100247);
    }

    void amendmentsTab()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openDatabase(m_fixture.path(), false, &error), qPrintable(error));
        QVERIFY(window.waitUntilLoaded());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *amendments = window.findChild<AmendmentsWidget *>();
        QVERIFY(amendments);
        QAbstractItemModelTester tester(amendments->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.viewTabs()->setCurrentWidget(amendments);
        window.selectContractOrLot(m_fixture.contract.id, m_fixture.lot.id);
        QCOMPARE(amendments->scopeLotId(), m_fixture.lot.id);
        auto *summary = amendments->findChild<QLabel *>(QStringLiteral("amendmentsSummary"));
        auto *warnings = amendments->findChild<QLabel *>(QStringLiteral("amendmentsWarnings"));
        QCOMPARE(summary->text(), AmendmentsWidget::tr("Initial maximum %1, ending %2; after %n amendment(s): maximum %3,"
                                                       " ending %4.", nullptr, 0)
                                      .arg(QStringLiteral("€500,000.00"), QStringLiteral("8/31/24"),
                                           QStringLiteral("€500,000.00"), QStringLiteral("8/31/24")));
        QVERIFY(!warnings->isVisible());

        // Added through the dialog, as a user would: +300,000.00 and 6 months on the lot.
        QTimer::singleShot(0, [] {
            auto *dialog = qobject_cast<AmendmentDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QDateEdit *>(QStringLiteral("signedOn"))->setDate(QDate(2023, 3, 15));
            auto *delta = dialog->findChild<QLineEdit *>(QStringLiteral("deltaMax"));
            delta->clear();
            QTest::keyClicks(delta, QStringLiteral("300,000.00"));
            dialog->findChild<QSpinBox *>(QStringLiteral("deltaMonths"))->setValue(6);
            QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reason")), QStringLiteral("More audits"));
            auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(amendments->findChild<QPushButton *>(QStringLiteral("addAmendment")), Qt::LeftButton);
        AmendmentsModel *model = amendments->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, AmendmentsModel::EffectiveMaximumColumn).data().toString(), QStringLiteral("€800,000.00"));
        QCOMPARE(model->index(0, AmendmentsModel::EffectiveEndColumn).data().toString(), QStringLiteral("2/28/25"));
        QCOMPARE(model->index(0, AmendmentsModel::ReasonColumn).data().toString(), QStringLiteral("More audits"));
        QCOMPARE(*window.workspace()->stores().contracts.effectiveLotMaximum(m_fixture.lot.id), Money::fromCents(80'000'000));
        // 300,000 of 500,000: past 50 % for one amendment, and past 10 % cumulated.
        QVERIFY(warnings->isVisible());
        QCOMPARE(warnings->text(),
                 QStringLiteral("Lot 1: the amendment of 3/15/23 changes 60.00 % of its initial maximum, past the 50 %"
                                " allowed for one modification.\n"
                                "Lot 1: the amendments add up to 60.00 % of its initial maximum since 3/15/23, past"
                                " the 10 % allowed for small modifications."));
        QCOMPARE(window.workspace()->undoStack()->undoText(), QStringLiteral("Add amendment"));

        // Undo: the register and the effective maximum are back.
        window.workspace()->undoStack()->undo();
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(model->effectiveMaximum().cents(), 50'000'000);
        QCOMPARE(*window.workspace()->stores().contracts.effectiveLotMaximum(m_fixture.lot.id), Money::fromCents(50'000'000));
        QVERIFY(!warnings->isVisible());
        // Redo brings it back with its identifier; removing it is undoable too.
        window.workspace()->undoStack()->redo();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->effectiveMaximum().cents(), 80'000'000);
        auto *table = amendments->findChild<QTableView *>(QStringLiteral("amendmentsTable"));
        table->selectionModel()->setCurrentIndex(model->index(0, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::mouseClick(amendments->findChild<QPushButton *>(QStringLiteral("removeAmendment")), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 0);
        window.workspace()->undoStack()->undo();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(window.workspace()->stores().contracts.amendments(m_fixture.contract.id).value().size(), 1);
        window.workspace()->undoStack()->undo(); // and the addition
        QCOMPARE(window.workspace()->stores().contracts.amendments(m_fixture.contract.id).value().size(), 0);

        // The contract scope: a small amendment, no warning.
        auto *scope = amendments->findChild<QComboBox *>(QStringLiteral("amendmentsScope"));
        scope->setCurrentIndex(0);
        QCOMPARE(amendments->scopeLotId(), Id(0));
        Amendment small;
        small.contractId = m_fixture.contract.id;
        small.signedOn = QDate(2022, 2, 1);
        small.deltaMaxHt = Money::fromCents(5'000'000);
        QVERIFY(amendments->save(std::nullopt, small));
        QCOMPARE(model->effectiveMaximum().cents(), 105'000'000);
        QVERIFY(!warnings->isVisible());
        window.workspace()->undoStack()->undo();
        QCOMPARE(model->rowCount(), 0);
    }

    // The demo ships the real Syntec values: MEF-ELL-2020's revisions are applied, except the one whose month
    // is missing; its schedule has its own price from each revision date, shown as it is.
    void demoPricesTab()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString demo = dir.filePath(QStringLiteral("demo.plafond"));
        QString error;
        QVERIFY2(DemoData::writeTo(demo, &error), qPrintable(error));
        MainWindow window;
        QVERIFY2(window.openDatabase(demo, false, &error), qPrintable(error));
        QVERIFY(window.waitUntilLoaded());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Stores &stores = window.workspace()->stores();
        const auto contract = stores.contracts.contractByReference(QStringLiteral("MEF-ELL-2020"));
        QVERIFY(contract);
        const Id lotId = stores.contracts.lots(contract->id).value().first().id;
        auto *prices = window.findChild<PriceHistoryWidget *>();
        QVERIFY(prices);
        QAbstractItemModelTester tester(prices->historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.selectContractOrLot(contract->id, lotId);
        window.viewTabs()->setCurrentWidget(prices);

        const PriceHistoryModel *model = prices->historyModel();
        QStringList rows; // ETU-MEO: date | change | coefficient | price
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->row(row).unit.code != QLatin1String("ETU-MEO"))
                continue;
            auto text = [model, row](int column) { return model->index(row, column).data().toString(); };
            rows << QStringList{text(PriceHistoryModel::DateColumn), text(PriceHistoryModel::EventColumn),
                                text(PriceHistoryModel::CoefficientColumn), text(PriceHistoryModel::PriceColumn)}
                        .join(QStringLiteral(" | "));
        }
        QCOMPARE(rows, (QStringList{
                           QStringLiteral("9/1/20 | Price in the schedule |  | €1,100.00"),
                           QStringLiteral("9/1/21 | Price in the schedule |  | €1,116.50"),
                           QStringLiteral("9/1/21 | Revision (the schedule's own price applies) | 1.002474 | €1,116.50"),
                           QStringLiteral("9/1/22 | Price in the schedule |  | €1,161.16"),
                           QStringLiteral("9/1/22 | Not applied: the Syntec index of 2022-06 is missing |  | €1,161.16"),
                           QStringLiteral("9/1/23 | Price in the schedule |  | €1,195.99"),
                           QStringLiteral("9/1/23 | Revision (the schedule's own price applies) | 1.109406 | €1,195.99"),
                       }));
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto &entry = model->row(row).entry;
            if (entry.kind == RevisedSchedule::HistoryEntry::Kind::Revision && !entry.step.applied()) {
                QCOMPARE(model->index(row, 0).data(Qt::ToolTipRole).toString(),
                         QStringLiteral("Never guessed: the schedule's own price from this date applies, unrevised."));
                break;
            }
        }
        auto *problems = prices->findChild<QLabel *>(QStringLiteral("pricesProblems"));
        QCOMPARE(problems->text(), QStringLiteral("Revision of 9/1/22 not applied: the Syntec index of 2022-06 is missing."));
        QXYSeries *revisions = series(prices->coefficientChart(), QStringLiteral("revisionPoints"));
        QVERIFY(revisions);
        QCOMPARE(revisions->count(), 2); // 2021 and 2023
    }
};

QTEST_MAIN(TestGuiPrices)
#include "tst_gui_prices.moc"
