// SPDX-License-Identifier: GPL-3.0-or-later
// The plafond executable seen from outside: arguments in, exit code and output out.
#include "plafondprocess.h"

#include "domain/lifecycle.h"
#include "io/importer.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
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

class CliTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void help();
    void demoCreatesDatabase();
    void generateWritesTheBenchmarkData();
    void summaryJson_data();
    void summaryJson();
    void summaryCsv_data();
    void summaryCsv();
    void errors_data();
    void errors();
    void report_data();
    void report();
    void exportOrders();
    void reportAndExportErrors_data();
    void reportAndExportErrors();
    void importErrors_data();
    void importErrors();

private:
    Run run(const QStringList &arguments);
    bool buildFixture(const QString &path, QString *error);

    QTemporaryDir m_dir;
    QString m_fixture;
};

Run CliTest::run(const QStringList &arguments)
{
    // English messages, and the user's settings and data folder kept out of reach.
    return PlafondTest::runPlafond(arguments, PlafondTest::plafondEnvironment(m_dir.path()), 120000);
}

// A small contract whose every figure is computed by hand below. Two lots; prices with a change on
// 2023-07-01; orders at every step; one lot amendment (counts from 2023-06-01) and one contract amendment
// (counts from 2024-01-15).
//
//   order  lot  beneficiary  lines                                  created     issued      done        invoiced    paid        cancelled
//   O1     1    MIN          A 10 d × 1000.00 = 10000.00            2023-02-01  2023-02-05  2023-03-10  2023-03-20  2023-04-15
//                            B 2.5 d × 812.35 = 2030.875 → 2030.88
//   O2     1    DIR          A 3.5 d × 1100.00 = 3850.00            2023-07-25  2023-08-01  2023-09-10  2023-10-01  2023-11-01
//   O3     2    OTHER        C 7 × 250.50 = 1753.50                 2023-03-01  2023-03-02                                      2023-09-20
//   O4     2    DIR          C 40 × 250.50 = 10020.00               2023-06-05  2023-06-10  2023-07-01  2023-07-20
//   O5     1    MIN          A 1 d × 1100.00 (draft)                2023-09-01
//   O6     1    OTHER        B 0.333 d × 812.35 = 270.51255 → 270.51 2023-09-05  2023-09-10
//   O7     2    MIN          C 10 × 250.50 = 2505.00                2023-09-14  2023-09-16
bool CliTest::buildFixture(const QString &path, QString *error)
{
    Database database;
    if (!database.open(path, Database::OpenMode::CreateIfMissing, error))
        return false;
    Stores stores(database);
    auto failed = [&](const Status &status) {
        if (!status)
            *error = status.message();
        return status.ok();
    };
    Contract contract;
    contract.reference = QStringLiteral("TEST-1");
    contract.title = QStringLiteral("Test contract");
    contract.buyer = QStringLiteral("Test buyer");
    contract.startOn = QDate(2023, 1, 1);
    contract.durationMonths = 12;
    contract.maxHt = Money::fromCents(10000000);
    contract.minHt = Money::fromCents(3000000);
    if (const Status status = stores.contracts.saveContract(contract); !status)
        return failed(status);
    Lot lot1;
    lot1.contractId = contract.id;
    lot1.number = 1;
    lot1.title = QStringLiteral("Lot one");
    lot1.maxHt = Money::fromCents(6000000);
    Lot lot2;
    lot2.contractId = contract.id;
    lot2.number = 2;
    lot2.title = QStringLiteral("Lot two");
    lot2.maxHt = Money::fromCents(1000000);
    lot2.minHt = Money::fromCents(500000);
    if (const Status status = stores.contracts.saveLot(lot1); !status)
        return failed(status);
    if (const Status status = stores.contracts.saveLot(lot2); !status)
        return failed(status);
    WorkUnit a{0, lot1.id, QStringLiteral("A"), QStringLiteral("Audit"), QStringLiteral("Audit"), QStringLiteral("day"),
               {{0, 0, QDate(2023, 1, 1), Money::fromCents(100000)}, {0, 0, QDate(2023, 7, 1), Money::fromCents(110000)}}, 0};
    WorkUnit b{0, lot1.id, QStringLiteral("B"), QStringLiteral("Développement"), QStringLiteral("Development"),
               QStringLiteral("day"), {{0, 0, QDate(2023, 1, 1), Money::fromCents(81235)}}, 0};
    WorkUnit c{0, lot2.id, QStringLiteral("C"), QStringLiteral("Support"), QStringLiteral("Support"), QStringLiteral("ticket"),
               {{0, 0, QDate(2023, 1, 1), Money::fromCents(25050)}}, 0};
    if (const Status status = stores.catalogue.saveWorkUnit(a); !status)
        return failed(status);
    if (const Status status = stores.catalogue.saveWorkUnit(b); !status)
        return failed(status);
    if (const Status status = stores.catalogue.saveWorkUnit(c); !status)
        return failed(status);
    QList<WorkUnitBudget> budgets{{0, a.id, 2023, 20000}, {0, a.id, 2024, 10000}, {0, c.id, 2023, 100000}};
    for (WorkUnitBudget &budget : budgets) {
        if (const Status status = stores.catalogue.saveBudget(budget); !status)
            return failed(status);
    }
    QHash<QString, Id> beneficiaries;
    for (const auto &[code, parent] : {std::pair{"MIN", ""}, std::pair{"DIR", "MIN"}, std::pair{"OTHER", ""}}) {
        Beneficiary beneficiary{0, QLatin1String(code), QLatin1String(code) + QStringLiteral(" name"),
                                beneficiaries.value(QLatin1String(parent)), 0};
        if (const Status status = stores.catalogue.saveBeneficiary(beneficiary); !status)
            return failed(status);
        beneficiaries.insert(beneficiary.code, beneficiary.id);
    }
    Amendment lotAmendment{0, contract.id, lot2.id, QDate(2023, 6, 1), Money::fromCents(300000), 0, QStringLiteral("lot 2 +3000")};
    Amendment contractAmendment{0, contract.id, 0, QDate(2024, 1, 15), Money::fromCents(1000000), 0, QStringLiteral("+10000")};
    if (const Status status = stores.contracts.saveAmendment(lotAmendment); !status)
        return failed(status);
    if (const Status status = stores.contracts.saveAmendment(contractAmendment); !status)
        return failed(status);

    struct Line
    {
        const WorkUnit *unit;
        qint64 quantityMilli;
        qint64 priceCents;
    };
    auto order = [&](const QString &number, const Lot &lot, const char *beneficiary, QList<Line> lines,
                     QList<QPair<OrderStatus, QDate>> steps, const QDate &created) {
        PurchaseOrder o;
        o.number = number;
        o.lotId = lot.id;
        o.beneficiaryId = beneficiaries.value(QLatin1String(beneficiary));
        o.createdOn = created;
        for (const Line &line : lines)
            o.lines << OrderLine{0, 0, line.unit->id, line.quantityMilli, Money::fromCents(line.priceCents), Money()};
        for (const auto &step : steps) {
            if (!Lifecycle::move(o, step.first, step.second, error))
                return false;
        }
        if (const Status status = stores.orders.saveOrder(o); !status)
            return failed(status);
        return true;
    };
    using S = OrderStatus;
    return order(QStringLiteral("O1"), lot1, "MIN", {{&a, 10000, 100000}, {&b, 2500, 81235}},
                 {{S::Issued, QDate(2023, 2, 5)}, {S::Done, QDate(2023, 3, 10)}, {S::Invoiced, QDate(2023, 3, 20)},
                  {S::Paid, QDate(2023, 4, 15)}}, QDate(2023, 2, 1))
        && order(QStringLiteral("O2"), lot1, "DIR", {{&a, 3500, 110000}},
                 {{S::Issued, QDate(2023, 8, 1)}, {S::Done, QDate(2023, 9, 10)}, {S::Invoiced, QDate(2023, 10, 1)},
                  {S::Paid, QDate(2023, 11, 1)}}, QDate(2023, 7, 25))
        && order(QStringLiteral("O3"), lot2, "OTHER", {{&c, 7000, 25050}},
                 {{S::Issued, QDate(2023, 3, 2)}, {S::Cancelled, QDate(2023, 9, 20)}}, QDate(2023, 3, 1))
        && order(QStringLiteral("O4"), lot2, "DIR", {{&c, 40000, 25050}},
                 {{S::Issued, QDate(2023, 6, 10)}, {S::Done, QDate(2023, 7, 1)}, {S::Invoiced, QDate(2023, 7, 20)}},
                 QDate(2023, 6, 5))
        && order(QStringLiteral("O5"), lot1, "MIN", {{&a, 1000, 110000}}, {}, QDate(2023, 9, 1))
        && order(QStringLiteral("O6"), lot1, "OTHER", {{&b, 333, 81235}}, {{S::Issued, QDate(2023, 9, 10)}}, QDate(2023, 9, 5))
        && order(QStringLiteral("O7"), lot2, "MIN", {{&c, 10000, 25050}}, {{S::Issued, QDate(2023, 9, 16)}}, QDate(2023, 9, 14));
}

void CliTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(PLAFOND_BINARY)), "build the plafond target first");
    m_fixture = m_dir.filePath(QStringLiteral("fixture.plafond"));
    QString error;
    QVERIFY2(buildFixture(m_fixture, &error), qPrintable(error));
}

void CliTest::version()
{
    const Run result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("plafond " PLAFOND_VERSION "\n"));
    QCOMPARE(result.err, QByteArray());
}

void CliTest::help()
{
    const Run result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char *expected : {"--db", "--lang", "--demo", "--contract", "--as-of", "--format", "demo", "summary",
                                 "Exit codes", "import     tickets FILE"})
        QVERIFY2(result.out.contains(expected), expected);
}

void CliTest::demoCreatesDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.plafond"));
    const Run result = run({QStringLiteral("demo"), QStringLiteral("--db"), path});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QByteArray());
    QVERIFY(QFileInfo::exists(path));
    const Run summary = run({QStringLiteral("summary"), QStringLiteral("--db"), path, QStringLiteral("--as-of"),
                             QStringLiteral("2030-01-01")});
    QCOMPARE(summary.exitCode, 0);
    const QJsonArray contracts = QJsonDocument::fromJson(summary.out).object().value(QStringLiteral("contracts")).toArray();
    QCOMPARE(contracts.size(), 2);
    QCOMPARE(contracts.at(0).toObject().value(QStringLiteral("reference")).toString(), QStringLiteral("ACIM-2012"));
    QCOMPARE(contracts.at(1).toObject().value(QStringLiteral("reference")).toString(), QStringLiteral("MEF-ELL-2020"));
}

