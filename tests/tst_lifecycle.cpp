// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/lifecycle.h"

#include <QtTest>

#include <limits>
#include <set>
#include <utility>

using namespace Plafond;

Q_DECLARE_METATYPE(Plafond::OrderStatus)

namespace {

const QString orderNumber = QStringLiteral("BC-2024-0001");

// An order brought to `status` along the lifecycle, each step dated one day after the previous one
// from 2024-03-01 (created on 2024-03-01, issued on 2024-03-02…).
PurchaseOrder orderAt(OrderStatus status)
{
    PurchaseOrder order;
    order.number = orderNumber;
    order.status = OrderStatus::Draft;
    order.createdOn = QDate(2024, 3, 1);
    QList<OrderStatus> path;
    switch (status) {
    case OrderStatus::Draft: break;
    case OrderStatus::Issued: path = {OrderStatus::Issued}; break;
    case OrderStatus::Done: path = {OrderStatus::Issued, OrderStatus::Done}; break;
    case OrderStatus::Invoiced: path = {OrderStatus::Issued, OrderStatus::Done, OrderStatus::Invoiced}; break;
    case OrderStatus::Paid:
        path = {OrderStatus::Issued, OrderStatus::Done, OrderStatus::Invoiced, OrderStatus::Paid};
        break;
    case OrderStatus::Cancelled: path = {OrderStatus::Issued, OrderStatus::Cancelled}; break;
    }
    QDate day = order.createdOn;
    for (OrderStatus step : std::as_const(path)) {
        day = day.addDays(1);
        QString error;
        if (!Lifecycle::move(order, step, day, &error))
            qFatal("cannot build the fixture order: %s", qPrintable(error));
    }
    return order;
}

void compareOrders(const PurchaseOrder &actual, const PurchaseOrder &expected)
{
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.createdOn, expected.createdOn);
    QCOMPARE(actual.issuedOn, expected.issuedOn);
    QCOMPARE(actual.doneOn, expected.doneOn);
    QCOMPARE(actual.invoicedOn, expected.invoicedOn);
    QCOMPARE(actual.paidOn, expected.paidOn);
    QCOMPARE(actual.cancelledOn, expected.cancelledOn);
}

} // namespace

class LifecycleTest : public QObject
{
    Q_OBJECT

private slots:
    void canMove_data();
    void canMove();
    void move_data();
    void move();
    void fullPathRecordsEveryDate();
    void countsAsOrdered_data();
    void countsAsOrdered();
    void statusOn_data();
    void statusOn();
    void ceilingPercent_data();
    void ceilingPercent();
    void statusKeys_data();
    void statusKeys();
    void ceilingCheck_data();
    void ceilingCheck();
    void siret_data();
    void siret();
};

void LifecycleTest::canMove_data()
{
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<OrderStatus>("to");
    QTest::addColumn<bool>("allowed");

    // The allowed set, written out independently of Lifecycle::canMove.
    const std::set<std::pair<OrderStatus, OrderStatus>> allowed{
        {OrderStatus::Draft, OrderStatus::Issued},    {OrderStatus::Draft, OrderStatus::Cancelled},
        {OrderStatus::Issued, OrderStatus::Done},     {OrderStatus::Issued, OrderStatus::Cancelled},
        {OrderStatus::Done, OrderStatus::Invoiced},   {OrderStatus::Invoiced, OrderStatus::Paid},
    };
    const QList<OrderStatus> all = Lifecycle::allStatuses();
    QCOMPARE(all.size(), 6);
    for (OrderStatus from : all) {
        for (OrderStatus to : all) {
            const QString name = Lifecycle::statusKey(from) + QLatin1String("-to-") + Lifecycle::statusKey(to);
            QTest::newRow(qPrintable(name)) << from << to << (allowed.count({from, to}) == 1);
        }
    }
}

void LifecycleTest::canMove()
{
    QFETCH(OrderStatus, from);
    QFETCH(OrderStatus, to);
    QFETCH(bool, allowed);
    QCOMPARE(Lifecycle::canMove(from, to), allowed);
}

