// SPDX-License-Identifier: GPL-3.0-or-later
// The DECP export: the demo's contracts written as schema_decp_v2.0.3.json wants them, checked by a small
// validator of the keywords that schema uses (no JSON Schema validator is packaged for Debian 12's Qt); the
// published fields given back, what the schema forbids refused, a round trip through the import, and the
// command line's export and import.
#include "decpfiles.h"
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
#include <QRegularExpression>
#include <QtTest>

#include <cmath>

using namespace Plafond;
using namespace PlafondTest;

namespace {

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

} // namespace

class DecpExportTest : public QObject, private PlafondTest::DecpFiles
{
    Q_OBJECT

    QString m_demo; // the demo's database, written once by initTestCase()

private slots:
    void initTestCase();
    void validatorRejects();
    void exportDemo_data();
    void exportDemo();
    void exportGivesBackPublishedFields();
    void exportRefusesWhatTheSchemaForbids();
    void roundTrip();
    void commandLineExport();
};

void DecpExportTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(DemoData::writeTo(m_demo, &error), qPrintable(error));
}

void DecpExportTest::validatorRejects()
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

void DecpExportTest::exportDemo_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("modifications");
    QTest::newRow("ACIM-2012") << QStringLiteral("ACIM-2012") << 0;
    QTest::newRow("MEF-ELL-2020") << QStringLiteral("MEF-ELL-2020") << 1;
}

void DecpExportTest::exportDemo()
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

void DecpExportTest::exportGivesBackPublishedFields()
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

void DecpExportTest::exportRefusesWhatTheSchemaForbids()
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

void DecpExportTest::roundTrip()
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


void DecpExportTest::commandLineExport()
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


QTEST_GUILESS_MAIN(DecpExportTest)
#include "tst_decp_export.moc"
