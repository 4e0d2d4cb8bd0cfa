// SPDX-License-Identifier: GPL-3.0-or-later
// Data safety, seen from outside as a careful or a hostile user would try it: an output that would replace
// the database, failed writes, passwords in messages, a database another Plafond is writing, reads that must
// not write, killed builds, oversized and hidden characters, and what is blamed when something fails.
#include "filehash.h"
#include "plafondprocess.h"

#include "storage/database.h"
#include "storage/stores.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Plafond;
using PlafondTest::fileHash;
using PlafondTest::Run;

class DataSafetyTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void outputThatIsTheDatabaseIsRefused_data();
    void outputThatIsTheDatabaseIsRefused();
    void failedOutputWriteIsReported();
    void passwordIsNeverPrinted();
    void lockedDatabaseSaysBusy();
    void readerKeepsWorkingWhileAnImportWrites();
    void secondImportWaitsForTheFirst();
    void concurrentImportsKeepTheCeiling();
    void readsDoNotWrite();
    void importMigratesAndSaysSo();
    void killedGenerateLeavesNothing();
    void killedDemoLeavesNothingHalfMade();
    void newDatabaseHasTheUsualPermissions();
    void oversizedAndHiddenCharacters_data();
    void oversizedAndHiddenCharacters();
    void databasePathErrors_data();
    void databasePathErrors();
    void pdfKeepsLongAndRightToLeftNamesOnThePage();
    void fullDiskDuringImportAndReport();

private:
    Run run(const QStringList &arguments, const QProcessEnvironment &extra = QProcessEnvironment());
    // The same environment, not waited for.
    void start(QProcess &process, const QStringList &arguments);
    QString copyOfFixture(const QString &name);
    QString writeFile(const QString &name, const QByteArray &bytes);
    qint64 orderedOnLot1(const QString &path);

    QTemporaryDir m_dir;
    QString m_fixture; // the contract of tests/data/import/contract.json, no order
};

Run DataSafetyTest::run(const QStringList &arguments, const QProcessEnvironment &extra)
{
    QProcessEnvironment environment = PlafondTest::plafondEnvironment(m_dir.path());
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    return PlafondTest::runPlafond(arguments, environment);
}

void DataSafetyTest::start(QProcess &process, const QStringList &arguments)
{
    PlafondTest::startPlafond(process, arguments, PlafondTest::plafondEnvironment(m_dir.path()));
}

QString DataSafetyTest::copyOfFixture(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_fixture, path) ? path : QString();
}

QString DataSafetyTest::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

qint64 DataSafetyTest::orderedOnLot1(const QString &path)
{
    Database database;
    if (!database.open(path, Database::OpenMode::ReadOnly))
        return -1;
    Stores stores(database);
    const auto contract = stores.contracts.contractByReference(QStringLiteral("TEST-2024"));
    if (!contract)
        return -1;
    for (const Lot &lot : stores.contracts.lots(contract->id)) {
        if (lot.number == 1)
            return stores.orders.orderedOnLot(lot.id, 0).valueOr(Money::fromCents(-100)).cents();
    }
    return -1;
}

void DataSafetyTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixture = m_dir.filePath(QStringLiteral("fixture.plafond"));
    const Run imported = run({QStringLiteral("import"), QStringLiteral("contract"),
                              QStringLiteral(PLAFOND_SOURCE_DIR "/tests/data/import/contract.json"), QStringLiteral("--db"),
                              m_fixture});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
}

