// SPDX-License-Identifier: GPL-3.0-or-later
// The same application on a real PostgreSQL server: a throwaway cluster is created with initdb in a
// temporary folder and started on the loopback interface for the duration of the test (never a mock). The
// demo is written to it and to a SQLite file, and every headless command must give byte-identical output on
// both; the storage rules (migrations, optimistic locking, all-or-nothing imports) are checked on it too.
//
// The server binaries come from Debian's postgresql package. When they are missing the test is skipped,
// except under CI (CI=true), where a skipped server test would hide a regression: it fails instead.
#include "plafondprocess.h"
#include "storecheck.h"

#include "domain/entities.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Plafond;
using PlafondTest::Run;
using PlafondTest::runPlafond;

namespace {

QString serverBinDir()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : versions) {
        const QString bin = root.filePath(version + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")) && QFile::exists(bin + QStringLiteral("/pg_ctl")))
            return bin;
    }
    return QString();
}

} // namespace

class PostgresTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void demoGivesTheSameSummaryAsSqlite();
    void demoGivesTheSameReportFiguresAsSqlite();
    void concurrentEditIsRefused();
    void failedImportWritesNothing();
    void importThenExportAsOnSqlite();
    void concurrentImportsKeepTheCeiling();

private:
    // Runs a server binary, as the postgres user when we are root (initdb refuses root).
    bool runServerTool(const QString &tool, const QStringList &arguments, QByteArray *output = nullptr);
    QString createDatabase(const QString &name); // its URL, or empty on failure
    QString sqliteDemo();

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_data;
    int m_port = 0;
    bool m_started = false;
    QString m_sqliteDemo;
};

bool PostgresTest::runServerTool(const QString &tool, const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString program = m_bin + QLatin1Char('/') + tool;
    if (geteuid() == 0)
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return false;
    const QByteArray text = process.readAll();
    if (output)
        *output = text;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(tool), text.constData());
        return false;
    }
    return true;
}

void PostgresTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_bin = serverBinDir();
    if (m_bin.isEmpty()) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("No PostgreSQL server binaries under /usr/lib/postgresql: install Debian's postgresql package");
        QSKIP("No PostgreSQL server binaries under /usr/lib/postgresql");
    }
    // The cluster lives in the temporary folder; as root it must belong to the postgres user.
    m_data = m_dir.filePath(QStringLiteral("cluster"));
    QVERIFY(QDir().mkpath(m_data));
    if (geteuid() == 0) {
        QProcess chown;
        chown.start(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:"), m_dir.path()});
        QVERIFY(chown.waitForFinished() && chown.exitCode() == 0);
        QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ExeOther | QFile::ReadOther);
    }
    QVERIFY(runServerTool(QStringLiteral("initdb"), {QStringLiteral("-D"), m_data, QStringLiteral("-U"), QStringLiteral("plafond"),
                                                     QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
                                                     QStringLiteral("UTF8"), QStringLiteral("--no-sync"),
                                                     QStringLiteral("--locale=C")}));
    // A port of our own, tried until one is free (another test run may hold one).
    for (int attempt = 0; attempt < 10 && !m_started; ++attempt) {
        m_port = 40000 + (getpid() * 7 + attempt * 131) % 20000;
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -F").arg(QString::number(m_port), m_data);
        m_started = runServerTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_data, QStringLiteral("-o"), options,
                                                             QStringLiteral("-l"), m_data + QStringLiteral("/server.log"),
                                                             QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                                                             QStringLiteral("start")});
    }
    QVERIFY2(m_started, "the PostgreSQL server did not start");
}

void PostgresTest::cleanupTestCase()
{
    if (m_started)
        runServerTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"),
                                                 QStringLiteral("-w"), QStringLiteral("stop")});
}

QString PostgresTest::createDatabase(const QString &name)
{
    if (!runServerTool(QStringLiteral("createdb"), {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                                    QString::number(m_port), QStringLiteral("-U"), QStringLiteral("plafond"), name}))
        return QString();
    return QStringLiteral("postgresql://plafond@127.0.0.1:%1/%2").arg(QString::number(m_port), name);
}

QString PostgresTest::sqliteDemo()
{
    if (m_sqliteDemo.isEmpty()) {
        m_sqliteDemo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run run = runPlafond({QStringLiteral("demo"), QStringLiteral("--db"), m_sqliteDemo});
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
    }
    return m_sqliteDemo;
}

