// SPDX-License-Identifier: GPL-3.0-or-later
// The consumption engine against hand-computed fixtures, each written through the Stores into a real
// SQLite file. Every expected figure is worked out in the comment above it; amounts are in cents. The
// alerts it raises (thresholds, minimum, periods ending): tst_engine_alerts.
#include "books.h"
#include "freshfiles.h"

#include "engine/consumption.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QtTest>

using namespace Plafond;

namespace {

using PlafondTest::Books;
using PlafondTest::keys;
using PlafondTest::Line;
using PlafondTest::Steps;

#define CHECK(expression) QVERIFY2((expression), qPrintable(books.error()))

const BeneficiaryConsumption *findBeneficiary(const QList<BeneficiaryConsumption> &list, const QString &code)
{
    for (const BeneficiaryConsumption &beneficiary : list) {
        if (beneficiary.code == code)
            return &beneficiary;
    }
    return nullptr;
}

const WorkUnitConsumption *findUnit(const QList<WorkUnitConsumption> &list, const QString &code)
{
    for (const WorkUnitConsumption &unit : list) {
        if (unit.code == code)
            return &unit;
    }
    return nullptr;
}

// The contract's lifecycle figures excl. VAT: ordered, done, invoiced, paid.
QList<qint64> htOf(const StepAmounts &amounts)
{
    return {amounts.orderedHt.cents(), amounts.doneHt.cents(), amounts.invoicedHt.cents(), amounts.paidHt.cents()};
}

QList<qint64> ttcOf(const StepAmounts &amounts)
{
    return {amounts.orderedTtc.cents(), amounts.doneTtc.cents(), amounts.invoicedTtc.cents(), amounts.paidTtc.cents()};
}

} // namespace

class EngineTest : public QObject, private PlafondTest::FreshFiles
{
    Q_OBJECT

private slots:
    void initTestCase();

    void lifecycleAtDate_data();
    void lifecycleAtDate();
    void amendmentRaisesMaximum_data();
    void amendmentRaisesMaximum();
    void ministryRolledUp_data();
    void ministryRolledUp();
    void ttcPerLineRounding_data();
    void ttcPerLineRounding();
    void forecast_data();
    void forecast();
    void budgetAndAllocationAlerts();
    void monthsCumulative_data();
    void monthsCumulative();
    void alertKeysAndMessages_data();
    void alertKeysAndMessages();
    void unknownContract();
};

void EngineTest::initTestCase()
{
    QVERIFY(isValid());
}

// --- Lifecycle at the as-of date: cancelled and draft orders, dates between steps ---------------------

void EngineTest::lifecycleAtDate_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QList<qint64>>("ht"); // ordered, done, invoiced, paid

    // AUDIT at 1,000.00 a day, VAT 20 %.
    //   P  2 days   = 200000  issued 02-10, done 03-05, invoiced 03-20, paid 04-18
    //   X  3 days   = 300000  issued 02-15, cancelled 03-10
    //   D  5 days   = 500000  draft, never issued: counts nowhere, ever
    //   Q  1.5 days = 150000  issued 03-12, done 04-02
    QTest::newRow("before-any-issue") << QDate(2024, 2, 9) << QList<qint64>{0, 0, 0, 0};
    QTest::newRow("issue-day-counts") << QDate(2024, 2, 10) << QList<qint64>{200000, 0, 0, 0};
    // P + X
    QTest::newRow("both-issued") << QDate(2024, 2, 15) << QList<qint64>{500000, 0, 0, 0};
    // P done on 03-05; X not cancelled yet
    QTest::newRow("between-done-and-invoiced") << QDate(2024, 3, 9) << QList<qint64>{500000, 200000, 0, 0};
    // X cancelled that day: counts nowhere any more
    QTest::newRow("cancellation-day") << QDate(2024, 3, 10) << QList<qint64>{200000, 200000, 0, 0};
    // P + Q ordered; P invoiced 03-20, its payment (04-18) still ahead
    QTest::newRow("between-invoice-and-payment") << QDate(2024, 3, 31) << QList<qint64>{350000, 200000, 200000, 0};
    // Q done 04-02, P paid 04-18; D still a draft
    QTest::newRow("every-step-reached") << QDate(2024, 4, 30) << QList<qint64>{350000, 350000, 200000, 200000};
}

