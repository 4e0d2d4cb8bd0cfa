// SPDX-License-Identifier: GPL-3.0-or-later
// The DECP import: the real files of ../shared/data/decp with their exact counts and warnings, re-imports
// that update instead of duplicating, malformed files refused through the plafond executable with the
// database byte for byte unchanged, and a cancelled import. The export: tst_decp_export.
#include "decpfiles.h"
#include "filehash.h"
#include "plafondprocess.h"

#include "io/decpimport.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <algorithm>

using namespace Plafond;
using namespace PlafondTest;

namespace {

struct Counts
{
    int contracts = 0;
    int holders = 0;
    int holdersWithSiret = 0;
    int amendments = 0;
};

Counts counts(Stores &stores)
{
    Counts c;
    c.contracts = static_cast<int>(stores.contracts.decpContracts().value().size());
    for (const Lot &lot : stores.contracts.decpLots()) {
        c.holders += static_cast<int>(lot.holders.size());
        for (const Holder &holder : lot.holders)
            c.holdersWithSiret += holder.siret.isEmpty() ? 0 : 1;
    }
    c.amendments = static_cast<int>(stores.contracts.decpAmendments().value().size());
    return c;
}

} // namespace

class DecpTest : public QObject, private PlafondTest::DecpFiles
{
    Q_OBJECT

private slots:
    void initTestCase();
    void realFiles_data();
    void realFiles();
    void reimportChangesNothing();
    void traps();
    void updateNeverDuplicates();
    void malformed_data();
    void malformed();
    void cancel();
};

void DecpTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void DecpTest::realFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("contracts");
    QTest::addColumn<int>("holders");
    QTest::addColumn<int>("holdersWithSiret");
    QTest::addColumn<int>("amendments");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<QStringList>("someWarnings");
    // 113 records, one published twice (the later kept): 112 contracts; 115 holders less the duplicate's,
    // two of them with a SIRET failing the checksum. No record of these extracts has modifications.
    QTest::newRow("2019-aife") << aife << 112 << 114 << 112 << 0 << 107
                               << QStringList{
                                      aife + QStringLiteral(":3: warning: 2018jAiR9ay9k100: text with U+FFFD (mojibake) kept as published in lieuExecution.nom; procedure \"Marché public négocié sans publicité ni mise en concurrence préalable\" is not in the schema's list; no dateNotification: the contract has no notification or start date"),
                                      aife + QStringLiteral(":90: warning: 2018DfH-RWZMrk00: text with U+FFFD (mojibake) kept as published in acheteur.nom, objet; no dateNotification: the contract has no notification or start date; SIRET \" 48133521400021\" trimmed"),
                                      aife + QStringLiteral(":1488: warning: 20187B1Z9Hsk1o00: text with U+FFFD (mojibake) kept as published in objet, lieuExecution.nom; no dateNotification: the contract has no notification or start date; no titulaires: the lot has no holder"),
                                      aife + QStringLiteral(":2610: warning: 2018nAesvRJ0tY00: text with U+FFFD (mojibake) kept as published in acheteur.nom, objet, lieuExecution.nom; holder SIRET \"41358646000021\" is not valid (14 digits, checksum): the holder is kept without SIRET"),
                                      aife + QStringLiteral(":2729: warning: 2018EzWmHoMMxG00: text with U+FFFD (mojibake) kept as published in acheteur.nom, objet; no dateNotification: the contract has no notification or start date; appears again (first at line 2552): the later record is kept"),
                                  };
    QTest::newRow("2019-pes") << pes << 52 << 52 << 52 << 0 << 19
                              << QStringList{pes + QStringLiteral(":3: warning: 2018MAPA20181100: procedure \"Marché négocié sans publicité ni mise en concurrence préalable\" is not in the schema's list")};
    QTest::newRow("2024-v2") << v2 << 1 << 1 << 1 << 0 << 0 << QStringList();
    QTest::newRow("traps") << QStringLiteral("tests:decp_traps.json") << 2 << 3 << 2 << 2 << 3 << QStringList();
}