void LifecycleTest::move_data()
{
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<OrderStatus>("to");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<QString>("error"); // empty: the move is allowed

    // orderAt(): created 2024-03-01, issued 03-02, done 03-03, invoiced 03-04, paid 03-05; cancelled 03-03.
    const QString ok;
    QTest::newRow("draft-to-issued") << OrderStatus::Draft << OrderStatus::Issued << QDate(2024, 3, 10) << ok;
    QTest::newRow("draft-to-issued-same-day") << OrderStatus::Draft << OrderStatus::Issued << QDate(2024, 3, 1) << ok;
    QTest::newRow("draft-to-cancelled") << OrderStatus::Draft << OrderStatus::Cancelled << QDate(2024, 3, 10) << ok;
    QTest::newRow("issued-to-done") << OrderStatus::Issued << OrderStatus::Done << QDate(2024, 4, 1) << ok;
    QTest::newRow("issued-to-cancelled") << OrderStatus::Issued << OrderStatus::Cancelled << QDate(2024, 4, 1) << ok;
    QTest::newRow("done-to-invoiced") << OrderStatus::Done << OrderStatus::Invoiced << QDate(2024, 4, 1) << ok;
    QTest::newRow("invoiced-to-paid-same-day") << OrderStatus::Invoiced << OrderStatus::Paid << QDate(2024, 3, 4) << ok;

    QTest::newRow("draft-skips-to-done")
        << OrderStatus::Draft << OrderStatus::Done << QDate(2024, 4, 1)
        << QStringLiteral("Order BC-2024-0001 cannot go from \"Draft\" to \"Service done\": the next step is \"Issued\".");
    QTest::newRow("issued-back-to-draft")
        << OrderStatus::Issued << OrderStatus::Draft << QDate(2024, 4, 1)
        << QStringLiteral("Order BC-2024-0001 cannot go from \"Issued\" to \"Draft\": the next step is \"Service done\".");
    QTest::newRow("done-skips-to-paid")
        << OrderStatus::Done << OrderStatus::Paid << QDate(2024, 4, 1)
        << QStringLiteral("Order BC-2024-0001 cannot go from \"Service done\" to \"Paid\": the next step is \"Invoiced\".");
    QTest::newRow("invoiced-back-to-issued")
        << OrderStatus::Invoiced << OrderStatus::Issued << QDate(2024, 4, 1)
        << QStringLiteral("Order BC-2024-0001 cannot go from \"Invoiced\" to \"Issued\": the next step is \"Paid\".");
    QTest::newRow("issued-again") << OrderStatus::Issued << OrderStatus::Issued << QDate(2024, 4, 1)
                                  << QStringLiteral("Order BC-2024-0001 is already at \"Issued\".");
    QTest::newRow("draft-again") << OrderStatus::Draft << OrderStatus::Draft << QDate(2024, 4, 1)
                                 << QStringLiteral("Order BC-2024-0001 is already at \"Draft\".");
    QTest::newRow("paid-is-final") << OrderStatus::Paid << OrderStatus::Cancelled << QDate(2024, 4, 1)
                                   << QStringLiteral("Order BC-2024-0001 is at \"Paid\": it cannot change any more.");
    QTest::newRow("cancelled-is-final") << OrderStatus::Cancelled << OrderStatus::Issued << QDate(2024, 4, 1)
                                        << QStringLiteral("Order BC-2024-0001 is at \"Cancelled\": it cannot change any more.");
    QTest::newRow("cancelled-again") << OrderStatus::Cancelled << OrderStatus::Cancelled << QDate(2024, 4, 1)
                                     << QStringLiteral("Order BC-2024-0001 is already at \"Cancelled\".");
    QTest::newRow("done-cannot-be-cancelled")
        << OrderStatus::Done << OrderStatus::Cancelled << QDate(2024, 4, 1)
        << QStringLiteral("Order BC-2024-0001 cannot be cancelled: its service is already done.");
    QTest::newRow("invoiced-cannot-be-cancelled")
        << OrderStatus::Invoiced << OrderStatus::Cancelled << QDate(2024, 4, 1)
        << QStringLiteral("Order BC-2024-0001 cannot be cancelled: its service is already done.");
    QTest::newRow("date-missing") << OrderStatus::Draft << OrderStatus::Issued << QDate()
                                  << QStringLiteral("Order BC-2024-0001: the date of step \"Issued\" is missing.");
    QTest::newRow("issued-before-created")
        << OrderStatus::Draft << OrderStatus::Issued << QDate(2024, 2, 29)
        << QStringLiteral("Order BC-2024-0001 cannot be at \"Issued\" on 2024-02-29, before it was at \"Draft\" on 2024-03-01.");
    QTest::newRow("done-before-issued")
        << OrderStatus::Issued << OrderStatus::Done << QDate(2024, 3, 1)
        << QStringLiteral("Order BC-2024-0001 cannot be at \"Service done\" on 2024-03-01, before it was at \"Issued\" on 2024-03-02.");
    QTest::newRow("cancelled-before-issued")
        << OrderStatus::Issued << OrderStatus::Cancelled << QDate(2024, 1, 15)
        << QStringLiteral("Order BC-2024-0001 cannot be at \"Cancelled\" on 2024-01-15, before it was at \"Issued\" on 2024-03-02.");
    QTest::newRow("paid-before-invoiced")
        << OrderStatus::Invoiced << OrderStatus::Paid << QDate(2024, 3, 3)
        << QStringLiteral("Order BC-2024-0001 cannot be at \"Paid\" on 2024-03-03, before it was at \"Invoiced\" on 2024-03-04.");
}

