// SPDX-License-Identifier: GPL-3.0-or-later
// The contract definition and orders imports, through the plafond executable: a good file is written whole,
// a bad one is told as "FILE:LINE: what is wrong" with exit code 2 and leaves the database byte for byte as it was.
#include "filehash.h"
#include "plafondprocess.h"
#include "storecheck.h"

#include "domain/lifecycle.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Plafond;
using PlafondTest::fileHash;
using PlafondTest::Run;

namespace {

const QString dataDir = QStringLiteral(PLAFOND_SOURCE_DIR "/tests/data");

// The fixture's clause (base month 2023-10) has no index value in the database: the revision of 2025-01-01 is
// not applied, and each line priced from the schedule after it says so. Line 5 (BC-3) takes the schedule's price
// set from 2025-01-01, at the revision, which the revision would not change: no warning.
QByteArray revisionWarnings(const QString &file)
{
    const QByteArray name = file.toUtf8();
    return name + ":4: unit_price_ht: the revision of 2025-01-01 is not applied (the Syntec index of 2023-10 is"
                  " missing): 900.00 is used\n"
         + name + ":7: unit_price_ht: the revision of 2025-01-01 is not applied (the Syntec index of 2023-10 is"
                  " missing): 800.00 is used\n";
}

} // namespace

class ImportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void contractDefinition();
    void orders_data();
    void orders();
    void dryRunWritesNothing();
    void existingOrderRefused();
    void revisionWarnings();
    void revisionAppliedOnceIndexed();
    void failedImportLeavesNoNewFile();
    void malformed_data();
    void malformed();
    void exportThenImportKeepsTotals();

private:
    QString copyOf(const QString &source, const QString &name);

    QTemporaryDir m_dir;
    QString m_empty;   // the schema, nothing else
    QString m_fixture; // tests/data/import/contract.json imported
};

void ImportTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
    {
        Database database;
        QString error;
        QVERIFY2(database.open(m_empty, Database::OpenMode::CreateIfMissing, &error), qPrintable(error));
    }
    m_fixture = m_dir.filePath(QStringLiteral("fixture.sqlite"));
    const Run run = PlafondTest::runPlafondIn({QStringLiteral("import"), QStringLiteral("contract"), QStringLiteral("import/contract.json"),
                             QStringLiteral("--db"), m_fixture},
                            dataDir);
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("Contract imported from import/contract.json\n"));
}

QString ImportTest::copyOf(const QString &source, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(source, path))
        return {};
    return path;
}

void ImportTest::contractDefinition()
{
    Database database;
    QVERIFY(database.open(m_fixture, Database::OpenMode::MustExist));
    Stores stores(database);
    const auto contract = stores.contracts.contractByReference(QStringLiteral("TEST-2024"));
    QVERIFY(contract);
    QCOMPARE(contract->title, QStringLiteral("Test contract"));
    QCOMPARE(contract->startOn, QDate(2024, 1, 1));
    QCOMPARE(contract->durationMonths, 48);
    QCOMPARE(contract->maxHt, Money::fromCents(30000000));
    QVERIFY(!contract->minHt);
    QCOMPARE(contract->vatBasisPoints, 2000);
    QCOMPARE(contract->revisionIndex, QStringLiteral("SYNTEC"));
    QCOMPARE(contract->revisionBaseMonth, QStringLiteral("2023-10"));
    QCOMPARE(contract->revisionFixedPart, QStringLiteral("0.15"));
    const QList<Lot> lots = stores.contracts.lots(contract->id).value();
    QCOMPARE(lots.size(), 2);
    QCOMPARE(lots.at(0).number, 1);
    QCOMPARE(lots.at(0).maxHt, Money::fromCents(10000000));
    QCOMPARE(lots.at(0).minHt, std::optional<Money>(Money::fromCents(100000)));
    QCOMPARE(lots.at(0).holders.size(), 2);
    QCOMPARE(lots.at(0).holders.at(0).siret, QStringLiteral("44171939100001"));
    QCOMPARE(lots.at(1).holders.size(), 0);
    const QList<WorkUnit> units = stores.catalogue.workUnits(lots.at(0).id).value();
    QCOMPARE(units.size(), 2);
    const WorkUnit audit = units.at(0).code == QLatin1String("AUDIT") ? units.at(0) : units.at(1);
    QCOMPARE(audit.prices.size(), 2); // one entry per price, one schedule
    QCOMPARE(audit.priceOn(QDate(2024, 12, 31)), std::optional<Money>(Money::fromCents(100000)));
    QCOMPARE(audit.priceOn(QDate(2025, 1, 1)), std::optional<Money>(Money::fromCents(105000)));
    // The child came first in the file; it still points at its parent.
    Id mef = 0;
    Id dgfipParent = -1;
    for (const Beneficiary &b : stores.catalogue.beneficiaries()) {
        if (b.code == QLatin1String("MEF"))
            mef = b.id;
        if (b.code == QLatin1String("DGFIP"))
            dgfipParent = b.parentId;
    }
    QVERIFY(mef != 0);
    QCOMPARE(dgfipParent, mef);
}

