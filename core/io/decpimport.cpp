// SPDX-License-Identifier: GPL-3.0-or-later
#include "decpimport.h"

#include "domain/lifecycle.h"
#include "jsonfields.h"
#include "jsontree.h"
#include "jsonwriter.h"
#include "importlookups.h"
#include "storage/stores.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace Plafond {

namespace {

const QStringList &marcheNatures()
{
    static const QStringList natures{QStringLiteral("Marché"), QStringLiteral("Marché de partenariat"),
                                     QStringLiteral("Marché de défense ou de sécurité"), QStringLiteral("Accord-cadre"),
                                     QStringLiteral("Marché subséquent")};
    return natures;
}

const QStringList &concessionNatures()
{
    static const QStringList natures{QStringLiteral("Concession de travaux"), QStringLiteral("Concession de service"),
                                     QStringLiteral("Concession de service public"),
                                     QStringLiteral("Délégation de service public")};
    return natures;
}

// The same six procedures in schema_decp_v1.5.0_marches.json and schema_decp_v2.0.3.json.
const QStringList &schemaProcedures()
{
    static const QStringList procedures{QStringLiteral("Procédure adaptée"), QStringLiteral("Appel d'offres ouvert"),
                                        QStringLiteral("Appel d'offres restreint"),
                                        QStringLiteral("Procédure avec négociation"),
                                        QStringLiteral("Marché passé sans publicité ni mise en concurrence préalable"),
                                        QStringLiteral("Dialogue compétitif")};
    return procedures;
}

// "2019-03-07" or, as the 2019 schema allows, with an offset ("2019-03-07+01:00"): the offset is dropped.
std::optional<QDate> decpDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})([+-]\\d{2}:\\d{2}Z?|Z)?$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

bool fourteenDigits(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{14}$"));
    return shape.match(text).hasMatch();
}

// The paths ("objet", "lieuExecution.nom", "titulaires.denominationSociale") of the texts holding U+FFFD.
void findMojibake(const JsonNode &node, const QString &path, QStringList &paths)
{
    switch (node.type) {
    case JsonNode::Type::String:
        if (node.text.contains(QChar(0xFFFD)) && !paths.contains(path))
            paths << path;
        return;
    case JsonNode::Type::Array:
        for (const JsonNode &item : node.items)
            findMojibake(item, path, paths);
        return;
    case JsonNode::Type::Object:
        for (const auto &member : node.members) {
            // The 2024 schema's wrappers ({"titulaire": {...}}) do not make the path longer.
            const bool wrapper = node.members.size() == 1
                && (member.first == QLatin1String("titulaire") || member.first == QLatin1String("modification"));
            const QString child = wrapper ? path : path.isEmpty() ? member.first : path + QLatin1Char('.') + member.first;
            findMojibake(member.second, child, paths);
        }
        return;
    default:
        return;
    }
}

// {"titulaire": {...}} (schema 2.0.3) or the object itself (2019 and flat 2024 files).
const JsonNode &unwrap(const JsonNode &node, const char *wrapper)
{
    if (node.type == JsonNode::Type::Object && node.members.size() == 1
        && node.members.first().first == QLatin1String(wrapper) && node.members.first().second.type == JsonNode::Type::Object)
        return node.members.first().second;
    return node;
}