void LifecycleTest::move()
{
    QFETCH(OrderStatus, from);
    QFETCH(OrderStatus, to);
    QFETCH(QDate, on);
    QFETCH(QString, error);

    PurchaseOrder order = orderAt(from);
    QCOMPARE(order.status, from);
    const PurchaseOrder before = order;
    QString message = QStringLiteral("untouched");
    const bool moved = Lifecycle::move(order, to, on, &message);
    QCOMPARE(moved, error.isEmpty());
    if (moved) {
        QCOMPARE(message, QStringLiteral("untouched"));
        QCOMPARE(order.status, to);
        QCOMPARE(order.dateOf(to), on);
        // The earlier steps keep their dates.
        for (OrderStatus step : Lifecycle::allStatuses()) {
            if (step != to)
                QCOMPARE(order.dateOf(step), before.dateOf(step));
        }
    } else {
        QCOMPARE(message, error);
        compareOrders(order, before);
        if (QTest::currentTestFailed())
            return;
        // Refusing without an error pointer works too.
        QVERIFY(!Lifecycle::move(order, to, on));
        compareOrders(order, before);
    }
}

void LifecycleTest::fullPathRecordsEveryDate()
{
    PurchaseOrder order;
    order.number = orderNumber;
    order.createdOn = QDate(2024, 1, 5);
    QString error;
    QVERIFY2(Lifecycle::move(order, OrderStatus::Issued, QDate(2024, 1, 10), &error), qPrintable(error));
    QVERIFY2(Lifecycle::move(order, OrderStatus::Done, QDate(2024, 2, 20), &error), qPrintable(error));
    QVERIFY2(Lifecycle::move(order, OrderStatus::Invoiced, QDate(2024, 3, 1), &error), qPrintable(error));
    QVERIFY2(Lifecycle::move(order, OrderStatus::Paid, QDate(2024, 4, 30), &error), qPrintable(error));
    QCOMPARE(order.status, OrderStatus::Paid);
    QCOMPARE(order.createdOn, QDate(2024, 1, 5));
    QCOMPARE(order.issuedOn, QDate(2024, 1, 10));
    QCOMPARE(order.doneOn, QDate(2024, 2, 20));
    QCOMPARE(order.invoicedOn, QDate(2024, 3, 1));
    QCOMPARE(order.paidOn, QDate(2024, 4, 30));
    QCOMPARE(order.cancelledOn, QDate());
    QCOMPARE(order.dateOf(OrderStatus::Done), QDate(2024, 2, 20));
}

