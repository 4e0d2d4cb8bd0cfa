// SPDX-License-Identifier: GPL-3.0-or-later
// The "Tickets" tab on the demo, offscreen: the filters, the chart's bars against the engine's figures, and
// an SLA target and a lot's working hours edited through the dialog, then undone and redone.
#include "engine/sla.h"
#include "io/demodata.h"
#include "models/roles.h"
#include "models/ticketsmodel.h"
#include "slatargetsdialog.h"
#include "ticketswidget.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Plafond;

class GuiTicketsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filtersAndChart();
    void editTargetUndoRedo();
    void removeTargetAndBadHours();
    void dialogFromTheTab();

private:
    QTemporaryDir m_dir;
    QString m_path;
    Id m_acim = 0;
    Id m_acimLot = 0;
    Id m_ell = 0;
    const QDateTime m_asOf = SlaEngine::endOfDay(QDate(2016, 6, 30));
};

void GuiTicketsTest::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(DemoData::writeTo(m_path, &error), qPrintable(error));
    Database database;
    QVERIFY(database.open(m_path, Database::OpenMode::MustExist));
    Stores stores(database);
    m_acim = stores.contracts.contractByReference(QStringLiteral("ACIM-2012"))->id;
    m_ell = stores.contracts.contractByReference(QStringLiteral("MEF-ELL-2020"))->id;
    m_acimLot = stores.contracts.lots(m_acim).value().first().id;
}

