// SPDX-License-Identifier: GPL-3.0-or-later
// The revised price schedule on the real Syntec values: the clause's dates and rounding as stored, the exact
// cents before and after the August 2022 series change, a missing month reported and not applied, and the
// revised prices used by the orders import and the order lines of the editor.
#include "engine/revisedschedule.h"
#include "storecheck.h"
#include "io/ordersimport.h"
#include "io/contractimport.h"
#include "models/amendmentsmodel.h"
#include "models/indexseriesmodel.h"
#include "models/orderlinesmodel.h"
#include "models/pricehistorymodel.h"
#include "revisionfixture.h"

#include <QAbstractItemModelTester>

using namespace Plafond;

class RevisionTest : public QObject
{
    Q_OBJECT

private:
    RevisionFixture m_fixture;
    Stores &stores() { return *m_fixture.storesOwned; }
    // Restores the fixture's clause after a test changed it.
    void restoreClause()
    {
        Contract c = *stores().contracts.contract(m_fixture.contract.id);
        c.revisionDates.clear();
        c.revisionRounding.clear();
        PLAFOND_VERIFY_OK(stores().contracts.saveContract(c));
    }

private slots:
    void initTestCase();
    void clauseStoredAndLoaded();
    void clauseParsing_data();
    void clauseParsing();
    void anniversaries();
    void revisedPrices_data();
    void revisedPrices();
    void missingMonthIsReportedAndNotApplied();
    void historyOfAWorkUnit();
    void explicitDates();
    void roundedCoefficient();
    void schedulePriceSetAfterARevisionIsKept();
    void ordersImportTakesTheRevisedPrice();
    void orderLinesTakeTheRevisedPrice();
    void contractImportReadsDatesAndRounding();
    void contractImportRejectsBadDatesAndRounding_data();
    void contractImportRejectsBadDatesAndRounding();
    void priceHistoryModel();
    void indexSeriesModel();
    void amendmentsModel();
};

void RevisionTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QString error;
    QVERIFY2(m_fixture.setUp(&error), qPrintable(error));
}

void RevisionTest::clauseStoredAndLoaded()
{
    Contract c = *stores().contracts.contract(m_fixture.contract.id);
    QCOMPARE(c.revisionDates, QString());
    QCOMPARE(c.revisionRounding, QString());
    c.revisionDates = QStringLiteral("2021-04-01,2024-02-01");
    c.revisionRounding = QStringLiteral("3");
    PLAFOND_VERIFY_OK(stores().contracts.saveContract(c));
    const Contract loaded = *stores().contracts.contract(c.id);
    QCOMPARE(loaded.revisionDates, QStringLiteral("2021-04-01,2024-02-01"));
    QCOMPARE(loaded.revisionRounding, QStringLiteral("3"));
    QCOMPARE(loaded.rowVersion, c.rowVersion);
    QCOMPARE(stores().contracts.contractByReference(QStringLiteral("REV-2020"))->revisionDates, loaded.revisionDates);
    restoreClause();
}