void CliTest::generateWritesTheBenchmarkData()
{
    // Scale 1: one contract of six lots and 10,000 orders, the same whatever the day (no clock, fixed seed).
    QString outputs[2];
    for (int i = 0; i < 2; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("generated%1.sqlite").arg(i));
        const Run result = run({QStringLiteral("generate"), QStringLiteral("--db"), path, QStringLiteral("--scale"),
                                QStringLiteral("1")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.err, QByteArray("Contract 1 of 1 prepared\n")); // written only at the end, when committed
        QCOMPARE(result.out, QStringLiteral("Generated data (scale 1) written to %1\n").arg(path).toUtf8());
        const Run summary = run({QStringLiteral("summary"), QStringLiteral("--db"), path, QStringLiteral("--as-of"),
                                 QStringLiteral("2040-01-01")});
        QCOMPARE(summary.exitCode, 0);
        const QJsonArray contracts = QJsonDocument::fromJson(summary.out).object().value(QStringLiteral("contracts")).toArray();
        QCOMPARE(contracts.size(), 1);
        QCOMPARE(contracts.at(0).toObject().value(QStringLiteral("lots")).toArray().size(), 6);
        outputs[i] = QString::fromUtf8(summary.out);
    }
    QCOMPARE(outputs[0], outputs[1]);
    // Never over an existing file; the scale is checked before anything is written.
    const QString existing = m_dir.filePath(QStringLiteral("generated0.sqlite"));
    Run refused = run({QStringLiteral("generate"), QStringLiteral("--db"), existing, QStringLiteral("--scale"), QStringLiteral("1")});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err, QStringLiteral("%1: the file already exists; generated data are only written to a new file\n")
                              .arg(existing).toUtf8());
    const QString fresh = m_dir.filePath(QStringLiteral("never.sqlite"));
    refused = run({QStringLiteral("generate"), QStringLiteral("--db"), fresh, QStringLiteral("--scale"), QStringLiteral("0")});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err, QByteArray("--scale: 0 is not a number of contracts from 1 to 100\n"));
    refused = run({QStringLiteral("generate"), QStringLiteral("--db"), fresh});
    QCOMPARE(refused.err, QByteArray("generate: --scale N is required\n"));
    refused = run({QStringLiteral("summary"), QStringLiteral("--db"), existing, QStringLiteral("--scale"), QStringLiteral("2")});
    QCOMPARE(refused.err, QByteArray("--scale only applies to the generate command\n"));
    QVERIFY(!QFileInfo::exists(fresh));
}