void DecpTest::realFiles()
{
    QFETCH(QString, file);
    QFETCH(int, contracts);
    QFETCH(int, holders);
    QFETCH(int, holdersWithSiret);
    QFETCH(int, amendments);
    QFETCH(int, warnings);
    QFETCH(QStringList, someWarnings);
    Database database;
    QVERIFY(openNew(database, QStringLiteral("real.sqlite")));
    Stores stores(database);
    DecpImport importer;
    // "tests:NAME" is a file of tests/data/decp, the others are in ../shared/data/decp.
    const bool ours = file.startsWith(QLatin1String("tests:"));
    const QString shown = ours ? file.mid(6) : file;
    const QString path = ours ? dataDir + QStringLiteral("/decp/") + shown : sharedDecp + file;
    QVERIFY(import(stores, path, shown, importer));
    QCOMPARE(importer.createdCount(), contracts);
    const Counts c = counts(stores);
    QCOMPARE(c.contracts, contracts);
    QCOMPARE(stores.contracts.contracts().value().size(), contracts);
    QCOMPARE(c.holders, holders);
    QCOMPARE(c.holdersWithSiret, holdersWithSiret);
    QCOMPARE(c.amendments, amendments);
    QCOMPARE(importer.warnings().size(), warnings);
    for (const QString &warning : std::as_const(someWarnings))
        QVERIFY2(importer.warnings().contains(warning), qPrintable(warning));
    if (file == aife) {
        // One warning per record at most, each trap told once in it.
        const QStringList all = importer.warnings();
        auto count = [&all](const char *what) {
            return static_cast<int>(std::count_if(all.cbegin(), all.cend(), [what](const QString &w) { return w.contains(QLatin1String(what)); }));
        };
        QCOMPARE(count("(mojibake)"), 97);
        QCOMPARE(count("is not in the schema's list"), 43);
        QCOMPARE(count("no dateNotification"), 65);
        QCOMPARE(count("trimmed"), 2);
        QCOMPARE(count("14 digits, checksum"), 2);
        QCOMPARE(count("no titulaires"), 2);
        QCOMPARE(count("appears again"), 1);
    }
}

void DecpTest::reimportChangesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("reimport.sqlite"));
    QFile::remove(path);
    {
        Database database;
        QVERIFY(database.open(path, Database::OpenMode::CreateIfMissing));
        Stores stores(database);
        DecpImport first;
        QVERIFY(import(stores, sharedDecp + aife, aife, first));
        DecpImport second;
        QVERIFY(import(stores, sharedDecp + v2, v2, second));
    }
    const QByteArray before = fileHash(path);
    for (const QString &file : {aife, v2}) {
        Database database;
        QVERIFY(database.open(path, Database::OpenMode::MustExist));
        Stores stores(database);
        DecpImport again;
        QVERIFY(import(stores, sharedDecp + file, file, again));
        QCOMPARE(again.createdCount(), 0);
        QCOMPARE(again.updatedCount(), 0);
        QCOMPARE(again.unchangedCount(), file == aife ? 112 : 1);
        QCOMPARE(again.changes(), QStringList{file == aife ? QStringLiteral("112 contract(s) unchanged")
                                                           : QStringLiteral("1 contract(s) unchanged")});
        QCOMPARE(counts(stores).contracts, 113);
    }
    QCOMPARE(fileHash(path), before);
}