void DataSafetyTest::outputThatIsTheDatabaseIsRefused_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("out"); // %1: the database
    QTest::newRow("export-over-database") << QStringList{QStringLiteral("export"), QStringLiteral("orders")} << QStringLiteral("%1");
    QTest::newRow("report-over-database") << QStringList{QStringLiteral("report"), QStringLiteral("--all")} << QStringLiteral("%1");
    QTest::newRow("export-over-journal") << QStringList{QStringLiteral("export"), QStringLiteral("orders")}
                                         << QStringLiteral("%1-wal");
    QTest::newRow("report-over-rollback-journal") << QStringList{QStringLiteral("report"), QStringLiteral("--all")}
                                                  << QStringLiteral("%1-journal");
    QTest::newRow("export-through-dot-dot") << QStringList{QStringLiteral("export"), QStringLiteral("decp"),
                                                           QStringLiteral("--contract"), QStringLiteral("TEST-2024")}
                                            << QStringLiteral("sub/../%1");
    QTest::newRow("report-through-a-link") << QStringList{QStringLiteral("report"), QStringLiteral("--all")}
                                           << QStringLiteral("link");
}

void DataSafetyTest::outputThatIsTheDatabaseIsRefused()
{
    QFETCH(QStringList, command);
    QFETCH(QString, out);
    const QString database = copyOfFixture(QStringLiteral("victim.plafond"));
    QVERIFY(!database.isEmpty());
    QDir(m_dir.path()).mkpath(QStringLiteral("sub"));
    QFile::remove(m_dir.filePath(QStringLiteral("link")));
    QVERIFY(QFile::link(database, m_dir.filePath(QStringLiteral("link"))));
    const QString target = out == QLatin1String("link") ? m_dir.filePath(QStringLiteral("link"))
                                                        : m_dir.filePath(QString(out).arg(QStringLiteral("victim.plafond")));
    const QByteArray before = fileHash(database);
    const Run result = run(command + QStringList{QStringLiteral("--db"), database, QStringLiteral("--out"), target});
    QCOMPARE(QString::fromUtf8(result.err),
             QStringLiteral("--out: %1 is the database (or its journal); choose another file\n").arg(target));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(fileHash(database), before);
}

void DataSafetyTest::failedOutputWriteIsReported()
{
    // A device whose every write fails with "no space left". As root, our own node of it in the test folder,
    // so that a regression (a rename over the target) could only replace that node, never the system's.
    QString full = QStringLiteral("/dev/full");
    if (geteuid() == 0) {
        full = m_dir.filePath(QStringLiteral("full"));
        QVERIFY2(::mknod(QFile::encodeName(full).constData(), S_IFCHR | 0666, makedev(1, 7)) == 0, "mknod failed");
    } else if (!QFileInfo::exists(full)) {
        QSKIP("no /dev/full on this system");
    }
    for (const QStringList &command : {QStringList{QStringLiteral("export"), QStringLiteral("orders")},
                                       QStringList{QStringLiteral("report"), QStringLiteral("--all")}}) {
        const Run result = run(command + QStringList{QStringLiteral("--db"), m_fixture, QStringLiteral("--out"), full});
        QCOMPARE(QString::fromUtf8(result.err), QStringLiteral("%1: cannot write the file: No space left on device\n").arg(full));
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.out, QByteArray());
        // The device is still the device: nothing was renamed over it.
        QVERIFY(!QFileInfo(full).isFile());
    }
}

void DataSafetyTest::passwordIsNeverPrinted()
{
    // Nothing listens on port 1 of the loopback: the connection fails, and says so without the password.
    const QString url = QStringLiteral("postgresql://alice:s3cr3t-pw@127.0.0.1:1/plafond");
    for (const QStringList &command : {QStringList{QStringLiteral("summary")}, QStringList{QStringLiteral("demo")},
                                       QStringList{QStringLiteral("import"), QStringLiteral("orders"),
                                                   QStringLiteral(PLAFOND_SOURCE_DIR "/tests/data/import/orders_fr.csv")}}) {
        const Run result = run(command + QStringList{QStringLiteral("--db"), url});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.startsWith("Cannot connect to postgresql://alice@127.0.0.1:1/plafond: "), result.err.constData());
        QVERIFY2(!result.err.contains("s3cr3t") && !result.out.contains("s3cr3t"), result.err.constData());
    }
    QCOMPARE(Database::displayLocation(url), QStringLiteral("postgresql://alice@127.0.0.1:1/plafond"));
    QCOMPARE(Database::displayLocation(QStringLiteral("/tmp/a:b@c.plafond")), QStringLiteral("/tmp/a:b@c.plafond"));
}

