// SPDX-License-Identifier: GPL-3.0-or-later
// The order store: round trips, refusals, numbering, rows with their VAT-inclusive totals, lot totals on
// a date; the undo of a removal, and a save that failed then retried.
#include "storagefixture.h"

#include <QtTest>

using namespace Plafond;
using PlafondTest::Fixture;
using PlafondTest::newOrder;

class StorageOrdersTest : public QObject, private PlafondTest::FreshDatabases
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void orderRoundTrip();
    void orderRefusals_data();
    void orderRefusals();
    void duplicateOrderNumber();
    void orderRowsTotals();
    void lotTotals_data();
    void lotTotals();
    void restoreRemovedOrder();
    void failedSaveCanBeRetried();
};

void StorageOrdersTest::initTestCase()
{
    QVERIFY(isValid());
}

// Every test here starts from a fresh file with the fixture.
void StorageOrdersTest::init()
{
    openWithFixture();
}

// --- Orders ------------------------------------------------------------------------------------------

void StorageOrdersTest::orderRoundTrip()
{
    auto &[db, stores, f] = fixtureFile();

    PurchaseOrder o = newOrder(f, QStringLiteral("BC-2024-0001"), {{500, 123457}, {1333, 1}, {12000, 85000}});
    o.lines[0].amountHt = Money::fromCents(999); // stale: the repository recomputes every line
    o.commitmentNumber = QStringLiteral("EJ-1300012345");
    o.ceilingOverride = true;
    o.overrideReason = QStringLiteral("Urgence s\u00E9curit\u00E9");
    QVERIFY(Lifecycle::move(o, OrderStatus::Issued, QDate(2024, 1, 10)));
    QVERIFY(Lifecycle::move(o, OrderStatus::Done, QDate(2024, 2, 10)));
    QVERIFY(Lifecycle::move(o, OrderStatus::Invoiced, QDate(2024, 3, 10)));
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(o));
    QVERIFY(o.id > 0);
    QCOMPARE(o.rowVersion, qint64(1));
    QCOMPARE(o.lines.at(0).amountHt.cents(), qint64(61729)); // 0.5 × 1,234.57 = 617.285 → 617.29
    QCOMPARE(o.lines.at(1).amountHt.cents(), qint64(1));     // 1.333 × 0.01 → 0.01
    QCOMPARE(o.lines.at(2).amountHt.cents(), qint64(1020000));

    const std::optional<PurchaseOrder> read = stores.orders.order(o.id).optional();
    QVERIFY(read);
    QCOMPARE(read->lotId, f.lot.id);
    QCOMPARE(read->beneficiaryId, f.beneficiary.id);
    QCOMPARE(read->number, QStringLiteral("BC-2024-0001"));
    QCOMPARE(read->commitmentNumber, QStringLiteral("EJ-1300012345"));
    QCOMPARE(read->status, OrderStatus::Invoiced);
    QCOMPARE(read->createdOn, QDate(2024, 1, 2));
    QCOMPARE(read->issuedOn, QDate(2024, 1, 10));
    QCOMPARE(read->doneOn, QDate(2024, 2, 10));
    QCOMPARE(read->invoicedOn, QDate(2024, 3, 10));
    QCOMPARE(read->paidOn, QDate());
    QCOMPARE(read->cancelledOn, QDate());
    QCOMPARE(read->ceilingOverride, true);
    QCOMPARE(read->overrideReason, o.overrideReason);
    QCOMPARE(read->rowVersion, qint64(1));
    QCOMPARE(read->lines.size(), 3);
    const qint64 amounts[] = {61729, 1, 1020000};
    const qint64 quantities[] = {500, 1333, 12000};
    const qint64 prices[] = {123457, 1, 85000};
    for (int i = 0; i < 3; ++i) {
        QVERIFY(read->lines.at(i).id > 0);
        QCOMPARE(read->lines.at(i).orderId, o.id);
        QCOMPARE(read->lines.at(i).workUnitId, f.unit.id);
        QCOMPARE(read->lines.at(i).quantityMilli, quantities[i]);
        QCOMPARE(read->lines.at(i).unitPriceHt.cents(), prices[i]);
        QCOMPARE(read->lines.at(i).amountHt.cents(), amounts[i]);
    }
    QCOMPARE(read->totalHt()->cents(), qint64(61729 + 1 + 1020000));

    // Paying it later: one more step, one more version, the lines kept.
    PurchaseOrder paid = *read;
    QVERIFY(Lifecycle::move(paid, OrderStatus::Paid, QDate(2024, 4, 10)));
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(paid));
    QCOMPARE(paid.rowVersion, qint64(2));
    const std::optional<PurchaseOrder> reread = stores.orders.order(o.id).optional();
    QCOMPARE(reread->status, OrderStatus::Paid);
    QCOMPARE(reread->paidOn, QDate(2024, 4, 10));
    QCOMPARE(reread->lines.size(), 3);
    QCOMPARE(stores.orders.orderedOnLot(f.lot.id, 0)->cents(), qint64(61729 + 1 + 1020000));
    QCOMPARE(stores.orders.orderedOnLot(f.lot.id, o.id)->cents(), qint64(0));
}

