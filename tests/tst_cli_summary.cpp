// SPDX-License-Identifier: GPL-3.0-or-later
// The summary of the hand-computed contract of clifixture.h through the plafond executable: every figure
// of the JSON at several dates and for one contract, and the CSV.
#include "clifixture.h"
#include "plafondprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Plafond;
using PlafondTest::Run;

namespace {

QJsonObject totals(qint64 ordered, qint64 done, qint64 invoiced, qint64 paid)
{
    return {{QStringLiteral("ordered_ht_cents"), ordered},
            {QStringLiteral("done_ht_cents"), done},
            {QStringLiteral("invoiced_ht_cents"), invoiced},
            {QStringLiteral("paid_ht_cents"), paid}};
}

QJsonObject merged(QJsonObject object, const QJsonObject &more)
{
    for (auto it = more.begin(); it != more.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

// One year of a work unit against its budget; no alert unless given.
QJsonObject unitYear(int year, qint64 quantity, const QJsonValue &budget, qint64 ordered, const QStringList &alerts = {})
{
    return {{QStringLiteral("year"), year},
            {QStringLiteral("quantity_milli"), quantity},
            {QStringLiteral("budget_quantity_milli"), budget},
            {QStringLiteral("ordered_ht_cents"), ordered},
            {QStringLiteral("alerts"), QJsonArray::fromStringList(alerts)}};
}

QJsonObject workUnit(int lot, const QString &code, qint64 quantity, const QJsonValue &budget, qint64 ordered,
                     const QJsonArray &years)
{
    return {{QStringLiteral("lot"), lot},
            {QStringLiteral("code"), code},
            {QStringLiteral("quantity_milli"), quantity},
            {QStringLiteral("budget_quantity_milli"), budget},
            {QStringLiteral("ordered_ht_cents"), ordered},
            {QStringLiteral("years"), years}};
}

// A beneficiary: its own ordered amount, and its amounts rolled up with its sub-entities'; no allocation.
QJsonObject beneficiary(const QString &code, const QJsonValue &parent, qint64 ordered, const QJsonObject &rolledUp)
{
    QJsonObject object{{QStringLiteral("code"), code},
                       {QStringLiteral("parent"), parent},
                       {QStringLiteral("ordered_ht_cents"), ordered},
                       {QStringLiteral("allocation_ht_cents"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("alerts"), QJsonArray()}};
    for (auto it = rolledUp.begin(); it != rolledUp.end(); ++it)
        object.insert(QStringLiteral("rolled_up_") + it.key(), it.value());
    return object;
}

// Remaining to the maximum and percent of it in hundredths.
QJsonObject ceiling(qint64 remaining, qint64 percentHundredths)
{
    return {{QStringLiteral("remaining_ht_cents"), remaining}, {QStringLiteral("percent_hundredths"), percentHundredths}};
}

// The SLA figures of a lot (the fixture has no ticket: zeros; engine/sla.h is tested by tst_tickets).
QJsonObject sla(int tickets, int responseBreaches, int restoreBreaches)
{
    return {{QStringLiteral("tickets"), tickets},
            {QStringLiteral("response_breaches"), responseBreaches},
            {QStringLiteral("restore_breaches"), restoreBreaches}};
}

QJsonObject forecast(const QJsonValue &reachedOn, qint64 burnRate, int windowMonths, bool notBeforeEnd)
{
    return {{QStringLiteral("max_reached_on"), reachedOn},
            {QStringLiteral("burn_rate_per_month_ht_cents"), burnRate},
            {QStringLiteral("window_months"), windowMonths},
            {QStringLiteral("not_before_end"), notBeforeEnd}};
}

// Component coverage of a contract: catalogue size, distinct components its lots cover, its stated scope.
QJsonObject coverage(int components, int covered, int scope)
{
    return {{QStringLiteral("components"), components}, {QStringLiteral("covered"), covered},
            {QStringLiteral("scope"), scope}};
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

class CliSummaryTest : public QObject, private PlafondTest::CliFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void summaryJson_data();
    void summaryJson();
    void summaryCsv_data();
    void summaryCsv();
};

void CliSummaryTest::initTestCase()
{
    openFixture();
}

void CliSummaryTest::summaryJson_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QJsonObject>("expected");

    // As of 2023-09-15: O2 done, not yet invoiced; O3 not yet cancelled; O7 not yet issued; O5 a draft.
    // Lot 1: ordered O1 1203088 + O2 385000 + O6 27051 = 1615139; done O1 + O2 = 1588088; invoiced, paid O1 = 1203088.
    //   remaining 6000000 − 1615139 = 4384861; 1615139 / 6000000 = 26.918… % → 2692 hundredths.
    // Lot 2: max 1000000 + 300000 = 1300000; ordered O3 175350 + O4 1002000 = 1177350 (90.565… % → 9057);
    //   remaining 122650; done, invoiced O4.
    // Contract: ordered 2792489 of 10000000 (27.92489 % → 2792), remaining 7207511. The minimum 3000000 is not
    //   reached and the end (2023-12-31) is less than 6 months away (2023-09-15 + 6 months = 2024-03-15 after
    //   it): minimum_shortfall — new with the engine, which warns before the end. The end is 107 days away
    //   (15 + 31 + 30 + 31): no contract_ending alert (90 days).
    // Beneficiaries (MIN is DIR's parent): own ordered DIR 385000 + 1002000, MIN 1203088, OTHER 175350 + 27051.
    //   DIR done O2 + O4 = 1387000, invoiced O4 1002000, paid 0.
    //   MIN rolled up = MIN + DIR: ordered 1203088 + 1387000 = 2590088, done 1203088 + 1387000 = 2590088,
    //   invoiced 1203088 + 1002000 = 2205088, paid 1203088.
    //   OTHER: ordered only (O3 still counted, O6).
    // Work units per year: A 2023 13500 of a 20000 budget (67.5 %: no alert), 2024 nothing of 10000;
    //   B 2023 2833 (no budget); C 2023 47000 of 100000 (47 %).
    // Forecast: the contract started 2023-01-01, less than 12 months before: the window is the 9 months
    //   since (2023-09-15 − 9 months = 2022-12-15 is the first before the start), ordered 0 at its start;
    //   burn rate 2792489 / 9 = 310276.56 → 310277 cents a month; 7207511 × 9 / 2792489 = 23.2 months, after
    //   the end: not before the end, no date.
    const QJsonValue null(QJsonValue::Null);
    const QString min = QStringLiteral("MIN");
    const QJsonObject between{
        {QStringLiteral("as_of"), QStringLiteral("2023-09-15")},
        {QStringLiteral("contracts"),
         QJsonArray{merged(
             merged(QJsonObject{
                        {QStringLiteral("reference"), QStringLiteral("TEST-1")},
                        {QStringLiteral("end_on"), QStringLiteral("2023-12-31")},
                        {QStringLiteral("max_ht_cents"), 10000000}, // the contract amendment is signed later
                        {QStringLiteral("min_ht_cents"), 3000000},
                        {QStringLiteral("lots"),
                         QJsonArray{merged(merged({{QStringLiteral("number"), 1},
                                                   {QStringLiteral("max_ht_cents"), 6000000},
                                                   {QStringLiteral("min_ht_cents"), null},
                                                   {QStringLiteral("alerts"), strings({})},
                                                   {QStringLiteral("sla"), sla(0, 0, 0)}},
                                                  totals(1615139, 1588088, 1203088, 1203088)),
                                           ceiling(4384861, 2692)),
                                    merged(merged({{QStringLiteral("number"), 2},
                                                   {QStringLiteral("max_ht_cents"), 1300000},
                                                   {QStringLiteral("min_ht_cents"), 500000},
                                                   {QStringLiteral("alerts"), strings({QStringLiteral("lot_over_90_percent"), QStringLiteral("amendments_over_10_percent")})},
                                                   {QStringLiteral("sla"), sla(0, 0, 0)}},
                                                  totals(1177350, 1002000, 1002000, 0)),
                                           ceiling(122650, 9057))}},
                        {QStringLiteral("beneficiaries"),
                         QJsonArray{beneficiary(QStringLiteral("DIR"), min, 385000 + 1002000,
                                                totals(1387000, 1387000, 1002000, 0)),
                                    beneficiary(min, null, 1203088, totals(2590088, 2590088, 2205088, 1203088)),
                                    beneficiary(QStringLiteral("OTHER"), null, 175350 + 27051, totals(202401, 0, 0, 0))}},
                        {QStringLiteral("work_units"),
                         QJsonArray{workUnit(1, QStringLiteral("A"), 13500, 30000, 1000000 + 385000,
                                             {unitYear(2023, 13500, 20000, 1385000), unitYear(2024, 0, 10000, 0)}),
                                    workUnit(1, QStringLiteral("B"), 2833, null, 203088 + 27051,
                                             {unitYear(2023, 2833, null, 230139)}),
                                    workUnit(2, QStringLiteral("C"), 47000, 100000, 175350 + 1002000,
                                             {unitYear(2023, 47000, 100000, 1177350)})}},
                        {QStringLiteral("coverage"), coverage(0, 0, 0)},
                        {QStringLiteral("forecast"), forecast(null, 310277, 9, true)},
                        {QStringLiteral("alerts"), strings({QStringLiteral("minimum_shortfall")})}},
                    totals(2792489, 2590088, 2205088, 1203088)),
             ceiling(7207511, 2792))}}};
    QTest::newRow("between-steps") << QStringList{QStringLiteral("--as-of"), QStringLiteral("2023-09-15")} << between;
    QTest::newRow("one-contract") << QStringList{QStringLiteral("--contract"), QStringLiteral("TEST-1"),
                                                 QStringLiteral("--as-of"), QStringLiteral("2023-09-15"),
                                                 QStringLiteral("--format"), QStringLiteral("json")}
                                  << between;

    // As of 2024-06-30, after the end (2023-12-31): O3 cancelled, O7 issued, O2 paid; the contract amendment
    // counts; ordered 2867639 is under the minimum 3000000: shortfall.
    // Lot 1: ordered 1615139; done, invoiced, paid O1 + O2 = 1588088; remaining 4384861, 2692 hundredths.
    // Lot 2: ordered O4 1002000 + O7 250500 = 1252500 (96.346… % → 9635), remaining 47500; done, invoiced
    //   O4 1002000; paid 0.
    // Contract: max 11000000, remaining 8132361, 2867639 / 11000000 = 26.069… % → 2607.
    // Beneficiaries: DIR done, invoiced O2 + O4 = 1387000, paid O2 385000. MIN own O1 + O7 = 1453588; rolled
    //   up ordered 1453588 + 1387000 = 2840588, done and invoiced O1 + O2 + O4 = 2590088, paid O1 + O2 = 1588088.
    //   OTHER: O6 27051 (O3 cancelled counts nowhere).
    // Work unit C 2023: issued 7000 + 40000 + 10000, less O3's 7000 cancelled (issued in 2023) = 50000.
    // Forecast: window 2023-06-30 … 2024-06-30; ordered then O1 1203088 + O3 175350 + O4 1002000 = 2380438;
    //   in the window 2867639 − 2380438 = 487201 (O2 + O6 + O7 − O3); 487201 / 12 = 40600.08 → 40600 a month;
    //   the date is after the contract's end: not before the end.
    const QJsonObject after{
        {QStringLiteral("as_of"), QStringLiteral("2024-06-30")},
        {QStringLiteral("contracts"),
         QJsonArray{merged(
             merged(QJsonObject{
                        {QStringLiteral("reference"), QStringLiteral("TEST-1")},
                        {QStringLiteral("end_on"), QStringLiteral("2023-12-31")},
                        {QStringLiteral("max_ht_cents"), 11000000},
                        {QStringLiteral("min_ht_cents"), 3000000},
                        {QStringLiteral("lots"),
                         QJsonArray{merged(merged({{QStringLiteral("number"), 1},
                                                   {QStringLiteral("max_ht_cents"), 6000000},
                                                   {QStringLiteral("min_ht_cents"), null},
                                                   {QStringLiteral("alerts"), strings({})},
                                                   {QStringLiteral("sla"), sla(0, 0, 0)}},
                                                  totals(1615139, 1588088, 1588088, 1588088)),
                                           ceiling(4384861, 2692)),
                                    merged(merged({{QStringLiteral("number"), 2},
                                                   {QStringLiteral("max_ht_cents"), 1300000},
                                                   {QStringLiteral("min_ht_cents"), 500000},
                                                   {QStringLiteral("alerts"), strings({QStringLiteral("lot_over_90_percent"), QStringLiteral("amendments_over_10_percent")})},
                                                   {QStringLiteral("sla"), sla(0, 0, 0)}},
                                                  totals(1252500, 1002000, 1002000, 0)),
                                           ceiling(47500, 9635))}},
                        {QStringLiteral("beneficiaries"),
                         QJsonArray{beneficiary(QStringLiteral("DIR"), min, 385000 + 1002000,
                                                totals(1387000, 1387000, 1387000, 385000)),
                                    beneficiary(min, null, 1203088 + 250500, totals(2840588, 2590088, 2590088, 1588088)),
                                    beneficiary(QStringLiteral("OTHER"), null, 27051, totals(27051, 0, 0, 0))}},
                        {QStringLiteral("work_units"),
                         QJsonArray{workUnit(1, QStringLiteral("A"), 13500, 30000, 1385000,
                                             {unitYear(2023, 13500, 20000, 1385000), unitYear(2024, 0, 10000, 0)}),
                                    workUnit(1, QStringLiteral("B"), 2833, null, 230139, {unitYear(2023, 2833, null, 230139)}),
                                    workUnit(2, QStringLiteral("C"), 50000, 100000, 1002000 + 250500,
                                             {unitYear(2023, 50000, 100000, 1252500)})}},
                        {QStringLiteral("coverage"), coverage(0, 0, 0)},
                        {QStringLiteral("forecast"), forecast(null, 40600, 12, true)},
                        {QStringLiteral("alerts"), strings({QStringLiteral("minimum_shortfall")})}},
                    totals(2867639, 2590088, 2590088, 1588088)),
             ceiling(8132361, 2607))}}};
    QTest::newRow("after-the-end") << QStringList{QStringLiteral("--as-of"), QStringLiteral("2024-06-30")} << after;

    // Before anything was issued: every figure zero, the lot amendment not signed yet. 2023-01-31 + 6 months
    // is before the end: no shortfall yet. The window is the one month since the start, with nothing
    // ordered: rate 0, not before the end. Work units list the budgeted years only.
    const QJsonObject before{
        {QStringLiteral("as_of"), QStringLiteral("2023-01-31")},
        {QStringLiteral("contracts"),
         QJsonArray{merged(
             merged(QJsonObject{
                        {QStringLiteral("reference"), QStringLiteral("TEST-1")},
                        {QStringLiteral("end_on"), QStringLiteral("2023-12-31")},
                        {QStringLiteral("max_ht_cents"), 10000000},
                        {QStringLiteral("min_ht_cents"), 3000000},
                        {QStringLiteral("lots"),
                         QJsonArray{merged(merged({{QStringLiteral("number"), 1},
                                                   {QStringLiteral("max_ht_cents"), 6000000},
                                                   {QStringLiteral("min_ht_cents"), null},
                                                   {QStringLiteral("alerts"), strings({})},
                                                   {QStringLiteral("sla"), sla(0, 0, 0)}},
                                                  totals(0, 0, 0, 0)),
                                           ceiling(6000000, 0)),
                                    merged(merged({{QStringLiteral("number"), 2},
                                                   {QStringLiteral("max_ht_cents"), 1000000},
                                                   {QStringLiteral("min_ht_cents"), 500000},
                                                   {QStringLiteral("alerts"), strings({})},
                                                   {QStringLiteral("sla"), sla(0, 0, 0)}},
                                                  totals(0, 0, 0, 0)),
                                           ceiling(1000000, 0))}},
                        {QStringLiteral("beneficiaries"), QJsonArray{}},
                        {QStringLiteral("work_units"),
                         QJsonArray{workUnit(1, QStringLiteral("A"), 0, 30000, 0,
                                             {unitYear(2023, 0, 20000, 0), unitYear(2024, 0, 10000, 0)}),
                                    workUnit(1, QStringLiteral("B"), 0, null, 0, {}),
                                    workUnit(2, QStringLiteral("C"), 0, 100000, 0, {unitYear(2023, 0, 100000, 0)})}},
                        {QStringLiteral("coverage"), coverage(0, 0, 0)},
                        {QStringLiteral("forecast"), forecast(null, 0, 1, true)},
                        {QStringLiteral("alerts"), strings({})}},
                    totals(0, 0, 0, 0)),
             ceiling(10000000, 0))}}};
    QTest::newRow("before-any-order") << QStringList{QStringLiteral("--as-of"), QStringLiteral("2023-01-31")} << before;
}

void CliSummaryTest::summaryJson()
{
    QFETCH(QStringList, arguments);
    QFETCH(QJsonObject, expected);
    const Run result = run(QStringList{QStringLiteral("summary"), QStringLiteral("--db"), m_fixture} + arguments);
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.exitCode, 0);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &parseError);
    QVERIFY2(!document.isNull(), qPrintable(parseError.errorString()));
    if (document.object() != expected) {
        qWarning().noquote() << "actual:  " << QString::fromUtf8(QJsonDocument(document.object()).toJson(QJsonDocument::Compact));
        qWarning().noquote() << "expected:" << QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }
    QCOMPARE(document.object(), expected);
}

void CliSummaryTest::summaryCsv_data()
{
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray header("contract;lot;max_ht;ordered_ht;done_ht;invoiced_ht;paid_ht;remaining_ht;percent;alerts\n");
    // percent: 1615139 / 6000000 = 26.9189… % → 26.92; 1177350 / 1300000 = 90.5653… % → 90.57 (past 90 %).
    QTest::newRow("between-steps") << QStringLiteral("2023-09-15")
                                   << header + "TEST-1;1;60000.00;16151.39;15880.88;12030.88;12030.88;43848.61;26.92;\n"
                                               "TEST-1;2;13000.00;11773.50;10020.00;10020.00;0.00;1226.50;90.57;lot_over_90_percent,amendments_over_10_percent\n";
    // 1252500 / 1300000 = 96.3461… % → 96.35.
    QTest::newRow("after-the-end") << QStringLiteral("2024-06-30")
                                   << header + "TEST-1;1;60000.00;16151.39;15880.88;15880.88;15880.88;43848.61;26.92;\n"
                                               "TEST-1;2;13000.00;12525.00;10020.00;10020.00;0.00;475.00;96.35;lot_over_90_percent,amendments_over_10_percent\n";
}

void CliSummaryTest::summaryCsv()
{
    QFETCH(QString, asOf);
    const Run result = run({QStringLiteral("summary"), QStringLiteral("--db"), m_fixture, QStringLiteral("--as-of"), asOf,
                            QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.exitCode, 0);
    QTEST(result.out, "expected");
}

QTEST_GUILESS_MAIN(CliSummaryTest)
#include "tst_cli_summary.moc"