void DataSafetyTest::lockedDatabaseSaysBusy()
{
    // Another Plafond holds the write lock (an import in progress): the import waits for the busy timeout,
    // then says the database is busy, exit 1; it is neither "not a Plafond database" nor blamed on a line.
    const QString path = copyOfFixture(QStringLiteral("locked.plafond"));
    Database holder;
    QVERIFY(holder.open(path, Database::OpenMode::MustExist));
    TransactionGuard writing(holder);
    QVERIFY(writing.isActive());
    QSqlQuery write(holder.connection());
    QVERIFY2(write.exec(QStringLiteral("UPDATE contracts SET title = 'being written'")), qPrintable(write.lastError().text()));
    QProcessEnvironment quick;
    quick.insert(QStringLiteral("PLAFOND_BUSY_TIMEOUT_MS"), QStringLiteral("300"));
    const QString csv = writeFile(QStringLiteral("one-order.csv"),
                                  "contract;lot;order;beneficiary;issued;work_unit;quantity;unit_price_ht;status;service_done;invoiced;paid\n"
                                  "TEST-2024;1;BC-9;MEF;2024-03-01;AUDIT;2;1000.00;issued;;;\n");
    const Run result = run({QStringLiteral("import"), QStringLiteral("orders"), csv, QStringLiteral("--db"), path}, quick);
    QCOMPARE(QString::fromUtf8(result.err), QStringLiteral("The database is busy (another Plafond is writing); try again.\n"));
    QCOMPARE(result.exitCode, 1);
    writing.commit();
    QCOMPARE(orderedOnLot1(path), 0);
}

void DataSafetyTest::readerKeepsWorkingWhileAnImportWrites()
{
    const QString path = copyOfFixture(QStringLiteral("reader.plafond"));
    const Run expected = run({QStringLiteral("summary"), QStringLiteral("--db"), path, QStringLiteral("--as-of"),
                              QStringLiteral("2025-01-01")});
    QCOMPARE(expected.exitCode, 0);
    Database holder;
    QVERIFY(holder.open(path, Database::OpenMode::MustExist));
    TransactionGuard writing(holder);
    QVERIFY(writing.isActive());
    QSqlQuery write(holder.connection());
    QVERIFY(write.exec(QStringLiteral("UPDATE contracts SET title = 'being written'")));
    QProcessEnvironment quick;
    quick.insert(QStringLiteral("PLAFOND_BUSY_TIMEOUT_MS"), QStringLiteral("300"));
    // The write-ahead log: a reader sees the last committed state, without waiting.
    const Run during = run({QStringLiteral("summary"), QStringLiteral("--db"), path, QStringLiteral("--as-of"),
                            QStringLiteral("2025-01-01")},
                           quick);
    QCOMPARE(during.err, QByteArray());
    QCOMPARE(during.exitCode, 0);
    QCOMPARE(during.out, expected.out);
    writing.commit();
}

void DataSafetyTest::secondImportWaitsForTheFirst()
{
    // A write in progress for half a second: an import started meanwhile waits for it (busy timeout),
    // then goes through; neither write is lost.
    const QString path = copyOfFixture(QStringLiteral("waits.plafond"));
    Database holder;
    QVERIFY(holder.open(path, Database::OpenMode::MustExist));
    auto writing = std::make_unique<TransactionGuard>(holder);
    QVERIFY(writing->isActive());
    QSqlQuery write(holder.connection());
    QVERIFY(write.exec(QStringLiteral("UPDATE contracts SET title = 'written first'")));
    QProcess import;
    start(import, {QStringLiteral("import"), QStringLiteral("orders"),
                   QStringLiteral(PLAFOND_SOURCE_DIR "/tests/data/import/orders_fr.csv"), QStringLiteral("--db"), path});
    QVERIFY(import.waitForStarted());
    QTest::qWait(500);
    QCOMPARE(import.state(), QProcess::Running); // still waiting for the lock
    QVERIFY(writing->commit());
    writing.reset();
    const Run result = PlafondTest::finished(import, 60000);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    Database check;
    QVERIFY(check.open(path, Database::OpenMode::ReadOnly));
    Stores stores(check);
    QCOMPARE(stores.contracts.contractByReference(QStringLiteral("TEST-2024"))->title, QStringLiteral("written first"));
    QVERIFY(orderedOnLot1(path) > 0);
}