void ImportTest::orders_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("semicolon-comma-bom-both-date-forms") << QStringLiteral("import/orders_fr.csv");
    QTest::newRow("comma-point-no-bom") << QStringLiteral("import/orders_standard.csv");
}

void ImportTest::orders()
{
    QFETCH(QString, file);
    const QString db = copyOf(m_fixture, QStringLiteral("orders.sqlite"));
    const Run run = PlafondTest::runPlafondIn({QStringLiteral("import"), QStringLiteral("orders"), file, QStringLiteral("--db"), db}, dataDir);
    QCOMPARE(run.err, ::revisionWarnings(file));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("5 orders imported from %1\n").arg(file).toUtf8());

    Database database;
    QVERIFY(database.open(db, Database::OpenMode::MustExist));
    Stores stores(database);
    QHash<QString, OrderRow> rows;
    for (const OrderRow &row : stores.orders.orderRows())
        rows.insert(row.number, row);
    QCOMPARE(rows.size(), 5);
    // 2 days of audit at the schedule's 2024 price + 1.5 days of development at the given price.
    QCOMPARE(rows.value(QStringLiteral("BC-1")).totalHt, Money::fromCents(320000));
    QCOMPARE(rows.value(QStringLiteral("BC-1")).status, OrderStatus::Paid);
    // Issued 15/02/2025 on lot 2: 3 × 900.00.
    QCOMPARE(rows.value(QStringLiteral("BC-2")).totalHt, Money::fromCents(270000));
    QCOMPARE(rows.value(QStringLiteral("BC-2")).issuedOn, QDate(2025, 2, 15));
    QCOMPARE(rows.value(QStringLiteral("BC-2")).beneficiaryCode, QStringLiteral("DGFIP"));
    // Issued after the price change: the 2025 price.
    QCOMPARE(rows.value(QStringLiteral("BC-3")).totalHt, Money::fromCents(105000));
    QCOMPARE(rows.value(QStringLiteral("BC-3")).status, OrderStatus::Done);
    QCOMPARE(rows.value(QStringLiteral("BC-4")).status, OrderStatus::Draft);
    QCOMPARE(rows.value(QStringLiteral("BC-5")).status, OrderStatus::Cancelled);
    const auto totals = stores.orders.lotTotals(stores.contracts.contractByReference(QStringLiteral("TEST-2024"))->id,
                                             QDate(2026, 1, 1));
    Money ordered;
    for (const LotTotals &lot : totals)
        ordered = *ordered.checkedAdd(lot.ordered);
    QCOMPARE(ordered, Money::fromCents(320000 + 270000 + 105000)); // neither the draft nor the cancelled order
}

void ImportTest::dryRunWritesNothing()
{
    const QString db = copyOf(m_fixture, QStringLiteral("dry.sqlite"));
    const QByteArray before = fileHash(db);
    const Run run = PlafondTest::runPlafondIn({QStringLiteral("import"), QStringLiteral("orders"), QStringLiteral("import/orders_fr.csv"),
                             QStringLiteral("--db"), db, QStringLiteral("--dry-run")},
                            dataDir);
    QCOMPARE(run.err, ::revisionWarnings(QStringLiteral("import/orders_fr.csv")));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("Dry run: nothing written. The import would add:\n"
                                 "  order BC-1 of contract TEST-2024: 2 lines, 3200.00 excl. VAT, paid\n"
                                 "  order BC-2 of contract TEST-2024: 1 line, 2700.00 excl. VAT, issued\n"
                                 "  order BC-3 of contract TEST-2024: 1 line, 1050.00 excl. VAT, done\n"
                                 "  order BC-4 of contract TEST-2024: 1 line, 800.00 excl. VAT, draft\n"
                                 "  order BC-5 of contract TEST-2024: 1 line, 8000.00 excl. VAT, cancelled\n"));
    QCOMPARE(fileHash(db), before);
}