void EngineTest::lifecycleAtDate()
{
    QFETCH(QDate, asOf);
    QFETCH(QList<qint64>, ht);
    Books books(freshPath());
    CHECK(books.ok());
    CHECK(books.saveContract());
    CHECK(books.addLot(1, 100000000));
    CHECK(books.addUnit(1, QStringLiteral("AUDIT"), 100000));
    CHECK(books.addBeneficiary(QStringLiteral("B")));
    using S = OrderStatus;
    const QString audit = QStringLiteral("AUDIT");
    const QString b = QStringLiteral("B");
    CHECK(books.addOrder(QStringLiteral("P"), 1, b, {{audit, 2000, 100000}},
                         {{S::Issued, QDate(2024, 2, 10)}, {S::Done, QDate(2024, 3, 5)}, {S::Invoiced, QDate(2024, 3, 20)},
                          {S::Paid, QDate(2024, 4, 18)}}));
    CHECK(books.addOrder(QStringLiteral("X"), 1, b, {{audit, 3000, 100000}},
                         {{S::Issued, QDate(2024, 2, 15)}, {S::Cancelled, QDate(2024, 3, 10)}}));
    CHECK(books.addOrder(QStringLiteral("D"), 1, b, {{audit, 5000, 100000}}, {}));
    CHECK(books.addOrder(QStringLiteral("Q"), 1, b, {{audit, 1500, 100000}},
                         {{S::Issued, QDate(2024, 3, 12)}, {S::Done, QDate(2024, 4, 2)}}));

    const auto result = books.compute(asOf);
    QVERIFY2(result, qPrintable(books.error()));
    QCOMPARE(htOf(result->amounts), ht);
    // Whole-euro lines: each TTC is exactly 1.2 × HT.
    QList<qint64> ttc;
    for (qint64 cents : ht)
        ttc << cents * 6 / 5;
    QCOMPARE(ttcOf(result->amounts), ttc);
    QCOMPARE(result->lots.size(), 1);
    QCOMPARE(htOf(result->lots.at(0).amounts), ht);
    const BeneficiaryConsumption *beneficiary = findBeneficiary(result->beneficiaries, b);
    if (ht.at(0) == 0 && asOf < QDate(2024, 2, 10)) {
        QVERIFY(!beneficiary); // no step yet: not listed
    } else {
        QVERIFY(beneficiary);
        QCOMPARE(htOf(beneficiary->own), ht);
        QCOMPARE(htOf(beneficiary->rolledUp), ht);
    }
    const WorkUnitConsumption *unit = findUnit(result->workUnits, audit);
    QVERIFY(unit);
    QCOMPARE(unit->orderedHt.cents(), ht.at(0));
    QCOMPARE(unit->orderedQuantityMilli, ht.at(0) / 100); // 1,000.00 a day: 100000 cents per 1000 milli
}

// --- Amendments: before and after their signature -----------------------------------------------------

void EngineTest::amendmentRaisesMaximum_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<qint64>("maximum");
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<qint64>("percent");
    QTest::addColumn<QDate>("endOn");
    QTest::addColumn<QStringList>("alerts");

    // Maximum 10000000 (contract and lot 1), 24 months from 2024-01-01 (end 2025-12-31); 9500000 ordered on
    // 2024-02-01. On 2024-06-15 a contract amendment (+2500000, +6 months) and a lot amendment (+2500000).
    // The day before: 9500000 / 10000000 = 95.00 % → the 90 % alert; remaining 500000.
    QTest::newRow("day-before-signature") << QDate(2024, 6, 14) << qint64(10000000) << qint64(500000) << qint64(9500)
                                          << QDate(2025, 12, 31)
                                          << QStringList{QStringLiteral("contract_over_90_percent"),
                                                         QStringLiteral("lot_over_90_percent")};
    // From the signature day: 12500000; 9500000 / 12500000 = 76.00 % → 70 %; remaining 3000000;
    // end: 2024-01-01 + 30 months − 1 day = 2026-06-30.
    QTest::newRow("signature-day") << QDate(2024, 6, 15) << qint64(12500000) << qint64(3000000) << qint64(7600)
                                   << QDate(2026, 6, 30)
                                   << QStringList{QStringLiteral("contract_over_70_percent"),
                                                  QStringLiteral("lot_over_70_percent")};
}

void EngineTest::amendmentRaisesMaximum()
{
    QFETCH(QDate, asOf);
    QFETCH(qint64, maximum);
    QFETCH(qint64, remaining);
    QFETCH(qint64, percent);
    QFETCH(QDate, endOn);
    QFETCH(QStringList, alerts);
    Books books(freshPath());
    CHECK(books.ok());
    books.contract.durationMonths = 24;
    books.contract.maxHt = Money::fromCents(10000000);
    CHECK(books.saveContract());
    CHECK(books.addLot(1, 10000000));
    CHECK(books.addUnit(1, QStringLiteral("AUDIT"), 100000));
    CHECK(books.addBeneficiary(QStringLiteral("B")));
    CHECK(books.addOrder(QStringLiteral("O"), 1, QStringLiteral("B"), {{QStringLiteral("AUDIT"), 95000, 100000}},
                         {{OrderStatus::Issued, QDate(2024, 2, 1)}}));
    CHECK(books.addAmendment(0, QDate(2024, 6, 15), 2500000, 6));
    CHECK(books.addAmendment(1, QDate(2024, 6, 15), 2500000, 0));

    const auto result = books.compute(asOf);
    QVERIFY2(result, qPrintable(books.error()));
    for (const CeilingState &ceiling : {result->ceiling, result->lots.at(0).ceiling}) {
        QCOMPARE(ceiling.maximum.cents(), maximum);
        QCOMPARE(ceiling.remaining.cents(), remaining);
        QCOMPARE(ceiling.percentHundredths, percent);
    }
    QCOMPARE(result->endOn, endOn);
    QCOMPARE(result->forecast.endOn, endOn);
    QCOMPARE(keys(result->alerts), alerts);
}

