// SPDX-License-Identifier: GPL-3.0-or-later
// The SILL import on the three real published files: exact counts, re-import without duplicates, merges between
// editions, and malformed entries told with their line and written nowhere unless skipped on request.
#include "filehash.h"
#include "plafondprocess.h"

#include "io/demodata.h"
#include "io/sillimport.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Plafond;
using PlafondTest::fileHash;

namespace {

const QString sillDir = QStringLiteral(PLAFOND_SHARED_DATA "/sill/");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Counts
{
    int added, changed, unchanged;
};

} // namespace

class SillImportTest : public QObject
{
    Q_OBJECT

private slots:
    void realFile_data();
    void realFile();
    void editionsMerge();
    void malformed();
    void malformedSkipped();
    void commandLine();
    void demoCoverage();

private:
    // Imports one file into the open stores; fails the test when the import is refused.
    Counts importFile(Stores &stores, const QString &path)
    {
        SillImport import;
        if (!import.prepare(stores, readAll(path), path)) {
            qWarning() << import.errors();
            return {-1, -1, -1};
        }
        if (!import.apply(stores))
            return {-2, -2, -2};
        return {import.addedCount(), import.changedCount(), import.unchangedCount()};
    }
};

void SillImportTest::realFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("entries");
    QTest::addColumn<int>("supported");
    QTest::addColumn<int>("observed"); // status O
    // Counted from the files themselves (python csv / json): entries, "support" = "Oui", "statut" = "O".
    QTest::newRow("json-2022") << QStringLiteral("etalab-sill-contents_sill.json") << int(SillImport::Format::Json2022)
                               << 240 << 100 << 48;
    QTest::newRow("csv-2022") << QStringLiteral("sill-api_software_2022-03.csv") << int(SillImport::Format::Csv2022)
                              << 231 << 99 << 48;
    QTest::newRow("csv-2020") << QStringLiteral("DISIC-sill_sill-2020.csv") << int(SillImport::Format::Csv2020)
                              << 225 << 100 << 49;
    // The derived support list has no "support" column: its entries are not flagged by it.
    QTest::newRow("support-list-2022") << QStringLiteral("derived_support_contract_components_2022-03.csv")
                                       << int(SillImport::Format::Csv2022) << 99 << 0 << 14;
}

void SillImportTest::realFile()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QFETCH(int, entries);
    QFETCH(int, supported);
    QFETCH(int, observed);
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("p.sqlite")), Database::OpenMode::CreateIfMissing));
    Stores stores(database);

    SillImport import;
    QVERIFY2(import.prepare(stores, readAll(sillDir + file), file), qPrintable(import.errors().join(u'\n')));
    QCOMPARE(int(import.format()), format);
    QVERIFY(import.errors().isEmpty());
    QCOMPARE(import.entryCount(), entries);
    QCOMPARE(import.addedCount(), entries);
    QCOMPARE(import.changedCount(), 0);
    QVERIFY(import.apply(stores));

    const QList<Component> components = stores.components.components().value();
    QCOMPARE(components.size(), entries);
    QCOMPARE(std::count_if(components.cbegin(), components.cend(), [](const Component &c) { return c.supportContract; }),
             supported);
    QCOMPARE(std::count_if(components.cbegin(), components.cend(),
                           [](const Component &c) { return c.status == QLatin1String("O"); }),
             observed);

    // Again: nothing added, nothing changed, nothing duplicated.
    const Counts again = importFile(stores, sillDir + file);
    QCOMPARE(again.added, 0);
    QCOMPARE(again.changed, 0);
    QCOMPARE(again.unchanged, entries);
    QCOMPARE(stores.components.components().value().size(), entries);
}

void SillImportTest::editionsMerge()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("p.sqlite")), Database::OpenMode::CreateIfMissing));
    Stores stores(database);
    // Counted with a script over the files: the identifier is the key, fields a file lacks keep their value.
    Counts c = importFile(stores, sillDir + QStringLiteral("etalab-sill-contents_sill.json"));
    QCOMPARE((QList<int>{c.added, c.changed, c.unchanged}), (QList<int>{240, 0, 0}));
    c = importFile(stores, sillDir + QStringLiteral("sill-api_software_2022-03.csv"));
    QCOMPARE((QList<int>{c.added, c.changed, c.unchanged}), (QList<int>{0, 57, 174}));
    c = importFile(stores, sillDir + QStringLiteral("DISIC-sill_sill-2020.csv"));
    QCOMPARE((QList<int>{c.added, c.changed, c.unchanged}), (QList<int>{1, 66, 158}));
    c = importFile(stores, sillDir + QStringLiteral("etalab-sill-contents_sill.json"));
    QCOMPARE((QList<int>{c.added, c.changed, c.unchanged}), (QList<int>{0, 108, 132}));
    QCOMPARE(stores.components.components().value().size(), 241);

    // The 2022 CSV carries no category: the JSON's stays. Identifier 51 was renamed from "Gimp" to "GIMP".
    const QList<Component> all = stores.components.components().value();
    const auto gimp = std::find_if(all.cbegin(), all.cend(), [](const Component &x) { return x.sillId == QLatin1String("51"); });
    QVERIFY(gimp != all.cend());
    QCOMPARE(gimp->name, QStringLiteral("GIMP"));
}