void RevisionTest::clauseParsing_data()
{
    QTest::addColumn<QString>("dates");
    QTest::addColumn<QString>("rounding");
    QTest::addColumn<QString>("error");
    QTest::newRow("defaults") << QString() << QString() << QString();
    QTest::newRow("two-dates-and-rounding") << QStringLiteral("2021-04-01, 2024-02-01") << QStringLiteral("6") << QString();
    QTest::newRow("dates-not-ascending")
        << QStringLiteral("2022-01-01,2021-01-01") << QString()
        << QStringLiteral("The revision dates, \"2022-01-01,2021-01-01\", are not ascending dates (YYYY-MM-DD, separated by commas).");
    QTest::newRow("date-twice")
        << QStringLiteral("2022-01-01,2022-01-01") << QString()
        << QStringLiteral("The revision dates, \"2022-01-01,2022-01-01\", are not ascending dates (YYYY-MM-DD, separated by commas).");
    QTest::newRow("french-date")
        << QStringLiteral("01/09/2021") << QString()
        << QStringLiteral("The revision dates, \"01/09/2021\", are not ascending dates (YYYY-MM-DD, separated by commas).");
    QTest::newRow("february-30")
        << QStringLiteral("2021-02-30") << QString()
        << QStringLiteral("The revision dates, \"2021-02-30\", are not ascending dates (YYYY-MM-DD, separated by commas).");
    QTest::newRow("rounding-7")
        << QString() << QStringLiteral("7")
        << QStringLiteral("The rounding of the revision clause, \"7\", is not a number of decimals from 0 to 6.");
    QTest::newRow("rounding-text")
        << QString() << QStringLiteral("cent")
        << QStringLiteral("The rounding of the revision clause, \"cent\", is not a number of decimals from 0 to 6.");
}

void RevisionTest::clauseParsing()
{
    QFETCH(QString, dates);
    QFETCH(QString, rounding);
    QFETCH(QString, error);
    Contract c = m_fixture.contract;
    c.revisionDates = dates;
    c.revisionRounding = rounding;
    QString found;
    const auto clause = RevisionClause::fromContract(c, c.endOn(), &found);
    QCOMPARE(found, error);
    QCOMPARE(clause.has_value(), error.isEmpty());
    // A malformed clause revises nothing: the schedule's prices stay, and the problem is told.
    const RevisedSchedule schedule = RevisedSchedule::compute(c, {}, IndexSeries());
    QCOMPARE(schedule.problems().value(0) == error, !error.isEmpty());
    if (!error.isEmpty())
        QCOMPARE(schedule.priceOn(m_fixture.audit, QDate(2024, 1, 1))->cents(), 100000);
}

void RevisionTest::anniversaries()
{
    const RevisedSchedule schedule = RevisedSchedule::load(stores(), m_fixture.contract.id);
    QVERIFY(schedule.hasClause());
    QCOMPARE(schedule.clause()->lagMonths, 3);
    // Each anniversary up to the end (2024-08-31); S the index of June of the same year.
    QCOMPARE(schedule.revisions().size(), 3);
    const QList<QPair<QDate, QDate>> expected{{QDate(2021, 9, 1), QDate(2021, 6, 1)},
                                              {QDate(2022, 9, 1), QDate(2022, 6, 1)},
                                              {QDate(2023, 9, 1), QDate(2023, 6, 1)}};
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(schedule.revisions().at(i).date, expected.at(i).first);
        QCOMPARE(schedule.revisions().at(i).indexMonth, expected.at(i).second);
    }
    QCOMPARE(schedule.baseIndex()->tenths, 2749);
    // An amendment extending the contract by a year adds the anniversary of 2024 (its June index is missing).
    Amendment extension;
    extension.contractId = m_fixture.contract.id;
    extension.signedOn = QDate(2024, 3, 1);
    extension.deltaMonths = 12;
    QVERIFY(stores().contracts.saveAmendment(extension));
    const RevisedSchedule extended = RevisedSchedule::load(stores(), m_fixture.contract.id);
    QCOMPARE(extended.revisions().size(), 4);
    QCOMPARE(extended.revisions().last().date, QDate(2024, 9, 1));
    QCOMPARE(extended.revisions().last().problem, QStringLiteral("the Syntec index of 2024-06 is missing"));
    QVERIFY(stores().contracts.removeAmendment(extension.id));
}