// Reads one record's fields; each problem is reported at the value's line.
class Reader : public JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(DecpImport)
public:
    using JsonFields::JsonFields;
    // Nothing (and no error) when the key is absent or null and not required.
    const JsonNode *get(const QString &key, JsonNode::Type type, bool required) const
    {
        const JsonNode *node = m_object.member(key);
        if (!node || node->isNull()) {
            if (required)
                m_report(node ? node->line : m_object.line, tr("%1%2 is missing").arg(m_where, key));
            return nullptr;
        }
        return typed(key, node, type);
    }
    QString text(const QString &key, bool required) const
    {
        const JsonNode *node = get(key, JsonNode::Type::String, required);
        if (node && required && node->text.trimmed().isEmpty()) {
            m_report(node->line, tr("%1%2: the text is empty").arg(m_where, key));
            return QString();
        }
        return node ? node->text : QString();
    }
    std::optional<QDate> date(const QString &key, bool required) const
    {
        const JsonNode *node = get(key, JsonNode::Type::String, required);
        return node ? JsonFields::date(key, *node, decpDate) : std::nullopt;
    }
    std::optional<Money> amount(const QString &key, bool required) const
    {
        const JsonNode *node = get(key, JsonNode::Type::Number, required);
        if (!node)
            return std::nullopt;
        QString parseError;
        const auto value = Money::fromDecimalString(node->text, &parseError);
        if (!value) {
            tell(node->line, key, parseError);
            return std::nullopt;
        }
        if (value->isNegative()) {
            m_report(node->line, tr("%1%2: %3 is negative").arg(m_where, key, node->text));
            return std::nullopt;
        }
        return value;
    }
    std::optional<int> months(const QString &key, bool required) const
    {
        const JsonNode *node = get(key, JsonNode::Type::Number, required);
        if (!node)
            return std::nullopt;
        bool ok = false;
        const int value = node->text.toInt(&ok);
        if (!ok || value < 1 || value > 1200) {
            m_report(node->line, tr("%1%2: %3 is not a whole number of months from 1 to 1200").arg(m_where, key, node->text));
            return std::nullopt;
        }
        return value;
    }
};

} // namespace

QString DecpImport::reference(const QString &buyerSiret, const QString &decpId)
{
    return buyerSiret + QLatin1Char('-') + decpId;
}

QString DecpImport::exportId(const QString &decpId)
{
    if (decpId.size() <= 16)
        return decpId;
    const QByteArray hash = QCryptographicHash::hash(decpId.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return decpId.left(7) + QLatin1Char('~') + QString::fromLatin1(hash);
}

bool DecpImport::prepare(Stores &stores, const QByteArray &bytes, const QString &fileName, const Options &options)
{
    setProgress(options.progress);
    begin(fileName);
    m_pending.clear();
    const auto root = parseJson(bytes);
    if (!root)
        return false;
    const JsonNode *marches = root->type == JsonNode::Type::Object ? root->member(QStringLiteral("marches")) : nullptr;
    if (!marches) {
        error(root->line, tr("a DECP file is a JSON object with \"marches\""));
        return false;
    }
    QList<const JsonNode *> nodes;
    if (marches->type == JsonNode::Type::Array) {
        for (const JsonNode &item : marches->items)
            nodes << &item;
    } else if (marches->type == JsonNode::Type::Object) {
        // Schema 2.0.3: {"marche": [...], "contrat-concession": [...]}.
        const JsonNode *list = marches->member(QStringLiteral("marche"));
        const JsonNode *concessions = marches->member(QStringLiteral("contrat-concession"));
        if (!list && !concessions) {
            error(marches->line, tr("marches: \"marche\" is missing"));
            return false;
        }
        for (const JsonNode *array : {list, concessions}) {
            if (array && array->type != JsonNode::Type::Array) {
                error(array->line, tr("marches: an array is expected, not %1").arg(JsonTree::typeName(array->type)));
                return false;
            }
        }
        if (list) {
            for (const JsonNode &item : list->items)
                nodes << &item;
        }
        if (concessions) {
            for (const JsonNode &item : concessions->items)
                m_warnings << tr("%1:%2: warning: a concession contract: not imported").arg(m_fileName).arg(item.line);
        }
    } else {
        error(marches->line, tr("marches: an array of records is expected, not %1").arg(JsonTree::typeName(marches->type)));
        return false;
    }
    QList<Record> records;
    m_progress.start(nodes.size());
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        readRecord(*nodes.at(i), records);
        if (!m_progress.advance(i + 1))
            break;
    }
    if (m_progress.isCancelled() || !m_progress.finish())
        return cancelled();
    if (m_errors.isEmpty()) {
        if (const Status planned = plan(stores, records); !planned)
            m_errors << planned.message();
    }
    // Told in file order: the user reads the file from the top.
    sortByLine();
    if (!m_errors.isEmpty())
        m_pending.clear();
    return m_errors.isEmpty();
}