void DecpTest::traps()
{
    Database database;
    QVERIFY(openNew(database, QStringLiteral("traps.sqlite")));
    Stores stores(database);
    DecpImport importer;
    QVERIFY(importer.prepare(stores, readFile(dataDir + QStringLiteral("/decp/decp_traps.json")), QStringLiteral("decp_traps.json")));
    QCOMPARE(importer.warnings(),
             QStringList({
                 QStringLiteral("decp_traps.json:3: warning: AC-2019-001: montant 0 on a framework agreement: maximum unknown, 0 stored; SIRET \"33922000600078 \" trimmed"),
                 QStringLiteral("decp_traps.json:22: warning: MA-2019-002: text with U+FFFD (mojibake) kept as published in acheteur.nom, objet; nature \"Marché\" disagrees with _type \"Contrat de concession\"; procedure \"Procédure négociée avec mise en concurrence préalable\" is not in the schema's list; holder SIRET \"41358646000021\" is not valid (14 digits, checksum): the holder is kept without SIRET"),
                 QStringLiteral("decp_traps.json:54: warning: DSP-2019-003: a concession contract: not imported"),
             }));
    QCOMPARE(importer.changes(),
             QStringList({
                 QStringLiteral("contract 21130039700018-AC-2019-001: new, Tierce maintenance applicative, maximum 0.00 excl. VAT, 2 holder(s)"),
                 QStringLiteral("contract 20004783500018-MA-2019-002: new, Logiciel de gestion de tr\uFFFDsorerie, maximum 150000.50 excl. VAT, 1 holder(s)"),
                 QStringLiteral("contract 20004783500018-MA-2019-002: amendment 1 of 2019-09-01: 0.00 excl. VAT, 6 month(s)"),
                 QStringLiteral("contract 20004783500018-MA-2019-002: amendment 2 of 2020-01-15: 29999.50 excl. VAT, 0 month(s)"),
             }));
    QString error;
    QVERIFY2(importer.apply(stores, &error), qPrintable(error));

    const auto framework = stores.contracts.contractByReference(QStringLiteral("21130039700018-AC-2019-001"));
    QVERIFY(framework);
    QCOMPARE(framework->title, QStringLiteral("Tierce maintenance applicative"));
    QCOMPARE(framework->buyer, QStringLiteral("Mairie de Fos sur Mer"));
    QCOMPARE(framework->notifiedOn, QDate(2019, 2, 1));
    QCOMPARE(framework->startOn, QDate(2019, 2, 1));
    QCOMPARE(framework->durationMonths, 36);
    QCOMPARE(framework->maxHt, Money::fromCents(0));
    const auto fields = stores.contracts.decpFields(framework->id);
    QVERIFY(fields);
    QCOMPARE(fields->decpId, QStringLiteral("AC-2019-001"));
    QCOMPARE(fields->buyerSiret, QStringLiteral("21130039700018"));
    const QJsonObject extra = QJsonDocument::fromJson(fields->extra.toUtf8()).object();
    QCOMPARE(extra.value(QLatin1String("codeCPV")).toString(), QStringLiteral("72267000"));
    QVERIFY(!extra.contains(QLatin1String("montant")));
    const QList<Lot> lots = stores.contracts.lots(framework->id).value();
    QCOMPARE(lots.size(), 1);
    QCOMPARE(lots.at(0).number, 1);
    QCOMPARE(lots.at(0).holders.size(), 2);
    QCOMPARE(lots.at(0).holders.at(0).name, QStringLiteral("LOGITUD SOLUTIONS SAS"));
    QCOMPARE(lots.at(0).holders.at(0).siret, QStringLiteral("48125959600023"));
    QCOMPARE(lots.at(0).holders.at(0).role, HolderRole::Lead);
    QCOMPARE(lots.at(0).holders.at(1).siret, QStringLiteral("33922000600078"));
    QCOMPARE(lots.at(0).holders.at(1).role, HolderRole::CoContractor);

    const auto market = stores.contracts.contractByReference(QStringLiteral("20004783500018-MA-2019-002"));
    QVERIFY(market);
    QCOMPARE(market->notifiedOn, QDate(2019, 3, 15)); // "2019-03-15+01:00"
    QCOMPARE(market->maxHt, Money::fromCents(15000050));
    QCOMPARE(stores.contracts.lots(market->id).value().at(0).holders.at(0).siret, QString()); // failed the checksum
    const auto amendments = stores.contracts.decpAmendments(market->id);
    QCOMPARE(amendments.value().size(), 2);
    QCOMPARE(amendments.value().at(0).second, QStringLiteral("1"));
    QCOMPARE(amendments.value().at(0).first.signedOn, QDate(2019, 9, 1));
    QCOMPARE(amendments.value().at(0).first.deltaMaxHt, Money::fromCents(0));
    QCOMPARE(amendments.value().at(0).first.deltaMonths, 6);
    QCOMPARE(amendments.value().at(0).first.reason, QStringLiteral("Prolongation de six mois"));
    QCOMPARE(amendments.value().at(1).second, QStringLiteral("2"));
    QCOMPARE(amendments.value().at(1).first.signedOn, QDate(2020, 1, 15));
    QCOMPARE(amendments.value().at(1).first.deltaMaxHt, Money::fromCents(2999950));
    QCOMPARE(amendments.value().at(1).first.deltaMonths, 0);
    QCOMPARE(stores.contracts.amendments(market->id).value().size(), 2);
}

void DecpTest::updateNeverDuplicates()
{
    Database database;
    QVERIFY(openNew(database, QStringLiteral("update.sqlite")));
    Stores stores(database);
    DecpImport first;
    QVERIFY(import(stores, dataDir + QStringLiteral("/decp/decp_traps.json"), QStringLiteral("decp_traps.json"), first));
    DecpImport update;
    QVERIFY(update.prepare(stores, readFile(dataDir + QStringLiteral("/decp/decp_traps_update.json")),
                           QStringLiteral("decp_traps_update.json")));
    QCOMPARE(update.changes(),
             QStringList({
                 QStringLiteral("contract 21130039700018-AC-2019-001: updated (maximum)"),
                 QStringLiteral("contract 20004783500018-MA-2019-002: updated (published fields)"),
                 QStringLiteral("contract 20004783500018-MA-2019-002: amendment 3 of 2020-06-30: 20000.00 excl. VAT, 6 month(s)"),
             }));
    QString error;
    QVERIFY2(update.apply(stores, &error), qPrintable(error));
    QCOMPARE(update.createdCount(), 0);
    QCOMPARE(update.updatedCount(), 2);
    const Counts c = counts(stores);
    QCOMPARE(c.contracts, 2);
    QCOMPARE(c.holders, 3);
    QCOMPARE(c.amendments, 3);
    const auto framework = stores.contracts.contractByReference(QStringLiteral("21130039700018-AC-2019-001"));
    QCOMPARE(framework->maxHt, Money::fromCents(25000000));
    QCOMPARE(stores.contracts.lots(framework->id).value().at(0).maxHt, Money::fromCents(25000000));
    const auto market = stores.contracts.contractByReference(QStringLiteral("20004783500018-MA-2019-002"));
    const auto amendments = stores.contracts.decpAmendments(market->id);
    QCOMPARE(amendments.value().at(2).second, QStringLiteral("3"));
    QCOMPARE(amendments.value().at(2).first.deltaMaxHt, Money::fromCents(2000000));
    QCOMPARE(amendments.value().at(2).first.deltaMonths, 6);
}

