// SPDX-License-Identifier: GPL-3.0-or-later
// The import pipeline as a whole: every kind of the importers' table is in `plafond --help`; the tickets
// import, like the others, reports its progress through Importer::Options, honours a cancel (the database
// left byte for byte as it was, the error saying it was cancelled) and writes nothing on a dry run; the
// shared CSV reader checks a header once for every CSV importer.
#include "io/csvreader.h"
#include "storecheck.h"
#include "io/importer.h"
#include "io/importprogress.h"
#include "storage/database.h"
#include "storage/stores.h"

#include "filehash.h"
#include "plafondprocess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Plafond;

namespace {

const QString dataDir = QStringLiteral(PLAFOND_SOURCE_DIR "/tests/data/");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// `count` minor tickets on lot 1 of the fixture's contract, one a day from 2025-01-01.
QByteArray manyTickets(int count)
{
    QByteArray csv = "contract;lot;ticket;component;beneficiary;severity;opened;first_response;restored;closed\n";
    const QDate first(2025, 1, 1);
    for (int i = 0; i < count; ++i)
        csv += "TEST-2024;1;M-" + QByteArray::number(i) + ";;MEF;minor;"
            + first.addDays(i % 300).toString(Qt::ISODate).toLatin1() + " 10:00;;;\n";
    return csv;
}

int ticketCount(const QString &path)
{
    Database database;
    if (!database.open(path, Database::OpenMode::MustExist))
        return -1;
    Stores stores(database);
    return static_cast<int>(stores.tickets.tickets().value().size());
}

} // namespace

class ImportPipelineTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsEveryImporter();
    void registryDescribesEveryKind();
    void ticketsProgress();
    void ticketsCancel_data();
    void ticketsCancel();
    void ticketsDryRunWritesNothing();
    void csvHeader_data();
    void csvHeader();

private:
    QString copyOf(const QString &name);

    QTemporaryDir m_dir;
    QString m_fixture; // tests/data/import/contract.json, components 17 and 34
};

void ImportPipelineTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixture = m_dir.filePath(QStringLiteral("fixture.sqlite"));
    const PlafondTest::Run run = PlafondTest::runPlafondIn(
        {QStringLiteral("import"), QStringLiteral("contract"), QStringLiteral("import/contract.json"),
         QStringLiteral("--db"), m_fixture},
        dataDir);
    QCOMPARE(run.exitCode, 0);
    Database database;
    QVERIFY(database.open(m_fixture, Database::OpenMode::MustExist));
    Stores stores(database);
    for (const char *id : {"17", "34"}) {
        Component component;
        component.sillId = QLatin1String(id);
        component.name = QStringLiteral("Component ") + component.sillId;
        PLAFOND_VERIFY_OK(stores.components.saveComponent(component));
    }
}

