// SPDX-License-Identifier: GPL-3.0-or-later
// The consumption engine's alerts against hand-computed fixtures: thresholds exactly reached or one step
// short, the minimum not reached near the end, the end of the firm period, a renewal or the contract;
// thresholds stored with the contract and parsed from text. Each alert's key and message: tst_engine.
#include "books.h"
#include "freshfiles.h"

#include "engine/consumption.h"

#include <QtTest>

using namespace Plafond;

namespace {

using PlafondTest::Books;
using PlafondTest::keys;

#define CHECK(expression) QVERIFY2((expression), qPrintable(books.error()))

} // namespace

class EngineAlertsTest : public QObject, private PlafondTest::FreshFiles
{
    Q_OBJECT

private slots:
    void initTestCase();

    void thresholds_data();
    void thresholds();
    void minimumShortfall_data();
    void minimumShortfall();
    void periodEnding_data();
    void periodEnding();
    void thresholdsStored_data();
    void thresholdsStored();
    void thresholdsParsed_data();
    void thresholdsParsed();
};

void EngineAlertsTest::initTestCase()
{
    QVERIFY(isValid());
}

// --- Thresholds: exactly reached, or one step short ----------------------------------------------------

void EngineAlertsTest::thresholds_data()
{
    QTest::addColumn<QList<int>>("thresholds");
    QTest::addColumn<qint64>("ordered");
    QTest::addColumn<int>("reached");
    QTest::addColumn<qint64>("percent");
    QTest::addColumn<QStringList>("alerts");

    // Maximum 10000000 on the contract and on its one lot. Thresholds compare exactly (ordered × 100 ≥
    // maximum × threshold), never the rounded percentage.
    const QList<int> standard{70, 90, 100};
    const QString c70 = QStringLiteral("contract_over_70_percent");
    const QString l70 = QStringLiteral("lot_over_70_percent");
    QTest::newRow("exactly-70") << standard << qint64(7000000) << 70 << qint64(7000) << QStringList{c70, l70};
    // 6999000 / 10000000 = 69.99 %.
    QTest::newRow("69.99-percent") << standard << qint64(6999000) << 0 << qint64(6999) << QStringList{};
    // 69.99999 % shows as 70.00 % once rounded, and still raises nothing.
    QTest::newRow("one-cent-short-of-70") << standard << qint64(6999999) << 0 << qint64(7000) << QStringList{};
    QTest::newRow("exactly-90") << standard << qint64(9000000) << 90 << qint64(9000)
                                << QStringList{QStringLiteral("contract_over_90_percent"), QStringLiteral("lot_over_90_percent")};
    // The maximum reached is not past it.
    QTest::newRow("exactly-100") << standard << qint64(10000000) << 100 << qint64(10000)
                                 << QStringList{QStringLiteral("contract_over_100_percent"), QStringLiteral("lot_over_100_percent")};
    // 100.00001 % → 10000 hundredths, and past the maximum.
    QTest::newRow("one-cent-past-maximum")
        << standard << qint64(10000001) << 100 << qint64(10000)
        << QStringList{QStringLiteral("contract_over_100_percent"), QStringLiteral("contract_over_maximum"),
                       QStringLiteral("lot_over_100_percent"), QStringLiteral("lot_over_maximum")};
    // The contract's own thresholds, stored with it.
    QTest::newRow("custom-50") << QList<int>{50, 80} << qint64(5000000) << 50 << qint64(5000)
                               << QStringList{QStringLiteral("contract_over_50_percent"), QStringLiteral("lot_over_50_percent")};
    QTest::newRow("custom-below-50") << QList<int>{50, 80} << qint64(4999999) << 0 << qint64(5000) << QStringList{};
    // 140 % past a 120 % threshold: the highest reached only.
    QTest::newRow("custom-above-100") << QList<int>{80, 120} << qint64(14000000) << 120 << qint64(14000)
                                      << QStringList{QStringLiteral("contract_over_120_percent"),
                                                     QStringLiteral("contract_over_maximum"),
                                                     QStringLiteral("lot_over_120_percent"), QStringLiteral("lot_over_maximum")};
}

void EngineAlertsTest::thresholds()
{
    QFETCH(QList<int>, thresholds);
    QFETCH(qint64, ordered);
    QFETCH(int, reached);
    QFETCH(qint64, percent);
    QFETCH(QStringList, alerts);
    Books books(freshPath());
    CHECK(books.ok());
    books.contract.maxHt = Money::fromCents(10000000);
    books.contract.alertThresholds = thresholds;
    CHECK(books.saveContract());
    CHECK(books.addLot(1, 10000000));
    CHECK(books.addUnit(1, QStringLiteral("AUDIT"), 100000));
    CHECK(books.addBeneficiary(QStringLiteral("B")));
    // One unit at the amount's price.
    CHECK(books.addOrder(QStringLiteral("O"), 1, QStringLiteral("B"), {{QStringLiteral("AUDIT"), 1000, ordered}},
                         {{OrderStatus::Issued, QDate(2024, 2, 1)}}));

    const auto result = books.compute(QDate(2024, 6, 30));
    QVERIFY2(result, qPrintable(books.error()));
    QCOMPARE(result->thresholdsPercent, thresholds);
    QCOMPARE(result->ceiling.thresholdReached, reached);
    QCOMPARE(result->ceiling.percentHundredths, percent);
    QCOMPARE(result->lots.at(0).ceiling.thresholdReached, reached);
    QCOMPARE(keys(result->alerts), alerts);
    for (const Alert &alert : result->alerts) {
        if (alert.kind == Alert::Kind::Threshold) {
            QCOMPARE(alert.value, reached);
            QCOMPARE(alert.severity, reached >= 100 ? Alert::Severity::Critical
                                     : reached >= 90 ? Alert::Severity::Warning
                                                     : Alert::Severity::Info);
        }
    }
}

