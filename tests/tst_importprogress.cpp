// SPDX-License-Identifier: GPL-3.0-or-later
// Progress and cancellation of the imports (Importer::Options::progress): the callback is asked every so many
// records, not at each one; returning false makes prepare() fail with the "cancelled" error and apply() roll
// back, and either way the database file is byte for byte as it was.
#include "io/contractimport.h"
#include "io/importer.h"
#include "io/importprogress.h"
#include "storage/database.h"
#include "storage/stores.h"

#include "filehash.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Plafond;
using PlafondTest::databaseHash;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QString dataDir = QStringLiteral(PLAFOND_SOURCE_DIR "/tests/data/");
const QString sharedDir = QStringLiteral(PLAFOND_SHARED_DATA "/");

// `count` issued orders of one line on lot 1 of the fixture's contract, 10.00 each: 2024-03-01, AUDIT, MEF.
QByteArray largeOrdersCsv(int count)
{
    QByteArray csv = "contract;lot;order;beneficiary;issued;work_unit;quantity;unit_price_ht;status;service_done;invoiced;paid\n";
    for (int i = 1; i <= count; ++i)
        csv += "TEST-2024;1;BIG-" + QByteArray::number(i) + ";MEF;2024-03-01;AUDIT;1;10,00;issued;;;\n";
    return csv;
}

// What a callback saw, and where it cancels.
struct Recorder
{
    enum Phase { None, Prepare, Apply };
    Phase cancelIn = None;
    qint64 cancelAfter = 0;   // cancels at the first report with more done than this
    Phase phase = Prepare;
    QList<QPair<qint64, qint64>> prepareCalls;
    QList<QPair<qint64, qint64>> applyCalls;
    std::function<bool(qint64, qint64)> callback()
    {
        return [this](qint64 done, qint64 total) {
            (phase == Prepare ? prepareCalls : applyCalls) << qMakePair(done, total);
            return !(phase == cancelIn && done > cancelAfter);
        };
    }
};

int orderCount(const QString &path)
{
    Database database;
    if (!database.open(path, Database::OpenMode::MustExist))
        return -1;
    Stores stores(database);
    return static_cast<int>(stores.orders.orderRows().value().size());
}

// The reports of one step: from 0, never backwards, never past the total, and a last one at the total.
void checkCalls(const QList<QPair<qint64, qint64>> &calls, qint64 expectedTotal)
{
    QVERIFY(!calls.isEmpty());
    QCOMPARE(calls.first().first, qint64(0));
    QCOMPARE(calls.last(), qMakePair(expectedTotal, expectedTotal));
    for (int i = 1; i < calls.size(); ++i) {
        QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
        QVERIFY(calls.at(i).first <= calls.at(i).second || calls.at(i).second == 0);
    }
}

} // namespace

class ImportProgressTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyInterval();
    void cancelSticks();
    void largeOrders_data();
    void largeOrders();
    void everyKind_data();
    void everyKind();

private:
    QString copyOf(const QString &source, const QString &name);

    QTemporaryDir m_dir;
    QString m_empty;
    QString m_fixture; // tests/data/import/contract.json imported
};

void ImportProgressTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
    m_fixture = m_dir.filePath(QStringLiteral("fixture.sqlite"));
    {
        Database database;
        QString error;
        QVERIFY2(database.open(m_empty, Database::OpenMode::CreateIfMissing, &error), qPrintable(error));
    }
    QVERIFY(QFile::copy(m_empty, m_fixture));
    Database database;
    QVERIFY(database.open(m_fixture, Database::OpenMode::MustExist));
    Stores stores(database);
    ContractImport import;
    QVERIFY2(import.prepare(stores, readAll(dataDir + QStringLiteral("import/contract.json")),
                            QStringLiteral("contract.json")),
             qPrintable(import.errors().join(QLatin1Char('\n'))));
    QString error;
    QVERIFY2(import.apply(stores, &error), qPrintable(error));
}