void DecpImport::readRecord(const JsonNode &node, QList<Record> &records)
{
    if (node.type != JsonNode::Type::Object) {
        error(node.line, tr("marches: a record is an object, not %1").arg(JsonTree::typeName(node.type)));
        return;
    }
    const int errorsBefore = static_cast<int>(m_errors.size());
    auto report = [this](int line, const QString &message) { error(line, message); };
    const Reader r(node, report, QString());
    QStringList traps; // this record's tolerated oddities, told in one warning

    Record record;
    record.line = node.line;
    const JsonNode *idNode = r.get(QStringLiteral("id"), JsonNode::Type::String, true);
    if (idNode) {
        record.decpId = idNode->text.trimmed();
        if (record.decpId.isEmpty())
            error(idNode->line, tr("id: the text is empty"));
    }
    const QString label = record.decpId.isEmpty() ? tr("record") : record.decpId;

    // _type and nature: a concession is not a contract Plafond supervises.
    const QString type = r.text(QStringLiteral("_type"), false);
    const QString nature = r.text(QStringLiteral("nature"), false);
    const bool typeConcession = type == QLatin1String("Contrat de concession");
    const bool natureConcession = concessionNatures().contains(nature);
    if (typeConcession && (natureConcession || nature.isEmpty())) {
        if (m_errors.size() == errorsBefore)
            m_warnings << tr("%1:%2: warning: %3: a concession contract: not imported").arg(m_fileName).arg(node.line).arg(label);
        return;
    }
    if (!nature.isEmpty() && !marcheNatures().contains(nature) && !natureConcession)
        traps << tr("nature \"%1\" is not a known nature").arg(nature);
    else if (!type.isEmpty() && (typeConcession != natureConcession || (type != QStringLiteral("Marché") && !typeConcession)))
        traps << tr("nature \"%1\" disagrees with _type \"%2\"").arg(nature, type);

    // The buyer: its SIRET is part of the key.
    if (const JsonNode *buyer = r.get(QStringLiteral("acheteur"), JsonNode::Type::Object, true)) {
        const Reader b(*buyer, report, QStringLiteral("acheteur."));
        const JsonNode *siret = b.get(QStringLiteral("id"), JsonNode::Type::String, true);
        if (siret) {
            record.buyerSiret = siret->text.trimmed();
            if (record.buyerSiret != siret->text)
                traps << tr("SIRET \"%1\" trimmed").arg(siret->text);
            if (!fourteenDigits(record.buyerSiret))
                error(siret->line, tr("acheteur.id: \"%1\" is not a SIRET (14 digits)").arg(siret->text));
            else if (!isValidSiret(record.buyerSiret))
                traps << tr("buyer SIRET %1 fails the checksum: kept as published").arg(record.buyerSiret);
        }
        record.buyerName = b.text(QStringLiteral("nom"), false).trimmed();
    }
    if (record.buyerName.isEmpty())
        record.buyerName = record.buyerSiret; // the 2024 format names the buyer by its SIRET only

    record.title = r.text(QStringLiteral("objet"), true).trimmed();
    const QString procedure = r.text(QStringLiteral("procedure"), false);
    if (!procedure.isEmpty() && !schemaProcedures().contains(procedure))
        traps << tr("procedure \"%1\" is not in the schema's list").arg(procedure);
    if (const auto notified = r.date(QStringLiteral("dateNotification"), false))
        record.notifiedOn = *notified;
    else if (!node.member(QStringLiteral("dateNotification")) || node.member(QStringLiteral("dateNotification"))->isNull())
        traps << tr("no dateNotification: the contract has no notification or start date");
    (void)r.date(QStringLiteral("datePublicationDonnees"), false); // checked, kept with the other published fields
    if (const auto months = r.months(QStringLiteral("dureeMois"), true))
        record.durationMonths = *months;

    // A framework agreement: "nature": "Accord-cadre" (2019) or the technique "Accord-cadre" (2024).
    bool framework = nature == QLatin1String("Accord-cadre");
    const JsonNode *techniques = node.member(QStringLiteral("techniques"));
    const JsonNode *technique = techniques && techniques->type == JsonNode::Type::Object
        ? techniques->member(QStringLiteral("technique"))
        : node.member(QStringLiteral("technique"));
    if (technique && technique->type == JsonNode::Type::Array) {
        for (const JsonNode &item : technique->items)
            framework = framework || (item.type == JsonNode::Type::String && item.text == QLatin1String("Accord-cadre"));
    }
    if (const auto amount = r.amount(QStringLiteral("montant"), true)) {
        record.maxHt = *amount;
        if (amount->isZero())
            traps << (framework ? tr("montant 0 on a framework agreement: maximum unknown, 0 stored")
                                : tr("montant 0: amount unknown, 0 stored"));
    }

    // Holders: the first leads, the others are co-contractors.
    if (const JsonNode *holders = r.get(QStringLiteral("titulaires"), JsonNode::Type::Array, false)) {
        for (const JsonNode &item : holders->items) {
            const JsonNode &h = unwrap(item, "titulaire");
            if (h.type != JsonNode::Type::Object) {
                error(h.line, tr("titulaires: a holder is an object, not %1").arg(JsonTree::typeName(h.type)));
                continue;
            }
            const Reader hr(h, report, QStringLiteral("titulaires: "));
            const QString idType = hr.text(QStringLiteral("typeIdentifiant"), false);
            const QString rawId = hr.text(QStringLiteral("id"), false);
            const QString id = rawId.trimmed();
            if (id != rawId)
                traps << tr("SIRET \"%1\" trimmed").arg(rawId);
            Holder holder;
            holder.name = hr.text(QStringLiteral("denominationSociale"), false).trimmed();
            if (holder.name.isEmpty())
                holder.name = id;
            if (holder.name.isEmpty()) {
                error(h.line, tr("titulaires: a holder has neither id nor denominationSociale"));
                continue;
            }
            if (idType.isEmpty() || idType == QLatin1String("SIRET")) {
                // The database keeps only valid SIRETs (Stores::saveLot); the published one stays in the
                // DECP fields, so that the export gives it back.
                if (isValidSiret(id))
                    holder.siret = id;
                else
                    traps << tr("holder SIRET \"%1\" is not valid (14 digits, checksum): the holder is kept without SIRET").arg(id);
            }
            holder.role = record.holders.isEmpty() ? HolderRole::Lead : HolderRole::CoContractor;
            record.holders << holder;
        }
    }
    if (record.holders.isEmpty() && m_errors.size() == errorsBefore)
        traps << tr("no titulaires: the lot has no holder");

    // Modifications: the new amount and duration, turned into differences from the one before.
    if (const JsonNode *modifications = r.get(QStringLiteral("modifications"), JsonNode::Type::Array, false)) {
        Money amount = record.maxHt;
        int months = record.durationMonths;
        QSet<QString> ids;
        for (int i = 0; i < modifications->items.size(); ++i) {
            const JsonNode &m = unwrap(modifications->items.at(i), "modification");
            if (m.type != JsonNode::Type::Object) {
                error(m.line, tr("modifications: a modification is an object, not %1").arg(JsonTree::typeName(m.type)));
                continue;
            }
            const Reader mr(m, report, QStringLiteral("modifications: "));
            Modification mod;
            mod.line = m.line;
            mod.decpId = QString::number(i + 1);
            if (const JsonNode *id = m.member(QStringLiteral("id")); id && !id->isNull()) {
                if (id->type != JsonNode::Type::Number && id->type != JsonNode::Type::String)
                    error(id->line, tr("modifications: id: a number is expected, not %1").arg(JsonTree::typeName(id->type)));
                else
                    mod.decpId = id->text.trimmed();
            }
            if (ids.contains(mod.decpId))
                error(m.line, tr("modifications: modification %1 appears twice").arg(mod.decpId));
            ids.insert(mod.decpId);
            const auto notified = mr.date(QStringLiteral("dateNotificationModification"), false);
            const auto published = mr.date(QStringLiteral("datePublicationDonneesModification"), false);
            if (notified)
                mod.signedOn = *notified;
            else if (published)
                mod.signedOn = *published;
            else if (!m.member(QStringLiteral("dateNotificationModification"))
                     && !m.member(QStringLiteral("datePublicationDonneesModification")))
                error(m.line, tr("modifications: dateNotificationModification is missing"));
            mod.reason = mr.text(QStringLiteral("objetModification"), false).trimmed();
            if (mod.reason.isEmpty())
                mod.reason = tr("DECP modification %1").arg(mod.decpId);
            if (const auto newAmount = mr.amount(QStringLiteral("montant"), false)) {
                mod.deltaMaxHt = Money::fromCents(newAmount->cents() - amount.cents());
                amount = *newAmount;
            }
            if (const auto newMonths = mr.months(QStringLiteral("dureeMois"), false)) {
                mod.deltaMonths = *newMonths - months;
                months = *newMonths;
            }
            record.modifications << mod;
        }
    }

    QStringList mojibake;
    findMojibake(node, QString(), mojibake);
    if (!mojibake.isEmpty())
        traps.prepend(tr("text with U+FFFD (mojibake) kept as published in %1").arg(mojibake.join(QStringLiteral(", "))));

    if (m_errors.size() != errorsBefore)
        return;
    // The published fields Plafond does not model, kept for the export.
    JsonNode extra = JsonWriter::object();
    static const QStringList modelled{QStringLiteral("id"), QStringLiteral("acheteur"), QStringLiteral("objet"),
                                      QStringLiteral("dureeMois"), QStringLiteral("dateNotification"),
                                      QStringLiteral("montant")};
    for (const auto &member : node.members) {
        if (!modelled.contains(member.first))
            JsonWriter::set(extra, member.first, member.second);
    }
    record.extra = QString::fromUtf8(JsonWriter::write(extra, false));

    // The same contract twice in one file: the later record is the newer publication.
    for (int i = 0; i < records.size(); ++i) {
        if (records.at(i).buyerSiret == record.buyerSiret && records.at(i).decpId == record.decpId) {
            traps << tr("appears again (first at line %1): the later record is kept").arg(records.at(i).line);
            records.removeAt(i);
            break;
        }
    }
    if (!traps.isEmpty())
        m_warnings << tr("%1:%2: warning: %3: %4").arg(m_fileName).arg(node.line).arg(label, traps.join(QStringLiteral("; ")));
    records << record;
}