void RevisionTest::revisedPrices_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("audit");
    QTest::addColumn<qint64>("dev");
    // Exact fractions: P0 × (0.15 + 0.85 × S / S0), rounded once to the cent, halves away from zero.
    QTest::newRow("before-the-first-revision") << QDate(2021, 8, 31) << qint64(100000) << qint64(123456);
    // 0.15 + 0.85 × 275.7 / 274.9 = 1.0024736…: both in the old series.
    QTest::newRow("2021-revision-old-series") << QDate(2021, 9, 1) << qint64(100247) << qint64(123761);
    QTest::newRow("2021-revision-in-force") << QDate(2022, 8, 31) << qint64(100247) << qint64(123761);
    // June 2022 is missing: the 2022 revision is not applied, the 2021 price stays.
    QTest::newRow("2022-revision-missing-month") << QDate(2022, 9, 1) << qint64(100247) << qint64(123761);
    // 304.0 (revised series) against 274.9 × 0.97975 (the base linked to the revised series): 1.1094061…
    QTest::newRow("2023-revision-after-series-change") << QDate(2023, 9, 1) << qint64(110941) << qint64(136963);
    QTest::newRow("after-the-end") << QDate(2025, 3, 1) << qint64(110941) << qint64(136963);
}

void RevisionTest::revisedPrices()
{
    QFETCH(QDate, date);
    QFETCH(qint64, audit);
    QFETCH(qint64, dev);
    const RevisedSchedule schedule = RevisedSchedule::load(stores(), m_fixture.contract.id);
    QCOMPARE(schedule.priceOn(m_fixture.audit, date)->cents(), audit);
    QCOMPARE(schedule.priceOn(m_fixture.dev, date)->cents(), dev);
    // Before the schedule's first price there is none to revise.
    QVERIFY(!schedule.priceOn(m_fixture.audit, QDate(2020, 8, 31)));
}

void RevisionTest::missingMonthIsReportedAndNotApplied()
{
    const RevisedSchedule schedule = RevisedSchedule::load(stores(), m_fixture.contract.id);
    const RevisionStep &missing = schedule.revisions().at(1);
    QVERIFY(!missing.applied());
    QVERIFY(!missing.index);
    QCOMPARE(missing.problem, QStringLiteral("the Syntec index of 2022-06 is missing"));
    QCOMPARE(schedule.problems(),
             QStringList{QStringLiteral("Revision of 9/1/22 not applied: the Syntec index of 2022-06 is missing.")});
    QCOMPARE(schedule.revisionOn(QDate(2023, 1, 1))->date, QDate(2021, 9, 1));
    QVERIFY(!schedule.revisionOn(QDate(2021, 8, 31)));
    // The applied ones carry S as published and the exact coefficient.
    const RevisionStep &before = schedule.revisions().at(0);
    QCOMPARE(before.index->tenths, 2757);
    QCOMPARE(before.index->series, IndexValue::Series::Old);
    // (0.15 × 274.9 + 0.85 × 275.7) / 274.9 = 275.58 / 274.9 = 27558 / 27490, reduced.
    QCOMPARE(before.coefficient->first * 27490, before.coefficient->second * 27558);
    const RevisionStep &after = schedule.revisions().at(2);
    QCOMPARE(after.index->tenths, 3040);
    QCOMPARE(after.index->series, IndexValue::Series::Revised);
}

void RevisionTest::historyOfAWorkUnit()
{
    const RevisedSchedule schedule = RevisedSchedule::load(stores(), m_fixture.contract.id);
    const QList<RevisedSchedule::HistoryEntry> history = schedule.history(m_fixture.dev);
    QCOMPARE(history.size(), 4);
    QCOMPARE(history.at(0).kind, RevisedSchedule::HistoryEntry::Kind::SchedulePrice);
    QCOMPARE(history.at(0).date, QDate(2020, 9, 1));
    QCOMPARE(history.at(0).price->cents(), 123456);
    QCOMPARE(history.at(1).kind, RevisedSchedule::HistoryEntry::Kind::Revision);
    QCOMPARE(history.at(1).basePrice.cents(), 123456);
    QCOMPARE(history.at(1).price->cents(), 123761);
    QVERIFY(!history.at(2).step.applied());
    QCOMPARE(history.at(2).price->cents(), 123761); // the price stays
    QCOMPARE(history.at(3).date, QDate(2023, 9, 1));
    QCOMPARE(history.at(3).price->cents(), 136963);
}