void CliTest::summaryJson_data()
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

void CliTest::summaryJson()
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

void CliTest::summaryCsv_data()
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

void CliTest::summaryCsv()
{
    QFETCH(QString, asOf);
    const Run result = run({QStringLiteral("summary"), QStringLiteral("--db"), m_fixture, QStringLiteral("--as-of"), asOf,
                            QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.exitCode, 0);
    QTEST(result.out, "expected");
}

void CliTest::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // the whole of stderr, %1 = the fixture, %2 = a missing file

    const QString db = QStringLiteral("--db");
    const QString fixture = QStringLiteral("%1");
    const QString missing = QStringLiteral("%2");
    const QString summary = QStringLiteral("summary");
    QTest::newRow("unknown-command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("frobnicate: unknown command (commands: demo, generate, summary, report, export, import; see --help)\n");
    QTest::newRow("unknown-option") << QStringList{QStringLiteral("--frobnicate")}
                                    << QStringLiteral("Unknown option 'frobnicate'.\n");
    QTest::newRow("missing-option-value") << QStringList{summary, db}
                                          << QStringLiteral("Missing value after '--db'.\n");
    QTest::newRow("extra-argument") << QStringList{summary, QStringLiteral("extra"), db, fixture}
                                    << QStringLiteral("summary: unexpected argument extra\n");
    QTest::newRow("summary-without-db") << QStringList{summary} << QStringLiteral("summary: --db PATH is required\n");
    QTest::newRow("demo-without-db") << QStringList{QStringLiteral("demo")} << QStringLiteral("demo: --db PATH is required\n");
    // A refused command line still answers in the language it asks for.
    QTest::newRow("summary-without-db-fr") << QStringList{summary, QStringLiteral("--lang"), QStringLiteral("fr")}
                                           << QStringLiteral("summary\u00a0: --db CHEMIN est obligatoire\n");
    QTest::newRow("summary-without-db-en") << QStringList{summary, QStringLiteral("--lang"), QStringLiteral("en")}
                                           << QStringLiteral("summary: --db PATH is required\n");
    QTest::newRow("summary-missing-file") << QStringList{summary, db, missing}
                                          << QStringLiteral("%2: no such database file\n");
    QTest::newRow("gui-missing-file") << QStringList{db, missing} << QStringLiteral("%2: no such database file\n");
    QTest::newRow("demo-over-existing-file")
        << QStringList{QStringLiteral("demo"), db, fixture}
        << QStringLiteral("%1: the file already exists; the demo is only written to a new file\n");
    QTest::newRow("bad-date") << QStringList{summary, db, fixture, QStringLiteral("--as-of"), QStringLiteral("2024-13-01")}
                              << QStringLiteral("--as-of: 2024-13-01 is not a date (YYYY-MM-DD)\n");
    QTest::newRow("date-not-padded") << QStringList{summary, db, fixture, QStringLiteral("--as-of"), QStringLiteral("2024-1-01")}
                                     << QStringLiteral("--as-of: 2024-1-01 is not a date (YYYY-MM-DD)\n");
    QTest::newRow("unknown-contract") << QStringList{summary, db, fixture, QStringLiteral("--contract"), QStringLiteral("NOPE")}
                                      << QStringLiteral("--contract: NOPE is not the reference of a contract in this database.\n");
    QTest::newRow("bad-format") << QStringList{summary, db, fixture, QStringLiteral("--format"), QStringLiteral("xml")}
                                << QStringLiteral("--format: xml is not a supported format (json, csv)\n");
    QTest::newRow("bad-language") << QStringList{summary, db, fixture, QStringLiteral("--lang"), QStringLiteral("de")}
                                  << QStringLiteral("--lang: de is not a supported language (fr, en)\n");
    QTest::newRow("format-outside-summary") << QStringList{QStringLiteral("demo"), db, missing, QStringLiteral("--format"), QStringLiteral("csv")}
                                            << QStringLiteral("--format only applies to the summary command\n");
    QTest::newRow("demo-flag-with-command") << QStringList{summary, db, fixture, QStringLiteral("--demo")}
                                            << QStringLiteral("--demo does not apply to the summary command\n");
    QTest::newRow("demo-flag-and-db") << QStringList{QStringLiteral("--demo"), db, fixture}
                                      << QStringLiteral("--demo and --db cannot be used together\n");
}

void CliTest::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const QString missing = m_dir.filePath(QStringLiteral("no-such.plafond"));
    for (QString &argument : arguments)
        argument = argument == QLatin1String("%1") ? m_fixture : argument == QLatin1String("%2") ? missing : argument;
    const Run result = run(arguments);
    QCOMPARE(QString::fromUtf8(result.err), QString(expected).replace(QStringLiteral("%1"), m_fixture).replace(QStringLiteral("%2"), missing));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QVERIFY(!QFileInfo::exists(missing)); // nothing was created
}