void ImportTest::existingOrderRefused()
{
    const QString db = copyOf(m_fixture, QStringLiteral("twice.sqlite"));
    const QStringList arguments{QStringLiteral("import"), QStringLiteral("orders"), QStringLiteral("import/orders_fr.csv"),
                                QStringLiteral("--db"), db};
    QCOMPARE(PlafondTest::runPlafondIn(arguments, dataDir).exitCode, 0);
    const QByteArray before = fileHash(db);
    const Run run = PlafondTest::runPlafondIn(arguments, dataDir);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.split('\n').first(),
             QByteArray("import/orders_fr.csv:2: order BC-1 already exists in contract TEST-2024"));
    QCOMPARE(fileHash(db), before);
}

void ImportTest::revisionWarnings()
{
    // Warnings do not refuse the file: the orders are written at the schedule's price, exit code 0.
    const QString db = copyOf(m_fixture, QStringLiteral("warnings.sqlite"));
    const Run run = PlafondTest::runPlafondIn({QStringLiteral("import"), QStringLiteral("orders"), QStringLiteral("import/orders_standard.csv"),
                             QStringLiteral("--db"), db},
                            dataDir);
    QCOMPARE(QString::fromUtf8(run.err),
             QStringLiteral("import/orders_standard.csv:4: unit_price_ht: the revision of 2025-01-01 is not applied"
                            " (the Syntec index of 2023-10 is missing): 900.00 is used\n"
                            "import/orders_standard.csv:7: unit_price_ht: the revision of 2025-01-01 is not applied"
                            " (the Syntec index of 2023-10 is missing): 800.00 is used\n"));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("5 orders imported from import/orders_standard.csv\n"));
    Database database;
    QVERIFY(database.open(db, Database::OpenMode::MustExist));
    Stores stores(database);
    QHash<QString, OrderRow> rows;
    for (const OrderRow &row : stores.orders.orderRows())
        rows.insert(row.number, row);
    QCOMPARE(rows.value(QStringLiteral("BC-2")).totalHt, Money::fromCents(270000)); // 3 × 900.00, unrevised
    QCOMPARE(rows.value(QStringLiteral("BC-5")).totalHt, Money::fromCents(800000)); // 10 × 800.00
}

void ImportTest::revisionAppliedOnceIndexed()
{
    // With S0 (2023-10: 306.7) and S (2024-10: 315.0) imported, the revision of 2025-01-01 applies: no warning.
    // Coefficient 0.15 + 0.85 × 315.0 / 306.7 = 1.0230029…, exact (the clause has no rounding).
    const QString db = copyOf(m_fixture, QStringLiteral("indexed.sqlite"));
    const QString index = m_dir.filePath(QStringLiteral("syntec.csv"));
    {
        QFile file(index);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("year,month,series,value,source_url,note\n"
                   "2023,10,revised,306.7,https://example.org/syntec,\n"
                   "2024,10,revised,315.0,https://example.org/syntec,\n");
    }
    const Run syntec = PlafondTest::runPlafondIn({QStringLiteral("import"), QStringLiteral("syntec"), index, QStringLiteral("--db"), db},
                               dataDir);
    QCOMPARE(syntec.err, QByteArray());
    QCOMPARE(syntec.exitCode, 0);
    const Run run = PlafondTest::runPlafondIn({QStringLiteral("import"), QStringLiteral("orders"), QStringLiteral("import/orders_fr.csv"),
                             QStringLiteral("--db"), db},
                            dataDir);
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(run.exitCode, 0);
    Database database;
    QVERIFY(database.open(db, Database::OpenMode::MustExist));
    Stores stores(database);
    QHash<QString, OrderRow> rows;
    for (const OrderRow &row : stores.orders.orderRows())
        rows.insert(row.number, row);
    QCOMPARE(rows.value(QStringLiteral("BC-1")).totalHt, Money::fromCents(320000)); // before the revision
    QCOMPARE(rows.value(QStringLiteral("BC-2")).totalHt, Money::fromCents(276210)); // 3 × 920.70 (920.7026…)
    QCOMPARE(rows.value(QStringLiteral("BC-3")).totalHt, Money::fromCents(105000)); // set from 2025-01-01: as is
    QCOMPARE(rows.value(QStringLiteral("BC-5")).totalHt, Money::fromCents(818400)); // 10 × 818.40 (818.4023…)
}