void DataSafetyTest::concurrentImportsKeepTheCeiling()
{
    // Lot 1 of TEST-2024 is capped at 100,000.00; each file orders 60,000.00 on it. Started together, at most
    // one may go through, whichever order they run in; the other is refused with its line.
    QByteArray a = "contract;lot;order;beneficiary;issued;work_unit;quantity;unit_price_ht;status;service_done;invoiced;paid\n";
    QByteArray b = a;
    a += "TEST-2024;1;RACE-A;MEF;2024-03-01;AUDIT;60;1000.00;issued;;;\n";
    b += "TEST-2024;1;RACE-B;MEF;2024-03-01;AUDIT;60;1000.00;issued;;;\n";
    const QString fileA = writeFile(QStringLiteral("race-a.csv"), a);
    const QString fileB = writeFile(QStringLiteral("race-b.csv"), b);
    for (int attempt = 0; attempt < 5; ++attempt) {
        const QString path = copyOfFixture(QStringLiteral("race%1.plafond").arg(attempt));
        QProcess first;
        QProcess second;
        start(first, {QStringLiteral("import"), QStringLiteral("orders"), fileA, QStringLiteral("--db"), path});
        start(second, {QStringLiteral("import"), QStringLiteral("orders"), fileB, QStringLiteral("--db"), path});
        const Run results[2] = {PlafondTest::finished(first, 60000), PlafondTest::finished(second, 60000)};
        int passed = 0;
        for (const Run &result : results) {
            if (result.exitCode == 0) {
                ++passed;
                continue;
            }
            QVERIFY2(result.err.contains(":2: order RACE-") && result.err.contains("takes its lot past its maximum of 100000.00"),
                     result.err.constData());
        }
        QCOMPARE(passed, 1);
        QCOMPARE(orderedOnLot1(path), qint64(6'000'000));
    }
}

void DataSafetyTest::readsDoNotWrite()
{
    // An older schema: summary, export and report refuse it, untouched, without a backup copy.
    const QString older = m_dir.filePath(QStringLiteral("older.plafond"));
    {
        Database database;
        QString error;
        QVERIFY2(database.createAtVersion(older, 5, &error), qPrintable(error));
    }
    const QByteArray before = fileHash(older);
    const QString message = QStringLiteral("%1 has schema version 5, older than this Plafond's %2: open it for writing once"
                                           " (in the window, or with an import) to migrate it.\n")
                                .arg(older, QString::number(Database::latestSchemaVersion()));
    const QString out = m_dir.filePath(QStringLiteral("never-written.out"));
    for (const QStringList &command :
         {QStringList{QStringLiteral("summary")}, QStringList{QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("--out"), out},
          QStringList{QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("--out"), out}}) {
        const Run result = run(command + QStringList{QStringLiteral("--db"), older});
        QCOMPARE(QString::fromUtf8(result.err), message);
        QCOMPARE(result.exitCode, 1);
    }
    QCOMPARE(fileHash(older), before);
    QVERIFY(!QFileInfo::exists(older + QStringLiteral(".v5.bak")));
    QVERIFY(!QFileInfo::exists(out));
    // An empty file stays empty: no schema is written into it by a read.
    const QString empty = writeFile(QStringLiteral("empty.plafond"), QByteArray());
    const Run summary = run({QStringLiteral("summary"), QStringLiteral("--db"), empty});
    QCOMPARE(QString::fromUtf8(summary.err), QStringLiteral("%1 is not a Plafond database (the file is empty).\n").arg(empty));
    QCOMPARE(summary.exitCode, 1);
    QCOMPARE(QFileInfo(empty).size(), 0);
    // A dry run is a read too.
    const Run dry = run({QStringLiteral("import"), QStringLiteral("orders"),
                         QStringLiteral(PLAFOND_SOURCE_DIR "/tests/data/import/orders_fr.csv"), QStringLiteral("--db"), older,
                         QStringLiteral("--dry-run")});
    QCOMPARE(QString::fromUtf8(dry.err), message);
    QCOMPARE(fileHash(older), before);
}