// --- A ministry and its directions ---------------------------------------------------------------------

void EngineTest::ministryRolledUp_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<qint64>("ownOrdered");
    QTest::addColumn<qint64>("rolledOrdered");
    QTest::addColumn<qint64>("rolledDone");

    // MIN ─┬─ DIR1 ── BODY        MIN2 ── DIR3        OUT (no order: not listed)
    //      └─ DIR2
    // Orders, all issued 2024-02-01: MIN 100000 (done 02-10), DIR1 200000, DIR2 300000 (done 02-12),
    // BODY 50000, DIR3 70000. As of 2024-03-01:
    QTest::newRow("body") << QStringLiteral("BODY") << QStringLiteral("DIR1") << qint64(50000) << qint64(50000) << qint64(0);
    // DIR1 200000 + BODY 50000
    QTest::newRow("direction-with-a-body") << QStringLiteral("DIR1") << QStringLiteral("MIN") << qint64(200000)
                                           << qint64(250000) << qint64(0);
    QTest::newRow("direction") << QStringLiteral("DIR2") << QStringLiteral("MIN") << qint64(300000) << qint64(300000)
                               << qint64(300000);
    // MIN 100000 + DIR1 250000 + DIR2 300000 = 650000; done MIN 100000 + DIR2 300000 = 400000
    QTest::newRow("ministry-with-two-directions") << QStringLiteral("MIN") << QString() << qint64(100000) << qint64(650000)
                                                  << qint64(400000);
    // Listed as DIR3's ancestor, with nothing of its own.
    QTest::newRow("ministry-without-own-orders") << QStringLiteral("MIN2") << QString() << qint64(0) << qint64(70000)
                                                 << qint64(0);
}

void EngineTest::ministryRolledUp()
{
    QFETCH(QString, code);
    QFETCH(QString, parent);
    QFETCH(qint64, ownOrdered);
    QFETCH(qint64, rolledOrdered);
    QFETCH(qint64, rolledDone);
    Books books(freshPath());
    CHECK(books.ok());
    CHECK(books.saveContract());
    CHECK(books.addLot(1, 100000000));
    CHECK(books.addUnit(1, QStringLiteral("AUDIT"), 100000));
    for (const auto &[child, parentCode] : {std::pair{"MIN", ""}, std::pair{"DIR1", "MIN"}, std::pair{"DIR2", "MIN"},
                                           std::pair{"BODY", "DIR1"}, std::pair{"MIN2", ""}, std::pair{"DIR3", "MIN2"},
                                           std::pair{"OUT", ""}})
        CHECK(books.addBeneficiary(QLatin1String(child), QLatin1String(parentCode)));
    using S = OrderStatus;
    const QString audit = QStringLiteral("AUDIT");
    const QDate issued(2024, 2, 1);
    CHECK(books.addOrder(QStringLiteral("1"), 1, QStringLiteral("MIN"), {{audit, 1000, 100000}},
                         {{S::Issued, issued}, {S::Done, QDate(2024, 2, 10)}}));
    CHECK(books.addOrder(QStringLiteral("2"), 1, QStringLiteral("DIR1"), {{audit, 2000, 100000}}, {{S::Issued, issued}}));
    CHECK(books.addOrder(QStringLiteral("3"), 1, QStringLiteral("DIR2"), {{audit, 3000, 100000}},
                         {{S::Issued, issued}, {S::Done, QDate(2024, 2, 12)}}));
    CHECK(books.addOrder(QStringLiteral("4"), 1, QStringLiteral("BODY"), {{audit, 500, 100000}}, {{S::Issued, issued}}));
    CHECK(books.addOrder(QStringLiteral("5"), 1, QStringLiteral("DIR3"), {{audit, 700, 100000}}, {{S::Issued, issued}}));

    const auto result = books.compute(QDate(2024, 3, 1));
    QVERIFY2(result, qPrintable(books.error()));
    QStringList codes;
    for (const BeneficiaryConsumption &beneficiary : result->beneficiaries)
        codes << beneficiary.code;
    QCOMPARE(codes, (QStringList{QStringLiteral("BODY"), QStringLiteral("DIR1"), QStringLiteral("DIR2"),
                                 QStringLiteral("DIR3"), QStringLiteral("MIN"), QStringLiteral("MIN2")}));
    for (const QList<BeneficiaryConsumption> &list : {result->beneficiaries, result->lots.at(0).beneficiaries}) {
        const BeneficiaryConsumption *beneficiary = findBeneficiary(list, code);
        QVERIFY(beneficiary);
        QCOMPARE(beneficiary->parentId, books.beneficiaryId(parent));
        QCOMPARE(beneficiary->own.orderedHt.cents(), ownOrdered);
        QCOMPARE(beneficiary->rolledUp.orderedHt.cents(), rolledOrdered);
        QCOMPARE(beneficiary->rolledUp.doneHt.cents(), rolledDone);
        QCOMPARE(beneficiary->rolledUp.orderedTtc.cents(), rolledOrdered * 6 / 5); // whole euros: exact 20 %
        QVERIFY(!beneficiary->allocationHt);
    }
}