void RevisionTest::explicitDates()
{
    Contract c = *stores().contracts.contract(m_fixture.contract.id);
    // S = M − 3: January 2021 (old series, 275.0) and November 2023 (revised, 307.0).
    c.revisionDates = QStringLiteral("2021-04-01,2024-02-01");
    QVERIFY(stores().contracts.saveContract(c));
    const RevisedSchedule schedule = RevisedSchedule::load(stores(), c.id);
    QCOMPARE(schedule.revisions().size(), 2);
    QCOMPARE(schedule.revisions().at(0).indexMonth, QDate(2021, 1, 1));
    QCOMPARE(schedule.revisions().at(1).indexMonth, QDate(2023, 11, 1));
    QCOMPARE(schedule.priceOn(m_fixture.audit, QDate(2021, 3, 31))->cents(), 100000);
    QCOMPARE(schedule.priceOn(m_fixture.audit, QDate(2021, 4, 1))->cents(), 100031);
    QCOMPARE(schedule.priceOn(m_fixture.dev, QDate(2021, 4, 1))->cents(), 123494);
    QCOMPARE(schedule.priceOn(m_fixture.audit, QDate(2024, 2, 1))->cents(), 111887);
    QCOMPARE(schedule.priceOn(m_fixture.dev, QDate(2024, 2, 1))->cents(), 138132);
    restoreClause();
}

void RevisionTest::roundedCoefficient()
{
    Contract c = *stores().contracts.contract(m_fixture.contract.id);
    // Rounded to three decimals before it applies: 1.0024736… → 1.002, 1.1094061… → 1.109.
    c.revisionRounding = QStringLiteral("3");
    QVERIFY(stores().contracts.saveContract(c));
    const RevisedSchedule schedule = RevisedSchedule::load(stores(), c.id);
    QCOMPARE(schedule.revisions().at(0).coefficient, std::make_optional(qMakePair(qint64(1002), qint64(1000))));
    QCOMPARE(schedule.priceOn(m_fixture.audit, QDate(2021, 9, 1))->cents(), 100200);
    QCOMPARE(schedule.priceOn(m_fixture.dev, QDate(2021, 9, 1))->cents(), 123703);
    QCOMPARE(schedule.priceOn(m_fixture.audit, QDate(2023, 9, 1))->cents(), 110900);
    QCOMPARE(schedule.priceOn(m_fixture.dev, QDate(2023, 9, 1))->cents(), 136913);
    restoreClause();
}

void RevisionTest::schedulePriceSetAfterARevisionIsKept()
{
    // A price entered in the schedule from 2022-01-01 (by hand, or by an amendment) is taken as it is until
    // the next applied revision, which revises it in turn.
    WorkUnit unit = m_fixture.audit;
    UnitPrice later;
    later.effectiveFrom = QDate(2022, 1, 1);
    later.priceHt = Money::fromCents(105000);
    unit.prices << later;
    const RevisedSchedule schedule = RevisedSchedule::load(stores(), m_fixture.contract.id);
    QCOMPARE(schedule.priceOn(unit, QDate(2021, 12, 31))->cents(), 100247);
    QCOMPARE(schedule.priceOn(unit, QDate(2022, 1, 1))->cents(), 105000);
    QCOMPARE(schedule.priceOn(unit, QDate(2022, 9, 1))->cents(), 105000); // 2022 not applied
    // 105000 × 1.1094061… = 116487.6 → 116488
    QCOMPARE(schedule.priceOn(unit, QDate(2023, 9, 1))->cents(), 116488);
}