void DataSafetyTest::importMigratesAndSaysSo()
{
    const QString older = m_dir.filePath(QStringLiteral("migrated.plafond"));
    {
        Database database;
        QVERIFY(database.createAtVersion(older, 5));
    }
    const Run result = run({QStringLiteral("import"), QStringLiteral("contract"),
                            QStringLiteral(PLAFOND_SOURCE_DIR "/tests/data/import/contract.json"), QStringLiteral("--db"), older});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QString::fromUtf8(result.err),
             QStringLiteral("Migrated %1 from schema version 5 to %2; the previous file is kept as %1.v5.bak.\n")
                 .arg(older, QString::number(Database::latestSchemaVersion())));
    QVERIFY(QFileInfo::exists(older + QStringLiteral(".v5.bak")));
    QCOMPARE(run({QStringLiteral("summary"), QStringLiteral("--db"), older}).exitCode, 0);
}

void DataSafetyTest::killedGenerateLeavesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("killed-generate.plafond"));
    QProcess generate;
    start(generate, {QStringLiteral("generate"), QStringLiteral("--db"), path, QStringLiteral("--scale"), QStringLiteral("3")});
    QVERIFY(generate.waitForStarted());
    // Killed once the first contract is prepared: nothing is committed yet, and the message says so.
    QByteArray err;
    for (int i = 0; i < 600 && !err.contains("Contract 1 of 3 prepared"); ++i) {
        generate.waitForReadyRead(100);
        err += generate.readAllStandardError();
    }
    QVERIFY2(err.contains("Contract 1 of 3 prepared\n"), err.constData());
    QCOMPARE(generate.state(), QProcess::Running);
    generate.kill(); // SIGKILL
    QVERIFY(generate.waitForFinished(10000));
    QVERIFY(!QFileInfo::exists(path));
    // The next run is not refused by a leftover.
    const Run again = run({QStringLiteral("generate"), QStringLiteral("--db"), path, QStringLiteral("--scale"), QStringLiteral("1")});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(again.err, QByteArray("Contract 1 of 1 prepared\n"));
}

void DataSafetyTest::killedDemoLeavesNothingHalfMade()
{
    // Killed at several moments of its build: either no file at all, or the whole demo.
    for (int delay : {50, 150, 300, 600}) {
        const QString path = m_dir.filePath(QStringLiteral("killed-demo-%1.plafond").arg(delay));
        QProcess demo;
        start(demo, {QStringLiteral("demo"), QStringLiteral("--db"), path});
        QVERIFY(demo.waitForStarted());
        QTest::qWait(delay);
        demo.kill(); // SIGKILL
        demo.waitForFinished(10000);
        if (!QFileInfo::exists(path))
            continue;
        const Run summary = run({QStringLiteral("summary"), QStringLiteral("--db"), path});
        QCOMPARE(summary.exitCode, 0);
        QVERIFY(summary.out.contains("\"ACIM-2012\"") && summary.out.contains("\"MEF-ELL-2020\""));
    }
}

void DataSafetyTest::newDatabaseHasTheUsualPermissions()
{
    // Built under a temporary name, the demo still gets what any new file of the user gets (not 0600).
    const QString plain = writeFile(QStringLiteral("plain.txt"), "x");
    const QString demo = m_dir.filePath(QStringLiteral("permissions.plafond"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), demo}).exitCode, 0);
    QCOMPARE(QFileInfo(demo).permissions(), QFileInfo(plain).permissions());
    QVERIFY(QFileInfo(demo).permissions().testFlag(QFileDevice::ReadOther)
            == QFileInfo(plain).permissions().testFlag(QFileDevice::ReadOther));
}