void StorageOrdersTest::orderRefusals_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("error");

    QTest::newRow("no-number") << QStringLiteral("no-number") << QStringLiteral("An order needs a number.");
    QTest::newRow("unknown-lot") << QStringLiteral("unknown-lot") << QStringLiteral("Order BC-1: its lot does not exist.");
    QTest::newRow("unknown-beneficiary") << QStringLiteral("unknown-beneficiary")
                                         << QStringLiteral("Order BC-1: its beneficiary does not exist.");
    QTest::newRow("zero-quantity") << QStringLiteral("zero-quantity")
                                   << QStringLiteral("Order BC-1: a line has a quantity of zero or less.");
    QTest::newRow("negative-quantity") << QStringLiteral("negative-quantity")
                                       << QStringLiteral("Order BC-1: a line has a quantity of zero or less.");
    QTest::newRow("negative-price") << QStringLiteral("negative-price")
                                    << QStringLiteral("Order BC-1: a line has a negative unit price.");
    QTest::newRow("line-too-large") << QStringLiteral("line-too-large")
                                    << QStringLiteral("Order BC-1: a line amount is too large.");
    QTest::newRow("total-too-large") << QStringLiteral("total-too-large")
                                     << QStringLiteral("Order BC-1: the total is too large.");
}

void StorageOrdersTest::orderRefusals()
{
    QFETCH(QString, what);
    QFETCH(QString, error);
    auto &[db, stores, f] = fixtureFile();
    const qint64 largest = std::numeric_limits<qint64>::max();
    PurchaseOrder o = newOrder(f, QStringLiteral("BC-1"), {{1000, 100000}});
    if (what == QLatin1String("no-number"))
        o.number = QStringLiteral(" ");
    else if (what == QLatin1String("unknown-lot"))
        o.lotId = 999;
    else if (what == QLatin1String("unknown-beneficiary"))
        o.beneficiaryId = 999;
    else if (what == QLatin1String("zero-quantity"))
        o.lines[0].quantityMilli = 0;
    else if (what == QLatin1String("negative-quantity"))
        o.lines[0].quantityMilli = -500;
    else if (what == QLatin1String("negative-price"))
        o.lines[0].unitPriceHt = Money::fromCents(-1);
    else if (what == QLatin1String("line-too-large"))
        o.lines[0] = newOrder(f, o.number, {{2000, largest}}).lines.at(0);
    else if (what == QLatin1String("total-too-large")) // each line fits, the VAT-inclusive total does not
        o.lines = newOrder(f, o.number, {{1000, largest / 2}, {1000, largest / 2}}).lines;
    PLAFOND_VERIFY_FAILS(stores.orders.saveOrder(o), error);
    QCOMPARE(o.id, Id(0));
    QVERIFY(stores.orders.orderRows().value().isEmpty());
}