QString ImportProgressTest::copyOf(const QString &source, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(source, path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void ImportProgressTest::everyInterval()
{
    QList<QPair<qint64, qint64>> calls;
    ImportProgress progress;
    progress.setCallback([&calls](qint64 done, qint64 total) {
        calls << qMakePair(done, total);
        return true;
    });
    QVERIFY(progress.start(1000));
    for (qint64 i = 0; i < 1000; ++i)
        QVERIFY(progress.advance(i));
    QVERIFY(progress.finish());
    // 0 at the start, then once every 100 records, then the end: 11 calls for 1000 records, not 1000.
    QList<QPair<qint64, qint64>> expected;
    for (qint64 done = 0; done <= 1000; done += 100)
        expected << qMakePair(done, qint64(1000));
    QCOMPARE(calls, expected);

    // Without a callback nothing is asked and nothing is cancelled.
    ImportProgress silent;
    QVERIFY(silent.start(10));
    QVERIFY(silent.advance(5));
    QVERIFY(silent.finish());
    QVERIFY(!silent.isCancelled());
}

void ImportProgressTest::cancelSticks()
{
    int asked = 0;
    ImportProgress progress;
    progress.setInterval(10);
    progress.setCallback([&asked](qint64 done, qint64) {
        ++asked;
        return done < 30;
    });
    QVERIFY(progress.start(100));
    QVERIFY(progress.advance(10));
    QVERIFY(progress.advance(25)); // not asked: less than an interval since 10
    QVERIFY(progress.advance(20 + 10));
    QCOMPARE(asked, 3);
    QVERIFY(!progress.isCancelled());
    QVERIFY(!progress.advance(40));
    QVERIFY(progress.isCancelled());
    // Once cancelled, it stays so without asking again, to the end of the step.
    QVERIFY(!progress.advance(90));
    QVERIFY(!progress.finish());
    QCOMPARE(asked, 4);
    // A new step starts afresh.
    QVERIFY(progress.start(5));
    QVERIFY(!progress.isCancelled());
    QCOMPARE(ImportProgress::cancelledMessage(QStringLiteral("big.csv")),
             QStringLiteral("big.csv: the import was cancelled; nothing was written"));
}

void ImportProgressTest::largeOrders_data()
{
    QTest::addColumn<int>("cancelIn");
    QTest::newRow("not-cancelled") << int(Recorder::None);
    QTest::newRow("cancelled-while-checking") << int(Recorder::Prepare);
    QTest::newRow("cancelled-while-writing") << int(Recorder::Apply);
}

void ImportProgressTest::largeOrders()
{
    QFETCH(int, cancelIn);
    const int count = 2500;
    const QString db = copyOf(m_fixture, QStringLiteral("large.sqlite"));
    const QByteArray before = databaseHash(db);
    Recorder recorder;
    recorder.cancelIn = static_cast<Recorder::Phase>(cancelIn);
    recorder.cancelAfter = 1000; // halfway, once a good part has been read (or written)
    bool prepared = false;
    bool applied = false;
    QString error;
    QStringList errors;
    QStringList changes;
    {
        Database database;
        QVERIFY(database.open(db, Database::OpenMode::MustExist));
        Stores stores(database);
        auto importer = Importer::create(Importer::Kind::Orders);
        Importer::Options options;
        options.progress = recorder.callback();
        prepared = importer->prepare(stores, largeOrdersCsv(count), QStringLiteral("big.csv"), options);
        errors = importer->errors();
        changes = importer->changes();
        if (prepared) {
            recorder.phase = Recorder::Apply;
            applied = importer->apply(stores, options, &error);
        }
    }
    // Every hundred records, not every record: 0, 100, …, 2500.
    if (recorder.cancelIn != Recorder::Prepare) {
        QCOMPARE(recorder.prepareCalls.size(), count / 100 + 1);
        checkCalls(recorder.prepareCalls, count);
    }
    switch (recorder.cancelIn) {
    case Recorder::None:
        QVERIFY2(prepared, qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(changes.size(), count);
        QVERIFY2(applied, qPrintable(error));
        QCOMPARE(recorder.applyCalls.size(), count / 100 + 1);
        checkCalls(recorder.applyCalls, count);
        QCOMPARE(orderCount(db), count);
        break;
    case Recorder::Prepare:
        QVERIFY(!prepared);
        QCOMPARE(errors, QStringList{QStringLiteral("big.csv: the import was cancelled; nothing was written")});
        QCOMPARE(changes, QStringList());
        QCOMPARE(recorder.prepareCalls.last(), qMakePair(qint64(1100), qint64(count)));
        QVERIFY(recorder.applyCalls.isEmpty());
        QCOMPARE(databaseHash(db), before);
        break;
    case Recorder::Apply:
        QVERIFY(prepared);
        QVERIFY(!applied);
        QCOMPARE(error, QStringLiteral("big.csv: the import was cancelled; nothing was written"));
        // Cancelled after 1100 orders were written in the transaction: all rolled back.
        QCOMPARE(recorder.applyCalls.last(), qMakePair(qint64(1100), qint64(count)));
        QCOMPARE(databaseHash(db), before);
        QCOMPARE(orderCount(db), 0);
        break;
    }
}

void ImportProgressTest::everyKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("fixture");
    QTest::addColumn<int>("cancelIn");
    const struct
    {
        const char *name;
        Importer::Kind kind;
        QString file;
        bool fixture;
    } kinds[] = {
        {"contract", Importer::Kind::Contract, dataDir + QStringLiteral("import/contract.json"), false},
        {"orders", Importer::Kind::Orders, dataDir + QStringLiteral("import/orders_fr.csv"), true},
        {"sill", Importer::Kind::Sill, sharedDir + QStringLiteral("sill/etalab-sill-contents_sill.json"), false},
        {"syntec", Importer::Kind::Syntec, sharedDir + QStringLiteral("syntec/syntec_2019_2025.csv"), false},
    };
    for (const auto &k : kinds) {
        for (const auto &[phase, label] : {std::pair{Recorder::None, "written"}, std::pair{Recorder::Prepare, "cancelled-checking"},
                                           std::pair{Recorder::Apply, "cancelled-writing"}})
            QTest::addRow("%s-%s", k.name, label) << int(k.kind) << k.file << k.fixture << int(phase);
    }
}

// Each importer reports its progress from 0 to its total, and a cancel at its last report (after the whole
// file was read, or written inside the transaction) still fails and leaves the database as it was.
void ImportProgressTest::everyKind()
{
    QFETCH(int, kind);
    QFETCH(QString, file);
    QFETCH(bool, fixture);
    QFETCH(int, cancelIn);
    const QString db = copyOf(fixture ? m_fixture : m_empty, QStringLiteral("kind.sqlite"));
    const QByteArray before = databaseHash(db);
    const QByteArray bytes = readAll(file);
    QVERIFY(!bytes.isEmpty());
    const QString name = QFileInfo(file).fileName();
    Recorder recorder;
    recorder.cancelIn = static_cast<Recorder::Phase>(cancelIn);
    // The last report of the step: small files report only their start (0) and their end.
    recorder.cancelAfter = 0;
    Database database;
    QVERIFY(database.open(db, Database::OpenMode::MustExist));
    Stores stores(database);
    auto importer = Importer::create(static_cast<Importer::Kind>(kind));
    QVERIFY(importer);
    Importer::Options options;
    options.today = QDate(2026, 1, 15);
    options.progress = recorder.callback();
    const bool prepared = importer->prepare(stores, bytes, name, options);
    if (recorder.cancelIn == Recorder::Prepare) {
        QVERIFY(!prepared);
        QCOMPARE(importer->errors(), QStringList{ImportProgress::cancelledMessage(name)});
        QCOMPARE(databaseHash(db), before);
        return;
    }
    QVERIFY2(prepared, qPrintable(importer->errors().join(QLatin1Char('\n'))));
    QVERIFY(recorder.prepareCalls.size() >= 2);
    QCOMPARE(recorder.prepareCalls.last().first, recorder.prepareCalls.last().second);
    QVERIFY(recorder.prepareCalls.size() <= recorder.prepareCalls.last().second / ImportProgress::defaultInterval + 3);
    recorder.phase = Recorder::Apply;
    QString error;
    const bool applied = importer->apply(stores, options, &error);
    QVERIFY(recorder.applyCalls.size() >= 2);
    QVERIFY(recorder.applyCalls.last().second > 0);
    if (recorder.cancelIn == Recorder::Apply) {
        QVERIFY(!applied);
        QCOMPARE(error, ImportProgress::cancelledMessage(name));
        QCOMPARE(databaseHash(db), before);
        return;
    }
    QVERIFY2(applied, qPrintable(error));
    checkCalls(recorder.applyCalls, recorder.applyCalls.last().second);
    QVERIFY(databaseHash(db) != before);
}

QTEST_GUILESS_MAIN(ImportProgressTest)
#include "tst_importprogress.moc"