void DecpTest::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *message) {
        const QString file = QStringLiteral("malformed/") + QLatin1String(name);
        QTest::newRow(name) << file << file + QLatin1Char(':') + QString::fromUtf8(message) + QLatin1Char('\n');
    };
    row("decp_truncated.json", "21: the text ends inside an object");
    row("decp_missing_id.json", "15: id is missing");
    row("decp_bad_date.json", "22: dateNotification: \"2019-02-30\" is not a date (YYYY-MM-DD)");
    row("decp_three_decimals.json", "23: montant: \"1000.123\" has more than 2 decimals");
    row("decp_negative_duration.json", "21: dureeMois: -6 is not a whole number of months from 1 to 1200");
    row("decp_negative_amount.json", "23: montant: -1000 is negative");
    row("decp_wrong_type.json", "23: montant: a number is expected, not a string");
    row("decp_bad_buyer_siret.json", "17: acheteur.id: \"2113003970\" is not a SIRET (14 digits)");
    row("decp_not_marches.json", "1: a DECP file is a JSON object with \"marches\"");
}

void DecpTest::malformed()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    // A database that already holds DECP contracts: a refused file leaves it byte for byte as it was.
    const QString db = m_dir.filePath(QStringLiteral("malformed.sqlite"));
    if (!QFile::exists(db)) {
        const Run seed = PlafondTest::runPlafondIn({QStringLiteral("import"), QStringLiteral("decp"), QStringLiteral("decp/decp_traps.json"),
                                  QStringLiteral("--db"), db},
                                 dataDir);
        QCOMPARE(seed.exitCode, 0);
    }
    const QByteArray before = fileHash(db);
    const Run run = PlafondTest::runPlafondIn({QStringLiteral("import"), QStringLiteral("decp"), file, QStringLiteral("--db"), db}, dataDir);
    QCOMPARE(QString::fromUtf8(run.err), expected);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(fileHash(db), before);
    const Run dry = PlafondTest::runPlafondIn({QStringLiteral("import"), QStringLiteral("decp"), file, QStringLiteral("--db"), db,
                             QStringLiteral("--dry-run")},
                            dataDir);
    QCOMPARE(dry.exitCode, 2);
    QCOMPARE(fileHash(db), before);
}

void DecpTest::cancel()
{
    const QString path = m_dir.filePath(QStringLiteral("cancel.sqlite"));
    QFile::remove(path);
    {
        Database database;
        QVERIFY(database.open(path, Database::OpenMode::CreateIfMissing));
    }
    const QByteArray before = fileHash(path);
    {
        Database database;
        QVERIFY(database.open(path, Database::OpenMode::MustExist));
        Stores stores(database);
        // Cancelled while the file is read: an error, nothing to apply.
        DecpImport reading;
        Importer::Options options;
        qint64 asked = 0;
        options.progress = [&asked](qint64, qint64 total) {
            ++asked;
            return total == 0 || asked < 2;
        };
        QVERIFY(!reading.prepare(stores, readFile(sharedDecp + aife), aife, options));
        QCOMPARE(reading.errors(), QStringList{ImportProgress::cancelledMessage(aife)});
        // Cancelled while writing: rolled back.
        DecpImport writing;
        QVERIFY(writing.prepare(stores, readFile(sharedDecp + aife), aife));
        Importer::Options stop;
        qint64 calls = 0;
        QList<qint64> totals;
        stop.progress = [&calls, &totals](qint64, qint64 total) {
            totals << total;
            return ++calls < 2;
        };
        QString error;
        QVERIFY(!writing.apply(stores, stop, &error));
        QCOMPARE(error, ImportProgress::cancelledMessage(aife));
        QCOMPARE(totals.first(), 112);
        QCOMPARE(stores.contracts.contracts().value().size(), 0);
    }
    QCOMPARE(fileHash(path), before);
}


QTEST_GUILESS_MAIN(DecpTest)
#include "tst_decp.moc"
