// SPDX-License-Identifier: GPL-3.0-or-later
// The DECP import and export: the real files of ../shared/data/decp with their exact counts and warnings,
// re-imports that update instead of duplicating, malformed files refused through the plafond executable with
// the database byte for byte unchanged, and exports checked against schema_decp_v2.0.3.json by a small
// validator of the keywords that schema uses (no JSON Schema validator is packaged for Debian 12's Qt).
#include "filehash.h"
#include "plafondprocess.h"

#include "io/decpexport.h"
#include "io/decpimport.h"
#include "io/demodata.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace Plafond;
using PlafondTest::fileHash;
using PlafondTest::Run;

namespace {

const QString sharedDecp = QStringLiteral(PLAFOND_SHARED_DATA "/decp/");
const QString dataDir = QStringLiteral(PLAFOND_SOURCE_DIR "/tests/data");
const QString aife = QStringLiteral("decp_v1_2019_data.gouv.fr_aife_IT_cpv72-48.json");
const QString pes = QStringLiteral("decp_v1_2019_data.gouv.fr_pes_IT_cpv72-48.json");
const QString v2 = QStringLiteral("decp_v2_real_GIP-Maximilien_2024-02-29.json");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A JSON Schema validator for the keywords of schema_decp_v2.0.3.json (draft-07): $ref to "#/…", type,
// enum, pattern, minLength, maxLength, minimum, maximum, required, properties, additionalProperties, items,
// minItems, maxItems, uniqueItems, anyOf, oneOf, allOf. Any other keyword that constrains is reported as
// unsupported, so that the validator never passes a document by ignoring part of the schema.
class SchemaValidator
{
public:
    explicit SchemaValidator(const QJsonObject &root) : m_root(root) { }