void LifecycleTest::countsAsOrdered_data()
{
    QTest::addColumn<OrderStatus>("status");
    QTest::addColumn<bool>("counts");

    QTest::newRow("draft") << OrderStatus::Draft << false;
    QTest::newRow("issued") << OrderStatus::Issued << true;
    QTest::newRow("done") << OrderStatus::Done << true;
    QTest::newRow("invoiced") << OrderStatus::Invoiced << true;
    QTest::newRow("paid") << OrderStatus::Paid << true;
    QTest::newRow("cancelled") << OrderStatus::Cancelled << false;
}

void LifecycleTest::countsAsOrdered()
{
    QFETCH(OrderStatus, status);
    QFETCH(bool, counts);
    QCOMPARE(Lifecycle::countsAsOrdered(status), counts);
}

void LifecycleTest::statusKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("known");
    QTest::addColumn<OrderStatus>("status");
    QTest::addColumn<QString>("name");

    QTest::newRow("draft") << QStringLiteral("draft") << true << OrderStatus::Draft << QStringLiteral("Draft");
    QTest::newRow("issued") << QStringLiteral("issued") << true << OrderStatus::Issued << QStringLiteral("Issued");
    QTest::newRow("done") << QStringLiteral("done") << true << OrderStatus::Done << QStringLiteral("Service done");
    QTest::newRow("invoiced") << QStringLiteral("invoiced") << true << OrderStatus::Invoiced << QStringLiteral("Invoiced");
    QTest::newRow("paid") << QStringLiteral("paid") << true << OrderStatus::Paid << QStringLiteral("Paid");
    QTest::newRow("cancelled") << QStringLiteral("cancelled") << true << OrderStatus::Cancelled << QStringLiteral("Cancelled");
    QTest::newRow("capitalised-unknown") << QStringLiteral("Issued") << false << OrderStatus::Draft << QString();
    QTest::newRow("unknown") << QStringLiteral("closed") << false << OrderStatus::Draft << QString();
    QTest::newRow("empty") << QString() << false << OrderStatus::Draft << QString();
}

void LifecycleTest::statusKeys()
{
    QFETCH(QString, key);
    QFETCH(bool, known);
    QFETCH(OrderStatus, status);
    QFETCH(QString, name);
    const std::optional<OrderStatus> found = Lifecycle::statusFromKey(key);
    QCOMPARE(found.has_value(), known);
    if (known) {
        QCOMPARE(*found, status);
        QCOMPARE(Lifecycle::statusKey(status), key);
        QCOMPARE(Lifecycle::statusName(status), name); // no translator installed: the English source text
    }
}

void LifecycleTest::ceilingCheck_data()
{
    QTest::addColumn<qint64>("maximum");
    QTest::addColumn<qint64>("orderedBefore");
    QTest::addColumn<qint64>("orderAmount");
    QTest::addColumn<bool>("within");
    QTest::addColumn<qint64>("excess");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("message");

    const QString en = QStringLiteral("en");
    const QString fr = QStringLiteral("fr");
    QTest::newRow("ceiling-exactly-reached") << qint64(10000000) << qint64(9000000) << qint64(1000000) << true << qint64(0)
                                             << en << QString();
    QTest::newRow("ceiling-one-cent-over")
        << qint64(10000000) << qint64(9000000) << qint64(1000001) << false << qint64(1) << en
        << QStringLiteral("This order of \u20AC10,000.01 would take the lot to \u20AC100,000.01, \u20AC0.01 past its maximum"
                          " of \u20AC100,000.00.");
    QTest::newRow("ceiling-one-cent-over-french")
        << qint64(10000000) << qint64(9000000) << qint64(1000001) << false << qint64(1) << fr
        << QStringLiteral("This order of 10\u202F000,01\u00A0\u20AC would take the lot to 100\u202F000,01\u00A0\u20AC,"
                          " 0,01\u00A0\u20AC past its maximum of 100\u202F000,00\u00A0\u20AC.");
    QTest::newRow("zero-orders") << qint64(10000000) << qint64(0) << qint64(0) << true << qint64(0) << en << QString();
    QTest::newRow("first-order-within") << qint64(10000000) << qint64(0) << qint64(9999999) << true << qint64(0) << en
                                        << QString();
    QTest::newRow("first-order-over")
        << qint64(10000000) << qint64(0) << qint64(12345678) << false << qint64(2345678) << en
        << QStringLiteral("This order of \u20AC123,456.78 would take the lot to \u20AC123,456.78, \u20AC23,456.78 past its"
                          " maximum of \u20AC100,000.00.");
    QTest::newRow("zero-maximum-one-cent")
        << qint64(0) << qint64(0) << qint64(1) << false << qint64(1) << en
        << QStringLiteral("This order of \u20AC0.01 would take the lot to \u20AC0.01, \u20AC0.01 past its maximum of \u20AC0.00.");
    QTest::newRow("zero-maximum-zero-order") << qint64(0) << qint64(0) << qint64(0) << true << qint64(0) << en << QString();
}

