// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's models: exact texts and raw values on a hand-made consumption (every rule of the models),
// then on the consumption engine's result for a small database (the models read the real engine's output).
#include "engine/consumption.h"
#include "storecheck.h"
#include "models/alertsmodel.h"
#include "models/chartvalueproxy.h"
#include "models/consumptionseriesmodel.h"
#include "models/dashboardvalues.h"
#include "models/lotconsumptionmodel.h"
#include "models/ministryspendingmodel.h"
#include "models/workunitmixmodel.h"
#include "storage/stores.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Plafond;

namespace {

Money euros(qint64 cents)
{
    return Money::fromCents(cents);
}

StepAmounts amounts(qint64 ordered, qint64 done, qint64 invoiced, qint64 paid)
{
    StepAmounts a;
    a.orderedHt = euros(ordered);
    a.doneHt = euros(done);
    a.invoicedHt = euros(invoiced);
    a.paidHt = euros(paid);
    return a;
}

BeneficiaryConsumption beneficiary(Id id, Id parent, const char *code, qint64 rolledUpCents)
{
    BeneficiaryConsumption b;
    b.beneficiaryId = id;
    b.parentId = parent;
    b.code = QLatin1String(code);
    b.name = QStringLiteral("Name of ") + b.code;
    b.rolledUp = amounts(rolledUpCents, 0, 0, 0);
    b.own = b.rolledUp;
    return b;
}

WorkUnitConsumption workUnit(Id id, Id lot, int lotNumber, const char *code, qint64 milli,
                             std::optional<qint64> budget, qint64 cents)
{
    WorkUnitConsumption w;
    w.workUnitId = id;
    w.lotId = lot;
    w.lotNumber = lotNumber;
    w.code = QLatin1String(code);
    w.labelFr = QStringLiteral("Libellé ") + w.code;
    w.labelEn = QStringLiteral("Label ") + w.code;
    w.orderedQuantityMilli = milli;
    w.budgetQuantityMilli = budget;
    w.orderedHt = euros(cents);
    return w;
}

Alert alert(Alert::Kind kind, Alert::Severity severity, Id lot, int lotNumber, int value)
{
    Alert a;
    a.kind = kind;
    a.severity = severity;
    a.contractId = 7;
    a.lotId = lot;
    a.lotNumber = lotNumber;
    a.value = value;
    a.date = QDate(2022, 12, 31);
    return a;
}

MonthAmounts month(int m, qint64 inMonth, qint64 cumulative)
{
    MonthAmounts a;
    a.month = QDate(2022, m, 1);
    a.inMonth = amounts(inMonth, 0, 0, 0);
    a.cumulativeOrderedHt = euros(cumulative);
    return a;
}

// A consumption as the engine would return it, with numbers chosen for the rules under test: rounding of the
// shares, ties between ministries, a work unit without budget, a projection prorated on its last month.
ContractConsumption fixture()
{
    ContractConsumption c;
    c.contractId = 7;
    c.reference = QStringLiteral("T-7");
    c.title = QStringLiteral("Fixture");
    c.asOf = QDate(2022, 3, 15);
    c.startOn = QDate(2021, 1, 1);
    c.endOn = QDate(2022, 12, 31);
    c.thresholdsPercent = {70, 90, 100};
    c.ceiling.maximum = euros(10'000'000);
    c.amounts = amounts(8'300'000, 6'800'000, 5'800'000, 2'234'567);

    LotConsumption lot1;
    lot1.lotId = 11;
    lot1.number = 1;
    lot1.title = QStringLiteral("Expertise");
    lot1.ceiling.maximum = euros(6'000'000);
    lot1.ceiling.remaining = euros(1'500'000);
    lot1.ceiling.percentHundredths = 7500;
    lot1.amounts = amounts(4'500'000, 3'000'000, 2'000'000, 1'234'567);
    LotConsumption lot2;
    lot2.lotId = 12;
    lot2.number = 2;
    lot2.title = QStringLiteral("Drupal");
    lot2.ceiling.maximum = euros(4'000'000);
    lot2.ceiling.remaining = euros(200'000);
    lot2.ceiling.percentHundredths = 9500;
    lot2.amounts = amounts(3'800'000, 3'800'000, 3'800'000, 1'000'000);
    lot2.months = {month(3, 50'000, 3'800'000)};
    lot2.forecast.burnRatePerMonthHt = euros(0);
    lot2.beneficiaries = {beneficiary(3, 0, "MIN-B", 3'800'000)};
    c.lots = {lot1, lot2};

    c.beneficiaries = {beneficiary(1, 0, "MIN-A", 5'000'000), beneficiary(2, 1, "DIR-A1", 3'000'000),
                       beneficiary(5, 0, "MIN-E", 2'000'000), beneficiary(3, 0, "MIN-B", 2'000'000),
                       beneficiary(4, 0, "MIN-C", 1'300'000), beneficiary(6, 0, "MIN-D", 0)};
    c.workUnits = {workUnit(101, 11, 1, "AUDIT", 10'500, 20'000, 1'312'500),
                   workUnit(102, 11, 1, "DEV", 30'000, std::nullopt, 2'460'000),
                   workUnit(201, 12, 2, "AUDIT", 5'000, 10'000, 625'000)};
    c.months = {month(1, 1'000'000, 6'000'000), month(2, 1'500'000, 7'500'000), month(3, 800'000, 8'300'000)};
    c.forecast.burnRatePerMonthHt = euros(123'456);
    c.forecast.endOn = c.endOn;

    Alert budget = alert(Alert::Kind::BudgetThreshold, Alert::Severity::Warning, 11, 1, 70);
    budget.workUnitId = 101;
    budget.workUnitCode = QStringLiteral("AUDIT");
    budget.year = 2022;
    c.alerts = {alert(Alert::Kind::Threshold, Alert::Severity::Warning, 11, 1, 70),
                alert(Alert::Kind::ContractEnding, Alert::Severity::Info, 0, 0, 291),
                alert(Alert::Kind::Threshold, Alert::Severity::Critical, 12, 2, 90), budget};
    return c;
}

} // namespace

class TestModelsDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void percentText_data()
    {
        QTest::addColumn<qint64>("hundredths");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("french");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00%") << QStringLiteral("0,00%");
        QTest::newRow("threshold-exactly") << qint64(7000) << QStringLiteral("70.00%") << QStringLiteral("70,00%");
        QTest::newRow("one-hundredth") << qint64(9296) << QStringLiteral("92.96%") << QStringLiteral("92,96%");
        QTest::newRow("past-the-maximum") << qint64(12005) << QStringLiteral("120.05%") << QStringLiteral("120,05%");
        QTest::newRow("negative") << qint64(-150) << QStringLiteral("-1.50%") << QStringLiteral("-1,50%");
    }

    void percentText()
    {
        QFETCH(qint64, hundredths);
        QFETCH(QString, english);
        QFETCH(QString, french);
        QCOMPARE(DashboardValues::percentText(hundredths, QLocale(QLocale::English, QLocale::UnitedStates)), english);
        // No catalogue is loaded here: the French spacing before "%" comes from the translation.
        QCOMPARE(DashboardValues::percentText(hundredths, QLocale(QLocale::French, QLocale::France)), french);
    }

    void percentHundredthsRoundsHalfAwayFromZero()
    {
        QCOMPARE(DashboardValues::percentHundredths(1, 8), std::optional<qint64>(1250));
        QCOMPARE(DashboardValues::percentHundredths(1, 40000), std::optional<qint64>(0));  // 0.25 hundredth
        QCOMPARE(DashboardValues::percentHundredths(1, 20000), std::optional<qint64>(1));  // 0.5 hundredth: up
        QCOMPARE(DashboardValues::percentHundredths(-1, 20000), std::optional<qint64>(-1)); // and down
        QCOMPARE(DashboardValues::percentHundredths(5, 0), std::nullopt);
    }

    void lotConsumption()
    {
        LotConsumptionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ChartValueProxy values;
        values.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&values, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ContractConsumption c = fixture();
        model.setConsumption(c);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(LotConsumptionModel::ColumnCount));
        const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        const auto cents = [&](int row, int column) { return model.index(row, column).data(CentsRole).toLongLong(); };
        QCOMPARE(text(0, LotConsumptionModel::LotColumn), QStringLiteral("Lot 1"));
        QCOMPARE(model.index(0, LotConsumptionModel::LotColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("Expertise"));
        QCOMPARE(model.index(0, 0).data(IdRole).toLongLong(), 11);
        QCOMPARE(text(0, LotConsumptionModel::MaximumColumn), QStringLiteral("€60,000.00"));
        QCOMPARE(text(0, LotConsumptionModel::OrderedColumn), QStringLiteral("€45,000.00"));
        // The slices are exclusive: paid, invoiced − paid, done − invoiced, ordered − done.
        QCOMPARE(cents(0, LotConsumptionModel::PaidColumn), 1'234'567);
        QCOMPARE(text(0, LotConsumptionModel::PaidColumn), QStringLiteral("€12,345.67"));
        QCOMPARE(cents(0, LotConsumptionModel::InvoicedNotPaidColumn), 765'433);
        QCOMPARE(cents(0, LotConsumptionModel::DoneNotInvoicedColumn), 1'000'000);
        QCOMPARE(cents(0, LotConsumptionModel::OrderedNotDoneColumn), 1'500'000);
        QCOMPARE(cents(0, LotConsumptionModel::PaidColumn) + cents(0, LotConsumptionModel::InvoicedNotPaidColumn)
                     + cents(0, LotConsumptionModel::DoneNotInvoicedColumn)
                     + cents(0, LotConsumptionModel::OrderedNotDoneColumn),
                 cents(0, LotConsumptionModel::OrderedColumn));
        QCOMPARE(text(0, LotConsumptionModel::RemainingColumn), QStringLiteral("€15,000.00"));
        QCOMPARE(text(0, LotConsumptionModel::PercentColumn), QStringLiteral("75.00%"));
        QCOMPARE(model.index(0, LotConsumptionModel::PercentColumn).data(SortRole).toLongLong(), 7500);
        QCOMPARE(cents(1, LotConsumptionModel::OrderedNotDoneColumn), 0);
        QCOMPARE(cents(1, LotConsumptionModel::InvoicedNotPaidColumn), 2'800'000);

        // Charts: the slices in percent of the lot's maximum, through the proxy's DisplayRole.
        QCOMPARE(values.index(0, LotConsumptionModel::PaidColumn).data().toDouble(), 100.0 * 1234567.0 / 6000000.0);
        QCOMPARE(values.index(1, LotConsumptionModel::InvoicedNotPaidColumn).data().toDouble(), 70.0);
        QCOMPARE(values.index(0, LotConsumptionModel::LotColumn).data().toDouble(), 0.0); // not plotted
        QCOMPARE(values.index(0, LotConsumptionModel::PaidColumn).data(CentsRole).toLongLong(), 1'234'567);
        QCOMPARE(values.headerData(LotConsumptionModel::PaidColumn, Qt::Horizontal).toString(), QStringLiteral("Paid"));

        // Same rows again (another date): updated in place, so that the charts keep their bar sets.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        ContractConsumption later = c;
        later.lots[0].amounts.paidHt = euros(2'000'000);
        model.setConsumption(later);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(cents(0, LotConsumptionModel::PaidColumn), 2'000'000);

        // A lot's dashboard: its row only.
        model.setConsumption(c, 12);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(0, LotConsumptionModel::LotColumn), QStringLiteral("Lot 2"));
        QCOMPARE(text(0, LotConsumptionModel::PercentColumn), QStringLiteral("95.00%"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void consumptionSeries()
    {
        ConsumptionSeriesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ChartValueProxy values;
        values.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&values, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConsumption(fixture());
        // Three recorded months, then nine whole months at the rate from 15 March and a prorated one to 31 Dec.
        QCOMPARE(model.recordedRowCount(), 3);
        QCOMPARE(model.rowCount(), 13);
        const auto cents = [&](int row) {
            return model.index(row, ConsumptionSeriesModel::CumulativeOrderedColumn).data(CentsRole).toLongLong();
        };
        QCOMPARE(model.point(0).date, QDate(2022, 1, 31));
        QCOMPARE(model.point(1).date, QDate(2022, 2, 28));
        QCOMPARE(model.point(2).date, QDate(2022, 3, 15)); // the as-of month ends at the as-of date
        QCOMPARE(cents(2), 8'300'000);
        QCOMPARE(model.index(2, 0).data(ForecastRole).toBool(), false);
        QCOMPARE(model.index(3, 0).data(ForecastRole).toBool(), true);
        QCOMPARE(model.point(3).date, QDate(2022, 4, 15));
        QCOMPARE(cents(3), 8'300'000 + 123'456);
        QCOMPARE(model.point(11).date, QDate(2022, 12, 15));
        QCOMPARE(cents(11), 8'300'000 + 9 * 123'456);
        // 16 days of the 31 from 15 December to 15 January: 123,456 × 16 / 31 = 63,719.23 → 63,719 cents.
        QCOMPARE(model.point(12).date, QDate(2022, 12, 31));
        QCOMPARE(cents(12), 8'300'000 + 9 * 123'456 + 63'719);
        QCOMPARE(model.index(12, ConsumptionSeriesModel::OrderedInMonthColumn).data(CentsRole).toLongLong(), 63'719);
        QCOMPARE(model.index(0, ConsumptionSeriesModel::MonthColumn).data().toString(), QStringLiteral("Jan 2022"));
        QCOMPARE(model.index(12, ConsumptionSeriesModel::MonthColumn).data().toString(),
                 QStringLiteral("Dec 2022 (forecast)"));
        QCOMPARE(model.index(2, ConsumptionSeriesModel::CumulativeOrderedColumn).data().toString(),
                 QStringLiteral("€83,000.00"));
        QCOMPARE(model.index(2, ConsumptionSeriesModel::MonthColumn).data(SortRole).toLongLong(),
                 QDate(2022, 3, 15).toJulianDay());
        // Charts: time in ms at the start of the local day, amounts in thousands of euros.
        QCOMPARE(values.index(2, ConsumptionSeriesModel::MonthColumn).data().toDouble(),
                 double(QDate(2022, 3, 15).startOfDay().toMSecsSinceEpoch()));
        QCOMPARE(values.index(2, ConsumptionSeriesModel::CumulativeOrderedColumn).data().toDouble(), 83.0);

        // The lot's own series and rate (zero: the projection stays flat).
        model.setConsumption(fixture(), 12);
        QCOMPARE(model.recordedRowCount(), 1);
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(cents(10), 3'800'000);

        // At the end date, nothing is projected.
        ContractConsumption atEnd = fixture();
        atEnd.asOf = atEnd.endOn;
        model.setConsumption(atEnd);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.recordedRowCount(), 3);
        QCOMPARE(model.point(2).date, QDate(2022, 3, 31));
    }

    void ministrySpending()
    {
        MinistrySpendingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.topCount(), 8);
        model.setConsumption(fixture());
        // Top-level only (DIR-A1 is inside MIN-A), nothing for MIN-D, largest first, ties by code.
        QCOMPARE(model.rowCount(), 4);
        QStringList codes;
        for (int row = 0; row < model.rowCount(); ++row)
            codes << model.index(row, MinistrySpendingModel::CodeColumn).data().toString();
        QCOMPARE(codes, (QStringList{QStringLiteral("MIN-A"), QStringLiteral("MIN-B"), QStringLiteral("MIN-E"),
                                     QStringLiteral("MIN-C")}));
        QCOMPARE(model.total().cents(), 10'300'000);

        model.setTopCount(2);
        model.setConsumption(fixture());
        QCOMPARE(model.rowCount(), 3);
        const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(model.index(0, 0).data(IdRole).toLongLong(), 1);
        QCOMPARE(text(0, MinistrySpendingModel::NameColumn), QStringLiteral("Name of MIN-A"));
        QCOMPARE(text(0, MinistrySpendingModel::OrderedColumn), QStringLiteral("€50,000.00"));
        // Shares of $103,000.00, rounded to the hundredth of a percent: 48.54 + 19.42 + 32.04 = 100.
        QCOMPARE(text(0, MinistrySpendingModel::ShareColumn), QStringLiteral("48.54%"));
        QCOMPARE(text(1, MinistrySpendingModel::CodeColumn), QStringLiteral("MIN-B"));
        QCOMPARE(text(1, MinistrySpendingModel::ShareColumn), QStringLiteral("19.42%"));
        QCOMPARE(model.index(1, 0).data(BeneficiaryIdRole).toLongLong(), 3);
        QCOMPARE(text(2, MinistrySpendingModel::CodeColumn), QStringLiteral("Others"));
        // The plural comes from the English catalogue, which this core test does not load.
        QCOMPARE(text(2, MinistrySpendingModel::NameColumn),
                 MinistrySpendingModel::tr("%n other beneficiary(ies)", nullptr, 2));
        QCOMPARE(model.index(2, 0).data(IdRole).toLongLong(), 0);
        QCOMPARE(model.index(2, MinistrySpendingModel::OrderedColumn).data(CentsRole).toLongLong(), 3'300'000);
        QCOMPARE(text(2, MinistrySpendingModel::ShareColumn), QStringLiteral("32.04%"));
        QCOMPARE(model.index(2, MinistrySpendingModel::OrderedColumn).data(ChartValueRole).toDouble(), 33.0);

        // The chart reads it reversed, so that the largest comes at the top of horizontal bars.
        ChartValueProxy values;
        values.setSourceModel(&model);
        values.setReversed(true);
        QAbstractItemModelTester proxyTester(&values, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(values.rowCount(), 3);
        QCOMPARE(values.index(0, MinistrySpendingModel::OrderedColumn).data().toDouble(), 33.0); // "Others"
        QCOMPARE(values.index(2, MinistrySpendingModel::OrderedColumn).data().toDouble(), 50.0);
        QCOMPARE(values.index(2, 0).data(IdRole).toLongLong(), 1);
        // A change of amounts keeps the order (by row, never by value).
        ContractConsumption more = fixture();
        more.beneficiaries[3].rolledUp.orderedHt = euros(9'000'000); // MIN-B now the largest
        model.setConsumption(more);
        QCOMPARE(values.index(2, MinistrySpendingModel::CodeColumn).data(SortRole).toString(), QStringLiteral("MIN-B"));
        QCOMPARE(values.index(2, MinistrySpendingModel::OrderedColumn).data().toDouble(), 90.0);
        model.setConsumption(fixture());

        // A lot's dashboard: the lot's own beneficiaries.
        model.setConsumption(fixture(), 12);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, MinistrySpendingModel::OrderedColumn).data(CentsRole).toLongLong(), 3'800'000);
        QCOMPARE(text(0, MinistrySpendingModel::ShareColumn), QStringLiteral("100.00%"));
    }

    void workUnitMix()
    {
        WorkUnitMixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConsumption(fixture());
        // The contract: AUDIT of lots 1 and 2 summed, DEV alone.
        QCOMPARE(model.rowCount(), 2);
        const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, WorkUnitMixModel::CodeColumn), QStringLiteral("AUDIT"));
        QCOMPARE(text(0, WorkUnitMixModel::LabelColumn), QStringLiteral("Label AUDIT"));
        QCOMPARE(model.index(0, 0).data(IdRole).toLongLong(), 0); // several lots' units
        QCOMPARE(text(0, WorkUnitMixModel::OrderedAmountColumn), QStringLiteral("€19,375.00"));
        QCOMPARE(text(0, WorkUnitMixModel::OrderedQuantityColumn), Quantity::fromMilli(15'500).toString(QLocale()));
        QCOMPARE(model.index(0, WorkUnitMixModel::BudgetQuantityColumn).data(SortRole).toLongLong(), 30'000);
        // 15.5 of 30: 51.666… % → 51.67 %; AUDIT's share of $43,975.00: 44.0591… % → 44.06 %.
        QCOMPARE(text(0, WorkUnitMixModel::PercentOfBudgetColumn), QStringLiteral("51.67%"));
        QCOMPARE(text(0, WorkUnitMixModel::ShareColumn), QStringLiteral("44.06%"));
        QCOMPARE(text(1, WorkUnitMixModel::ShareColumn), QStringLiteral("55.94%"));
        QCOMPARE(model.index(1, 0).data(IdRole).toLongLong(), 102);
        QCOMPARE(model.index(1, 0).data(LotIdRole).toLongLong(), 11);
        QCOMPARE(text(1, WorkUnitMixModel::BudgetQuantityColumn), QString()); // no budget
        QCOMPARE(text(1, WorkUnitMixModel::PercentOfBudgetColumn), QString());
        QCOMPARE(model.index(1, WorkUnitMixModel::PercentOfBudgetColumn).data(ChartValueRole).toDouble(), 0.0);
        QCOMPARE(model.index(0, WorkUnitMixModel::PercentOfBudgetColumn).data(ChartValueRole).toDouble(),
                 100.0 * 15500.0 / 30000.0);
        QCOMPARE(model.index(0, WorkUnitMixModel::OrderedQuantityColumn).data(ChartValueRole).toDouble(), 15.5);

        // Lot 2: its own unit, with its identifiers.
        model.setConsumption(fixture(), 12);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(IdRole).toLongLong(), 201);
        QCOMPARE(text(0, WorkUnitMixModel::PercentOfBudgetColumn), QStringLiteral("50.00%"));
        QCOMPARE(text(0, WorkUnitMixModel::ShareColumn), QStringLiteral("100.00%"));

        // Labels follow the language.
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(text(0, WorkUnitMixModel::LabelColumn), QStringLiteral("Libellé AUDIT"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void alerts()
    {
        AlertsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ContractConsumption c = fixture();
        model.setConsumption(c);
        QCOMPARE(model.rowCount(), 4);
        // Most severe first, the engine's order kept within a severity.
        QCOMPARE(model.alert(0).severity, Alert::Severity::Critical);
        QCOMPARE(model.alert(1).kind, Alert::Kind::Threshold);
        QCOMPARE(model.alert(2).kind, Alert::Kind::BudgetThreshold);
        QCOMPARE(model.alert(3).kind, Alert::Kind::ContractEnding);
        const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, AlertsModel::SeverityColumn), QStringLiteral("Critical"));
        QCOMPARE(text(1, AlertsModel::SeverityColumn), QStringLiteral("Warning"));
        QCOMPARE(text(3, AlertsModel::SeverityColumn), QStringLiteral("Information"));
        QCOMPARE(text(0, AlertsModel::MessageColumn), c.alerts.at(2).message());
        QVERIFY(!text(0, AlertsModel::MessageColumn).isEmpty());
        QCOMPARE(text(0, AlertsModel::LotColumn), QStringLiteral("Lot 2"));
        QCOMPARE(text(3, AlertsModel::LotColumn), QStringLiteral("Contract"));
        QCOMPARE(model.index(0, 0).data(LotIdRole).toLongLong(), 12);
        QCOMPARE(model.index(0, 0).data(IdRole).toLongLong(), 12);
        QCOMPARE(model.index(2, 0).data(IdRole).toLongLong(), 101); // a budget alert names its work unit
        QCOMPARE(model.index(2, 0).data(KindRole).toInt(), int(Alert::Kind::BudgetThreshold));
        QCOMPARE(model.index(3, 0).data(IdRole).toLongLong(), 7); // no lot: the contract
        QCOMPARE(model.index(3, 0).data(LotIdRole).toLongLong(), 0);
        QCOMPARE(model.index(0, 0).data(SeverityRole).toInt(), int(Alert::Severity::Critical));

        // A lot's dashboard: its alerts and the contract's own.
        model.setConsumption(c, 12);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(LotIdRole).toLongLong(), 12);
        QCOMPARE(model.index(1, 0).data(LotIdRole).toLongLong(), 0);
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        model.retranslate();
        QCOMPARE(headers.count(), 1);
    }

    // The models on the engine's own result for a small database: orders at each step, a cancelled order,
    // a draft, a ministry with a direction.
    void onTheEngine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("dashboard.sqlite")), Database::OpenMode::CreateIfMissing, &error),
                 qPrintable(error));
        Stores stores(db);
        Contract contract;
        contract.reference = QStringLiteral("T-1");
        contract.title = QStringLiteral("Test contract");
        contract.buyer = QStringLiteral("Buyer");
        contract.startOn = QDate(2021, 1, 1);
        contract.durationMonths = 24;
        contract.maxHt = Money::fromCents(10'000'000);
        PLAFOND_VERIFY_OK(stores.contracts.saveContract(contract));
        Lot lot1{0, contract.id, 1, QStringLiteral("Expertise"), std::nullopt, Money::fromCents(6'000'000), {}, 0};
        Lot lot2{0, contract.id, 2, QStringLiteral("Drupal"), std::nullopt, Money::fromCents(4'000'000), {}, 0};
        QVERIFY(stores.contracts.saveLot(lot1));
        QVERIFY(stores.contracts.saveLot(lot2));
        WorkUnit audit;
        audit.lotId = lot1.id;
        audit.code = QStringLiteral("AUDIT");
        audit.labelFr = QStringLiteral("Audit");
        audit.labelEn = QStringLiteral("Audit");
        audit.unit = QStringLiteral("day");
        audit.prices = {UnitPrice{0, 0, QDate(2021, 1, 1), Money::fromCents(90000)}};
        QVERIFY(stores.catalogue.saveWorkUnit(audit));
        WorkUnitBudget budget{0, audit.id, 2021, 40'000};
        QVERIFY(stores.catalogue.saveBudget(budget));
        Beneficiary ministry{0, QStringLiteral("MIN"), QStringLiteral("Ministry"), 0, 0};
        QVERIFY(stores.catalogue.saveBeneficiary(ministry));
        Beneficiary direction{0, QStringLiteral("DIR"), QStringLiteral("Direction"), ministry.id, 0};
        QVERIFY(stores.catalogue.saveBeneficiary(direction));
        Beneficiary other{0, QStringLiteral("OTH"), QStringLiteral("Other body"), 0, 0};
        QVERIFY(stores.catalogue.saveBeneficiary(other));

        const auto order = [&](const Beneficiary &b, const char *number, const QDate &issued, qint64 days,
                               const QList<OrderStatus> &steps) {
            PurchaseOrder o;
            o.lotId = lot1.id;
            o.beneficiaryId = b.id;
            o.number = QLatin1String(number);
            o.createdOn = issued;
            QDate on = issued;
            for (const OrderStatus step : steps) {
                if (!Lifecycle::move(o, step, on))
                    return false;
                on = on.addDays(10);
            }
            OrderLine line;
            line.workUnitId = audit.id;
            line.quantityMilli = days * 1000;
            line.unitPriceHt = Money::fromCents(90000);
            o.lines << line;
            return stores.orders.saveOrder(o).ok();
        };
        const QList<OrderStatus> paid{OrderStatus::Issued, OrderStatus::Done, OrderStatus::Invoiced, OrderStatus::Paid};
        QVERIFY(order(direction, "BC-1", QDate(2021, 2, 1), 10, paid));                 // 9,000.00 paid
        QVERIFY(order(ministry, "BC-2", QDate(2021, 3, 1), 20, {OrderStatus::Issued})); // 18,000.00 issued
        QVERIFY(order(other, "BC-3", QDate(2021, 4, 1), 5, {OrderStatus::Issued, OrderStatus::Cancelled}));
        QVERIFY(order(other, "BC-4", QDate(2021, 5, 1), 5, {}));                        // draft

        const std::optional<ContractConsumption> c = ConsumptionEngine::compute(stores, contract.id, QDate(2021, 6, 30),
                                                                                {}, &error);
        QVERIFY2(c, qPrintable(error));

        LotConsumptionModel lots;
        QAbstractItemModelTester lotsTester(&lots, QAbstractItemModelTester::FailureReportingMode::QtTest);
        lots.setConsumption(*c);
        QCOMPARE(lots.rowCount(), 2);
        const auto lotCents = [&](int row, int column) { return lots.index(row, column).data(CentsRole).toLongLong(); };
        QCOMPARE(lotCents(0, LotConsumptionModel::OrderedColumn), 2'700'000);
        QCOMPARE(lotCents(0, LotConsumptionModel::PaidColumn), 900'000);
        QCOMPARE(lotCents(0, LotConsumptionModel::InvoicedNotPaidColumn), 0);
        QCOMPARE(lotCents(0, LotConsumptionModel::DoneNotInvoicedColumn), 0);
        QCOMPARE(lotCents(0, LotConsumptionModel::OrderedNotDoneColumn), 1'800'000);
        QCOMPARE(lotCents(0, LotConsumptionModel::RemainingColumn), 3'300'000);
        QCOMPARE(lots.index(0, LotConsumptionModel::PercentColumn).data().toString(), QStringLiteral("45.00%"));
        QCOMPARE(lotCents(1, LotConsumptionModel::OrderedColumn), 0);

        ConsumptionSeriesModel series;
        QAbstractItemModelTester seriesTester(&series, QAbstractItemModelTester::FailureReportingMode::QtTest);
        series.setConsumption(*c);
        QCOMPARE(series.recordedRowCount(), c->months.size());
        QVERIFY(series.recordedRowCount() > 0);
        QCOMPARE(series.point(series.recordedRowCount() - 1).date, QDate(2021, 6, 30));
        QCOMPARE(series.point(series.recordedRowCount() - 1).cumulativeOrdered.cents(), 2'700'000);
        QCOMPARE(series.point(series.rowCount() - 1).date, QDate(2022, 12, 31));
        // The projection continues at the engine's rate: 27,000.00 over its window (shorter than 12 months
        // this early in the contract).
        const qint64 rate = *divideRounded(2'700'000, c->forecast.windowMonths);
        QCOMPARE(c->forecast.burnRatePerMonthHt.cents(), rate);
        QCOMPARE(series.point(series.recordedRowCount()).date, QDate(2021, 7, 30));
        QCOMPARE(series.point(series.recordedRowCount()).cumulativeOrdered.cents(), 2'700'000 + rate);

        MinistrySpendingModel ministries;
        QAbstractItemModelTester ministriesTester(&ministries, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ministries.setConsumption(*c);
        QCOMPARE(ministries.rowCount(), 1); // the other body's only counted order was cancelled
        QCOMPARE(ministries.ministry(0).beneficiaryId, ministry.id);
        QCOMPARE(ministries.ministry(0).ordered.cents(), 2'700'000); // its direction's order included

        WorkUnitMixModel units;
        QAbstractItemModelTester unitsTester(&units, QAbstractItemModelTester::FailureReportingMode::QtTest);
        units.setConsumption(*c);
        QCOMPARE(units.rowCount(), 1);
        QCOMPARE(units.workUnit(0).orderedQuantityMilli, 30'000);
        QCOMPARE(units.workUnit(0).budgetQuantityMilli, std::optional<qint64>(40'000));
        QCOMPARE(units.index(0, WorkUnitMixModel::PercentOfBudgetColumn).data().toString(), QStringLiteral("75.00%"));

        AlertsModel alerts;
        QAbstractItemModelTester alertsTester(&alerts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        alerts.setConsumption(*c);
        QCOMPARE(alerts.rowCount(), c->alerts.size());
        // The work unit's budget is 75 % used: the 70 % threshold raises an alert on it, and the panel lists it.
        bool budgetAlert = false;
        for (int row = 0; row < alerts.rowCount(); ++row) {
            budgetAlert = budgetAlert
                || (alerts.alert(row).kind == Alert::Kind::BudgetThreshold
                    && alerts.index(row, 0).data(IdRole).toLongLong() == audit.id);
        }
        QVERIFY(budgetAlert);
    }
};

QTEST_GUILESS_MAIN(TestModelsDashboard)
#include "tst_models_dashboard.moc"