void CliTest::report_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedText"); // found in the PDF's text (pdftotext)
    QTest::newRow("english") << QStringList{QStringLiteral("--contract"), QStringLiteral("TEST-1"), QStringLiteral("--lang"),
                                            QStringLiteral("en")}
                             << QStringLiteral("€16,151.39");
    // French amounts: pdftotext prints the narrow no-break spaces as spaces.
    QTest::newRow("french-pdfa") << QStringList{QStringLiteral("--contract"), QStringLiteral("TEST-1"), QStringLiteral("--lang"),
                                                QStringLiteral("fr"), QStringLiteral("--pdfa")}
                                 << QStringLiteral("16 151,39 €");
    QTest::newRow("portfolio") << QStringList{QStringLiteral("--all")} << QStringLiteral("TEST-1");
}

void CliTest::report()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedText);
    const QString out = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())));
    const Run result = run(QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_fixture, QStringLiteral("--as-of"),
                                       QStringLiteral("2023-09-15"), QStringLiteral("--out"), out}
                           + arguments);
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(out.toUtf8())); // "Report written to …", in the language of --lang
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), out, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(expectedText));
}

void CliTest::exportOrders()
{
    const QString out = m_dir.filePath(QStringLiteral("orders.csv"));
    Run result = run({QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("--db"), m_fixture,
                      QStringLiteral("--contract"), QStringLiteral("TEST-1"), QStringLiteral("--out"), out,
                      QStringLiteral("--dialect"), QStringLiteral("standard")});
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
             QByteArray("contract,lot,order,beneficiary,issued,work_unit,quantity,unit_price_ht,status,service_done,invoiced,paid\n"
                        "TEST-1,1,O1,MIN,2023-02-05,A,10,1000.00,paid,2023-03-10,2023-03-20,2023-04-15\n"
                        "TEST-1,1,O1,MIN,2023-02-05,B,2.5,812.35,paid,2023-03-10,2023-03-20,2023-04-15\n"
                        "TEST-1,1,O2,DIR,2023-08-01,A,3.5,1100.00,paid,2023-09-10,2023-10-01,2023-11-01\n"
                        "TEST-1,2,O3,OTHER,2023-03-02,C,7,250.50,cancelled,,,\n"
                        "TEST-1,2,O4,DIR,2023-06-10,C,40,250.50,invoiced,2023-07-01,2023-07-20,\n"
                        "TEST-1,1,O5,MIN,,A,1,1100.00,draft,,,\n"
                        "TEST-1,1,O6,OTHER,2023-09-10,B,0.333,812.35,issued,,,\n"
                        "TEST-1,2,O7,MIN,2023-09-16,C,10,250.50,issued,,,\n"));
    file.close();

    // The default dialect is the French spreadsheet's: byte order mark, ';', decimal comma.
    result = run({QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("--db"), m_fixture, QStringLiteral("--out"), out});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray french = file.readAll();
    QVERIFY(french.startsWith("\xEF\xBB\xBF" "contract;lot;order;beneficiary;issued;work_unit;quantity;unit_price_ht;status;"));
    QVERIFY(french.contains("TEST-1;1;O1;MIN;2023-02-05;B;2,5;812,35;paid;2023-03-10;2023-03-20;2023-04-15\n"));
}