void DataSafetyTest::oversizedAndHiddenCharacters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // %1: the file
    const QByteArray header = "contract;lot;order;beneficiary;issued;work_unit;quantity;unit_price_ht;status;service_done;invoiced;paid\n";
    QTest::newRow("50-MB-line-of-separators") << header + QByteArray(50 * 1024 * 1024, ';') + '\n'
                                              << QStringLiteral("%1:2: the record has more than 100 fields\n");
    QTest::newRow("no-newline-52-MB") << QByteArray(52 * 1024 * 1024, 'x')
                                      << QStringLiteral("%1:1: the text is longer than 1,000 characters\n");
    QTest::newRow("order-number-too-long")
        << header + "TEST-2024;1;" + QByteArray(1001, '7') + ";MEF;2024-03-01;AUDIT;1;;issued;;;\n"
        << QStringLiteral("%1:2: the text is longer than 1,000 characters\n");
    QTest::newRow("right-to-left-override")
        << header + "TEST-2024;1;BC-\xE2\x80\xAE" "fdp.exe;MEF;2024-03-01;AUDIT;1;;issued;;;\n"
        << QStringLiteral("%1:2: the text holds the bidirectional control character U+202E\n");
    QTest::newRow("nul-byte") << header + "TEST-2024;1;BC-" + '\0' + ";MEF;2024-03-01;AUDIT;1;;issued;;;\n"
                              << QStringLiteral("%1:2: the text holds a NUL character\n");
    QTest::newRow("quoted-field-never-closed") << header + "TEST-2024;1;\"BC-1" + QByteArray(5000, 'y') + "\n"
                                               << QStringLiteral("%1:2: the text is longer than 1,000 characters\n");
}

void DataSafetyTest::oversizedAndHiddenCharacters()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString csv = writeFile(QStringLiteral("hostile.csv"), bytes);
    const QString path = copyOfFixture(QStringLiteral("hostile.plafond"));
    const QByteArray before = fileHash(path);
    const Run result = run({QStringLiteral("import"), QStringLiteral("orders"), csv, QStringLiteral("--db"), path});
    QCOMPARE(QString::fromUtf8(result.err), expected.arg(csv));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(fileHash(path), before);
}

void DataSafetyTest::databasePathErrors_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("db"); // %1: the test folder
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("exitCode");
    const QStringList import{QStringLiteral("import"), QStringLiteral("contract"),
                             QStringLiteral(PLAFOND_SOURCE_DIR "/tests/data/import/contract.json")};
    QTest::newRow("summary-on-a-folder") << QStringList{QStringLiteral("summary")} << QStringLiteral("%1")
                                         << QStringLiteral("%1 is a folder, not a database file.\n") << 1;
    QTest::newRow("import-into-a-folder") << import << QStringLiteral("%1") << QStringLiteral("%1 is a folder, not a database file.\n") << 1;
    QTest::newRow("import-into-a-missing-folder")
        << import << QStringLiteral("%1/nowhere/new.plafond")
        << QStringLiteral("%1/nowhere/new.plafond: the folder %1/nowhere does not exist\n") << 1;
    QTest::newRow("demo-into-a-missing-folder") << QStringList{QStringLiteral("demo")} << QStringLiteral("%1/nowhere/demo.plafond")
                                                << QStringLiteral("%1/nowhere/demo.plafond: the folder %1/nowhere does not exist\n") << 1;
    QTest::newRow("summary-of-a-text-file") << QStringList{QStringLiteral("summary")} << QStringLiteral("%1/notes.txt")
                                            << QStringLiteral("%1/notes.txt is not a Plafond database.\n") << 1;
    QTest::newRow("summary-of-another-sqlite-file") << QStringList{QStringLiteral("summary")} << QStringLiteral("%1/other.sqlite")
                                                    << QStringLiteral("%1/other.sqlite is not a Plafond database.\n") << 1;
}

