// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's facts (OrderStore::orderFacts) and its pass over them (FactsPass) against the SQL they
// replace (OrderStore::stepSums, lotTotals): the same sums to the cent, on the demo, on generated orders of
// every status and on a hand-made contract whose figures are written out here.
#include "engine/consumption.h"
#include "engine/factspass.h"
#include "io/datagenerator.h"
#include "io/demodata.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QTemporaryDir>
#include <QtTest>

#include <array>
#include <map>
#include <memory>

using namespace Plafond;

namespace {

// Step sums grouped per lot, beneficiary, work unit, step, month and issue month (the SQL's grouping; the
// pass gives one per line), each group as one comparable line of text.
QStringList sorted(const QList<StepSum> &sums)
{
    std::map<QString, std::array<qint64, 3>> groups;
    for (const StepSum &sum : sums) {
        const QString key = QStringLiteral("lot %1 ben %2 wu %3 step %4 %5 issued %6")
                                .arg(sum.lotId)
                                .arg(sum.beneficiaryId)
                                .arg(sum.workUnitId)
                                .arg(static_cast<int>(sum.step))
                                .arg(sum.month.toString(Qt::ISODate), sum.issueMonth.toString(Qt::ISODate));
        auto &group = groups[key];
        group[0] += sum.quantityMilli;
        group[1] += sum.amountHt.cents();
        group[2] += sum.amountTtc.cents();
    }
    QStringList lines;
    for (const auto &[key, group] : groups)
        lines << QStringLiteral("%1: %2 mu, %3 HT, %4 TTC").arg(key).arg(group[0]).arg(group[1]).arg(group[2]);
    return lines;
}

// The days the figures are compared at: month ends and mid-months over the contracts' lives, and the days
// right around each step of the first orders (a step on the as-of date counts, the day before it does not).
QList<QDate> daysToCompare(const OrderFacts &facts, const QDate &from, const QDate &to, int everyMonths)
{
    QList<QDate> days;
    for (QDate day = from; day <= to; day = day.addMonths(everyMonths))
        days << day << day.addDays(14);
    for (std::size_t i = 0; i < std::min<std::size_t>(facts.orders.size(), 5); ++i) {
        for (OrderFacts::Day step : {facts.orders[i].issued, facts.orders[i].done, facts.orders[i].paid, facts.orders[i].cancelled}) {
            if (step)
                days << QDate::fromJulianDay(step - 1) << QDate::fromJulianDay(step);
        }
    }
    return days;
}

} // namespace

class OrderFactsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_demoDatabase;
    std::unique_ptr<Stores> m_demo;
    void compareAll(Stores &stores, const QDate &from, const QDate &to, int everyMonths);

private slots:
    void initTestCase();
    void handMade();
    void sameAsSqlOnTheDemo();
    void sameAsSqlOnGeneratedOrders();
    void consumptionFromSharedFacts();
};

void OrderFactsTest::compareAll(Stores &stores, const QDate &from, const QDate &to, int everyMonths)
{
    const auto facts = stores.orders.orderFacts();
    QVERIFY2(facts, qPrintable(facts.message()));
    QVERIFY(!facts->isEmpty());
    const auto contracts = stores.contracts.contracts();
    QVERIFY(contracts);
    int compared = 0;
    for (const Contract &contract : *contracts) {
        for (const QDate &day : daysToCompare(*facts, from, to, everyMonths)) {
            const auto sql = stores.orders.stepSums(contract.id, day);
            const auto pass = FactsPass::stepSums(*facts, contract.id, day);
            QVERIFY(sql);
            QVERIFY(pass);
            QCOMPARE(sorted(*pass), sorted(*sql));
            compared += static_cast<int>(sql->size());

            const auto totals = stores.orders.lotTotals(contract.id, day);
            const auto ordered = FactsPass::orderedByLot(*facts, contract.id, day);
            QVERIFY(totals);
            QVERIFY(ordered);
            for (const LotTotals &lot : *totals) {
                const auto it = ordered->find(lot.lotId);
                QCOMPARE(it == ordered->end() ? 0 : it->second.cents(), lot.ordered.cents());
            }
        }
    }
    QVERIFY2(compared > 100, qPrintable(QString::number(compared))); // the comparison compared something
}

void OrderFactsTest::initTestCase()
{
    QString error;
    QVERIFY2(m_demoDatabase.open(m_dir.filePath(QStringLiteral("demo.sqlite")), Database::OpenMode::CreateIfMissing, &error),
             qPrintable(error));
    m_demo = std::make_unique<Stores>(m_demoDatabase);
    QVERIFY2(DemoData::write(*m_demo, &error), qPrintable(error));
}