void StorageOrdersTest::duplicateOrderNumber()
{
    auto &[db, stores, f] = fixtureFile();
    Lot lot2;
    lot2.contractId = f.contract.id;
    lot2.number = 2;
    lot2.maxHt = Money::fromCents(10000000);
    QVERIFY(stores.contracts.saveLot(lot2));
    Contract other;
    other.reference = QStringLiteral("ACIM-2012");
    other.maxHt = Money::fromCents(10000000);
    QVERIFY(stores.contracts.saveContract(other));
    Lot otherLot;
    otherLot.contractId = other.id;
    otherLot.number = 1;
    otherLot.maxHt = Money::fromCents(10000000);
    QVERIFY(stores.contracts.saveLot(otherLot));

    PurchaseOrder first = newOrder(f, QStringLiteral("BC-2024-0001"), {{1000, 100000}});
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(first));
    QCOMPARE(stores.orders.nextOrderNumber(f.contract.id, 2024), QStringLiteral("BC-2024-0002"));
    QCOMPARE(stores.orders.nextOrderNumber(other.id, 2024), QStringLiteral("BC-2024-0001"));

    // Same contract, same lot or another lot: refused.
    PurchaseOrder sameLot = newOrder(f, QStringLiteral("BC-2024-0001"), {{1000, 100000}});
    PLAFOND_VERIFY_FAILS(stores.orders.saveOrder(sameLot), QStringLiteral("Order number BC-2024-0001 is already used in this contract."));
    QCOMPARE(sameLot.id, Id(0));
    PurchaseOrder otherLotOfContract = sameLot;
    otherLotOfContract.lotId = lot2.id;
    PLAFOND_VERIFY_FAILS(stores.orders.saveOrder(otherLotOfContract), QStringLiteral("Order number BC-2024-0001 is already used in this contract."));
    QCOMPARE(stores.orders.orderRows().value().size(), 1);

    // Another contract has its own numbering; saving an order again under its own number is fine.
    PurchaseOrder otherContract = sameLot;
    otherContract.lotId = otherLot.id;
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(otherContract));
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(first));
    QCOMPARE(stores.orders.orderRows().value().size(), 2);
}

void StorageOrdersTest::orderRowsTotals()
{
    auto &[db, stores, f] = fixtureFile(); // f: contract "MEF-ELL-2020" at 20 %
    Fixture reduced = f; // contract "ACIM-2012" at 5.5 %
    reduced.contract = Contract();
    reduced.contract.reference = QStringLiteral("ACIM-2012");
    reduced.contract.maxHt = Money::fromCents(100000000);
    reduced.contract.vatBasisPoints = 550;
    QVERIFY(stores.contracts.saveContract(reduced.contract));
    reduced.lot = Lot();
    reduced.lot.contractId = reduced.contract.id;
    reduced.lot.number = 1;
    reduced.lot.maxHt = Money::fromCents(10000000);
    QVERIFY(stores.contracts.saveLot(reduced.lot));
    reduced.unit.id = 0;
    reduced.unit.lotId = reduced.lot.id;
    QVERIFY(stores.catalogue.saveWorkUnit(reduced.unit));

    // At 20 %: three lines of 0.03 € have 0.01 € of VAT each (0.006 rounded), so 0.12 € VAT included,
    // where rounding the total would give 0.09 + 0.02 = 0.11 €; 617.29 € has 123.458 → 123.46 € of VAT.
    // Per line: 4 + 4 + 4 + 74075 = 74087; rounding the total of 61738 would give 61738 + 12348 = 74086.
    PurchaseOrder twenty = newOrder(f, QStringLiteral("BC-2024-0002"), {{1000, 3}, {1000, 3}, {1000, 3}, {500, 123457}});
    QVERIFY(Lifecycle::move(twenty, OrderStatus::Issued, QDate(2024, 1, 10)));
    QVERIFY(Lifecycle::move(twenty, OrderStatus::Done, QDate(2024, 2, 10)));
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(twenty));
    // At 5.5 %: 1.00 € has 0.055 € of VAT, a half cent rounded up: 1.06 € per line, 2.12 € for two,
    // where rounding the total would give 2.00 + 0.11 = 2.11 €.
    PurchaseOrder half = newOrder(reduced, QStringLiteral("BC-2024-0001"), {{1000, 100}, {1000, 100}});
    QVERIFY(Lifecycle::move(half, OrderStatus::Cancelled, QDate(2024, 1, 3)));
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(half));
    // No lines at all.
    PurchaseOrder empty = newOrder(f, QStringLiteral("BC-2024-0001"), {});
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(empty));

    QCOMPARE(twenty.totalHt()->cents(), qint64(61738));
    QCOMPARE(twenty.totalTtc(2000)->cents(), qint64(74087));
    QCOMPARE(half.totalTtc(550)->cents(), qint64(212));

    const QList<OrderRow> rows = stores.orders.orderRows().value(); // by contract reference, then number
    QCOMPARE(rows.size(), 3);
    const OrderRow &r0 = rows.at(0);
    QCOMPARE(r0.id, half.id);
    QCOMPARE(r0.contractReference, QStringLiteral("ACIM-2012"));
    QCOMPARE(r0.contractId, reduced.contract.id);
    QCOMPARE(r0.lotId, reduced.lot.id);
    QCOMPARE(r0.status, OrderStatus::Cancelled);
    QCOMPARE(r0.lastStepOn, QDate(2024, 1, 3));
    QCOMPARE(r0.issuedOn, QDate());
    QCOMPARE(r0.totalHt.cents(), qint64(200));
    QCOMPARE(r0.totalTtc.cents(), qint64(212));
    const OrderRow &r1 = rows.at(1);
    QCOMPARE(r1.id, empty.id);
    QCOMPARE(r1.status, OrderStatus::Draft);
    QCOMPARE(r1.lastStepOn, QDate(2024, 1, 2));
    QCOMPARE(r1.totalHt.cents(), qint64(0));
    QCOMPARE(r1.totalTtc.cents(), qint64(0));
    const OrderRow &r2 = rows.at(2);
    QCOMPARE(r2.id, twenty.id);
    QCOMPARE(r2.number, QStringLiteral("BC-2024-0002"));
    QCOMPARE(r2.contractReference, QStringLiteral("MEF-ELL-2020"));
    QCOMPARE(r2.lotNumber, 1);
    QCOMPARE(r2.beneficiaryId, f.beneficiary.id);
    QCOMPARE(r2.beneficiaryCode, QStringLiteral("DGFIP"));
    QCOMPARE(r2.beneficiaryName, f.beneficiary.name);
    QCOMPARE(r2.status, OrderStatus::Done);
    QCOMPARE(r2.issuedOn, QDate(2024, 1, 10));
    QCOMPARE(r2.lastStepOn, QDate(2024, 2, 10));
    QCOMPARE(r2.totalHt.cents(), qint64(61738));
    QCOMPARE(r2.totalTtc.cents(), qint64(74087));
    QCOMPARE(r2.ceilingOverride, false);
}