// --- Minimum not reached near or after the end ---------------------------------------------------------

void EngineAlertsTest::minimumShortfall_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<qint64>("extraCents"); // ordered on lot 1 on 2024-03-01 on top of the 3000000
    QTest::addColumn<QStringList>("alerts");
    QTest::addColumn<int>("severity"); // of the shortfall alerts

    // 12 months from 2024-01-01: end 2024-12-31. Contract minimum 5000000; lot 1 minimum 2000000 with 3000000
    // ordered (reached); lot 2 minimum 1000000 with nothing ordered. "Fewer than 6 months left": the date 6
    // months after the as-of date falls after the end.
    const QStringList both{QStringLiteral("minimum_shortfall"), QStringLiteral("lot_minimum_shortfall")};
    const int warning = int(Alert::Severity::Warning);
    const int critical = int(Alert::Severity::Critical);
    // 2024-06-29 + 6 months = 2024-12-29, before the end.
    QTest::newRow("more-than-six-months-left") << QDate(2024, 6, 29) << qint64(0) << QStringList{} << warning;
    // 2024-06-30 + 6 months = 2024-12-30: 6 whole months (07-01 … 12-31) left, not fewer.
    QTest::newRow("six-months-left") << QDate(2024, 6, 30) << qint64(0) << QStringList{} << warning;
    // 2024-07-01 + 6 months = 2025-01-01, after the end.
    QTest::newRow("fewer-than-six-months-left") << QDate(2024, 7, 1) << qint64(0) << both << warning;
    QTest::newRow("after-the-end") << QDate(2025, 3, 1) << qint64(0) << both << critical;
    // 3000000 + 2000000 = the contract's minimum exactly: only lot 2 falls short.
    QTest::newRow("contract-minimum-reached") << QDate(2024, 7, 1) << qint64(2000000)
                                              << QStringList{QStringLiteral("lot_minimum_shortfall")} << warning;
}

void EngineAlertsTest::minimumShortfall()
{
    QFETCH(QDate, asOf);
    QFETCH(qint64, extraCents);
    QFETCH(QStringList, alerts);
    QFETCH(int, severity);
    Books books(freshPath());
    CHECK(books.ok());
    books.contract.durationMonths = 12;
    books.contract.maxHt = Money::fromCents(10000000);
    books.contract.minHt = Money::fromCents(5000000);
    CHECK(books.saveContract());
    CHECK(books.addLot(1, 10000000, 2000000));
    CHECK(books.addLot(2, 5000000, 1000000));
    CHECK(books.addUnit(1, QStringLiteral("AUDIT"), 100000));
    CHECK(books.addBeneficiary(QStringLiteral("B")));
    CHECK(books.addOrder(QStringLiteral("O"), 1, QStringLiteral("B"), {{QStringLiteral("AUDIT"), 30000, 100000}},
                         {{OrderStatus::Issued, QDate(2024, 2, 1)}}));
    if (extraCents > 0) {
        CHECK(books.addOrder(QStringLiteral("E"), 1, QStringLiteral("B"), {{QStringLiteral("AUDIT"), 1000, extraCents}},
                             {{OrderStatus::Issued, QDate(2024, 3, 1)}}));
    }

    const auto result = books.compute(asOf);
    QVERIFY2(result, qPrintable(books.error()));
    QCOMPARE(keys(result->alerts), alerts);
    for (const Alert &alert : result->alerts) {
        QCOMPARE(int(alert.severity), severity);
        QCOMPARE(alert.date, QDate(2024, 12, 31));
        QCOMPARE(alert.lotId, alert.key().startsWith(QLatin1String("lot_")) ? books.lotId(2) : Id(0));
    }
}

// --- End of the firm period, of a renewal, of the contract ---------------------------------------------