void GuiTicketsTest::filtersAndChart()
{
    Workspace workspace;
    TicketsWidget widget(&workspace);
    QAbstractItemModelTester modelTester(
        widget.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(
        widget.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester monthTester(
        widget.monthModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *perLot = widget.findChild<QTableView *>(QStringLiteral("ticketsPerLot"));
    auto *perComponent = widget.findChild<QTableView *>(QStringLiteral("ticketsPerComponent"));
    QVERIFY(perLot && perComponent);
    QAbstractItemModelTester lotTester(
        perLot->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester componentTester(
        perComponent->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY2(workspace.open(m_path, Database::OpenMode::MustExist, &error), qPrintable(error));
    widget.setAsOf(m_asOf);
    widget.setSelection(m_acim, 0);
    widget.show();

    const auto engine = SlaEngine::compute(workspace.stores(), m_acim, m_asOf);
    QVERIFY(engine);
    QCOMPARE(engine->total.tickets, 320);
    QCOMPARE(engine->total.responseBreaches, 32);
    QCOMPARE(engine->total.restoreBreaches, 29);
    int critical = 0;
    int breached = 0;
    int criticalBreached = 0;
    for (int i = 0; i < engine->tickets.size(); ++i) {
        const bool isCritical = engine->tickets.at(i).severity == Severity::Critical;
        critical += isCritical;
        breached += engine->sla.at(i).breached();
        criticalBreached += isCritical && engine->sla.at(i).breached();
    }

    auto *table = widget.findChild<QTableView *>(QStringLiteral("ticketsTable"));
    auto *severity = widget.findChild<QComboBox *>(QStringLiteral("ticketsSeverityFilter"));
    auto *lateOnly = widget.findChild<QCheckBox *>(QStringLiteral("ticketsBreachedOnly"));
    auto *summary = widget.findChild<QLabel *>(QStringLiteral("ticketsSummary"));
    QVERIFY(table && severity && lateOnly && summary);
    QCOMPARE(table->model()->rowCount(), 320);
    QCOMPARE(summary->text(),
        QStringLiteral("Tickets shown: 320 of 320 · late first response: 32 · late restoration: 29 "
                       "(clocks in working hours, up to now for the tickets still open)."));
    severity->setCurrentIndex(severity->findData(int(Severity::Critical)));
    QCOMPARE(table->model()->rowCount(), critical);
    QTest::mouseClick(lateOnly, Qt::LeftButton, {}, QPoint(5, lateOnly->height() / 2));
    QVERIFY(lateOnly->isChecked());
    QCOMPARE(table->model()->rowCount(), criticalBreached);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(table->model()->index(row, TicketsModel::SeverityColumn).data().toString(),
            QStringLiteral("Critical"));
    severity->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), breached);
    lateOnly->setChecked(false);
    // The lot of the tree's selection; another contract has no ticket.
    widget.setSelection(m_acim, m_acimLot);
    QCOMPARE(table->model()->rowCount(), 320);
    widget.setSelection(m_ell, 0);
    QCOMPARE(table->model()->rowCount(), 0);
    widget.setSelection(0, 0); // every contract
    QCOMPARE(table->model()->rowCount(), 320);
    widget.setSelection(m_acim, 0);

    // Per lot and per component, as the engine counts.
    QCOMPARE(perLot->model()->rowCount(), 1);
    QCOMPARE(perLot->model()->index(0, SlaCountsModel::LabelColumn).data().toString(),
        QStringLiteral("ACIM-2012 lot 1"));
    QCOMPARE(perLot->model()->index(0, SlaCountsModel::TicketsColumn).data().toInt(), 320);
    QCOMPARE(perLot->model()->index(0, SlaCountsModel::ResponseBreachesColumn).data().toInt(), 32);
    QCOMPARE(perLot->model()->index(0, SlaCountsModel::RestoreBreachesColumn).data().toInt(), 29);
    QCOMPARE(perComponent->model()->rowCount(), engine->perComponent.size());
    int componentTickets = 0;
    for (int row = 0; row < perComponent->model()->rowCount(); ++row) {
        const Id id = perComponent->model()->index(row, 0).data(IdRole).toLongLong();
        const SlaCounts counts = engine->perComponent.value(id);
        QCOMPARE(
            perComponent->model()->index(row, SlaCountsModel::TicketsColumn).data().toInt(), counts.tickets);
        QCOMPARE(perComponent->model()->index(row, SlaCountsModel::ResponseBreachesColumn).data().toInt(),
            counts.responseBreaches);
        componentTickets += counts.tickets;
    }
    QCOMPARE(componentTickets, 320);

    // The chart: three bar sets, one bar a month from July 2012 to the last ticket's month, equal to the
    // engine's.
    QBarSeries *series = widget.monthSeries();
    QCOMPARE(series->count(), 3);
    const QList<QBarSet *> sets = series->barSets();
    QCOMPARE(sets.at(0)->label(), QStringLiteral("Tickets"));
    QCOMPARE(sets.at(1)->label(), QStringLiteral("Late response"));
    QCOMPARE(sets.at(2)->label(), QStringLiteral("Late restoration"));
    QList<QDate> months;
    for (QDate month = engine->perMonth.firstKey(); month <= engine->perMonth.lastKey();
         month = month.addMonths(1))
        months << month;
    QCOMPARE(months.first(), QDate(2012, 7, 1));
    QCOMPARE(sets.at(0)->count(), months.size());
    qreal total = 0;
    for (int i = 0; i < months.size(); ++i) {
        const SlaCounts counts = engine->perMonth.value(months.at(i));
        QCOMPARE(sets.at(0)->at(i), qreal(counts.tickets));
        QCOMPARE(sets.at(1)->at(i), qreal(counts.responseBreaches));
        QCOMPARE(sets.at(2)->at(i), qreal(counts.restoreBreaches));
        total += sets.at(0)->at(i);
    }
    QCOMPARE(total, qreal(320));
}

void GuiTicketsTest::editTargetUndoRedo()
{
    const QString path = m_dir.filePath(QStringLiteral("edit.sqlite"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_path, path));
    Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(path, Database::OpenMode::MustExist, &error), qPrintable(error));
    TicketsWidget widget(&workspace);
    widget.setAsOf(m_asOf);
    widget.setSelection(m_acim, m_acimLot);
    const SlaSettings before = SlaSettings::read(workspace.stores(), m_acim, m_acimLot);
    QVERIFY(before.targets[int(Severity::Critical)]);
    QCOMPARE(before.targets[int(Severity::Critical)]->responseMinutes, qint64(240));
    QCOMPARE(before.hours, WorkingHours());
    const int responseBreaches = widget.model()->statistics().total.responseBreaches;

    SlaTargetsDialog dialog(&workspace, m_acim, m_acimLot);
    QCOMPARE(dialog.lotId(), m_acimLot);
    QCOMPARE(dialog.responseSpin(Severity::Critical)->value(), 240);
    QCOMPARE(dialog.restoreSpin(Severity::Minor)->value(), 4800);
    QVERIFY(dialog.workingHoursEdit()->text().isEmpty()); // the default
    dialog.responseSpin(Severity::Critical)->setValue(30);
    QTest::keyClicks(dialog.workingHoursEdit(), QStringLiteral("1-5 08:00-19:00 holidays"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.errorText(), QString());

    const auto check = [&](qint64 critical, const QString &hours) {
        const SlaSettings now = SlaSettings::read(workspace.stores(), m_acim, m_acimLot);
        QCOMPARE(now.targets[int(Severity::Critical)]->responseMinutes, critical);
        QCOMPARE(now.targets[int(Severity::Critical)]->restoreMinutes, qint64(960));
        QCOMPARE(now.targets[int(Severity::Critical)]->id, before.targets[int(Severity::Critical)]->id);
        QCOMPARE(now.hours, *WorkingHours::fromText(hours));
    };
    check(30, QStringLiteral("1-5 08:00-19:00 holidays"));
    QCOMPARE(workspace.undoStack()->count(), 1);
    QCOMPARE(workspace.undoStack()->undoText(), QStringLiteral("Change SLA targets"));
    // The tab reloaded on the workspace's signal: the engine's figures with the new target.
    const auto engine = SlaEngine::compute(workspace.stores(), m_acim, m_asOf);
    QCOMPARE(widget.model()->statistics().total, engine->total);
    QVERIFY(engine->total.responseBreaches != responseBreaches);

    workspace.undoStack()->undo();
    check(240, QString());
    QCOMPARE(widget.model()->statistics().total.responseBreaches, responseBreaches);
    workspace.undoStack()->redo();
    check(30, QStringLiteral("1-5 08:00-19:00 holidays"));
}

void GuiTicketsTest::removeTargetAndBadHours()
{
    const QString path = m_dir.filePath(QStringLiteral("remove.sqlite"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_path, path));
    Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(path, Database::OpenMode::MustExist, &error), qPrintable(error));
    const SlaSettings before = SlaSettings::read(workspace.stores(), m_acim, m_acimLot);

    SlaTargetsDialog bad(&workspace, m_acim, m_acimLot);
    bad.workingHoursEdit()->setText(QStringLiteral("1-5 18:00-09:00"));
    bad.accept();
    QCOMPARE(bad.result(), int(QDialog::Rejected)); // still open
    QCOMPARE(bad.errorText(),
        QStringLiteral("Working hours: the working hours \"18:00-09:00\" end before they start"));
    bad.workingHoursEdit()->clear();
    bad.restoreSpin(Severity::Major)->setValue(0);
    bad.accept();
    QCOMPARE(bad.errorText(), QStringLiteral("Major: set both targets, or neither."));
    QCOMPARE(workspace.undoStack()->count(), 0);

    // No minor target any more: those tickets are counted, never late.
    SlaTargetsDialog dialog(&workspace, m_acim, m_acimLot);
    dialog.responseSpin(Severity::Minor)->setValue(0);
    dialog.restoreSpin(Severity::Minor)->setValue(0);
    dialog.accept();
    QCOMPARE(dialog.errorText(), QString());
    SlaSettings now = SlaSettings::read(workspace.stores(), m_acim, m_acimLot);
    QVERIFY(!now.targets[int(Severity::Minor)]);
    const auto engine = SlaEngine::compute(workspace.stores(), m_acim, m_asOf);
    for (int i = 0; i < engine->tickets.size(); ++i) {
        if (engine->tickets.at(i).severity == Severity::Minor)
            QVERIFY(!engine->sla.at(i).hasTarget && !engine->sla.at(i).breached());
    }
    workspace.undoStack()->undo();
    now = SlaSettings::read(workspace.stores(), m_acim, m_acimLot);
    QVERIFY(now.targets[int(Severity::Minor)]);
    QCOMPARE(
        now.targets[int(Severity::Minor)]->id, before.targets[int(Severity::Minor)]->id); // the same row back
    QCOMPARE(now.targets[int(Severity::Minor)]->restoreMinutes, qint64(4800));
    workspace.undoStack()->redo();
    QVERIFY(!SlaSettings::read(workspace.stores(), m_acim, m_acimLot).targets[int(Severity::Minor)]);
}

void GuiTicketsTest::dialogFromTheTab()
{
    Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(m_path, Database::OpenMode::MustExist, &error), qPrintable(error));
    TicketsWidget widget(&workspace);
    auto *button = widget.findChild<QPushButton *>(QStringLiteral("ticketsSlaTargets"));
    QVERIFY(button);
    widget.setSelection(0, 0);
    QVERIFY(!button->isEnabled()); // no contract chosen
    widget.setSelection(m_acim, m_acimLot);
    QVERIFY(button->isEnabled());
    bool shown = false;
    QTimer::singleShot(0, this, [&]() {
        auto *dialog = widget.findChild<SlaTargetsDialog *>();
        shown
            = dialog && dialog->lotId() == m_acimLot && dialog->responseSpin(Severity::Major)->value() == 480;
        if (dialog)
            dialog->reject();
    });
    button->click();
    QVERIFY(shown);
    QCOMPARE(workspace.undoStack()->count(), 0);
}

QTEST_MAIN(GuiTicketsTest)
#include "tst_gui_tickets.moc"