Status DecpImport::plan(Stores &stores, const QList<Record> &records)
{
    // Everything the comparison needs, in a fixed number of queries whatever the number of records.
    ImportLookups lookups(stores, ImportLookups::Report());
    const auto knownRead = stores.contracts.decpContracts();
    const auto lotsRead = stores.contracts.decpLots();
    const auto amendmentsRead = stores.contracts.decpAmendments();
    if (const Status read = firstFailure({knownRead.status(), lotsRead.status(), amendmentsRead.status()}); !read)
        return read;
    const QList<DecpFields> &known = *knownRead;
    QHash<QString, const DecpFields *> byKey; // "SIRET\nid", and the exported form of long ids
    for (const DecpFields &fields : known) {
        byKey.insert(fields.buyerSiret + QLatin1Char('\n') + fields.decpId, &fields);
        if (exportId(fields.decpId) != fields.decpId)
            byKey.insert(fields.buyerSiret + QLatin1Char('\n') + exportId(fields.decpId), &fields);
    }
    const QList<Lot> &lots = *lotsRead;
    QHash<Id, const Lot *> firstLot;
    for (const Lot &lot : lots) {
        if (lot.number == 1)
            firstLot.insert(lot.contractId, &lot);
    }
    const QList<QPair<Amendment, QString>> &amendments = *amendmentsRead;
    QHash<QString, Amendment> amendmentByKey; // "contract id\nmodification id"
    for (const auto &pair : amendments)
        amendmentByKey.insert(QString::number(pair.first.contractId) + QLatin1Char('\n') + pair.second, pair.first);

    for (const Record &record : records) {
        Pending pending;
        pending.record = record;
        const DecpFields *fields = byKey.value(record.buyerSiret + QLatin1Char('\n') + record.decpId);
        const Contract *existing = fields ? lookups.contractById(fields->contractId) : nullptr;
        Contract &c = pending.contract;
        if (existing) {
            c = *existing;
            pending.action = Action::Update;
        } else {
            c.reference = reference(record.buyerSiret, record.decpId);
            if (lookups.hasContract(c.reference)) {
                error(record.line, tr("contract %1 is already in this database and was not imported from DECP").arg(c.reference));
                continue;
            }
            c.startOn = record.notifiedOn;
            c.firmMonths = record.durationMonths;
        }
        auto change = [&pending](bool differs, const QString &what) {
            if (differs)
                pending.what << what;
        };
        change(c.title != record.title, tr("title"));
        change(c.buyer != record.buyerName, tr("buyer"));
        change(c.notifiedOn != record.notifiedOn, tr("notification date"));
        change(c.durationMonths != record.durationMonths, tr("duration"));
        change(c.maxHt != record.maxHt, tr("maximum"));
        c.title = record.title;
        c.buyer = record.buyerName;
        c.notifiedOn = record.notifiedOn;
        if (!c.startOn.isValid())
            c.startOn = record.notifiedOn;
        c.durationMonths = record.durationMonths;
        c.maxHt = record.maxHt;
        // When a contract is found through the exported form of a long identifier, it keeps the long one.
        const QString decpId = fields ? fields->decpId : record.decpId;
        pending.fieldsChanged = !fields || fields->extra != record.extra || fields->buyerSiret != record.buyerSiret;
        if (fields && fields->extra != record.extra)
            pending.what << tr("published fields");

        const Lot *lot = existing ? firstLot.value(existing->id) : nullptr;
        if (lot)
            pending.lot = *lot;
        else
            pending.lot.number = 1;
        Lot &l = pending.lot;
        bool holdersDiffer = l.holders.size() != record.holders.size();
        for (int i = 0; !holdersDiffer && i < record.holders.size(); ++i) {
            const Holder &a = l.holders.at(i);
            const Holder &b = record.holders.at(i);
            holdersDiffer = a.name != b.name || a.siret != b.siret || a.role != b.role;
        }
        pending.lotChanged = !lot || holdersDiffer || l.maxHt != record.maxHt || l.title != record.title;
        if (lot && holdersDiffer)
            pending.what << tr("holders");
        else if (lot && pending.lotChanged && pending.what.isEmpty())
            pending.what << tr("lot 1");
        l.title = record.title;
        l.maxHt = record.maxHt;
        l.holders = record.holders;

        for (const Modification &mod : record.modifications) {
            const QString key = QString::number(existing ? existing->id : 0) + QLatin1Char('\n') + mod.decpId;
            Amendment a;
            if (existing && amendmentByKey.contains(key))
                a = amendmentByKey.value(key);
            const bool isNew = a.id == 0;
            if (!isNew && a.signedOn == mod.signedOn && a.deltaMaxHt == mod.deltaMaxHt && a.deltaMonths == mod.deltaMonths
                && a.reason == mod.reason)
                continue;
            a.signedOn = mod.signedOn;
            a.deltaMaxHt = mod.deltaMaxHt;
            a.deltaMonths = mod.deltaMonths;
            a.reason = mod.reason;
            pending.amendments << qMakePair(a, mod.decpId);
            if (!isNew)
                pending.what << tr("amendment %1").arg(mod.decpId);
        }
        if (existing && pending.what.isEmpty() && pending.amendments.isEmpty() && !pending.fieldsChanged && !pending.lotChanged)
            pending.action = Action::Unchanged;
        pending.record.decpId = decpId;
        m_pending << pending;
    }
    return {};
}