void CliTest::reportAndExportErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // the whole of stderr, %1 = the fixture, %2 = a missing file

    const QString db = QStringLiteral("--db");
    const QString fixture = QStringLiteral("%1");
    const QString missing = QStringLiteral("%2");
    const QString report = QStringLiteral("report");
    const QString out = QStringLiteral("--out");
    const QString pdf = QStringLiteral("%3");
    const QString contract = QStringLiteral("--contract");
    QTest::newRow("report-without-db") << QStringList{report} << QStringLiteral("report: --db PATH is required\n");
    QTest::newRow("report-missing-file") << QStringList{report, db, missing, QStringLiteral("--all"), out, pdf}
                                         << QStringLiteral("%2: no such database file\n");
    QTest::newRow("report-without-contract") << QStringList{report, db, fixture, out, pdf}
                                             << QStringLiteral("report: --contract REF or --all is required\n");
    QTest::newRow("report-contract-and-all") << QStringList{report, db, fixture, contract, QStringLiteral("TEST-1"),
                                                            QStringLiteral("--all"), out, pdf}
                                             << QStringLiteral("--contract and --all cannot be used together\n");
    QTest::newRow("report-without-out") << QStringList{report, db, fixture, QStringLiteral("--all")}
                                        << QStringLiteral("report: --out FILE.pdf is required\n");
    QTest::newRow("report-unknown-contract") << QStringList{report, db, fixture, contract, QStringLiteral("NOPE"), out, pdf}
                                             << QStringLiteral("--contract: NOPE is not the reference of a contract in this database.\n");
    QTest::newRow("report-bad-date") << QStringList{report, db, fixture, QStringLiteral("--all"), QStringLiteral("--as-of"),
                                                    QStringLiteral("2024-02-30"), out, pdf}
                                     << QStringLiteral("--as-of: 2024-02-30 is not a date (YYYY-MM-DD)\n");
    QTest::newRow("report-bad-language") << QStringList{report, db, fixture, QStringLiteral("--all"), QStringLiteral("--lang"),
                                                        QStringLiteral("de"), out, pdf}
                                         << QStringLiteral("--lang: de is not a supported language (fr, en)\n");
    QTest::newRow("report-format") << QStringList{report, db, fixture, QStringLiteral("--all"), out, pdf,
                                                  QStringLiteral("--format"), QStringLiteral("csv")}
                                   << QStringLiteral("--format only applies to the summary command\n");
    QTest::newRow("pdfa-outside-report") << QStringList{QStringLiteral("summary"), db, fixture, QStringLiteral("--pdfa")}
                                         << QStringLiteral("--pdfa only applies to the report command\n");
    QTest::newRow("out-with-summary") << QStringList{QStringLiteral("summary"), db, fixture, out, pdf}
                                      << QStringLiteral("--out only applies to the report and export commands\n");
    const QString exportCommand = QStringLiteral("export");
    const QString orders = QStringLiteral("orders");
    QTest::newRow("export-nothing") << QStringList{exportCommand, db, fixture, out, pdf}
                                    << QStringLiteral("export: what to export is missing (orders, decp)\n");
    QTest::newRow("export-unknown") << QStringList{exportCommand, QStringLiteral("invoices"), db, fixture, out, pdf}
                                    << QStringLiteral("export: invoices cannot be exported (orders, decp)\n");
    QTest::newRow("export-extra") << QStringList{exportCommand, orders, QStringLiteral("more"), db, fixture, out, pdf}
                                  << QStringLiteral("export: unexpected argument more\n");
    QTest::newRow("export-without-db") << QStringList{exportCommand, orders} << QStringLiteral("export: --db PATH is required\n");
    QTest::newRow("export-without-out") << QStringList{exportCommand, orders, db, fixture}
                                        << QStringLiteral("export: --out FILE is required\n");
    QTest::newRow("export-bad-dialect") << QStringList{exportCommand, orders, db, fixture, out, pdf, QStringLiteral("--dialect"),
                                                       QStringLiteral("excel")}
                                        << QStringLiteral("--dialect: excel is not a supported dialect (fr, standard)\n");
    QTest::newRow("export-unknown-contract") << QStringList{exportCommand, orders, db, fixture, contract, QStringLiteral("NOPE"),
                                                            out, pdf}
                                             << QStringLiteral("--contract: NOPE is not the reference of a contract in this database.\n");
    QTest::newRow("export-as-of") << QStringList{exportCommand, orders, db, fixture, out, pdf, QStringLiteral("--as-of"),
                                                 QStringLiteral("2024-01-01")}
                                  << QStringLiteral("--as-of only applies to the summary and report commands\n");
    QTest::newRow("dialect-with-report") << QStringList{report, db, fixture, QStringLiteral("--all"), out, pdf,
                                                        QStringLiteral("--dialect"), QStringLiteral("fr")}
                                         << QStringLiteral("--dialect only applies to the export command\n");
}