void ImportTest::failedImportLeavesNoNewFile()
{
    const QString db = m_dir.filePath(QStringLiteral("never.sqlite"));
    const Run run = PlafondTest::runPlafondIn({QStringLiteral("import"), QStringLiteral("orders"), QStringLiteral("import/orders_fr.csv"),
                             QStringLiteral("--db"), db},
                            dataDir);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.split('\n').first(),
             QByteArray("import/orders_fr.csv:2: contract: \"TEST-2024\" is not a contract of this database"));
    QVERIFY(!QFile::exists(db));
}

void ImportTest::malformed_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *kind, const char *message) {
        const QString file = QStringLiteral("malformed/") + QLatin1String(name);
        QTest::newRow(name) << QString::fromLatin1(kind) << file << file + QLatin1Char(':') + QString::fromUtf8(message) + QLatin1Char('\n');
    };
    row("orders_delimiter_mix.csv", "orders", "3: the fields are separated by ',' while the header uses ';'");
    row("orders_header_mixed.csv", "orders", "1: the header mixes ';' and ',' between its fields");
    row("orders_bad_date.csv", "orders", "3: issued: \"2024-02-30\" is not a date (YYYY-MM-DD or DD/MM/YYYY)");
    row("orders_bad_date_french.csv", "orders", "3: issued: \"31/04/2024\" is not a date (YYYY-MM-DD or DD/MM/YYYY)");
    row("orders_bad_header.csv", "orders", "1: column 4 of the header is \"ministry\" where \"beneficiary\" is expected");
    row("orders_bad_status.csv", "orders",
        "3: status: \"sent\" is not a status (draft, issued, done, invoiced, paid, cancelled)");
    row("orders_date_beyond_status.csv", "orders", "3: paid: a date is given but the status is issued");
    row("orders_decimal_mix.csv", "orders", "3: \"2.5\" has a decimal point while line 2 has a decimal comma");
    row("orders_duplicate_order.csv", "orders",
        "4: order BC-1 is already at line 2 with another lot, beneficiary, status or date");
    row("orders_empty_order_number.csv", "orders", "3: order: the order number is missing");
    row("orders_field_count.csv", "orders", "3: 11 fields instead of 12");
    row("orders_header_only.csv", "orders", "1: the file has no order line");
    row("orders_missing_step_date.csv", "orders", "3: service_done: the date is missing for status done");
    row("orders_negative_quantity.csv", "orders", "3: quantity: \"-2\" is not greater than zero");
    row("orders_no_schedule_price.csv", "orders", "3: unit_price_ht: empty, and work unit AUDIT has no price on 2023-06-01");
    row("orders_not_utf8.csv", "orders", "3: the text is not UTF-8");
    row("orders_over_ceiling.csv", "orders",
        "3: order BC-2 takes its lot past its maximum of 100000.00 (ordered with this file: 101000.00)");
    row("orders_step_before_issue.csv", "orders",
        "3: Order BC-2 cannot be at \"Service done\" on 2024-02-01, before it was at \"Issued\" on 2024-03-01.");
    row("orders_three_decimals.csv", "orders", "3: unit_price_ht: \"1000,125\" has more than 2 decimals");
    row("orders_unclosed_quote.csv", "orders", "3: a quoted field is not closed");
    row("orders_unknown_beneficiary.csv", "orders", "3: beneficiary: \"DINUM\" is not a beneficiary of this database");
    row("orders_unknown_contract.csv", "orders", "2: contract: \"NOPE-2024\" is not a contract of this database");
    row("orders_unknown_lot.csv", "orders", "3: lot: contract TEST-2024 has no lot 7");
    row("orders_unknown_work_unit.csv", "orders", "3: work_unit: lot 2 has no work unit \"DEV\"");
    row("contract_amount_number.json", "contract", "3: max_ht: amounts are decimal strings in quotes, not numbers");
    row("contract_amount_three_decimals.json", "contract", "13: work unit: price_ht: \"800.005\" has more than 2 decimals");
    row("contract_bad_role.json", "contract",
        "7: holder: role: \"partner\" is not a role (lead, co-contractor, subcontractor)");
    row("contract_bad_siret.json", "contract",
        "6: holder: siret: \"44171939100002\" is not a valid SIRET (14 digits, checksum)");
    row("contract_bad_start.json", "contract", "2: start: \"01/01/2024\" is not a date (YYYY-MM-DD)");
    row("contract_duplicate_lot.json", "contract", "14: lots: lot 1 appears twice");
    row("contract_duplicate_price.json", "contract", "11: work unit AUDIT: two prices from 2024-01-01");
    row("contract_lot_max_zero.json", "contract", "5: max_ht: the maximum of a lot must be more than 0");
    row("contract_bidi_holder.json", "contract", "6: holder: name: the text holds the bidirectional control character U+202E");
    row("contract_title_too_long.json", "contract", "14: lot: title: the text is longer than 1,000 characters");
    row("contract_lot_min_above_max.json", "contract", "5: min_ht: the minimum is above the maximum");
    row("contract_not_object.json", "contract", "1: a contract definition is a JSON object");
    row("contract_truncated.json", "contract", "5: the text ends inside a string");
    row("contract_unknown_key.json", "contract", "2: unknown key \"monthz\"");
    row("contract_unknown_parent.json", "contract",
        "18: beneficiary DGFIP: parent \"MINEFI\" is neither in the file nor in the database");
    row("syntec_bad_month.csv", "syntec", "3: \"2020-13\" is not a month");
    row("syntec_not_numeric.csv", "syntec", "3: value: \"n/a\" is not an index value with at most one decimal");
    row("syntec_duplicate_month.csv", "syntec", "4: 2020-01 (old series) is already at line 2 with the value 270.1");
    row("syntec_truncated.csv", "syntec", "3: a quoted field is not closed");
    row("syntec_decimal_comma.csv", "syntec", "3: 7 fields instead of 6");
}