void RevisionTest::ordersImportTakesTheRevisedPrice()
{
    const QByteArray csv =
        "contract;lot;order;beneficiary;issued;work_unit;quantity;unit_price_ht;status;service_done;invoiced;paid\n"
        "REV-2020;1;BC-1;MEF;2021-08-31;AUDIT;1;;issued;;;\n"
        "REV-2020;1;BC-2;MEF;01/09/2021;AUDIT;2;;issued;;;\n"
        "REV-2020;1;BC-3;MEF;2022-10-03;DEV;1;;issued;;;\n"
        "REV-2020;1;BC-4;MEF;2023-09-15;DEV;1,5;;issued;;;\n"
        "REV-2020;1;BC-5;MEF;2023-09-15;AUDIT;1;999,99;issued;;;\n";
    OrdersImport import;
    QVERIFY2(import.prepare(stores(), csv, QStringLiteral("orders.csv")), qPrintable(import.errors().join(u'\n')));
    // The price before the revision the file could not get is used, and told (never guessed).
    QCOMPARE(import.warnings(), QStringList{QStringLiteral("orders.csv:4: unit_price_ht: the revision of 2022-09-01 is"
                                                           " not applied (the Syntec index of 2022-06 is missing):"
                                                           " 1237.61 is used")});
    QString error;
    QVERIFY2(import.apply(stores(), &error), qPrintable(error));
    QHash<QString, OrderLine> lines;
    for (const PurchaseOrder &order : stores().orders.contractOrders(m_fixture.contract.id))
        lines.insert(order.number, order.lines.value(0));
    QCOMPARE(lines.value(QStringLiteral("BC-1")).unitPriceHt.cents(), 100000); // before: the base price
    QCOMPARE(lines.value(QStringLiteral("BC-2")).unitPriceHt.cents(), 100247); // on the revision date
    QCOMPARE(lines.value(QStringLiteral("BC-2")).amountHt.cents(), 200494);
    QCOMPARE(lines.value(QStringLiteral("BC-3")).unitPriceHt.cents(), 123761); // 2022 not applied
    QCOMPARE(lines.value(QStringLiteral("BC-4")).unitPriceHt.cents(), 136963); // across the series change
    QCOMPARE(lines.value(QStringLiteral("BC-4")).amountHt.cents(), 205445);    // 1.5 × 1369.63 = 2054.445
    QCOMPARE(lines.value(QStringLiteral("BC-5")).unitPriceHt.cents(), 99999);  // an explicit price is kept
}

void RevisionTest::orderLinesTakeTheRevisedPrice()
{
    OrderLinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRevisedSchedule(RevisedSchedule::loadForLot(stores(), m_fixture.lot.id));
    model.setWorkUnits(stores().catalogue.workUnits(m_fixture.lot.id).value());
    model.setPriceDate(QDate(2021, 8, 31));
    model.addLine(m_fixture.audit.id, 1000);
    QCOMPARE(model.index(0, OrderLinesModel::UnitPriceColumn).data(CentsRole).toLongLong(), 100000);
    model.setPriceDate(QDate(2023, 9, 1));
    QCOMPARE(model.index(0, OrderLinesModel::UnitPriceColumn).data(CentsRole).toLongLong(), 110941);
    QCOMPARE(model.index(0, OrderLinesModel::UnitPriceColumn).data().toString(), QStringLiteral("€1,109.41"));
    // A stored line keeps the price it was ordered at, even when the quantity changes.
    OrderLine stored;
    stored.id = 42;
    stored.workUnitId = m_fixture.audit.id;
    stored.quantityMilli = 1000;
    stored.unitPriceHt = Money::fromCents(99999);
    QVERIFY(stored.computeAmount());
    model.setLines({stored});
    QCOMPARE(model.index(0, OrderLinesModel::UnitPriceColumn).data(CentsRole).toLongLong(), 99999);
    QVERIFY(model.setData(model.index(0, OrderLinesModel::QuantityColumn), QStringLiteral("2")));
    QCOMPARE(model.totalHt().cents(), 199998);
    QVERIFY(model.problem().isEmpty());
    // Another date reprices it from the revised schedule.
    model.setPriceDate(QDate(2021, 9, 1));
    QCOMPARE(model.index(0, OrderLinesModel::UnitPriceColumn).data(CentsRole).toLongLong(), 100247);
}