    QStringList validate(const QJsonValue &value)
    {
        m_errors.clear();
        check(m_root, value, QStringLiteral("$"));
        return m_errors;
    }
    QStringList unsupported() const { return m_unsupported; }

private:
    QJsonObject resolve(const QString &ref)
    {
        if (!ref.startsWith(QLatin1String("#/"))) {
            m_unsupported << ref;
            return {};
        }
        QJsonValue node = m_root;
        for (const QString &part : ref.mid(2).split(QLatin1Char('/')))
            node = node.toObject().value(part);
        if (!node.isObject())
            m_unsupported << ref;
        return node.toObject();
    }
    static bool hasType(const QJsonValue &value, const QString &type)
    {
        if (type == QLatin1String("object"))
            return value.isObject();
        if (type == QLatin1String("array"))
            return value.isArray();
        if (type == QLatin1String("string"))
            return value.isString();
        if (type == QLatin1String("boolean"))
            return value.isBool();
        if (type == QLatin1String("null"))
            return value.isNull();
        if (type == QLatin1String("number"))
            return value.isDouble();
        if (type == QLatin1String("integer"))
            return value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
        return false;
    }
    bool valid(const QJsonObject &schema, const QJsonValue &value)
    {
        const QStringList saved = m_errors;
        m_errors.clear();
        check(schema, value, QString());
        const bool ok = m_errors.isEmpty();
        m_errors = saved;
        return ok;
    }
    void check(const QJsonObject &schema, const QJsonValue &value, const QString &path)
    {
        static const QStringList annotations{QStringLiteral("$id"), QStringLiteral("$schema"), QStringLiteral("title"),
                                             QStringLiteral("description"), QStringLiteral("definitions")};
        static const QStringList known{QStringLiteral("$ref"), QStringLiteral("type"), QStringLiteral("enum"),
                                       QStringLiteral("pattern"), QStringLiteral("minLength"), QStringLiteral("maxLength"),
                                       QStringLiteral("minimum"), QStringLiteral("maximum"), QStringLiteral("required"),
                                       QStringLiteral("properties"), QStringLiteral("additionalProperties"),
                                       QStringLiteral("items"), QStringLiteral("minItems"), QStringLiteral("maxItems"),
                                       QStringLiteral("uniqueItems"), QStringLiteral("anyOf"), QStringLiteral("oneOf"),
                                       QStringLiteral("allOf")};
        for (const QString &key : schema.keys()) {
            if (!annotations.contains(key) && !known.contains(key) && !m_unsupported.contains(key))
                m_unsupported << key;
        }
        auto error = [this, &path](const QString &message) { m_errors << path + QStringLiteral(": ") + message; };
        if (schema.contains(QLatin1String("$ref")))
            check(resolve(schema.value(QLatin1String("$ref")).toString()), value, path);
        if (schema.contains(QLatin1String("type"))) {
            const QJsonValue type = schema.value(QLatin1String("type"));
            bool ok = false;
            if (type.isArray()) {
                for (const QJsonValue &t : type.toArray())
                    ok = ok || hasType(value, t.toString());
            } else {
                ok = hasType(value, type.toString());
            }
            if (!ok) {
                error(QStringLiteral("not of type %1").arg(type.isArray() ? QStringLiteral("[…]") : type.toString()));
                return;
            }
        }
        if (schema.contains(QLatin1String("enum")) && !schema.value(QLatin1String("enum")).toArray().contains(value))
            error(QStringLiteral("%1 is not one of the enum values").arg(QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))));
        if (value.isString()) {
            const QString text = value.toString();
            const qsizetype length = text.toUcs4().size();
            if (schema.contains(QLatin1String("pattern"))) {
                const QRegularExpression pattern(schema.value(QLatin1String("pattern")).toString());
                if (!pattern.match(text).hasMatch())
                    error(QStringLiteral("\"%1\" does not match %2").arg(text, pattern.pattern()));
            }
            if (schema.contains(QLatin1String("minLength")) && length < schema.value(QLatin1String("minLength")).toInt())
                error(QStringLiteral("\"%1\" is too short").arg(text));
            if (schema.contains(QLatin1String("maxLength")) && length > schema.value(QLatin1String("maxLength")).toInt())
                error(QStringLiteral("\"%1\" is too long").arg(text));
        }
        if (value.isDouble()) {
            if (schema.contains(QLatin1String("minimum")) && value.toDouble() < schema.value(QLatin1String("minimum")).toDouble())
                error(QStringLiteral("%1 is below the minimum").arg(value.toDouble()));
            if (schema.contains(QLatin1String("maximum")) && value.toDouble() > schema.value(QLatin1String("maximum")).toDouble())
                error(QStringLiteral("%1 is above the maximum").arg(value.toDouble()));
        }
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (const QJsonValue &key : schema.value(QLatin1String("required")).toArray()) {
                if (!object.contains(key.toString()))
                    error(QStringLiteral("\"%1\" is required").arg(key.toString()));
            }
            const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (properties.contains(it.key())) {
                    check(properties.value(it.key()).toObject(), it.value(), path + QLatin1Char('.') + it.key());
                } else if (schema.contains(QLatin1String("additionalProperties"))) {
                    const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
                    if (additional.isBool() && !additional.toBool())
                        error(QStringLiteral("\"%1\" is not allowed").arg(it.key()));
                    else if (additional.isObject())
                        check(additional.toObject(), it.value(), path + QLatin1Char('.') + it.key());
                }
            }
        }
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            if (schema.contains(QLatin1String("minItems")) && array.size() < schema.value(QLatin1String("minItems")).toInt())
                error(QStringLiteral("fewer than %1 items").arg(schema.value(QLatin1String("minItems")).toInt()));
            if (schema.contains(QLatin1String("maxItems")) && array.size() > schema.value(QLatin1String("maxItems")).toInt())
                error(QStringLiteral("more than %1 items").arg(schema.value(QLatin1String("maxItems")).toInt()));
            if (schema.value(QLatin1String("uniqueItems")).toBool()) {
                for (qsizetype i = 0; i < array.size(); ++i) {
                    for (qsizetype j = i + 1; j < array.size(); ++j) {
                        if (array.at(i) == array.at(j))
                            error(QStringLiteral("items %1 and %2 are equal").arg(i).arg(j));
                    }
                }
            }
            if (schema.value(QLatin1String("items")).isObject()) {
                for (qsizetype i = 0; i < array.size(); ++i)
                    check(schema.value(QLatin1String("items")).toObject(), array.at(i), path + QStringLiteral("[%1]").arg(i));
            }
        }
        if (schema.contains(QLatin1String("anyOf")) || schema.contains(QLatin1String("oneOf"))) {
            const bool one = schema.contains(QLatin1String("oneOf"));
            int matches = 0;
            for (const QJsonValue &sub : schema.value(QLatin1String(one ? "oneOf" : "anyOf")).toArray())
                matches += valid(sub.toObject(), value) ? 1 : 0;
            if (matches == 0 || (one && matches != 1))
                error(QStringLiteral("%1 of the %2 alternatives match").arg(matches).arg(QLatin1String(one ? "oneOf" : "anyOf")));
        }
        for (const QJsonValue &sub : schema.value(QLatin1String("allOf")).toArray())
            check(sub.toObject(), value, path);
    }

    QJsonObject m_root;
    QStringList m_errors;
    QStringList m_unsupported;
};