// --- VAT: rounded once per line, then summed ------------------------------------------------------------

void EngineTest::ttcPerLineRounding_data()
{
    QTest::addColumn<int>("vatBasisPoints");
    QTest::addColumn<QList<qint64>>("lines"); // HT of each line, in cents
    QTest::addColumn<qint64>("ttc");

    // Each line: 3 + 0.6 → 3 + 1 = 4; 8 in all (rounding the 6-cent total would give 6 + 1.2 → 7).
    QTest::newRow("twenty-percent-of-three-cents") << 2000 << QList<qint64>{3, 3} << qint64(8);
    // Each line: 10 + 0.55 → 11; 33 (on the total: 30 + 1.65 → 32).
    QTest::newRow("five-and-a-half-percent") << 550 << QList<qint64>{10, 10, 10} << qint64(33);
    // A half cent rounds away from zero: 5 + 0.5 → 6 each, 12 (on the total: 10 + 1 = 11).
    QTest::newRow("half-a-cent-per-line") << 1000 << QList<qint64>{5, 5} << qint64(12);
    // 203088 + 40617.6 → 243706; 27051 + 5410.2 → 32461; 276167.
    QTest::newRow("real-amounts") << 2000 << QList<qint64>{203088, 27051} << qint64(276167);
}

void EngineTest::ttcPerLineRounding()
{
    QFETCH(int, vatBasisPoints);
    QFETCH(QList<qint64>, lines);
    QFETCH(qint64, ttc);
    Books books(freshPath());
    CHECK(books.ok());
    books.contract.vatBasisPoints = vatBasisPoints;
    CHECK(books.saveContract());
    CHECK(books.addLot(1, 100000000));
    CHECK(books.addUnit(1, QStringLiteral("AUDIT"), 100000));
    CHECK(books.addBeneficiary(QStringLiteral("B")));
    QList<Line> orderLines;
    qint64 ht = 0;
    for (qint64 cents : lines) {
        orderLines << Line{QStringLiteral("AUDIT"), 1000, cents}; // one unit at that price: the line is that amount
        ht += cents;
    }
    CHECK(books.addOrder(QStringLiteral("O"), 1, QStringLiteral("B"), orderLines,
                         {{OrderStatus::Issued, QDate(2024, 2, 1)}, {OrderStatus::Done, QDate(2024, 2, 2)},
                          {OrderStatus::Invoiced, QDate(2024, 2, 3)}, {OrderStatus::Paid, QDate(2024, 2, 4)}}));

    const auto result = books.compute(QDate(2024, 3, 1));
    QVERIFY2(result, qPrintable(books.error()));
    QCOMPARE(htOf(result->amounts), (QList<qint64>{ht, ht, ht, ht}));
    QCOMPARE(ttcOf(result->amounts), (QList<qint64>{ttc, ttc, ttc, ttc}));
    // The same rule as the order's own total (SQL and C++ agree).
    QCOMPARE(books.stores().orders.order(books.order(QStringLiteral("O")).id)->totalTtc(vatBasisPoints)->cents(), ttc);
    QCOMPARE(result->months.at(1).inMonth.orderedTtc.cents(), ttc); // February
}

// --- Forecast -------------------------------------------------------------------------------------------