void DataSafetyTest::databasePathErrors()
{
    QFETCH(QStringList, command);
    QFETCH(QString, db);
    QFETCH(QString, expected);
    QFETCH(int, exitCode);
    writeFile(QStringLiteral("notes.txt"), "not a database\n");
    {
        Database other;
        other.close();
        QSqlDatabase sqlite = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        sqlite.setDatabaseName(m_dir.filePath(QStringLiteral("other.sqlite")));
        QVERIFY(sqlite.open());
        QSqlQuery(sqlite).exec(QStringLiteral("CREATE TABLE IF NOT EXISTS songs (id INTEGER PRIMARY KEY, title TEXT)"));
        sqlite.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QString location = QString(db).arg(m_dir.path());
    const QStringList before = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    const QByteArray hash = QFileInfo(location).isFile() ? fileHash(location) : QByteArray();
    const Run result = run(command + QStringList{QStringLiteral("--db"), location});
    QCOMPARE(QString::fromUtf8(result.err), QString(expected).arg(m_dir.path()));
    QCOMPARE(result.exitCode, exitCode);
    // Nothing created where it should not be, nothing changed.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
    if (!hash.isEmpty())
        QCOMPARE(fileHash(location), hash);
}

void DataSafetyTest::pdfKeepsLongAndRightToLeftNamesOnThePage()
{
    // A beneficiary named with 300 characters and no space, one in Arabic with combining marks, one in Hebrew:
    // every word pdftotext finds lies on the A4 page (595 × 842 points), none runs off it.
    const QString longName = QStringLiteral("Direction") + QString(300, QLatin1Char('X'));
    const QString arabic = QStringLiteral("وزارة الاقتصاد والمالية") + QChar(0x0651) + QChar(0x064B);
    const QString hebrew = QStringLiteral("משרד האוצר") + QStringLiteral("e\u0301\u0301");
    QFile source(QStringLiteral(PLAFOND_SOURCE_DIR "/tests/data/import/contract.json"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QString json = QString::fromUtf8(source.readAll());
    json.replace(QStringLiteral("\"name\": \"Direction générale des Finances publiques\""),
                 QStringLiteral("\"name\": \"%1\"").arg(longName));
    json.replace(QStringLiteral("\"name\": \"Ministère de l'Économie et des Finances\""),
                 QStringLiteral("\"name\": \"%1 %2\"").arg(arabic, hebrew));
    QVERIFY(json.contains(longName));
    const QString contract = writeFile(QStringLiteral("names.json"), json.toUtf8());
    const QString orders = writeFile(QStringLiteral("names.csv"),
        "contract;lot;order;beneficiary;issued;work_unit;quantity;unit_price_ht;status;service_done;invoiced;paid\n"
        "TEST-2024;1;BC-1;DGFIP;2024-03-01;AUDIT;2;1000.00;issued;;;\n"
        "TEST-2024;1;BC-2;MEF;2024-03-02;AUDIT;3;1000.00;issued;;;\n");
    const QString db = m_dir.filePath(QStringLiteral("names.plafond"));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("contract"), contract, QStringLiteral("--db"), db}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("orders"), orders, QStringLiteral("--db"), db}).exitCode, 0);
    const QString pdf = m_dir.filePath(QStringLiteral("names.pdf"));
    const Run report = run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--contract"),
                            QStringLiteral("TEST-2024"), QStringLiteral("--as-of"), QStringLiteral("2024-12-31"),
                            QStringLiteral("--out"), pdf});
    QVERIFY2(report.exitCode == 0, report.err.constData());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    QVERIFY2(pdftotext.waitForFinished(60000) && pdftotext.exitCode() == 0, "pdftotext (poppler-utils) is needed");
    const QString boxes = QString::fromUtf8(pdftotext.readAllStandardOutput());
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
    int words = 0;
    QString longSeen;
    bool arabicSeen = false;
    for (auto it = word.globalMatch(boxes); it.hasNext();) {
        const auto match = it.next();
        ++words;
        const QString text = match.captured(5);
        QVERIFY2(match.captured(1).toDouble() >= 0 && match.captured(3).toDouble() <= 595.3,
                 qPrintable(QStringLiteral("off the page: %1 (x %2 to %3)").arg(text, match.captured(1), match.captured(3))));
        QVERIFY2(match.captured(4).toDouble() <= 842, qPrintable(text));
        if (text.contains(QStringLiteral("XXXXXXXXXX")))
            longSeen += text;
        // pdftotext -bbox gives right-to-left text glyph by glyph, in presentation forms for Arabic.
        for (const QChar c : text) {
            if ((c.unicode() >= 0x0600 && c.unicode() <= 0x06FF) || (c.unicode() >= 0xFB50 && c.unicode() <= 0xFEFF))
                arabicSeen = true;
        }
    }
    QVERIFY(words > 100);
    // The long name is all there, over several lines: nothing was cut.
    QVERIFY2(longSeen.count(QLatin1Char('X')) >= 300, qPrintable(longSeen));
    QVERIFY(arabicSeen);
}