void StorageOrdersTest::lotTotals_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<qint64>("ordered");
    QTest::addColumn<qint64>("done");
    QTest::addColumn<qint64>("invoiced");
    QTest::addColumn<qint64>("paid");

    // Order A (2,000.00 €): issued 01-10, done 02-10, invoiced 03-10, paid 04-10.
    // Order B (1,000.00 €): issued 01-20, cancelled 02-20. Order C: a draft. Order D: cancelled as a draft.
    const qint64 a = 200000;
    const qint64 b = 100000;
    QTest::newRow("before-any-issue") << QDate(2024, 1, 9) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("on-the-issue-day") << QDate(2024, 1, 10) << a << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("both-issued") << QDate(2024, 1, 25) << a + b << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("between-done-and-invoiced") << QDate(2024, 2, 15) << a + b << a << qint64(0) << qint64(0);
    QTest::newRow("on-the-cancellation-day") << QDate(2024, 2, 20) << a << a << qint64(0) << qint64(0);
    QTest::newRow("on-the-invoice-day") << QDate(2024, 3, 10) << a << a << a << qint64(0);
    QTest::newRow("day-before-payment") << QDate(2024, 4, 9) << a << a << a << qint64(0);
    QTest::newRow("after-payment") << QDate(2024, 5, 1) << a << a << a << a;
}

void StorageOrdersTest::lotTotals()
{
    QFETCH(QDate, asOf);
    QFETCH(qint64, ordered);
    QFETCH(qint64, done);
    QFETCH(qint64, invoiced);
    QFETCH(qint64, paid);
    auto &[db, stores, f] = fixtureFile();
    Lot empty;
    empty.contractId = f.contract.id;
    empty.number = 2;
    empty.maxHt = Money::fromCents(1);
    QVERIFY(stores.contracts.saveLot(empty));

    PurchaseOrder a = newOrder(f, QStringLiteral("A"), {{1000, 100000}, {1000, 100000}});
    QVERIFY(Lifecycle::move(a, OrderStatus::Issued, QDate(2024, 1, 10)));
    QVERIFY(Lifecycle::move(a, OrderStatus::Done, QDate(2024, 2, 10)));
    QVERIFY(Lifecycle::move(a, OrderStatus::Invoiced, QDate(2024, 3, 10)));
    QVERIFY(Lifecycle::move(a, OrderStatus::Paid, QDate(2024, 4, 10)));
    PurchaseOrder b = newOrder(f, QStringLiteral("B"), {{1000, 100000}});
    QVERIFY(Lifecycle::move(b, OrderStatus::Issued, QDate(2024, 1, 20)));
    QVERIFY(Lifecycle::move(b, OrderStatus::Cancelled, QDate(2024, 2, 20)));
    PurchaseOrder c = newOrder(f, QStringLiteral("C"), {{500, 100000}});
    PurchaseOrder d = newOrder(f, QStringLiteral("D"), {{300, 100000}});
    QVERIFY(Lifecycle::move(d, OrderStatus::Cancelled, QDate(2024, 1, 6)));
    for (PurchaseOrder *o : {&a, &b, &c, &d})
        PLAFOND_VERIFY_OK(stores.orders.saveOrder(*o));

    const QList<LotTotals> totals = stores.orders.lotTotals(f.contract.id, asOf).value();
    QCOMPARE(totals.size(), 2);
    QCOMPARE(totals.at(0).lotId, f.lot.id);
    QCOMPARE(totals.at(0).ordered.cents(), ordered);
    QCOMPARE(totals.at(0).done.cents(), done);
    QCOMPARE(totals.at(0).invoiced.cents(), invoiced);
    QCOMPARE(totals.at(0).paid.cents(), paid);
    QCOMPARE(totals.at(1).lotId, empty.id);
    QCOMPARE(totals.at(1).ordered.cents(), qint64(0));
    QCOMPARE(totals.at(1).paid.cents(), qint64(0));
}