void EngineTest::forecast_data()
{
    QTest::addColumn<int>("durationMonths");
    QTest::addColumn<qint64>("maximum");
    QTest::addColumn<qint64>("extraCents"); // one more order on 2024-12-15, 0: none
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("windowMonths");
    QTest::addColumn<qint64>("burnRate");
    QTest::addColumn<QDate>("reachedOn"); // invalid: no date
    QTest::addColumn<bool>("notBeforeEnd");

    // From 2024-01-01; 1000000 (€10,000) ordered on the 1st of every month of 2024. The rule: months to go =
    // remaining × window / ordered in the window, exactly; whole months are added to the as-of date, the
    // rest becomes days of the month that follows, rounded up.
    //
    // 12 months ordered, 12000000, by 2024-12-31: rate 1000000 a month; remaining 20000000 − 12000000 =
    // 8000000 = exactly 8 months → 2024-12-31 + 8 months = 2025-08-31.
    QTest::newRow("reached-exactly-8-months-later") << 48 << qint64(20000000) << qint64(0) << QDate(2024, 12, 31) << 12
                                                    << qint64(1000000) << QDate(2025, 8, 31) << false;
    // One cent more: 8 months and 12 / 12000000 of a month; × 30 days (2025-08-31 → 2025-09-30) = 0.00003 of
    // a day, rounded up: the next day.
    QTest::newRow("one-cent-more-is-one-day-later") << 48 << qint64(20000001) << qint64(0) << QDate(2024, 12, 31) << 12
                                                    << qint64(1000000) << QDate(2025, 9, 1) << false;
    // 8500000 to go: 8.5 months; half of the 30 days after 2025-08-31 = 15 → 2025-09-15.
    QTest::newRow("half-way-through-a-month") << 48 << qint64(20500000) << qint64(0) << QDate(2024, 12, 31) << 12
                                              << qint64(1000000) << QDate(2025, 9, 15) << false;
    // Six months old (2024-06-30 − 6 months = 2023-12-30 is before the start): the window is those 6 months,
    // 6000000 ordered → 1000000 a month; 14000000 to go = 14 months → 2025-08-30.
    QTest::newRow("young-contract") << 48 << qint64(20000000) << qint64(0) << QDate(2024, 6, 30) << 6 << qint64(1000000)
                                    << QDate(2025, 8, 30) << false;
    // 12000006 in the window: 1000000.5 a month, shown rounded half away from zero (1000001); the date uses
    // the exact rate: 8000000 × 12 / 12000006 = 7 months (84000042) and 11999958 / 12000006 of the 31 days
    // after 2025-07-31 = 30.9999 → 31 days → 2025-08-31.
    QTest::newRow("rate-rounded-half-away") << 48 << qint64(20000006) << qint64(6) << QDate(2024, 12, 31) << 12
                                            << qint64(1000001) << QDate(2025, 8, 31) << false;
    // 24 months (end 2025-12-31): 18000000 to go = 18 months → 2026-06-30, after the end.
    QTest::newRow("not-before-the-end") << 24 << qint64(30000000) << qint64(0) << QDate(2024, 12, 31) << 12
                                        << qint64(1000000) << QDate(2026, 6, 30) << true;
    // Nothing ordered from 2025-06-30 to 2026-06-30: no rate, no date.
    QTest::newRow("nothing-in-the-window") << 48 << qint64(20000000) << qint64(0) << QDate(2026, 6, 30) << 12 << qint64(0)
                                           << QDate() << true;
    // Already past the maximum: reached, dated the as-of date.
    QTest::newRow("already-reached") << 48 << qint64(10000000) << qint64(0) << QDate(2024, 12, 31) << 12 << qint64(1000000)
                                     << QDate(2024, 12, 31) << false;
}

void EngineTest::forecast()
{
    QFETCH(int, durationMonths);
    QFETCH(qint64, maximum);
    QFETCH(qint64, extraCents);
    QFETCH(QDate, asOf);
    QFETCH(int, windowMonths);
    QFETCH(qint64, burnRate);
    QFETCH(QDate, reachedOn);
    QFETCH(bool, notBeforeEnd);
    Books books(freshPath());
    CHECK(books.ok());
    books.contract.durationMonths = durationMonths;
    books.contract.maxHt = Money::fromCents(maximum);
    CHECK(books.saveContract());
    CHECK(books.addLot(1, maximum));
    CHECK(books.addUnit(1, QStringLiteral("AUDIT"), 100000));
    CHECK(books.addBeneficiary(QStringLiteral("B")));
    for (int month = 1; month <= 12; ++month) {
        CHECK(books.addOrder(QStringLiteral("M%1").arg(month), 1, QStringLiteral("B"), {{QStringLiteral("AUDIT"), 10000, 100000}},
                             {{OrderStatus::Issued, QDate(2024, month, 1)}}));
    }
    if (extraCents > 0) {
        CHECK(books.addOrder(QStringLiteral("EXTRA"), 1, QStringLiteral("B"), {{QStringLiteral("AUDIT"), 1000, extraCents}},
                             {{OrderStatus::Issued, QDate(2024, 12, 15)}}));
    }

    const auto result = books.compute(asOf);
    QVERIFY2(result, qPrintable(books.error()));
    // One lot with the contract's maximum: the lot's forecast is the contract's.
    for (const Forecast &forecast : {result->forecast, result->lots.at(0).forecast}) {
        QCOMPARE(forecast.windowMonths, windowMonths);
        QCOMPARE(forecast.burnRatePerMonthHt.cents(), burnRate);
        QCOMPARE(forecast.maxReachedOn.value_or(QDate()), reachedOn);
        QCOMPARE(forecast.notBeforeEnd, notBeforeEnd);
        QCOMPARE(forecast.endOn, QDate(2024, 1, 1).addMonths(durationMonths).addDays(-1));
    }
}

// --- Work-unit budgets per year, allocations -----------------------------------------------------------