QString ImportPipelineTest::copyOf(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    if (!QFile::copy(m_fixture, path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

// The help's import lines are the table's kinds, in its order, each with its own sentence.
void ImportPipelineTest::helpListsEveryImporter()
{
    const PlafondTest::Run run = PlafondTest::runPlafond({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    const QString help = QString::fromUtf8(run.out);
    QStringList listed;
    for (const QString &line : help.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("  import     ")))
            listed << line.mid(13).section(QLatin1Char(' '), 0, 0);
    }
    QStringList registry;
    for (Importer::Kind kind : Importer::kinds()) {
        registry << Importer::name(kind);
        // The sentence may be wrapped: its first words are on the command's line.
        const QString start = Importer::help(kind).section(QLatin1Char(' '), 0, 2);
        QVERIFY2(help.contains(QStringLiteral("  import     ") + Importer::name(kind) + QStringLiteral(" FILE")),
                 qPrintable(Importer::name(kind)));
        QVERIFY2(help.contains(start), qPrintable(start));
    }
    QCOMPARE(listed, registry);
    QVERIFY(registry.contains(QStringLiteral("tickets")));
}

void ImportPipelineTest::registryDescribesEveryKind()
{
    QVERIFY(Importer::kinds().size() >= 6);
    for (Importer::Kind kind : Importer::kinds()) {
        const QString name = Importer::name(kind);
        QCOMPARE(Importer::kindFromName(name), std::optional<Importer::Kind>(kind));
        QVERIFY2(!Importer::title(kind).isEmpty(), qPrintable(name));
        QVERIFY2(Importer::fileFilter(kind).contains(QLatin1String("(*")), qPrintable(name));
        QVERIFY2(!Importer::help(kind).isEmpty(), qPrintable(name));
        const auto importer = Importer::create(kind);
        QVERIFY2(importer, qPrintable(name));
        QCOMPARE(importer->kind(), kind);
    }
    QVERIFY(!Importer::kindFromName(QStringLiteral("nothing")));
    QCOMPARE(Importer::skipInvalidCommands(), QStringLiteral("import sill"));
}

// Read and written with progress: from 0 to the number of tickets, never backwards, asked every hundred.
void ImportPipelineTest::ticketsProgress()
{
    const QString db = copyOf(QStringLiteral("progress.sqlite"));
    Database database;
    QVERIFY(database.open(db, Database::OpenMode::MustExist));
    Stores stores(database);
    QList<QPair<qint64, qint64>> calls;
    Importer::Options options;
    options.progress = [&calls](qint64 done, qint64 total) {
        calls << qMakePair(done, total);
        return true;
    };
    const auto importer = Importer::create(Importer::Kind::Tickets);
    const int count = 1000;
    QVERIFY2(importer->prepare(stores, manyTickets(count), QStringLiteral("many.csv"), options),
             qPrintable(importer->errors().join(QLatin1Char('\n'))));
    for (const QList<QPair<qint64, qint64>> &step : {calls}) {
        QCOMPARE(step.first(), qMakePair(qint64(0), qint64(count)));
        QCOMPARE(step.last(), qMakePair(qint64(count), qint64(count)));
        QVERIFY(step.size() <= count / ImportProgress::defaultInterval + 3);
        for (int i = 1; i < step.size(); ++i)
            QVERIFY(step.at(i).first >= step.at(i - 1).first);
    }
    calls.clear();
    QString error;
    QVERIFY2(importer->apply(stores, options, &error), qPrintable(error));
    QCOMPARE(calls.first(), qMakePair(qint64(0), qint64(count)));
    QCOMPARE(calls.last(), qMakePair(qint64(count), qint64(count)));
    QVERIFY(calls.size() <= count / ImportProgress::defaultInterval + 3);
    database.close();
    QCOMPARE(ticketCount(db), count);
}

void ImportPipelineTest::ticketsCancel_data()
{
    QTest::addColumn<bool>("inApply");
    QTest::addColumn<qint64>("after");
    QTest::addRow("checking-start") << false << qint64(-1);
    QTest::addRow("checking-middle") << false << qint64(400);
    QTest::addRow("checking-end") << false << qint64(999);
    QTest::addRow("writing-start") << true << qint64(-1);
    QTest::addRow("writing-middle") << true << qint64(400);
    QTest::addRow("writing-end") << true << qint64(999);
}

// A cancel, wherever it comes, fails with the "cancelled" error and leaves the database byte for byte.
void ImportPipelineTest::ticketsCancel()
{
    QFETCH(bool, inApply);
    QFETCH(qint64, after);
    const QString db = copyOf(QStringLiteral("cancel.sqlite"));
    const QByteArray before = PlafondTest::databaseHash(db);
    {
        Database database;
        QVERIFY(database.open(db, Database::OpenMode::MustExist));
        Stores stores(database);
        bool applying = false;
        Importer::Options options;
        options.progress = [&](qint64 done, qint64) { return applying != inApply || done <= after; };
        const auto importer = Importer::create(Importer::Kind::Tickets);
        const bool prepared = importer->prepare(stores, manyTickets(1000), QStringLiteral("many.csv"), options);
        if (!inApply) {
            QVERIFY(!prepared);
            QCOMPARE(importer->errors(), QStringList{ImportProgress::cancelledMessage(QStringLiteral("many.csv"))});
            QVERIFY(importer->warnings().isEmpty());
            QVERIFY(importer->changes().contains(QStringLiteral("tickets added: 0")));
        } else {
            QVERIFY(prepared);
            applying = true;
            QString error;
            QVERIFY(!importer->apply(stores, options, &error));
            QCOMPARE(error, ImportProgress::cancelledMessage(QStringLiteral("many.csv")));
        }
    }
    QCOMPARE(PlafondTest::databaseHash(db), before);
    QCOMPARE(ticketCount(db), 0);
}

// A dry run is prepare() and changes() without apply(): it tells, and writes nothing.
void ImportPipelineTest::ticketsDryRunWritesNothing()
{
    const QString db = copyOf(QStringLiteral("dry.sqlite"));
    const QByteArray before = PlafondTest::databaseHash(db);
    {
        Database database;
        QVERIFY(database.open(db, Database::OpenMode::ReadOnly));
        Stores stores(database);
        const auto importer = Importer::create(Importer::Kind::Tickets);
        QVERIFY2(importer->prepare(stores, readAll(dataDir + QStringLiteral("import/tickets.csv")),
                                   QStringLiteral("tickets.csv"), Importer::Options()),
                 qPrintable(importer->errors().join(QLatin1Char('\n'))));
        QCOMPARE(importer->changes(), (QStringList{QStringLiteral("tickets added: 6"), QStringLiteral("tickets changed: 0"),
                                                   QStringLiteral("tickets unchanged: 0")}));
    }
    QCOMPARE(PlafondTest::databaseHash(db), before);
    QCOMPARE(ticketCount(db), 0);
}

void ImportPipelineTest::csvHeader_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("optional");
    QTest::addColumn<QString>("error");
    QTest::addRow("ok") << QByteArray("\xEF\xBB\xBF" "a;b;c\n1;2;3\n") << 0 << QString();
    QTest::addRow("optional-left-out") << QByteArray("a,b\n1,2\n") << 1 << QString();
    QTest::addRow("empty") << QByteArray("") << 0 << QStringLiteral("f.csv:1: the header is missing (a;b;c)");
    QTest::addRow("blank-first") << QByteArray("\na;b;c\n") << 0 << QStringLiteral("f.csv:1: the header is missing (a;b;c)");
    QTest::addRow("mixed") << QByteArray("a;b,c\n") << 0
                           << QStringLiteral("f.csv:1: the header mixes ';' and ',' between its fields");
    QTest::addRow("wrong-column") << QByteArray("a;x;c\n") << 0
                                  << QStringLiteral("f.csv:1: column 2 of the header is \"x\" where \"b\" is expected");
    QTest::addRow("short") << QByteArray("a;b\n") << 0 << QStringLiteral("f.csv:1: the header has 2 columns instead of 3");
    QTest::addRow("short-optional") << QByteArray("a\n") << 1
                                    << QStringLiteral("f.csv:1: the header has 1 columns instead of 2 or 3");
    QTest::addRow("not-utf8") << QByteArray("a;b;c\n\xFF;2;3\n") << 0 << QStringLiteral("f.csv:2: the text is not UTF-8");
}

void ImportPipelineTest::csvHeader()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, optional);
    QFETCH(QString, error);
    const QStringList columns{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QStringList errors;
    const auto table = CsvReader::read(bytes, QStringLiteral("f.csv"), &errors, columns, optional);
    if (error.isEmpty()) {
        QVERIFY2(table, qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(table->records.size(), 1);
        QCOMPARE(table->records.first().line, 2);
        QCOMPARE(table->header, columns.mid(0, table->header.size()));
    } else {
        QVERIFY(!table);
        QCOMPARE(errors, QStringList{error});
    }
}

QTEST_GUILESS_MAIN(ImportPipelineTest)
#include "tst_importpipeline.moc"