void EngineAlertsTest::periodEnding_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QString>("key"); // empty: no alert
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("renewal");

    // 48 months from 2024-01-01: firm 12 months (until 2024-12-31), then 3 renewals of 12 months
    // (2025-12-31, 2026-12-31, then the end 2027-12-31). Notice: 90 days.
    // 2024-10-01 → 2024-12-31: 30 + 30 + 31 = 91 days.
    QTest::newRow("firm-end-in-91-days") << QDate(2024, 10, 1) << QString() << 0 << QDate() << 0;
    QTest::newRow("firm-end-in-90-days") << QDate(2024, 10, 2) << QStringLiteral("firm_period_ending") << 90
                                         << QDate(2024, 12, 31) << 0;
    QTest::newRow("firm-end-today") << QDate(2024, 12, 31) << QStringLiteral("firm_period_ending") << 0 << QDate(2024, 12, 31)
                                    << 0;
    // The next end is the first renewal's, 364 days away.
    QTest::newRow("first-renewal-begins") << QDate(2025, 1, 1) << QString() << 0 << QDate() << 0;
    QTest::newRow("first-renewal-ending") << QDate(2025, 10, 2) << QStringLiteral("renewal_period_ending") << 90
                                          << QDate(2025, 12, 31) << 1;
    // The last renewal ends with the contract: one alert, the contract's.
    QTest::newRow("contract-end-in-90-days") << QDate(2027, 10, 2) << QStringLiteral("contract_ending") << 90
                                             << QDate(2027, 12, 31) << 0;
    QTest::newRow("after-the-end") << QDate(2028, 1, 1) << QString() << 0 << QDate() << 0;
}

void EngineAlertsTest::periodEnding()
{
    QFETCH(QDate, asOf);
    QFETCH(QString, key);
    QFETCH(int, days);
    QFETCH(QDate, date);
    QFETCH(int, renewal);
    Books books(freshPath());
    CHECK(books.ok());
    books.contract.firmMonths = 12;
    books.contract.renewalCount = 3;
    books.contract.renewalMonths = 12;
    CHECK(books.saveContract());
    CHECK(books.addLot(1, 100000000));

    const auto result = books.compute(asOf);
    QVERIFY2(result, qPrintable(books.error()));
    QCOMPARE(result->firmEndOn, QDate(2024, 12, 31));
    QCOMPARE(result->endOn, QDate(2027, 12, 31));
    QCOMPARE(keys(result->alerts), key.isEmpty() ? QStringList() : QStringList{key});
    if (key.isEmpty())
        return;
    const Alert &alert = result->alerts.at(0);
    QCOMPARE(alert.value, days);
    QCOMPARE(alert.date, date);
    QCOMPARE(alert.renewal, renewal);
    QCOMPARE(alert.severity, Alert::Severity::Warning);
}

// --- Thresholds stored with the contract ----------------------------------------------------------------

void EngineAlertsTest::thresholdsStored_data()
{
    QTest::addColumn<QList<int>>("thresholds");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("default") << QList<int>{70, 90, 100} << true;
    QTest::newRow("one") << QList<int>{100} << true;
    QTest::newRow("bounds") << QList<int>{1, 200} << true;
    QTest::newRow("none") << QList<int>{} << false;
    QTest::newRow("zero") << QList<int>{0, 50} << false;
    QTest::newRow("above-200") << QList<int>{100, 201} << false;
    QTest::newRow("descending") << QList<int>{90, 70} << false;
    QTest::newRow("repeated") << QList<int>{70, 70} << false;
}

void EngineAlertsTest::thresholdsStored()
{
    QFETCH(QList<int>, thresholds);
    QFETCH(bool, accepted);
    Books books(freshPath());
    CHECK(books.ok());
    books.contract.alertThresholds = thresholds;
    QCOMPARE(books.saveContract(), accepted);
    if (!accepted) {
        QCOMPARE(books.error(), QStringLiteral("The alert thresholds of contract C-1 must be whole percentages between 1"
                                               " and 200, in ascending order, at least one."));
        QCOMPARE(books.stores().contracts.contracts().value().size(), 0);
        return;
    }
    QCOMPARE(books.stores().contracts.contract(books.contract.id)->alertThresholds, thresholds);
}

void EngineAlertsTest::thresholdsParsed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("expected"); // empty: refused

    QTest::newRow("stored-form") << QStringLiteral("70,90,100") << QList<int>{70, 90, 100};
    QTest::newRow("typed-with-spaces") << QStringLiteral(" 50, 75 ") << QList<int>{50, 75};
    QTest::newRow("one") << QStringLiteral("100") << QList<int>{100};
    QTest::newRow("empty") << QString() << QList<int>{};
    QTest::newRow("trailing-comma") << QStringLiteral("70,90,") << QList<int>{};
    QTest::newRow("not-a-number") << QStringLiteral("70,ninety") << QList<int>{};
    QTest::newRow("sign") << QStringLiteral("+70") << QList<int>{};
    QTest::newRow("decimal") << QStringLiteral("70.5") << QList<int>{};
    QTest::newRow("descending") << QStringLiteral("90, 70") << QList<int>{};
    QTest::newRow("above-200") << QStringLiteral("250") << QList<int>{};
}

void EngineAlertsTest::thresholdsParsed()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, expected);
    QCOMPARE(parseAlertThresholds(text).value_or(QList<int>()), expected);
    if (!expected.isEmpty()) // stored without spaces, whatever was typed
        QCOMPARE(formatAlertThresholds(expected, QStringLiteral(",")), QString(text).remove(QLatin1Char(' ')));
}

QTEST_GUILESS_MAIN(EngineAlertsTest)
#include "tst_engine_alerts.moc"