void EngineTest::budgetAndAllocationAlerts()
{
    Books books(freshPath());
    CHECK(books.ok());
    CHECK(books.saveContract());
    CHECK(books.addLot(1, 100000000));
    CHECK(books.addUnit(1, QStringLiteral("AUDIT"), 100000));
    CHECK(books.addUnit(1, QStringLiteral("DEV"), 80000));
    CHECK(books.addBeneficiary(QStringLiteral("MIN")));
    CHECK(books.addBeneficiary(QStringLiteral("DIR"), QStringLiteral("MIN")));
    CHECK(books.addBeneficiary(QStringLiteral("OTHER")));
    // Budgets: AUDIT 10 days in 2024 and 10 in 2025; DEV 20 days in 2024.
    CHECK(books.addBudget(QStringLiteral("AUDIT"), 2024, 10000));
    CHECK(books.addBudget(QStringLiteral("AUDIT"), 2025, 10000));
    CHECK(books.addBudget(QStringLiteral("DEV"), 2024, 20000));
    // Allocations: MIN 2300000 on lot 1; OTHER 5000000 on lot 1; DIR 5 days of DEV.
    CHECK(books.addAllocation(1, QStringLiteral("MIN"), qint64(2300000)));
    CHECK(books.addAllocation(1, QStringLiteral("OTHER"), qint64(5000000)));
    CHECK(books.addAllocation(1, QStringLiteral("DIR"), std::nullopt, QStringLiteral("DEV"), qint64(5000)));
    using S = OrderStatus;
    // O1 DIR 7 days of AUDIT = 700000, 2024; O2 DIR 5 days of DEV = 400000, 2024;
    // O3 OTHER 2 days of AUDIT = 200000, issued 2024-12-20, cancelled 2025-01-10: off 2024's budget, not 2025's;
    // O4 MIN 9.999 days of AUDIT = 999900, 2025.
    CHECK(books.addOrder(QStringLiteral("O1"), 1, QStringLiteral("DIR"), {{QStringLiteral("AUDIT"), 7000, 100000}},
                         {{S::Issued, QDate(2024, 3, 1)}}));
    CHECK(books.addOrder(QStringLiteral("O2"), 1, QStringLiteral("DIR"), {{QStringLiteral("DEV"), 5000, 80000}},
                         {{S::Issued, QDate(2024, 4, 1)}}));
    CHECK(books.addOrder(QStringLiteral("O3"), 1, QStringLiteral("OTHER"), {{QStringLiteral("AUDIT"), 2000, 100000}},
                         {{S::Issued, QDate(2024, 12, 20)}, {S::Cancelled, QDate(2025, 1, 10)}}));
    CHECK(books.addOrder(QStringLiteral("O4"), 1, QStringLiteral("MIN"), {{QStringLiteral("AUDIT"), 9999, 100000}},
                         {{S::Issued, QDate(2025, 2, 1)}}));

    const auto result = books.compute(QDate(2025, 6, 30));
    QVERIFY2(result, qPrintable(books.error()));

    // AUDIT: 2024 7000 of 10000 (70 %: the 70 % alert), 2025 9999 of 10000 (99.99 %: 90 %); in all 16999 of 20000.
    const WorkUnitConsumption *audit = findUnit(result->workUnits, QStringLiteral("AUDIT"));
    QVERIFY(audit);
    QCOMPARE(audit->orderedQuantityMilli, qint64(16999));
    QCOMPARE(audit->orderedHt.cents(), qint64(700000 + 999900));
    QCOMPARE(audit->budgetQuantityMilli, std::optional<qint64>(20000));
    QCOMPARE(audit->years.size(), 2);
    QCOMPARE(audit->years.at(0).year, 2024);
    QCOMPARE(audit->years.at(0).orderedQuantityMilli, qint64(7000));
    QCOMPARE(audit->years.at(0).orderedHt.cents(), qint64(700000));
    QCOMPARE(audit->years.at(0).budgetQuantityMilli, std::optional<qint64>(10000));
    QCOMPARE(audit->years.at(1).year, 2025);
    QCOMPARE(audit->years.at(1).orderedQuantityMilli, qint64(9999));
    // DEV: 5000 of 20000 in 2024 (25 %): no budget alert.
    const WorkUnitConsumption *dev = findUnit(result->workUnits, QStringLiteral("DEV"));
    QVERIFY(dev);
    QCOMPARE(dev->orderedQuantityMilli, qint64(5000));
    QCOMPARE(dev->years.size(), 1);

    // MIN rolled up on lot 1: 999900 + DIR 700000 + 400000 = 2099900 of 2300000 = 91.3 %: 90 %.
    // OTHER: nothing (O3 cancelled) of 5000000. DIR: 5 days of DEV of 5 allocated: 100 %.
    const BeneficiaryConsumption *min = findBeneficiary(result->beneficiaries, QStringLiteral("MIN"));
    QVERIFY(min);
    QCOMPARE(min->rolledUp.orderedHt.cents(), qint64(2099900));
    QCOMPARE(min->allocationHt, std::optional<Money>(Money::fromCents(2300000)));
    QCOMPARE(findBeneficiary(result->beneficiaries, QStringLiteral("DIR"))->allocationHt, std::optional<Money>());
    QCOMPARE(findBeneficiary(result->beneficiaries, QStringLiteral("OTHER"))->allocationHt,
             std::optional<Money>(Money::fromCents(5000000)));

    QCOMPARE(keys(result->alerts), (QStringList{QStringLiteral("budget_over_70_percent"), QStringLiteral("budget_over_90_percent"),
                                                QStringLiteral("allocation_over_90_percent"),
                                                QStringLiteral("allocation_over_100_percent")}));
    const Alert &budget2024 = result->alerts.at(0);
    QCOMPARE(budget2024.kind, Alert::Kind::BudgetThreshold);
    QCOMPARE(budget2024.workUnitId, books.unitId(QStringLiteral("AUDIT")));
    QCOMPARE(budget2024.year, 2024);
    QCOMPARE(budget2024.lotId, books.lotId(1));
    QCOMPARE(budget2024.message(), QStringLiteral("Work unit AUDIT (lot 1): 70 % of its 2024 budget ordered."));
    QCOMPARE(result->alerts.at(1).year, 2025);
    QCOMPARE(result->alerts.at(1).severity, Alert::Severity::Warning);
    const Alert &amount = result->alerts.at(2);
    QCOMPARE(amount.kind, Alert::Kind::AllocationThreshold);
    QCOMPARE(amount.beneficiaryId, books.beneficiaryId(QStringLiteral("MIN")));
    QCOMPARE(amount.workUnitId, Id(0));
    QCOMPARE(amount.message(), QStringLiteral("MIN: 90 % of its allocation on lot 1 ordered."));
    const Alert &quantity = result->alerts.at(3);
    QCOMPARE(quantity.beneficiaryId, books.beneficiaryId(QStringLiteral("DIR")));
    QCOMPARE(quantity.workUnitId, books.unitId(QStringLiteral("DEV")));
    QCOMPARE(quantity.severity, Alert::Severity::Critical);
    QCOMPARE(quantity.message(), QStringLiteral("DIR: 100 % of its allocation of work unit DEV (lot 1) ordered."));
}