void PostgresTest::demoGivesTheSameSummaryAsSqlite()
{
    const QString url = createDatabase(QStringLiteral("demo_summary"));
    QVERIFY(!url.isEmpty());
    const Run demo = runPlafond({QStringLiteral("demo"), QStringLiteral("--db"), url});
    QCOMPARE(demo.err, QByteArray());
    QCOMPARE(demo.exitCode, 0);
    {
        Database database;
        QString error;
        QVERIFY2(database.open(url, Database::OpenMode::MustExist, &error), qPrintable(error));
        QCOMPARE(database.dialect(), Database::Dialect::PostgreSQL);
        QCOMPARE(database.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery count(database.connection());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM orders")) && count.next());
        QCOMPARE(count.value(0).toInt(), 334);
    }
    // Several dates: the start, mid-life, and after the end of both contracts; both formats.
    for (const QString &asOf : {QStringLiteral("2021-03-31"), QStringLiteral("2023-06-30"), QStringLiteral("2026-11-23")}) {
        for (const QString &format : {QStringLiteral("json"), QStringLiteral("csv")}) {
            const QStringList common{QStringLiteral("--as-of"), asOf, QStringLiteral("--format"), format};
            const Run server = runPlafond(QStringList{QStringLiteral("summary"), QStringLiteral("--db"), url} + common);
            const Run file = runPlafond(QStringList{QStringLiteral("summary"), QStringLiteral("--db"), sqliteDemo()} + common);
            QCOMPARE(server.err, QByteArray());
            QCOMPARE(server.exitCode, 0);
            QCOMPARE(file.exitCode, 0);
            QVERIFY(server.out.count('\n') > 1); // not an empty list
            QCOMPARE(server.out, file.out);
        }
    }
}

void PostgresTest::demoGivesTheSameReportFiguresAsSqlite()
{
    // The report's fingerprint is a hash of every figure it shows: equal fingerprints, equal figures.
    const QString url = createDatabase(QStringLiteral("demo_report"));
    QVERIFY(!url.isEmpty());
    QCOMPARE(runPlafond({QStringLiteral("demo"), QStringLiteral("--db"), url}).exitCode, 0);
    QByteArray fingerprints[2];
    const QString locations[2] = {url, sqliteDemo()};
    for (int i = 0; i < 2; ++i) {
        const QString pdf = m_dir.filePath(QStringLiteral("report%1.pdf").arg(i));
        const Run run = runPlafond({QStringLiteral("report"), QStringLiteral("--db"), locations[i], QStringLiteral("--contract"),
                                    QStringLiteral("ACIM-2012"), QStringLiteral("--as-of"), QStringLiteral("2024-12-31"),
                                    QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"), pdf});
        QCOMPARE(run.exitCode, 0);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QByteArray content = text.readAllStandardOutput();
        const QRegularExpressionMatch hash = QRegularExpression(QStringLiteral("[0-9a-f]{64}")).match(QString::fromUtf8(content));
        QVERIFY2(hash.hasMatch(), "no fingerprint in the report");
        fingerprints[i] = hash.captured().toLatin1();
    }
    QCOMPARE(fingerprints[0], fingerprints[1]);
}

void PostgresTest::concurrentEditIsRefused()
{
    const QString url = createDatabase(QStringLiteral("concurrent"));
    QVERIFY(!url.isEmpty());
    Database first;
    Database second;
    QString error;
    QVERIFY2(first.open(url, Database::OpenMode::CreateIfMissing, &error), qPrintable(error));
    QVERIFY2(second.open(url, Database::OpenMode::MustExist, &error), qPrintable(error));
    Stores one(first);
    Stores two(second);
    Beneficiary beneficiary;
    beneficiary.code = QStringLiteral("DINUM");
    beneficiary.name = QStringLiteral("Direction interministérielle du numérique");
    QVERIFY(one.catalogue.saveBeneficiary(beneficiary));
    QCOMPARE(beneficiary.rowVersion, 1);

    // Both read version 1; the first to write wins, the second is told and writes nothing.
    Beneficiary stale = beneficiary;
    beneficiary.name = QStringLiteral("DINUM (renamed by the first)");
    QVERIFY(one.catalogue.saveBeneficiary(beneficiary));
    QCOMPARE(beneficiary.rowVersion, 2);
    stale.name = QStringLiteral("DINUM (renamed by the second)");
    const Status refused = two.catalogue.saveBeneficiary(stale);
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(QStringLiteral("changed by someone else")), qPrintable(refused.message()));
    const QList<Beneficiary> stored = two.catalogue.beneficiaries().value();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().name, QStringLiteral("DINUM (renamed by the first)"));
}

void PostgresTest::failedImportWritesNothing()
{
    const QString url = createDatabase(QStringLiteral("failed_import"));
    QVERIFY(!url.isEmpty());
    QCOMPARE(runPlafond({QStringLiteral("demo"), QStringLiteral("--db"), url}).exitCode, 0);
    const QString source = QStringLiteral(PLAFOND_SOURCE_DIR "/tests/data/malformed/orders_unknown_lot.csv");
    const Run run = runPlafond({QStringLiteral("import"), QStringLiteral("orders"), source, QStringLiteral("--db"), url});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("orders_unknown_lot.csv:"));
    const QStringList summary{QStringLiteral("summary"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")};
    QCOMPARE(runPlafond(summary + QStringList{QStringLiteral("--db"), url}).out,
             runPlafond(summary + QStringList{QStringLiteral("--db"), sqliteDemo()}).out);
}

void PostgresTest::importThenExportAsOnSqlite()
{
    // The contract definition and the orders of tests/data/import, imported into an empty server database
    // and into an empty file, give the same export and the same summary.
    const QString url = createDatabase(QStringLiteral("imports"));
    QVERIFY(!url.isEmpty());
    const QString file = m_dir.filePath(QStringLiteral("imports.sqlite"));
    const QString data = QStringLiteral(PLAFOND_SOURCE_DIR "/tests/data/import/");
    const QStringList contracts = QDir(data).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(!contracts.isEmpty());
    for (const QString &location : {url, file}) {
        for (const QString &contract : contracts) {
            const Run run = runPlafond({QStringLiteral("import"), QStringLiteral("contract"), data + contract,
                                        QStringLiteral("--db"), location});
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
        const Run orders = runPlafond({QStringLiteral("import"), QStringLiteral("orders"), data + QStringLiteral("orders_fr.csv"),
                                       QStringLiteral("--db"), location});
        QVERIFY2(orders.exitCode == 0, orders.err.constData());
    }
    const QStringList summary{QStringLiteral("summary"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")};
    const Run fromServer = runPlafond(summary + QStringList{QStringLiteral("--db"), url});
    QCOMPARE(fromServer.exitCode, 0);
    QCOMPARE(fromServer.out, runPlafond(summary + QStringList{QStringLiteral("--db"), file}).out);
    const QString out[2] = {m_dir.filePath(QStringLiteral("server.csv")), m_dir.filePath(QStringLiteral("file.csv"))};
    QCOMPARE(runPlafond({QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("--db"), url, QStringLiteral("--out"), out[0]}).exitCode, 0);
    QCOMPARE(runPlafond({QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("--db"), file, QStringLiteral("--out"), out[1]}).exitCode, 0);
    QFile a(out[0]);
    QFile b(out[1]);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray exported = a.readAll();
    QVERIFY(exported.count('\n') > 5);
    QCOMPARE(exported, b.readAll());
}

void PostgresTest::concurrentImportsKeepTheCeiling()
{
    // Lot 1 of TEST-2024 is capped at 100,000.00 and each file orders 60,000.00 on it. Two imports started
    // together: the second must see the first's orders once it holds the lot's lock, and be refused. Before the
    // check ran inside the transaction, both went through about 10 times out of 13.
    QByteArray header = "contract;lot;order;beneficiary;issued;work_unit;quantity;unit_price_ht;status;service_done;invoiced;paid\n";
    const QString files[2] = {m_dir.filePath(QStringLiteral("race-a.csv")), m_dir.filePath(QStringLiteral("race-b.csv"))};
    for (int i = 0; i < 2; ++i) {
        QFile file(files[i]);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(header + "TEST-2024;1;RACE-" + QByteArray::number(i) + ";MEF;2024-03-01;AUDIT;60;1000.00;issued;;;\n");
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
        const QString url = createDatabase(QStringLiteral("race_%1").arg(attempt));
        QVERIFY(!url.isEmpty());
        const Run contract = runPlafond({QStringLiteral("import"), QStringLiteral("contract"),
                                         QStringLiteral(PLAFOND_SOURCE_DIR "/tests/data/import/contract.json"),
                                         QStringLiteral("--db"), url});
        QVERIFY2(contract.exitCode == 0, contract.err.constData());
        QProcess imports[2];
        for (int i = 0; i < 2; ++i)
            PlafondTest::startPlafond(imports[i], {QStringLiteral("import"), QStringLiteral("orders"), files[i],
                                                   QStringLiteral("--db"), url});
        int passed = 0;
        for (QProcess &import : imports) {
            QVERIFY(import.waitForFinished(60000));
            if (import.exitStatus() == QProcess::NormalExit && import.exitCode() == 0) {
                ++passed;
                continue;
            }
            const QByteArray err = import.readAllStandardError();
            QVERIFY2(err.contains(":2: order RACE-") && err.contains("takes its lot past its maximum of 100000.00"), err.constData());
        }
        QCOMPARE(passed, 1);
        Database database;
        QVERIFY(database.open(url, Database::OpenMode::ReadOnly));
        Stores stores(database);
        const auto stored = stores.contracts.contractByReference(QStringLiteral("TEST-2024"));
        QVERIFY(stored);
        const QList<Lot> lots = stores.contracts.lots(stored->id).value();
        QCOMPARE(stores.orders.orderedOnLot(lots.first().id, 0).valueOr(Money()).cents(), qint64(6'000'000));
    }
}

QTEST_GUILESS_MAIN(PostgresTest)
#include "tst_postgres.moc"