// One contract, one lot, two work units; every figure below is written out by hand.
void OrderFactsTest::handMade()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("facts.sqlite")), Database::OpenMode::CreateIfMissing, &error), qPrintable(error));
    Stores stores(db);
    Contract contract;
    contract.reference = QStringLiteral("FACTS-1");
    contract.title = QStringLiteral("Facts");
    contract.startOn = QDate(2024, 1, 1);
    contract.durationMonths = 24;
    contract.maxHt = Money::fromCents(100000000);
    contract.vatBasisPoints = 2000;
    QVERIFY(stores.contracts.saveContract(contract));
    Lot lot;
    lot.contractId = contract.id;
    lot.number = 1;
    lot.title = QStringLiteral("Lot");
    lot.maxHt = Money::fromCents(50000000);
    QVERIFY(stores.contracts.saveLot(lot));
    Beneficiary ministry;
    ministry.code = QStringLiteral("MIN");
    ministry.name = QStringLiteral("Ministry");
    QVERIFY(stores.catalogue.saveBeneficiary(ministry));
    WorkUnit day, week;
    day.lotId = week.lotId = lot.id;
    day.code = QStringLiteral("UO-D");
    day.labelFr = day.labelEn = QStringLiteral("Day");
    week.code = QStringLiteral("UO-W");
    week.labelFr = week.labelEn = QStringLiteral("Week");
    QVERIFY(stores.catalogue.saveWorkUnit(day));
    QVERIFY(stores.catalogue.saveWorkUnit(week));

    auto order = [&](const QString &number, QDate issued, QDate done, QDate cancelled, OrderStatus status,
                     QList<std::pair<Id, qint64>> lines) {
        PurchaseOrder o;
        o.lotId = lot.id;
        o.beneficiaryId = ministry.id;
        o.number = number;
        o.status = status;
        o.issuedOn = issued;
        o.doneOn = done;
        o.cancelledOn = cancelled;
        for (const auto &[unit, cents] : lines) {
            OrderLine line;
            line.workUnitId = unit;
            line.quantityMilli = 1000;
            line.unitPriceHt = Money::fromCents(cents);
            line.amountHt = Money::fromCents(cents);
            o.lines << line;
        }
        const Status saved = stores.orders.saveOrder(o);
        return saved.ok() ? o.id : Id(0);
    };
    // 0.05 € of VAT on 0.25 € exactly; 0.33 € → 0.066 € of VAT, rounded to 0.07 €.
    const Id a = order(QStringLiteral("A"), QDate(2024, 1, 31), QDate(2024, 2, 1), {}, OrderStatus::Done,
                       {{day.id, 25}, {week.id, 33}, {day.id, 100000}});
    const Id b = order(QStringLiteral("B"), QDate(2024, 2, 10), {}, QDate(2024, 3, 5), OrderStatus::Cancelled,
                       {{week.id, 700}});
    const Id draft = order(QStringLiteral("C"), {}, {}, {}, OrderStatus::Draft, {{day.id, 999}});
    QVERIFY(a && b && draft);

    const auto facts = stores.orders.orderFacts(contract.id);
    QVERIFY2(facts, qPrintable(facts.message()));
    QCOMPARE(facts->orders.size(), std::size_t(2)); // the draft counts nowhere
    QCOMPARE(facts->orders[0].id, a);
    QCOMPARE(facts->orders[0].issued, OrderFacts::dayOf(QDate(2024, 1, 31)));
    QCOMPARE(facts->orders[0].done, OrderFacts::dayOf(QDate(2024, 2, 1)));
    QCOMPARE(facts->orders[0].paid, 0);
    QCOMPARE(facts->orders[0].lineCount, 3u);
    QCOMPARE(facts->orders[1].firstLine, 3u);
    QCOMPARE(facts->lines.size(), std::size_t(4));
    QCOMPARE(facts->lines[0].amountTtcCents, 30);
    QCOMPARE(facts->lines[1].amountTtcCents, 40);
    QCOMPARE(facts->lines[2].amountTtcCents, 120000);
    QCOMPARE(facts->lines[3].amountTtcCents, 840);

    // On 2024-02-29: A issued in January and done in February, B issued in February and not yet cancelled.
    auto sums = FactsPass::stepSums(*facts, contract.id, QDate(2024, 2, 29));
    QVERIFY(sums);
    const QString l = QString::number(lot.id), m = QString::number(ministry.id), d = QString::number(day.id),
                  w = QString::number(week.id);
    QStringList expected{
        QStringLiteral("lot %1 ben %2 wu %3 step 1 2024-01-01 issued : 2000 mu, 100025 HT, 120030 TTC").arg(l, m, d),
        QStringLiteral("lot %1 ben %2 wu %3 step 1 2024-01-01 issued : 1000 mu, 33 HT, 40 TTC").arg(l, m, w),
        QStringLiteral("lot %1 ben %2 wu %3 step 2 2024-02-01 issued : 2000 mu, 100025 HT, 120030 TTC").arg(l, m, d),
        QStringLiteral("lot %1 ben %2 wu %3 step 2 2024-02-01 issued : 1000 mu, 33 HT, 40 TTC").arg(l, m, w),
        QStringLiteral("lot %1 ben %2 wu %3 step 1 2024-02-01 issued : 1000 mu, 700 HT, 840 TTC").arg(l, m, w),
    };
    expected.sort();
    QCOMPARE(sorted(*sums), expected);
    QCOMPARE(sorted(*sums), sorted(*stores.orders.stepSums(contract.id, QDate(2024, 2, 29))));

    // On 2024-03-05 B's cancellation counts, in March, remembering it was issued in February.
    sums = FactsPass::stepSums(*facts, contract.id, QDate(2024, 3, 5));
    QVERIFY(sums);
    QVERIFY(sorted(*sums).contains(
        QStringLiteral("lot %1 ben %2 wu %3 step 5 2024-03-01 issued 2024-02-01: 1000 mu, 700 HT, 840 TTC").arg(l, m, w)));
    QCOMPARE(sorted(*sums), sorted(*stores.orders.stepSums(contract.id, QDate(2024, 3, 5))));

    // Ordered on a day: nothing before A's issue; A and B between; A alone once B is cancelled.
    QVERIFY(FactsPass::orderedByLot(*facts, contract.id, QDate(2024, 1, 30))->empty());
    QCOMPARE(FactsPass::orderedByLot(*facts, contract.id, QDate(2024, 3, 4))->at(lot.id).cents(), 100758);
    QCOMPARE(FactsPass::orderedByLot(*facts, contract.id, QDate(2024, 3, 5))->at(lot.id).cents(), 100058);
    // Another contract's facts are not this one's.
    QVERIFY(FactsPass::stepSums(*facts, contract.id + 1, QDate(2024, 3, 5))->isEmpty());
    QCOMPARE(FactsPass::stepSums(*facts, contract.id, QDate()).message(), QStringLiteral("The date of the figures is not valid."));
}