// --- Months: flows and the cumulative ordered amount ---------------------------------------------------

void EngineTest::monthsCumulative_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QDate>("month");
    QTest::addColumn<QList<qint64>>("inMonth"); // ordered (net of cancellations), done, invoiced, paid
    QTest::addColumn<qint64>("cumulative");
    QTest::addColumn<qint64>("lot1Cumulative");

    // A lot 1 100000 issued 01-15, done 02-10; B lot 2 200000 issued 02-20; C lot 1 50000 issued 02-25,
    // cancelled 04-05; D lot 1 30000 issued 04-01, done 04-20, invoiced 05-02, paid 05-30 (after the date).
    // As of 2024-05-15: January to May.
    QTest::newRow("january") << 0 << QDate(2024, 1, 1) << QList<qint64>{100000, 0, 0, 0} << qint64(100000) << qint64(100000);
    // B + C; A done
    QTest::newRow("february") << 1 << QDate(2024, 2, 1) << QList<qint64>{250000, 100000, 0, 0} << qint64(350000)
                              << qint64(150000);
    QTest::newRow("march-nothing") << 2 << QDate(2024, 3, 1) << QList<qint64>{0, 0, 0, 0} << qint64(350000) << qint64(150000);
    // D 30000 − C 50000 cancelled = −20000; D done
    QTest::newRow("april-cancellation") << 3 << QDate(2024, 4, 1) << QList<qint64>{-20000, 30000, 0, 0} << qint64(330000)
                                        << qint64(130000);
    // D invoiced; its payment is after the date. 330000 = A + B + D, what is ordered at the date.
    QTest::newRow("may-as-of-month") << 4 << QDate(2024, 5, 1) << QList<qint64>{0, 0, 30000, 0} << qint64(330000)
                                     << qint64(130000);
}

void EngineTest::monthsCumulative()
{
    QFETCH(int, index);
    QFETCH(QDate, month);
    QFETCH(QList<qint64>, inMonth);
    QFETCH(qint64, cumulative);
    QFETCH(qint64, lot1Cumulative);
    Books books(freshPath());
    CHECK(books.ok());
    CHECK(books.saveContract());
    CHECK(books.addLot(1, 100000000));
    CHECK(books.addLot(2, 100000000));
    CHECK(books.addUnit(1, QStringLiteral("AUDIT"), 100000));
    CHECK(books.addUnit(2, QStringLiteral("SUPPORT"), 100000));
    CHECK(books.addBeneficiary(QStringLiteral("B")));
    using S = OrderStatus;
    const QString b = QStringLiteral("B");
    CHECK(books.addOrder(QStringLiteral("A"), 1, b, {{QStringLiteral("AUDIT"), 1000, 100000}},
                         {{S::Issued, QDate(2024, 1, 15)}, {S::Done, QDate(2024, 2, 10)}}));
    CHECK(books.addOrder(QStringLiteral("B"), 2, b, {{QStringLiteral("SUPPORT"), 2000, 100000}}, {{S::Issued, QDate(2024, 2, 20)}}));
    CHECK(books.addOrder(QStringLiteral("C"), 1, b, {{QStringLiteral("AUDIT"), 500, 100000}},
                         {{S::Issued, QDate(2024, 2, 25)}, {S::Cancelled, QDate(2024, 4, 5)}}));
    CHECK(books.addOrder(QStringLiteral("D"), 1, b, {{QStringLiteral("AUDIT"), 300, 100000}},
                         {{S::Issued, QDate(2024, 4, 1)}, {S::Done, QDate(2024, 4, 20)}, {S::Invoiced, QDate(2024, 5, 2)},
                          {S::Paid, QDate(2024, 5, 30)}}));

    const auto result = books.compute(QDate(2024, 5, 15));
    QVERIFY2(result, qPrintable(books.error()));
    QCOMPARE(result->months.size(), 5);
    const MonthAmounts &amounts = result->months.at(index);
    QCOMPARE(amounts.month, month);
    QCOMPARE(htOf(amounts.inMonth), inMonth);
    QCOMPARE(amounts.cumulativeOrderedHt.cents(), cumulative);
    QCOMPARE(result->lots.at(0).months.size(), 5);
    QCOMPARE(result->lots.at(0).months.at(index).cumulativeOrderedHt.cents(), lot1Cumulative);
    // The series ends on what is ordered at the date.
    QCOMPARE(result->months.constLast().cumulativeOrderedHt, result->amounts.orderedHt);
    QCOMPARE(result->lots.at(0).months.constLast().cumulativeOrderedHt, result->lots.at(0).amounts.orderedHt);

    // Before the start there is no month to show.
    const auto early = books.compute(QDate(2023, 12, 31));
    QVERIFY2(early, qPrintable(books.error()));
    QVERIFY(early->months.isEmpty());
}