// --- Undo and retry ----------------------------------------------------------------------------------

void StorageOrdersTest::restoreRemovedOrder()
{
    auto &[db, stores, f] = fixtureFile();
    PurchaseOrder order = newOrder(f, QStringLiteral("BC-2024-0007"), {{500, 123457}, {2000, 100000}});
    QVERIFY(Lifecycle::move(order, OrderStatus::Issued, QDate(2024, 1, 10)));
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(order));
    PurchaseOrder other = newOrder(f, QStringLiteral("BC-2024-0008"), {{1000, 100000}});
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(other));
    const Id id = order.id;

    PLAFOND_VERIFY_OK(stores.orders.removeOrder(id));
    QVERIFY(!stores.orders.order(id));
    QCOMPARE(stores.orders.orderRows().value().size(), 1);

    PurchaseOrder restored = order;
    restored.rowVersion = 0; // undo of the removal
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(restored));
    QCOMPARE(restored.id, id);
    QCOMPARE(restored.rowVersion, qint64(1));
    const std::optional<PurchaseOrder> read = stores.orders.order(id).optional();
    QVERIFY(read);
    QCOMPARE(read->number, QStringLiteral("BC-2024-0007"));
    QCOMPARE(read->status, OrderStatus::Issued);
    QCOMPARE(read->issuedOn, QDate(2024, 1, 10));
    QCOMPARE(read->lines.size(), 2);
    QCOMPARE(read->lines.at(0).amountHt.cents(), qint64(61729));
    QCOMPARE(read->lines.at(1).amountHt.cents(), qint64(200000));
    QCOMPARE(stores.orders.orderRows().value().size(), 2);
    QCOMPARE(stores.orders.orderedOnLot(f.lot.id, 0)->cents(), qint64(261729));
}

void StorageOrdersTest::failedSaveCanBeRetried()
{
    auto &[db, stores, f] = fixtureFile();

    // A new order whose line names a work unit that does not exist: nothing is stored, and the order
    // is still new.
    PurchaseOrder fresh = newOrder(f, QStringLiteral("BC-1"), {{1000, 100000}});
    fresh.lines[0].workUnitId = 999;
    const Status refused = stores.orders.saveOrder(fresh);
    QVERIFY(!refused);
    QVERIFY2(refused.message().startsWith(QStringLiteral("Database error: FOREIGN KEY constraint failed")), qPrintable(refused.message()));
    QCOMPARE(fresh.id, Id(0));
    QCOMPARE(fresh.rowVersion, qint64(0));
    QVERIFY(stores.orders.orderRows().value().isEmpty());
    fresh.lines[0].workUnitId = f.unit.id;
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(fresh));
    QCOMPARE(fresh.rowVersion, qint64(1));

    // An existing order: the failed save does not leave a version that was never stored, which would
    // make the corrected save look like a conflict.
    fresh.lines << fresh.lines.at(0);
    fresh.lines[1].workUnitId = 999;
    QVERIFY(!stores.orders.saveOrder(fresh));
    QCOMPARE(fresh.rowVersion, qint64(1));
    fresh.lines[1].workUnitId = f.unit.id;
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(fresh));
    QCOMPARE(fresh.rowVersion, qint64(2));
    QCOMPARE(stores.orders.order(fresh.id)->lines.size(), 2);
    QCOMPARE(stores.orders.order(fresh.id)->rowVersion, qint64(2));
}

QTEST_GUILESS_MAIN(StorageOrdersTest)
#include "tst_storage_orders.moc"