void LifecycleTest::ceilingCheck()
{
    QFETCH(qint64, maximum);
    QFETCH(qint64, orderedBefore);
    QFETCH(qint64, orderAmount);
    QFETCH(bool, within);
    QFETCH(qint64, excess);
    QFETCH(QString, language);
    QFETCH(QString, message);

    const CeilingCheck check = CeilingCheck::check(Money::fromCents(maximum), Money::fromCents(orderedBefore),
                                                   Money::fromCents(orderAmount));
    QCOMPARE(check.withinCeiling, within);
    QCOMPARE(check.excess.cents(), excess);
    QCOMPARE(check.maximum.cents(), maximum);
    QCOMPARE(check.orderedBefore.cents(), orderedBefore);
    QCOMPARE(check.orderAmount.cents(), orderAmount);
    const QLocale locale = language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                           : QLocale(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(check.message(locale), message);
}

void LifecycleTest::siret_data()
{
    QTest::addColumn<QString>("siret");
    QTest::addColumn<bool>("valid");

    QTest::newRow("luhn-valid") << QStringLiteral("73282932000074") << true;
    QTest::newRow("luhn-valid-google-france") << QStringLiteral("44306184100047") << true;
    QTest::newRow("luhn-valid-edf") << QStringLiteral("55208131766522") << true;
    QTest::newRow("la-poste-head-office") << QStringLiteral("35600000000048") << true;
    // La Poste's rule: Luhn fails (sum 15) but the digit sum, 15, is a multiple of 5.
    QTest::newRow("la-poste-digit-sum-rule") << QStringLiteral("35600000000001") << true;
    QTest::newRow("la-poste-digit-sum-wrong") << QStringLiteral("35600000000002") << false;
    // Digit sum 45 is a multiple of 5, but the La Poste rule is for La Poste only.
    QTest::newRow("digit-sum-rule-not-for-others") << QStringLiteral("73282932000072") << false;
    QTest::newRow("last-digit-off-by-one") << QStringLiteral("73282932000075") << false;
    QTest::newRow("middle-digit-off-by-one") << QStringLiteral("73282933000074") << false;
    QTest::newRow("last-two-swapped") << QStringLiteral("73282932000047") << false;
    QTest::newRow("thirteen-digits") << QStringLiteral("7328293200007") << false;
    QTest::newRow("fifteen-digits") << QStringLiteral("732829320000740") << false;
    QTest::newRow("letter-inside") << QStringLiteral("7328293200007A") << false;
    QTest::newRow("trailing-space") << QStringLiteral("73282932000074 ") << false;
    QTest::newRow("leading-space") << QStringLiteral(" 73282932000074") << false;
    QTest::newRow("grouped-with-spaces") << QStringLiteral("732 829 320 00074") << false;
    QTest::newRow("fullwidth-digits") << QStringLiteral("\uFF17\uFF13\uFF12\uFF18\uFF12\uFF19\uFF13\uFF12\uFF10\uFF10\uFF10\uFF10\uFF17\uFF14")
                                      << false;
    QTest::newRow("empty") << QString() << false;
}

void LifecycleTest::siret()
{
    QFETCH(QString, siret);
    QFETCH(bool, valid);
    QCOMPARE(isValidSiret(siret), valid);
}

void LifecycleTest::statusOn_data()
{
    // One order: issued 2024-03-01, done 2024-04-10, invoiced 2024-05-02, paid 2024-06-15; or the same issued
    // order cancelled on 2024-04-01.
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("expected");
    QTest::newRow("before-the-issue") << false << QDate(2024, 2, 29) << int(OrderStatus::Draft);
    QTest::newRow("on-the-issue-day") << false << QDate(2024, 3, 1) << int(OrderStatus::Issued);
    QTest::newRow("the-day-before-service-done") << false << QDate(2024, 4, 9) << int(OrderStatus::Issued);
    QTest::newRow("service-done") << false << QDate(2024, 4, 10) << int(OrderStatus::Done);
    QTest::newRow("invoiced") << false << QDate(2024, 6, 14) << int(OrderStatus::Invoiced);
    QTest::newRow("paid") << false << QDate(2030, 1, 1) << int(OrderStatus::Paid);
    QTest::newRow("issued-before-its-cancellation") << true << QDate(2024, 3, 31) << int(OrderStatus::Issued);
    QTest::newRow("cancelled") << true << QDate(2024, 4, 1) << int(OrderStatus::Cancelled);
}

void LifecycleTest::statusOn()
{
    QFETCH(bool, cancelled);
    QFETCH(QDate, on);
    QFETCH(int, expected);
    PurchaseOrder order;
    order.number = QStringLiteral("BC-1");
    QVERIFY(Lifecycle::move(order, OrderStatus::Issued, QDate(2024, 3, 1)));
    if (cancelled) {
        QVERIFY(Lifecycle::move(order, OrderStatus::Cancelled, QDate(2024, 4, 1)));
    } else {
        QVERIFY(Lifecycle::move(order, OrderStatus::Done, QDate(2024, 4, 10)));
        QVERIFY(Lifecycle::move(order, OrderStatus::Invoiced, QDate(2024, 5, 2)));
        QVERIFY(Lifecycle::move(order, OrderStatus::Paid, QDate(2024, 6, 15)));
    }
    QCOMPARE(int(Lifecycle::statusOn(order, on)), expected);
}

void LifecycleTest::ceilingPercent_data()
{
    QTest::addColumn<qint64>("maximum");
    QTest::addColumn<qint64>("orderedBefore");
    QTest::addColumn<qint64>("orderAmount");
    QTest::addColumn<qint64>("hundredths");
    QTest::newRow("exactly-at-the-maximum") << qint64(10000000) << qint64(9000000) << qint64(1000000) << qint64(10000);
    QTest::newRow("one-third-rounds-down") << qint64(300) << qint64(0) << qint64(100) << qint64(3333);
    QTest::newRow("two-thirds-rounds-up") << qint64(300) << qint64(100) << qint64(100) << qint64(6667);
    QTest::newRow("half-a-hundredth-away-from-zero") << qint64(20000) << qint64(0) << qint64(1) << qint64(1);
    QTest::newRow("just-below-seventy") << qint64(10000000) << qint64(6999400) << qint64(0) << qint64(6999);
    QTest::newRow("no-maximum") << qint64(0) << qint64(0) << qint64(500) << qint64(0);
}

void LifecycleTest::ceilingPercent()
{
    QFETCH(qint64, maximum);
    QFETCH(qint64, orderedBefore);
    QFETCH(qint64, orderAmount);
    QFETCH(qint64, hundredths);
    const CeilingCheck check =
        CeilingCheck::check(Money::fromCents(maximum), Money::fromCents(orderedBefore), Money::fromCents(orderAmount));
    QCOMPARE(check.percentHundredthsAfter(), hundredths);
}

QTEST_GUILESS_MAIN(LifecycleTest)
#include "tst_lifecycle.moc"