QJsonObject decpSchema()
{
    return QJsonDocument::fromJson(readFile(sharedDecp + QStringLiteral("schema_decp_v2.0.3.json"))).object();
}

// The errors of a document against the schema, "JSON: …" when it is not JSON at all.
QStringList schemaErrors(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        return {QStringLiteral("JSON: ") + parseError.errorString()};
    SchemaValidator validator(decpSchema());
    QStringList errors = validator.validate(document.object());
    for (const QString &keyword : validator.unsupported())
        errors << QStringLiteral("unsupported schema keyword: ") + keyword;
    return errors;
}

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

class DecpTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void realFiles_data();
    void realFiles();
    void reimportChangesNothing();
    void traps();
    void updateNeverDuplicates();
    void validatorRejects();
    void exportDemo_data();
    void exportDemo();
    void exportGivesBackPublishedFields();
    void exportRefusesWhatTheSchemaForbids();
    void roundTrip();
    void malformed_data();
    void malformed();
    void commandLineExport();
    void cancel();

private:
    // A new database file in the temporary directory, opened.
    bool openNew(Database &database, const QString &name);
    bool import(Stores &stores, const QString &path, const QString &shownName, DecpImport &importer);

    QTemporaryDir m_dir;
    QString m_demo;
};

bool DecpTest::openNew(Database &database, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return database.open(path, Database::OpenMode::CreateIfMissing);
}