// The 2022 CSV with five entries broken in five ways.
static QByteArray brokenCsv()
{
    QList<QByteArray> lines = readAll(sillDir + QStringLiteral("sill-api_software_2022-03.csv")).split('\n');
    lines[2] = QByteArray(",") + lines[2].mid(lines[2].indexOf(',') + 1);                           // no ID
    lines[4] = QByteArray("x4") + lines[4].mid(lines[4].indexOf(','));                                // ID not a number
    lines[6] = QByteArray("1") + lines[6].mid(lines[6].indexOf(','));                                 // duplicate of line 2
    lines[8] = lines[8].replace(",R,", ",X,");                                                       // wrong status
    lines[10] = lines[10].left(lines[10].lastIndexOf(','));                                          // a field short
    return lines.join('\n');
}

void SillImportTest::malformed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    {
        Database database;
        QVERIFY(database.open(path, Database::OpenMode::CreateIfMissing));
        Stores stores(database);
        QCOMPARE(importFile(stores, sillDir + QStringLiteral("DISIC-sill_sill-2020.csv")).added, 225);
    }
    const QByteArray before = fileHash(path);
    {
        Database database;
        QVERIFY(database.open(path, Database::OpenMode::MustExist));
        Stores stores(database);
        SillImport import;
        QVERIFY(!import.prepare(stores, brokenCsv(), QStringLiteral("sill.csv")));
        QCOMPARE(import.errors(), (QStringList{
            QStringLiteral("sill.csv:3: the entry has no identifier"),
            QStringLiteral("sill.csv:5: identifier x4 is not a whole number"),
            QStringLiteral("sill.csv:7: identifier 1 already appears on line 2"),
            QStringLiteral("sill.csv:9: entry 8: status \"X\" is not R, O or FR"),
            QStringLiteral("sill.csv:11: 19 fields where the header has 20"),
        }));
        // Told, and refused: apply() is never reached by a caller, and the file stays as it was.
    }
    QCOMPARE(fileHash(path), before);
}

void SillImportTest::malformedSkipped()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("p.sqlite")), Database::OpenMode::CreateIfMissing));
    Stores stores(database);
    SillImport import;
    QVERIFY(import.prepare(stores, brokenCsv(), QStringLiteral("sill.csv"), true));
    QCOMPARE(import.errors().size(), 5);
    QCOMPARE(import.skippedCount(), 5);
    QCOMPARE(import.addedCount(), 226);
    QVERIFY(import.apply(stores));
    QCOMPARE(stores.components.components().value().size(), 226);
}

void SillImportTest::commandLine()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("p.sqlite"));
    QFile broken(dir.filePath(QStringLiteral("broken.csv")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(brokenCsv());
    broken.close();
    auto run = [&](const QStringList &arguments, QByteArray *out, QByteArray *err) {
        const PlafondTest::Run result = PlafondTest::runPlafondIn(arguments, dir.path());
        *out = result.out;
        *err = result.err;
        return result.exitCode;
    };
    QByteArray out, err;
    const QString json = sillDir + QStringLiteral("etalab-sill-contents_sill.json");
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("sill"), json, QStringLiteral("--db"), db, QStringLiteral("--dry-run"),
                  QStringLiteral("--lang"), QStringLiteral("en")}, &out, &err), 0);
    QVERIFY(!QFile::exists(db));
    QVERIFY2(out.contains("240 component"), out.constData());
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("sill"), json, QStringLiteral("--db"), db,
                  QStringLiteral("--lang"), QStringLiteral("en")}, &out, &err), 0);
    QVERIFY2(out.contains("240 component"), out.constData());
    const QByteArray before = fileHash(db);
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("sill"), QStringLiteral("broken.csv"), QStringLiteral("--db"), db,
                  QStringLiteral("--lang"), QStringLiteral("en")}, &out, &err), 2);
    QVERIFY2(err.startsWith("broken.csv:3: the entry has no identifier\n"), err.constData());
    QCOMPARE(err.count('\n'), 5);
    QCOMPARE(fileHash(db), before);
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("sill"), QStringLiteral("broken.csv"), QStringLiteral("--db"), db,
                  QStringLiteral("--skip-invalid"), QStringLiteral("--lang"), QStringLiteral("en")}, &out, &err), 0);
    QVERIFY2(out.contains("  0 component"), out.constData());
    QVERIFY2(out.contains("5 malformed entr"), out.constData());
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("orders"), QStringLiteral("broken.csv"), QStringLiteral("--db"), db,
                  QStringLiteral("--skip-invalid"), QStringLiteral("--lang"), QStringLiteral("en")}, &out, &err), 2);
    QCOMPARE(err, QByteArray("--skip-invalid only applies to import sill\n"));
}

void SillImportTest::demoCoverage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(DemoData::writeTo(path, &error), qPrintable(error));
    Database database;
    QVERIFY(database.open(path, Database::OpenMode::MustExist));
    Stores stores(database);
    QCOMPARE(stores.components.components().value().size(), 231);
    const auto acim = stores.contracts.contractByReference(QStringLiteral("ACIM-2012"));
    const auto ell = stores.contracts.contractByReference(QStringLiteral("MEF-ELL-2020"));
    QVERIFY(acim && ell);
    QCOMPARE(stores.components.coveredComponentCount(acim->id), 99);
    QCOMPARE(acim->componentsInScope, 350);
    QCOMPARE(stores.components.coveredComponentCount(ell->id), 0);
    QCOMPARE(stores.components.componentLots().value().size(), 99);
}

QTEST_GUILESS_MAIN(SillImportTest)
#include "tst_sillimport.moc"