namespace {

QByteArray contractJson(const QByteArray &revision)
{
    return "{\"reference\": \"JSON-REV\", \"title\": \"T\", \"buyer\": \"B\",\n"
           " \"start\": \"2021-01-01\", \"months\": 48, \"vat_rate_percent\": \"20\",\n"
           " \"max_ht\": \"1000.00\", \"min_ht\": null,\n"
           " \"revision\": {\"index\": \"SYNTEC\", \"base_month\": \"2020-10\", \"fixed_part\": \"0.15\",\n"
        + revision
        + "},\n"
          " \"lots\": [{\"number\": 1, \"title\": \"L\", \"max_ht\": \"1000.00\", \"min_ht\": null, \"holders\": [],\n"
          "   \"work_units\": []}],\n"
          " \"beneficiaries\": []}\n";
}

} // namespace

void RevisionTest::contractImportReadsDatesAndRounding()
{
    ContractImport import;
    const QByteArray json = contractJson("  \"dates\": [\"2022-01-01\", \"2023-07-01\"], \"rounding\": 4\n");
    QVERIFY2(import.prepare(stores(), json, QStringLiteral("contract.json")), qPrintable(import.errors().join(u'\n')));
    QString error;
    QVERIFY2(import.apply(stores(), &error), qPrintable(error));
    const Contract c = *stores().contracts.contractByReference(QStringLiteral("JSON-REV"));
    QCOMPARE(c.revisionDates, QStringLiteral("2022-01-01,2023-07-01"));
    QCOMPARE(c.revisionRounding, QStringLiteral("4"));
    // Both optional: absent, the anniversaries and the exact coefficient.
    ContractImport plain;
    QVERIFY(plain.prepare(stores(), contractJson("  \"dates\": null\n").replace("JSON-REV", "JSON-REV-2"),
                          QStringLiteral("contract.json")));
    QVERIFY(plain.apply(stores()));
    QCOMPARE(stores().contracts.contractByReference(QStringLiteral("JSON-REV-2"))->revisionDates, QString());
    QVERIFY(stores().contracts.removeContract(c.id));
    QVERIFY(stores().contracts.removeContract(stores().contracts.contractByReference(QStringLiteral("JSON-REV-2"))->id));
}

void RevisionTest::contractImportRejectsBadDatesAndRounding_data()
{
    QTest::addColumn<QByteArray>("revision");
    QTest::addColumn<QString>("error");
    QTest::newRow("date-not-iso") << QByteArray("\"dates\": [\"01/09/2021\"]\n")
                                  << QStringLiteral("contract.json:5: revision: dates: \"01/09/2021\" is not a date (YYYY-MM-DD)");
    QTest::newRow("dates-not-ascending")
        << QByteArray("\"dates\": [\"2022-01-01\",\n \"2021-01-01\"]\n")
        << QStringLiteral("contract.json:6: revision: dates: 2021-01-01 does not come after 2022-01-01");
    QTest::newRow("dates-not-a-list") << QByteArray("\"dates\": \"2022-01-01\"\n")
                                      << QStringLiteral("contract.json:5: revision: dates: an array is expected, not a string");
    QTest::newRow("rounding-7") << QByteArray("\"rounding\": 7\n")
                                << QStringLiteral("contract.json:5: revision: rounding: \"7\" is not a number of decimals from 0 to 6");
    QTest::newRow("rounding-string") << QByteArray("\"rounding\": \"2\"\n")
                                     << QStringLiteral("contract.json:5: revision: rounding: \"2\" is not a number of decimals from 0 to 6");
}