bool DecpTest::import(Stores &stores, const QString &path, const QString &shownName, DecpImport &importer)
{
    if (!importer.prepare(stores, readFile(path), shownName)) {
        qWarning() << importer.errors();
        return false;
    }
    QString error;
    if (!importer.apply(stores, &error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

void DecpTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(DemoData::writeTo(m_demo, &error), qPrintable(error));
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

void DecpTest::validatorRejects()
{
    // The validator itself: the buyers' flat 2024 file is not in the schema's shape, and a valid export
    // with a field removed or out of range is refused.
    const QStringList flat = schemaErrors(readFile(sharedDecp + v2));
    QVERIFY(flat.contains(QStringLiteral("$.marches: not of type object")));
    QString error;
    Database database;
    QVERIFY(database.open(m_demo, Database::OpenMode::MustExist));
    Stores stores(database);
    const auto json = DecpExport::contract(stores, QStringLiteral("ACIM-2012"), nullptr, &error);
    QVERIFY2(json, qPrintable(error));
    QCOMPARE(schemaErrors(*json), QStringList());
    QJsonObject root = QJsonDocument::fromJson(*json).object();
    QJsonObject marches = root.value(QLatin1String("marches")).toObject();
    QJsonArray list = marches.value(QLatin1String("marche")).toArray();
    QJsonObject record = list.at(0).toObject();
    record.remove(QLatin1String("montant"));
    record.insert(QLatin1String("dureeMois"), 0);
    record.insert(QLatin1String("unknown"), true);
    list[0] = record;
    marches.insert(QLatin1String("marche"), list);
    root.insert(QLatin1String("marches"), marches);
    QCOMPARE(schemaErrors(QJsonDocument(root).toJson()),
             QStringList({QStringLiteral("$.marches.marche[0]: \"montant\" is required"),
                          QStringLiteral("$.marches.marche[0].dureeMois: 0 is below the minimum"),
                          QStringLiteral("$.marches.marche[0]: \"unknown\" is not allowed")}));
}

void DecpTest::exportDemo_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("modifications");
    QTest::newRow("ACIM-2012") << QStringLiteral("ACIM-2012") << 0;
    QTest::newRow("MEF-ELL-2020") << QStringLiteral("MEF-ELL-2020") << 1;
}

void DecpTest::exportDemo()
{
    QFETCH(QString, reference);
    QFETCH(int, modifications);
    Database database;
    QVERIFY(database.open(m_demo, Database::OpenMode::MustExist));
    Stores stores(database);
    QStringList warnings;
    QString error;
    const auto json = DecpExport::contract(stores, reference, &warnings, &error);
    QVERIFY2(json, qPrintable(error));
    QCOMPARE(schemaErrors(*json), QStringList());
    QVERIFY(warnings.contains(QStringLiteral("contract %1: the buyer's SIRET is unknown: 00000000000000 written").arg(reference)));
    const QJsonObject record = QJsonDocument::fromJson(*json).object().value(QLatin1String("marches")).toObject()
                                   .value(QLatin1String("marche")).toArray().at(0).toObject();
    const auto contract = stores.contracts.contractByReference(reference);
    QCOMPARE(record.value(QLatin1String("id")).toString(), reference);
    QCOMPARE(record.value(QLatin1String("objet")).toString(), contract->title);
    QCOMPARE(record.value(QLatin1String("dureeMois")).toInt(), contract->durationMonths);
    QCOMPARE(record.value(QLatin1String("dateNotification")).toString(), contract->notifiedOn.toString(Qt::ISODate));
    // The amount as written, not through a double.
    QVERIFY(json->contains("\"montant\": " + contract->maxHt.toDecimalString().toUtf8() + ','));
    QCOMPARE(record.value(QLatin1String("modifications")).toArray().size(), modifications);
}

void DecpTest::exportGivesBackPublishedFields()
{
    Database database;
    QVERIFY(openNew(database, QStringLiteral("export-traps.sqlite")));
    Stores stores(database);
    DecpImport first;
    QVERIFY(import(stores, dataDir + QStringLiteral("/decp/decp_traps_update.json"), QStringLiteral("decp_traps_update.json"), first));
    QString error;
    const auto json = DecpExport::contract(stores, QStringLiteral("20004783500018-MA-2019-002"), nullptr, &error);
    QVERIFY2(json, qPrintable(error));
    QCOMPARE(schemaErrors(*json), QStringList());
    const QJsonObject record = QJsonDocument::fromJson(*json).object().value(QLatin1String("marches")).toObject()
                                   .value(QLatin1String("marche")).toArray().at(0).toObject();
    QCOMPARE(record.value(QLatin1String("id")).toString(), QStringLiteral("MA-2019-002"));
    QCOMPARE(record.value(QLatin1String("acheteur")).toObject().value(QLatin1String("id")).toString(), QStringLiteral("20004783500018"));
    QCOMPARE(record.value(QLatin1String("codeCPV")).toString(), QStringLiteral("48000000"));
    QCOMPARE(record.value(QLatin1String("lieuExecution")).toObject().value(QLatin1String("code")).toString(), QStringLiteral("17"));
    QCOMPARE(record.value(QLatin1String("procedure")).toString(), QStringLiteral("Procédure avec négociation"));
    QCOMPARE(record.value(QLatin1String("datePublicationDonnees")).toString(), QStringLiteral("2019-03-20"));
    QCOMPARE(record.value(QLatin1String("typesPrix")).toObject().value(QLatin1String("typePrix")).toArray(),
             QJsonArray{QStringLiteral("Définitif ferme")});
    // The holder stored without SIRET (checksum) is given back with the published identifier.
    QCOMPARE(record.value(QLatin1String("titulaires")).toArray().at(0).toObject().value(QLatin1String("titulaire")).toObject()
                 .value(QLatin1String("id")).toString(),
             QStringLiteral("41358646000021"));
    QVERIFY(json->contains("\"montant\": 150000.50,"));
    const QJsonArray modifications = record.value(QLatin1String("modifications")).toArray();
    QCOMPARE(modifications.size(), 3);
    const QJsonObject third = modifications.at(2).toObject().value(QLatin1String("modification")).toObject();
    QCOMPARE(third.value(QLatin1String("id")).toInt(), 3);
    QCOMPARE(third.value(QLatin1String("dateNotificationModification")).toString(), QStringLiteral("2020-06-30"));
    QCOMPARE(third.value(QLatin1String("datePublicationDonneesModification")).toString(), QStringLiteral("2020-07-02"));
    QCOMPARE(third.value(QLatin1String("dureeMois")).toInt(), 24);
    QVERIFY(json->contains("\"montant\": 200000.00\n"));
    const QJsonObject firstModification = modifications.at(0).toObject().value(QLatin1String("modification")).toObject();
    QCOMPARE(firstModification.value(QLatin1String("dureeMois")).toInt(), 18);
    QVERIFY(!firstModification.contains(QLatin1String("montant")));
}

void DecpTest::exportRefusesWhatTheSchemaForbids()
{
    Database database;
    QVERIFY(openNew(database, QStringLiteral("refused.sqlite")));
    Stores stores(database);
    DecpImport first;
    QVERIFY(import(stores, dataDir + QStringLiteral("/decp/decp_traps.json"), QStringLiteral("decp_traps.json"), first));
    QString error;
    DecpExport::Failure failure = DecpExport::Failure::None;
    QVERIFY(!DecpExport::contract(stores, QStringLiteral("21130039700018-AC-2019-001"), nullptr, &error, &failure));
    QCOMPARE(failure, DecpExport::Failure::NotExportable);
    QCOMPARE(error, QStringLiteral("contract 21130039700018-AC-2019-001 has no maximum (0.00): the DECP format requires a montant of at least 1"));
    QVERIFY(!DecpExport::contract(stores, QStringLiteral("NOPE"), nullptr, &error, &failure));
    QCOMPARE(failure, DecpExport::Failure::UnknownContract);
    QCOMPARE(error, QStringLiteral("no contract NOPE in this database"));
}

void DecpTest::roundTrip()
{
    Database database;
    QVERIFY(openNew(database, QStringLiteral("roundtrip.sqlite")));
    Stores stores(database);
    DecpImport first;
    QVERIFY(import(stores, sharedDecp + v2, v2, first));
    const QString reference = QStringLiteral("13001845000028-2024_D2F_2023S12323_33 962_01");
    const auto before = stores.contracts.contractByReference(reference);
    QVERIFY(before);
    QCOMPARE(before->title, QStringLiteral("Développement et intégration à l’écosystème de la plateforme Maximilien d’un système d’information relatif à la gestion des consultations de formation professionnelle."));
    QCOMPARE(before->buyer, QStringLiteral("13001845000028"));
    QCOMPARE(before->notifiedOn, QDate(2024, 1, 2));
    QCOMPARE(before->durationMonths, 15);
    QCOMPARE(before->maxHt, Money::fromCents(95254375));
    const QList<Lot> lotsBefore = stores.contracts.lots(before->id).value();

    QString error;
    const auto json = DecpExport::contract(stores, reference, nullptr, &error);
    QVERIFY2(json, qPrintable(error));
    QCOMPARE(schemaErrors(*json), QStringList());
    const QJsonObject record = QJsonDocument::fromJson(*json).object().value(QLatin1String("marches")).toObject()
                                   .value(QLatin1String("marche")).toArray().at(0).toObject();
    // 29 characters do not fit the schema's 16: the exported identifier maps back to the contract.
    QCOMPARE(record.value(QLatin1String("id")).toString(), DecpImport::exportId(QStringLiteral("2024_D2F_2023S12323_33 962_01")));
    QCOMPARE(record.value(QLatin1String("id")).toString().size(), 16);
    QCOMPARE(record.value(QLatin1String("nature")).toString(), QStringLiteral("Marché de défense ou de sécurité"));
    QCOMPARE(record.value(QLatin1String("ccag")).toString(), QStringLiteral("Fournitures courantes et services"));
    QCOMPARE(record.value(QLatin1String("formePrix")).toString(), QStringLiteral("Forfaitaire"));
    QCOMPARE(record.value(QLatin1String("datePublicationDonnees")).toString(), QStringLiteral("2024-02-29"));
    QVERIFY(json->contains("\"montant\": 952543.75,"));

    DecpImport again;
    QVERIFY(again.prepare(stores, *json, QStringLiteral("export.json")));
    QCOMPARE(again.warnings(), QStringList());
    QCOMPARE(again.changes(), QStringList{QStringLiteral("contract %1: updated (published fields)").arg(reference)});
    QVERIFY2(again.apply(stores, &error), qPrintable(error));
    QCOMPARE(again.createdCount(), 0);
    QCOMPARE(stores.contracts.contracts().value().size(), 1);
    const auto after = stores.contracts.contractByReference(reference);
    QCOMPARE(after->title, before->title);
    QCOMPARE(after->buyer, before->buyer);
    QCOMPARE(after->notifiedOn, before->notifiedOn);
    QCOMPARE(after->startOn, before->startOn);
    QCOMPARE(after->durationMonths, before->durationMonths);
    QCOMPARE(after->maxHt, before->maxHt);
    QCOMPARE(stores.contracts.decpFields(after->id)->decpId, QStringLiteral("2024_D2F_2023S12323_33 962_01"));
    const QList<Lot> lotsAfter = stores.contracts.lots(after->id).value();
    QCOMPARE(lotsAfter.size(), lotsBefore.size());
    QCOMPARE(lotsAfter.at(0).maxHt, lotsBefore.at(0).maxHt);
    QCOMPARE(lotsAfter.at(0).holders.size(), 1);
    QCOMPARE(lotsAfter.at(0).holders.at(0).siret, QStringLiteral("44090956200041"));
    QCOMPARE(lotsAfter.at(0).holders.at(0).name, lotsBefore.at(0).holders.at(0).name);
    // And the export of the re-imported contract is the same file.
    const auto second = DecpExport::contract(stores, reference, nullptr, &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(*second, *json);
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

void DecpTest::commandLineExport()
{
    const QString out = m_dir.filePath(QStringLiteral("acim.json"));
    const Run run = PlafondTest::runPlafondIn({QStringLiteral("export"), QStringLiteral("decp"), QStringLiteral("--db"), m_demo,
                             QStringLiteral("--contract"), QStringLiteral("ACIM-2012"), QStringLiteral("--out"), out},
                            m_dir.path());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("DECP written to " + out.toUtf8() + '\n'));
    // The demo knows neither the buyer's SIRET nor its holders': told, and written as the schema allows.
    QCOMPARE(run.err, QByteArray("warning: contract ACIM-2012: holder Capgemini has no identifier: written with an empty id\n"
                                 "warning: contract ACIM-2012: holder Alter Way has no identifier: written with an empty id\n"
                                 "warning: contract ACIM-2012: holder Zenika has no identifier: written with an empty id\n"
                                 "warning: contract ACIM-2012: the buyer's SIRET is unknown: 00000000000000 written\n"));
    QCOMPARE(schemaErrors(readFile(out)), QStringList());

    const Run unknown = PlafondTest::runPlafondIn({QStringLiteral("export"), QStringLiteral("decp"), QStringLiteral("--db"), m_demo,
                                 QStringLiteral("--contract"), QStringLiteral("NOPE"), QStringLiteral("--out"), out},
                                m_dir.path());
    QCOMPARE(unknown.exitCode, 2);
    QCOMPARE(unknown.err, QByteArray("--contract: no contract NOPE in this database\n"));
    const Run missing = PlafondTest::runPlafondIn({QStringLiteral("export"), QStringLiteral("decp"), QStringLiteral("--db"), m_demo,
                                 QStringLiteral("--out"), out},
                                m_dir.path());
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("export decp: --contract REF is required"));

    // Import through the command line: warnings on stderr, the dry run tells and writes nothing.
    const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    QFile::remove(db);
    const Run dry = PlafondTest::runPlafondIn({QStringLiteral("import"), QStringLiteral("decp"), QStringLiteral("decp/decp_traps.json"),
                             QStringLiteral("--db"), db, QStringLiteral("--dry-run")},
                            dataDir);
    QCOMPARE(dry.exitCode, 0);
    QVERIFY(dry.out.startsWith("Dry run: nothing written."));
    QVERIFY(dry.out.contains("  contract 21130039700018-AC-2019-001: new, Tierce maintenance applicative, maximum 0.00 excl. VAT, 2 holders\n"));
    QVERIFY(!QFile::exists(db));
    const Run real = PlafondTest::runPlafondIn({QStringLiteral("import"), QStringLiteral("decp"), QStringLiteral("decp/decp_traps.json"),
                              QStringLiteral("--db"), db},
                             dataDir);
    QCOMPARE(real.exitCode, 0);
    QCOMPARE(real.out, QByteArray("DECP imported from decp/decp_traps.json: 2 contract(s) created, 0 updated, 0 unchanged\n"));
    QCOMPARE(real.err.count('\n'), 3);
    QVERIFY(real.err.startsWith("decp/decp_traps.json:3: warning: AC-2019-001: montant 0 on a framework agreement"));
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