bool DecpImport::apply(Stores &stores, const Options &options, QString *errorText)
{
    setProgress(options.progress);
    if (!m_errors.isEmpty()) {
        if (errorText)
            *errorText = m_errors.first();
        return false;
    }
    return writeAll(
        stores, m_pending.size(),
        [this, &stores](qint64 index) {
            Pending &pending = m_pending[index];
            if (pending.action == Action::Unchanged)
                return QString();
            if (pending.action == Action::Create || !pending.what.isEmpty()) {
                if (const Status status = stores.contracts.saveContract(pending.contract); !status)
                    return status.message();
            }
            if (pending.fieldsChanged) {
                DecpFields fields;
                fields.contractId = pending.contract.id;
                fields.decpId = pending.record.decpId;
                fields.buyerSiret = pending.record.buyerSiret;
                fields.extra = pending.record.extra;
                if (const Status status = stores.contracts.saveDecpFields(fields); !status)
                    return status.message();
            }
            if (pending.lotChanged) {
                pending.lot.contractId = pending.contract.id;
                if (const Status status = stores.contracts.saveLot(pending.lot); !status)
                    return status.message();
            }
            for (auto &pair : pending.amendments) {
                pair.first.contractId = pending.contract.id;
                Status saved = stores.contracts.saveAmendment(pair.first);
                if (saved)
                    saved = stores.contracts.setAmendmentDecpId(pair.first.id, pair.second);
                if (!saved)
                    return saved.message();
            }
            return QString();
        },
        errorText);
}