// --- Alert keys and messages ---------------------------------------------------------------------------

void EngineTest::alertKeysAndMessages_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("onLot");
    QTest::addColumn<int>("value");
    QTest::addColumn<int>("renewal");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message"); // %d: the alert's date in the short format of the locale

    using K = Alert::Kind;
    QTest::newRow("contract-threshold") << int(K::Threshold) << false << 90 << 0 << QStringLiteral("contract_over_90_percent")
                                        << QStringLiteral("90 % of the contract's maximum ordered.");
    QTest::newRow("lot-threshold") << int(K::Threshold) << true << 70 << 0 << QStringLiteral("lot_over_70_percent")
                                   << QStringLiteral("Lot 3: 70 % of its maximum ordered.");
    QTest::newRow("contract-over-maximum") << int(K::OverMaximum) << false << 0 << 0 << QStringLiteral("contract_over_maximum")
                                           << QStringLiteral("The contract is past its maximum.");
    QTest::newRow("lot-over-maximum") << int(K::OverMaximum) << true << 0 << 0 << QStringLiteral("lot_over_maximum")
                                      << QStringLiteral("Lot 3 is past its maximum.");
    QTest::newRow("contract-shortfall") << int(K::MinimumShortfall) << false << 0 << 0 << QStringLiteral("minimum_shortfall")
                                        << QStringLiteral("The contract's minimum is not reached and the contract ends on %d.");
    QTest::newRow("lot-shortfall") << int(K::MinimumShortfall) << true << 0 << 0 << QStringLiteral("lot_minimum_shortfall")
                                   << QStringLiteral("Lot 3: its minimum is not reached and the contract ends on %d.");
    QTest::newRow("firm-period") << int(K::FirmPeriodEnding) << false << 1 << 0 << QStringLiteral("firm_period_ending")
                                 << QStringLiteral("The firm period ends on %d, in 1 day(s): the renewal decision is due.");
    QTest::newRow("renewal-period") << int(K::FirmPeriodEnding) << false << 30 << 2 << QStringLiteral("renewal_period_ending")
                                    << QStringLiteral("Renewal period 2 ends on %d, in 30 day(s): the renewal decision is due.");
    QTest::newRow("contract-ending") << int(K::ContractEnding) << false << 45 << 0 << QStringLiteral("contract_ending")
                                     << QStringLiteral("The contract ends on %d, in 45 day(s).");
}

void EngineTest::alertKeysAndMessages()
{
    QFETCH(int, kind);
    QFETCH(bool, onLot);
    QFETCH(int, value);
    QFETCH(int, renewal);
    QFETCH(QString, key);
    QFETCH(QString, message);
    Alert alert;
    alert.kind = static_cast<Alert::Kind>(kind);
    alert.lotId = onLot ? 42 : 0;
    alert.lotNumber = onLot ? 3 : 0;
    alert.value = value;
    alert.renewal = renewal;
    alert.date = QDate(2024, 12, 31);
    QCOMPARE(alert.key(), key);
    // No translator is installed: the English source, with the plural left as written.
    QCOMPARE(alert.message(), message.replace(QStringLiteral("%d"), QLocale().toString(alert.date, QLocale::ShortFormat)));
}

void EngineTest::unknownContract()
{
    Books books(freshPath());
    CHECK(books.ok());
    QString error;
    QVERIFY(!ConsumptionEngine::compute(books.stores(), 999, QDate(2024, 1, 1), {}, &error));
    QCOMPARE(error, QStringLiteral("There is no contract 999 in this database."));
}

QTEST_GUILESS_MAIN(EngineTest)
#include "tst_engine.moc"