void RevisionTest::contractImportRejectsBadDatesAndRounding()
{
    QFETCH(QByteArray, revision);
    QFETCH(QString, error);
    ContractImport import;
    QVERIFY(!import.prepare(stores(), contractJson(revision), QStringLiteral("contract.json")));
    QCOMPARE(import.errors(), QStringList{error});
    QVERIFY(!stores().contracts.contractByReference(QStringLiteral("JSON-REV")));
}

void RevisionTest::priceHistoryModel()
{
    PriceHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const RevisedSchedule schedule = RevisedSchedule::load(stores(), m_fixture.contract.id);
    model.setHistory(schedule, stores().catalogue.workUnits(m_fixture.lot.id).value());
    QCOMPARE(model.rowCount(), 8); // AUDIT then DEV: a schedule price and three revisions each
    auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, PriceHistoryModel::WorkUnitColumn), QStringLiteral("AUDIT — AUDIT"));
    QCOMPARE(text(0, PriceHistoryModel::EventColumn), QStringLiteral("Price in the schedule"));
    QCOMPARE(text(1, PriceHistoryModel::DateColumn), QStringLiteral("9/1/21"));
    QCOMPARE(text(1, PriceHistoryModel::IndexMonthColumn), QStringLiteral("2021-06"));
    QCOMPARE(text(1, PriceHistoryModel::IndexColumn), QStringLiteral("275.7 (old series)"));
    QCOMPARE(text(1, PriceHistoryModel::CoefficientColumn), QStringLiteral("1.002474"));
    QCOMPARE(text(1, PriceHistoryModel::PriceColumn), QStringLiteral("€1,002.47"));
    QCOMPARE(text(2, PriceHistoryModel::EventColumn),
             QStringLiteral("Not applied: the Syntec index of 2022-06 is missing"));
    QCOMPARE(text(2, PriceHistoryModel::IndexColumn), QStringLiteral("missing"));
    QCOMPARE(text(2, PriceHistoryModel::CoefficientColumn), QString());
    QCOMPARE(model.index(2, PriceHistoryModel::PriceColumn).data(CentsRole).toLongLong(), 100247);
    QCOMPARE(text(3, PriceHistoryModel::IndexColumn), QStringLiteral("304.0"));
    QCOMPARE(text(3, PriceHistoryModel::CoefficientColumn), QStringLiteral("1.109406"));
    QCOMPARE(model.index(7, PriceHistoryModel::PriceColumn).data(CentsRole).toLongLong(), 136963);
    QCOMPARE(model.index(7, PriceHistoryModel::BasePriceColumn).data(CentsRole).toLongLong(), 123456);
    QCOMPARE(model.index(7, 0).data(IdRole).toLongLong(), m_fixture.dev.id);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void RevisionTest::indexSeriesModel()
{
    IndexSeriesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const RevisedSchedule schedule = RevisedSchedule::load(stores(), m_fixture.contract.id);
    model.setSchedule(schedule);
    QCOMPARE(model.rowCount(), 60); // 61 values, August 2022 in both series on one row
    int august = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.row(row).month == QDate(2022, 8, 1))
            august = row;
    }
    QVERIFY(august > 0);
    auto value = [&model](int row, int column, int role) { return model.index(row, column).data(role); };
    QCOMPARE(value(august, IndexSeriesModel::OldSeriesColumn, Qt::DisplayRole).toString(), QStringLiteral("286.4 (old series)"));
    QCOMPARE(value(august, IndexSeriesModel::RevisedSeriesColumn, Qt::DisplayRole).toString(), QStringLiteral("280.6"));
    // The month before (July 2022) is missing: the row before is December 2021, 277.3 × 0.97975 = 271.684675.
    QCOMPARE(model.row(august - 1).month, QDate(2021, 12, 1));
    QCOMPARE(value(august - 1, IndexSeriesModel::LinkedColumn, Qt::DisplayRole).toString(), QStringLiteral("271.685"));
    QCOMPARE(value(august - 1, IndexSeriesModel::LinkedColumn, ChartValueRole).toDouble(), 271.684675);
    QCOMPARE(value(august, IndexSeriesModel::LinkedColumn, ChartValueRole).toDouble(), 280.6);
    QVERIFY(!value(august, IndexSeriesModel::OldSeriesColumn, ChartValueRole).isNull());
    QVERIFY(!value(august + 1, IndexSeriesModel::OldSeriesColumn, ChartValueRole).isValid());
    // The coefficient of June 2023 is the one of the 2023 revision.
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.row(row).month == QDate(2023, 6, 1))
            QCOMPARE(value(row, IndexSeriesModel::CoefficientColumn, Qt::DisplayRole).toString(), QStringLiteral("1.109406"));
        if (model.row(row).month == QDate(2020, 6, 1))
            QCOMPARE(value(row, IndexSeriesModel::CoefficientColumn, ChartValueRole).toDouble(), 1.0);
    }
}