QString DecpImport::doneMessage(const QString &path) const
{
    return tr("DECP imported from %1: %2 contract(s) created, %3 updated, %4 unchanged")
        .arg(path)
        .arg(createdCount())
        .arg(updatedCount())
        .arg(unchangedCount());
}

int DecpImport::createdCount() const
{
    return static_cast<int>(std::count_if(m_pending.cbegin(), m_pending.cend(),
                                          [](const Pending &p) { return p.action == Action::Create; }));
}

int DecpImport::updatedCount() const
{
    return static_cast<int>(std::count_if(m_pending.cbegin(), m_pending.cend(),
                                          [](const Pending &p) { return p.action == Action::Update; }));
}

int DecpImport::unchangedCount() const
{
    return static_cast<int>(std::count_if(m_pending.cbegin(), m_pending.cend(),
                                          [](const Pending &p) { return p.action == Action::Unchanged; }));
}

QStringList DecpImport::changes() const
{
    QStringList lines;
    for (const Pending &pending : m_pending) {
        const Contract &c = pending.contract;
        if (pending.action == Action::Create)
            lines << tr("contract %1: new, %2, maximum %3 excl. VAT, %n holder(s)", nullptr,
                        static_cast<int>(pending.lot.holders.size()))
                         .arg(c.reference, c.title, c.maxHt.toDecimalString());
        else if (pending.action == Action::Update && !pending.what.isEmpty())
            lines << tr("contract %1: updated (%2)").arg(c.reference, pending.what.join(QStringLiteral(", ")));
        for (const auto &pair : pending.amendments) {
            if (pair.first.id == 0)
                lines << tr("contract %1: amendment %2 of %3: %4 excl. VAT, %5 month(s)")
                             .arg(c.reference, pair.second, pair.first.signedOn.toString(Qt::ISODate),
                                  pair.first.deltaMaxHt.toDecimalString())
                             .arg(pair.first.deltaMonths);
        }
    }
    if (const int unchanged = unchangedCount())
        lines << tr("%n contract(s) unchanged", nullptr, unchanged);
    return lines;
}

} // namespace Plafond