void CliTest::reportAndExportErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const QString missing = m_dir.filePath(QStringLiteral("no-such.plafond"));
    const QString out = m_dir.filePath(QStringLiteral("not-written.out"));
    for (QString &argument : arguments) {
        argument = argument == QLatin1String("%1") ? m_fixture
            : argument == QLatin1String("%2")      ? missing
            : argument == QLatin1String("%3")      ? out
                                                   : argument;
    }
    const Run result = run(arguments);
    QCOMPARE(QString::fromUtf8(result.err), QString(expected).replace(QStringLiteral("%1"), m_fixture).replace(QStringLiteral("%2"), missing));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(!QFileInfo::exists(out)); // nothing written
}

void CliTest::importErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // the whole of stderr, %1 = the fixture, %2 = a missing file

    const QString import = QStringLiteral("import");
    const QString db = QStringLiteral("--db");
    const QString fixture = QStringLiteral("%1");
    const QString missing = QStringLiteral("%2");
    // The kinds the importers registered (core/io/importer.cpp), in their order.
    QStringList kinds;
    for (Importer::Kind kind : Importer::kinds())
        kinds << Importer::name(kind);
    QVERIFY(kinds.contains(QStringLiteral("tickets")));
    const QString kindList = kinds.join(QStringLiteral(", "));
    QTest::newRow("import-nothing") << QStringList{import, db, fixture}
                                    << QStringLiteral("import: what to import is missing (%1)\n").arg(kindList);
    QTest::newRow("import-unknown-kind") << QStringList{import, QStringLiteral("invoices"), QStringLiteral("x.csv"), db, fixture}
                                         << QStringLiteral("import: invoices cannot be imported (%1)\n").arg(kindList);
    QTest::newRow("import-without-file") << QStringList{import, QStringLiteral("orders"), db, fixture}
                                         << QStringLiteral("import: the file to import is missing\n");
    QTest::newRow("import-extra-argument")
        << QStringList{import, QStringLiteral("orders"), QStringLiteral("a.csv"), QStringLiteral("b.csv"), db, fixture}
        << QStringLiteral("import: unexpected argument b.csv\n");
    QTest::newRow("import-without-db") << QStringList{import, QStringLiteral("orders"), QStringLiteral("a.csv")}
                                       << QStringLiteral("import: --db PATH is required\n");
    QTest::newRow("import-missing-input") << QStringList{import, QStringLiteral("orders"), missing, db, fixture}
                                          << QStringLiteral("%2: cannot read the file: No such file or directory\n");
    QTest::newRow("dry-run-outside-import") << QStringList{QStringLiteral("summary"), db, fixture, QStringLiteral("--dry-run")}
                                            << QStringLiteral("--dry-run only applies to the import command\n");
}

void CliTest::importErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const QString missing = m_dir.filePath(QStringLiteral("no-such.plafond"));
    for (QString &argument : arguments)
        argument = argument == QLatin1String("%1") ? m_fixture : argument == QLatin1String("%2") ? missing : argument;
    QFile fixture(m_fixture);
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QByteArray before = fixture.readAll();
    fixture.close();
    const Run result = run(arguments);
    QCOMPARE(QString::fromUtf8(result.err), QString(expected).replace(QStringLiteral("%1"), m_fixture).replace(QStringLiteral("%2"), missing));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QCOMPARE(fixture.readAll(), before); // the database byte for byte as it was
}

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