void ImportTest::malformed()
{
    QFETCH(QString, kind);
    QFETCH(QString, file);
    QFETCH(QString, expected);
    // Orders need the fixture's contract; a contract definition goes to an empty database.
    const QString db = copyOf(kind == QLatin1String("orders") ? m_fixture : m_empty, QStringLiteral("malformed.sqlite"));
    const QByteArray before = fileHash(db);
    const Run run = PlafondTest::runPlafondIn({QStringLiteral("import"), kind, file, QStringLiteral("--db"), db}, dataDir);
    QCOMPARE(QString::fromUtf8(run.err), expected);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(fileHash(db), before);
}

void ImportTest::exportThenImportKeepsTotals()
{
    // The demo's orders, exported, then imported into a copy of the demo whose orders were all removed.
    const QString demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(PlafondTest::runPlafondIn({QStringLiteral("demo"), QStringLiteral("--db"), demo}, m_dir.path()).exitCode, 0);
    const QString csv = m_dir.filePath(QStringLiteral("demo-orders.csv"));
    QCOMPARE(PlafondTest::runPlafondIn({QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("--db"), demo,
                      QStringLiteral("--out"), csv},
                     m_dir.path())
                 .exitCode,
             0);
    const QString emptied = copyOf(demo, QStringLiteral("demo-emptied.sqlite"));
    {
        Database database;
        QVERIFY(database.open(emptied, Database::OpenMode::MustExist));
        Stores stores(database);
        const QList<OrderRow> rows = stores.orders.orderRows().value();
        QVERIFY(rows.size() > 300);
        TransactionGuard guard(database);
        for (const OrderRow &row : rows)
            PLAFOND_VERIFY_OK(stores.orders.removeOrder(row.id));
        QVERIFY(guard.commit());
    }
    const Run import = PlafondTest::runPlafondIn({QStringLiteral("import"), QStringLiteral("orders"), csv, QStringLiteral("--db"), emptied},
                               m_dir.path());
    QCOMPARE(import.err, QByteArray());
    QCOMPARE(import.exitCode, 0);
    for (const QString &asOf : {QStringLiteral("2016-06-30"), QStringLiteral("2024-06-30"), QStringLiteral("2026-01-01")}) {
        const QStringList summary{QStringLiteral("summary"), QStringLiteral("--as-of"), asOf, QStringLiteral("--db")};
        const Run original = PlafondTest::runPlafondIn(summary + QStringList{demo}, m_dir.path());
        const Run imported = PlafondTest::runPlafondIn(summary + QStringList{emptied}, m_dir.path());
        QCOMPARE(original.exitCode, 0);
        QVERIFY(original.out.contains("ordered_ht_cents"));
        QCOMPARE(imported.out, original.out);
    }
}

QTEST_GUILESS_MAIN(ImportTest)
#include "tst_import.moc"