void OrderFactsTest::sameAsSqlOnTheDemo()
{
    compareAll(*m_demo, QDate(2019, 12, 31), QDate(2026, 12, 31), 1);
}

void OrderFactsTest::sameAsSqlOnGeneratedOrders()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("generated.sqlite")), Database::OpenMode::CreateIfMissing, &error), qPrintable(error));
    Stores stores(db);
    QVERIFY2(DataGenerator::write(stores, 1, &error), qPrintable(error));
    compareAll(stores, QDate(2019, 12, 31), QDate(2026, 6, 30), 12); // each SQL read takes a while
}

// The engine gives the same figures whether it reads its contract's facts itself or is handed everyone's.
void OrderFactsTest::consumptionFromSharedFacts()
{
    Stores &stores = *m_demo;
    const auto facts = stores.orders.orderFacts();
    QVERIFY(facts);
    EngineOptions shared;
    shared.facts = &facts.value();
    for (const Contract &contract : *stores.contracts.contracts()) {
        const QDate asOf(2025, 6, 30);
        const auto own = ConsumptionEngine::compute(stores, contract.id, asOf);
        const auto fromShared = ConsumptionEngine::compute(stores, contract.id, asOf, shared);
        QVERIFY(own && fromShared);
        QCOMPARE(fromShared->amounts.orderedHt.cents(), own->amounts.orderedHt.cents());
        QCOMPARE(fromShared->amounts.paidTtc.cents(), own->amounts.paidTtc.cents());
        QCOMPARE(fromShared->months.size(), own->months.size());
        QCOMPARE(fromShared->forecast.burnRatePerMonthHt.cents(), own->forecast.burnRatePerMonthHt.cents());
        QCOMPARE(fromShared->alerts.size(), own->alerts.size());
    }
}

QTEST_GUILESS_MAIN(OrderFactsTest)
#include "tst_orderfacts.moc"