void DataSafetyTest::fullDiskDuringImportAndReport()
{
    // A small tmpfs of our own: needs root (mount). CI runs as root; elsewhere this is skipped.
    if (geteuid() != 0)
        QSKIP("mounting a small tmpfs needs root");
    const QString mountPoint = m_dir.filePath(QStringLiteral("small-disk"));
    QVERIFY(QDir().mkpath(mountPoint));
    QProcess mount;
    mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=400k"), QStringLiteral("tmpfs"), mountPoint});
    QVERIFY2(mount.waitForFinished() && mount.exitCode() == 0, mount.readAllStandardError().constData());
    struct Unmount
    {
        QString path;
        ~Unmount() { QProcess::execute(QStringLiteral("umount"), {path}); }
    } unmount{mountPoint};
    const QString db = mountPoint + QStringLiteral("/full.plafond");
    QVERIFY(QFile::copy(m_fixture, db));
    QByteArray csv = "contract;lot;order;beneficiary;issued;work_unit;quantity;unit_price_ht;status;service_done;invoiced;paid\n";
    for (int i = 0; i < 20000; ++i)
        csv += "TEST-2024;2;BC-" + QByteArray::number(i) + ";MEF;2024-03-01;AUDIT;0.001;1.00;issued;;;\n";
    const QString file = writeFile(QStringLiteral("many.csv"), csv);
    const QByteArray before = fileHash(db);
    const Run import = run({QStringLiteral("import"), QStringLiteral("orders"), file, QStringLiteral("--db"), db});
    QCOMPARE(import.exitCode, 1);
    QVERIFY2(import.err.startsWith("Database error: database or disk is full"), import.err.constData());
    QVERIFY(!import.err.contains("many.csv:")); // the database is blamed, not a line of the file
    QCOMPARE(fileHash(db), before);
    QCOMPARE(orderedOnLot1(db), 0);
    // A report that does not fit: said, and no half-written file left behind.
    const QString filler = mountPoint + QStringLiteral("/filler");
    {
        QFile fill(filler);
        QVERIFY(fill.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'f');
        while (fill.write(block) == block.size() && fill.flush()) {
        }
    }
    const QStringList before2 = QDir(mountPoint).entryList(QDir::Files | QDir::Hidden);
    const QString pdf = mountPoint + QStringLiteral("/report.pdf");
    const Run report = run({QStringLiteral("report"), QStringLiteral("--db"), m_fixture, QStringLiteral("--all"),
                            QStringLiteral("--out"), pdf});
    QCOMPARE(QString::fromUtf8(report.err), QStringLiteral("%1: cannot write the file: No space left on device\n").arg(pdf));
    QCOMPARE(report.exitCode, 1);
    QCOMPARE(QDir(mountPoint).entryList(QDir::Files | QDir::Hidden), before2);
}

QTEST_GUILESS_MAIN(DataSafetyTest)
#include "tst_datasafety.moc"