void RevisionTest::amendmentsModel()
{
    AmendmentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Id contractId = m_fixture.contract.id;
    auto amendment = [contractId](Id lotId, const QDate &on, qint64 cents, int months) {
        Amendment a;
        a.contractId = contractId;
        a.lotId = lotId;
        a.signedOn = on;
        a.deltaMaxHt = Money::fromCents(cents);
        a.deltaMonths = months;
        a.reason = QStringLiteral("r");
        return a;
    };
    // Contract maximum 1,000,000.00; lot maximum 500,000.00.
    QList<Amendment> list{amendment(0, QDate(2022, 1, 10), 6'000'000, 6),
                          amendment(m_fixture.lot.id, QDate(2022, 3, 1), 30'000'000, 0),
                          amendment(0, QDate(2023, 2, 1), 5'000'000, 0)};
    for (Amendment &a : list)
        QVERIFY(stores().contracts.saveAmendment(a));
    const Contract contract = *stores().contracts.contract(contractId);
    const QList<Lot> lots = stores().contracts.lots(contractId).value();
    model.setAmendments(contract, lots, stores().contracts.amendments(contractId).value(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.initialEnd(), QDate(2024, 8, 31));
    QCOMPARE(model.index(0, AmendmentsModel::EffectiveMaximumColumn).data(CentsRole).toLongLong(), 106'000'000);
    QCOMPARE(model.index(0, AmendmentsModel::EffectiveEndColumn).data().toString(), QStringLiteral("2/28/25"));
    QCOMPARE(model.index(1, AmendmentsModel::EffectiveMaximumColumn).data().toString(), QStringLiteral("€1,110,000.00"));
    // 60,000 + 50,000 = 11 % of the initial 1,000,000: past 10 % at the second one.
    QCOMPARE(model.warnings().size(), 1);
    QCOMPARE(model.warnings().first().amendmentId, list.at(2).id);
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).isNull());
    QCOMPARE(model.index(1, 0).data(SeverityRole).toInt(), 1);
    QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(), model.warnings().first().message());
    // The lot: 300,000 on 500,000 is past 50 % for one amendment (and past 10 % cumulated).
    model.setAmendments(contract, lots, stores().contracts.amendments(contractId).value(), m_fixture.lot.id);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.effectiveMaximum().cents(), 80'000'000);
    QCOMPARE(model.effectiveEnd(), QDate(2025, 2, 28)); // the contract's extension of January 2022 counts
    QCOMPARE(model.warnings().size(), 2);
    QCOMPARE(model.warnings().first().kind, AmendmentWarning::Kind::SingleOver50Percent);
    for (const Amendment &a : std::as_const(list))
        QVERIFY(stores().contracts.removeAmendment(a.id));
}

QTEST_GUILESS_MAIN(RevisionTest)
#include "tst_revision.moc"
