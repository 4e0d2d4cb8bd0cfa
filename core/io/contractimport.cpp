// SPDX-License-Identifier: GPL-3.0-or-later
#include "contractimport.h"

#include "domain/lifecycle.h"
#include "domain/textrules.h"
#include "engine/revisedschedule.h"
#include "jsonfields.h"
#include "importlookups.h"
#include "storage/stores.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace Plafond {

namespace {

std::optional<QDate> isoDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

namespace {

// Field readers shared by the contract, its lots and beneficiaries; each reports at the value's line.
class Fields : public JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(ContractImport)
public:
    using JsonFields::JsonFields;

    // The object's keys must all be known: a misspelt key would otherwise be dropped without a word.
    void allow(const QStringList &keys) const
    {
        for (int i = 0; i < m_object.members.size(); ++i) {
            if (!keys.contains(m_object.members.at(i).first))
                m_report(m_object.memberLines.at(i), tr("%1unknown key \"%2\"").arg(m_where, m_object.members.at(i).first));
        }
    }
    const JsonNode *get(const QString &key, JsonNode::Type type, bool nullable) const
    {
        const JsonNode *node = m_object.member(key);
        if (!node) {
            m_report(m_object.line, tr("%1\"%2\" is missing").arg(m_where, key));
            return nullptr;
        }
        if (node->isNull() && nullable)
            return nullptr;
        return typed(key, node, type);
    }
    QString string(const QString &key, bool required = true) const
    {
        const JsonNode *node = get(key, JsonNode::Type::String, !required);
        if (node && required && node->text.trimmed().isEmpty())
            m_report(node->line, tr("%1%2: the text is empty").arg(m_where, key));
        if (node) {
            const QString problem = TextRules::problem(node->text);
            if (!problem.isEmpty())
                tell(node->line, key, problem);
        }
        return node ? node->text.trimmed() : QString();
    }
    std::optional<Money> money(const QString &key, bool nullable) const
    {
        const JsonNode *node = m_object.member(key);
        if (node && node->type == JsonNode::Type::Number) {
            m_report(node->line, tr("%1%2: amounts are decimal strings in quotes, not numbers").arg(m_where, key));
            return std::nullopt;
        }
        node = get(key, JsonNode::Type::String, nullable);
        if (!node)
            return std::nullopt;
        QString parseError;
        const auto amount = Money::fromDecimalString(node->text, &parseError);
        if (!amount)
            tell(node->line, key, parseError);
        else if (amount->isNegative())
            m_report(node->line, tr("%1%2: \"%3\" is negative").arg(m_where, key, node->text));
        return amount;
    }
    std::optional<int> integer(const QString &key, int min, int max) const
    {
        const JsonNode *node = get(key, JsonNode::Type::Number, false);
        if (!node)
            return std::nullopt;
        bool ok = false;
        const int value = node->text.toInt(&ok);
        if (!ok || value < min || value > max) {
            m_report(node->line, tr("%1%2: %3 is not a whole number from %4 to %5").arg(m_where, key, node->text).arg(min).arg(max));
            return std::nullopt;
        }
        return value;
    }
    std::optional<QDate> date(const QString &key) const
    {
        const JsonNode *node = get(key, JsonNode::Type::String, false);
        return node ? JsonFields::date(key, *node, isoDate) : std::nullopt;
    }
};

} // namespace

bool ContractImport::isObject(const JsonNode &node, const QString &notObject)
{
    if (node.type == JsonNode::Type::Object)
        return true;
    error(node.line, notObject.arg(JsonTree::typeName(node.type)));
    return false;
}

bool ContractImport::prepare(Stores &stores, const QByteArray &bytes, const QString &fileName)
{
    begin(fileName);
    m_lots.clear();
    m_beneficiaries.clear();
    m_contract = Contract();
    const auto cancel = [this]() {
        m_lots.clear();
        m_beneficiaries.clear();
        return cancelled();
    };
    // A contract definition is small: its progress is its start and its end.
    if (!m_progress.start(1))
        return cancel();
    const auto root = parseJson(bytes);
    if (!root)
        return false;
    if (root->type != JsonNode::Type::Object) {
        error(root->line, tr("a contract definition is a JSON object"));
        return false;
    }
    ImportLookups lookups(stores, [this](int line, const QString &message) { error(line, message); });
    readContract(lookups, *root);
    if (!lookups.storageError().isEmpty())
        m_errors << lookups.storageError();
    // Checked by topic, told in file order: the user reads the file from the top.
    sortByLine();
    if (!m_progress.finish())
        return cancel();
    return m_errors.isEmpty();
}

void ContractImport::readContract(ImportLookups &lookups, const JsonNode &root)
{
    auto report = [this](int line, const QString &message) { error(line, message); };
    const Fields f(root, report, QString());
    f.allow({QStringLiteral("reference"), QStringLiteral("title"), QStringLiteral("buyer"), QStringLiteral("start"),
             QStringLiteral("months"), QStringLiteral("vat_rate_percent"), QStringLiteral("max_ht"),
             QStringLiteral("min_ht"), QStringLiteral("revision"), QStringLiteral("lots"),
             QStringLiteral("beneficiaries")});
    Contract &c = m_contract;
    c.reference = f.string(QStringLiteral("reference"));
    if (!c.reference.isEmpty())
        lookups.isNewContract(root.member(QStringLiteral("reference"))->line, c.reference);
    c.title = f.string(QStringLiteral("title"));
    c.buyer = f.string(QStringLiteral("buyer"));
    if (const auto start = f.date(QStringLiteral("start")))
        c.startOn = *start;
    if (const auto months = f.integer(QStringLiteral("months"), 1, 1200)) {
        c.durationMonths = *months;
        c.firmMonths = *months;
    }
    // The rate as a decimal string of percent with at most two decimals: in hundredths, basis points.
    if (const JsonNode *vat = f.get(QStringLiteral("vat_rate_percent"), JsonNode::Type::String, false)) {
        QString rateError;
        const auto rate = Money::fromDecimalString(vat->text, &rateError);
        if (!rate)
            error(vat->line, tr("vat_rate_percent: %1").arg(rateError));
        else if (rate->isNegative() || rate->cents() > 10000)
            error(vat->line, tr("vat_rate_percent: \"%1\" is not a rate from 0 to 100").arg(vat->text));
        else
            c.vatBasisPoints = static_cast<int>(rate->cents());
    }
    if (const auto max = f.money(QStringLiteral("max_ht"), false))
        c.maxHt = *max;
    c.minHt = f.money(QStringLiteral("min_ht"), true);
    if (c.minHt && *c.minHt > c.maxHt)
        error(root.member(QStringLiteral("min_ht"))->line, tr("min_ht: the minimum is above the maximum"));
    if (const JsonNode *revision = f.get(QStringLiteral("revision"), JsonNode::Type::Object, true)) {
        const Fields r(*revision, report, QStringLiteral("revision: "));
        r.allow({QStringLiteral("index"), QStringLiteral("base_month"), QStringLiteral("fixed_part"),
                 QStringLiteral("dates"), QStringLiteral("rounding")});
        c.revisionIndex = r.string(QStringLiteral("index"));
        if (!c.revisionIndex.isEmpty() && c.revisionIndex != QLatin1String("SYNTEC"))
            error(revision->member(QStringLiteral("index"))->line,
                  tr("revision: index: \"%1\" is not a supported index (SYNTEC)").arg(c.revisionIndex));
        if (const JsonNode *month = r.get(QStringLiteral("base_month"), JsonNode::Type::String, false)) {
            static const QRegularExpression shape(QStringLiteral("^(\\d{4})-(0[1-9]|1[0-2])$"));
            if (!shape.match(month->text).hasMatch())
                error(month->line, tr("revision: base_month: \"%1\" is not a month (YYYY-MM)").arg(month->text));
            c.revisionBaseMonth = month->text;
        }
        if (const JsonNode *fixed = r.get(QStringLiteral("fixed_part"), JsonNode::Type::String, false)) {
            static const QRegularExpression shape(QStringLiteral("^(0(\\.\\d{1,6})?|1(\\.0{1,6})?)$"));
            if (!shape.match(fixed->text).hasMatch())
                error(fixed->line, tr("revision: fixed_part: \"%1\" is not a decimal from 0 to 1").arg(fixed->text));
            c.revisionFixedPart = fixed->text;
        }
        readRevisionDatesAndRounding(*revision, c);
    }
    if (const JsonNode *lots = f.get(QStringLiteral("lots"), JsonNode::Type::Array, false)) {
        if (lots->items.isEmpty())
            error(lots->line, tr("lots: a contract has at least one lot"));
        for (const JsonNode &lot : lots->items)
            readLot(lot);
        // Lot numbers identify lots in the orders files: each once.
        QHash<int, int> seen;
        for (int i = 0; i < m_lots.size(); ++i) {
            const int number = m_lots.at(i).lot.number;
            if (seen.contains(number))
                error(lots->items.at(i).line, tr("lots: lot %1 appears twice").arg(number));
            seen.insert(number, i);
        }
        // The contract's maximum bounds its lots' maxima only when the lots are all known; not checked.
    }
    if (const JsonNode *beneficiaries = f.get(QStringLiteral("beneficiaries"), JsonNode::Type::Array, false))
        readBeneficiaries(lookups, *beneficiaries);
}

void ContractImport::readRevisionDatesAndRounding(const JsonNode &revision, Contract &contract)
{
    if (const JsonNode *dates = revision.member(QStringLiteral("dates")); dates && !dates->isNull()) {
        if (dates->type != JsonNode::Type::Array) {
            error(dates->line, tr("revision: dates: %1 is expected, not %2")
                                   .arg(JsonTree::typeName(JsonNode::Type::Array), JsonTree::typeName(dates->type)));
        } else {
            QList<QDate> list;
            for (const JsonNode &item : dates->items) {
                const auto date = item.type == JsonNode::Type::String ? RevisionClause::parseDates(item.text)
                                                                      : std::nullopt;
                if (!date || date->size() != 1) {
                    error(item.line, tr("revision: dates: \"%1\" is not a date (YYYY-MM-DD)").arg(item.text));
                } else if (!list.isEmpty() && date->first() <= list.last()) {
                    error(item.line, tr("revision: dates: %1 does not come after %2")
                                         .arg(date->first().toString(Qt::ISODate), list.last().toString(Qt::ISODate)));
                } else {
                    list << date->first();
                }
            }
            contract.revisionDates = RevisionClause::formatDates(list);
        }
    }
    if (const JsonNode *rounding = revision.member(QStringLiteral("rounding")); rounding && !rounding->isNull()) {
        if (rounding->type != JsonNode::Type::Number || !RevisionClause::parseRounding(rounding->text)
            || rounding->text.trimmed().isEmpty())
            error(rounding->line, tr("revision: rounding: \"%1\" is not a number of decimals from 0 to 6")
                                      .arg(rounding->text));
        else
            contract.revisionRounding = rounding->text;
    }
}

void ContractImport::readLot(const JsonNode &node)
{
    auto report = [this](int line, const QString &message) { error(line, message); };
    if (!isObject(node, tr("lots: a lot is an object, not %1")))
        return;
    PendingLot pending;
    const Fields f(node, report, tr("lot: "));
    f.allow({QStringLiteral("number"), QStringLiteral("title"), QStringLiteral("max_ht"), QStringLiteral("min_ht"),
             QStringLiteral("holders"), QStringLiteral("work_units")});
    Lot &lot = pending.lot;
    if (const auto number = f.integer(QStringLiteral("number"), 1, 999))
        lot.number = *number;
    lot.title = f.string(QStringLiteral("title"));
    if (const auto max = f.money(QStringLiteral("max_ht"), false)) {
        lot.maxHt = *max;
        // A lot without room for any order is a typing mistake, told at its line.
        if (max->isZero() || max->isNegative())
            error(node.member(QStringLiteral("max_ht"))->line, tr("max_ht: the maximum of a lot must be more than 0"));
    }
    lot.minHt = f.money(QStringLiteral("min_ht"), true);
    if (lot.minHt && *lot.minHt > lot.maxHt && !lot.maxHt.isZero())
        error(node.member(QStringLiteral("min_ht"))->line, tr("min_ht: the minimum is above the maximum"));
    if (const JsonNode *holders = f.get(QStringLiteral("holders"), JsonNode::Type::Array, false)) {
        for (const JsonNode &h : holders->items) {
            if (!isObject(h, tr("holders: a holder is an object, not %1")))
                continue;
            const Fields hf(h, report, tr("holder: "));
            hf.allow({QStringLiteral("name"), QStringLiteral("siret"), QStringLiteral("role")});
            Holder holder;
            holder.name = hf.string(QStringLiteral("name"));
            if (const JsonNode *siret = hf.get(QStringLiteral("siret"), JsonNode::Type::String, true)) {
                if (!isValidSiret(siret->text))
                    error(siret->line, tr("holder: siret: \"%1\" is not a valid SIRET (14 digits, checksum)").arg(siret->text));
                holder.siret = siret->text;
            }
            const QString role = hf.string(QStringLiteral("role"));
            if (const auto known = holderRoleFromKey(role))
                holder.role = *known;
            else if (!role.isEmpty())
                error(h.member(QStringLiteral("role"))->line,
                      tr("holder: role: \"%1\" is not a role (lead, co-contractor, subcontractor)").arg(role));
            lot.holders << holder;
        }
    }
    if (const JsonNode *units = f.get(QStringLiteral("work_units"), JsonNode::Type::Array, false)) {
        for (const JsonNode &u : units->items) {
            if (!isObject(u, tr("work_units: a work unit is an object, not %1")))
                continue;
            const Fields uf(u, report, tr("work unit: "));
            uf.allow({QStringLiteral("code"), QStringLiteral("label_fr"), QStringLiteral("label_en"),
                      QStringLiteral("unit"), QStringLiteral("price_ht"), QStringLiteral("from"),
                      QStringLiteral("development")});
            const QString code = uf.string(QStringLiteral("code"));
            // Optional (issue 5): a development work unit, whose order lines must be contributed upstream.
            bool development = false;
            if (u.member(QStringLiteral("development"))) {
                if (const JsonNode *flag = uf.get(QStringLiteral("development"), JsonNode::Type::Bool, true))
                    development = flag->boolean;
            }
            const QString labelFr = uf.string(QStringLiteral("label_fr"));
            const QString labelEn = uf.string(QStringLiteral("label_en"), false);
            const QString unitName = uf.string(QStringLiteral("unit"));
            const auto price = uf.money(QStringLiteral("price_ht"), false);
            const auto from = uf.date(QStringLiteral("from"));
            if (code.isEmpty() || !price || !from)
                continue;
            // One entry per price: entries of the same code make up its schedule.
            WorkUnit *unit = nullptr;
            for (WorkUnit &existing : pending.units) {
                if (existing.code == code)
                    unit = &existing;
            }
            if (!unit) {
                WorkUnit fresh;
                fresh.code = code;
                fresh.labelFr = labelFr;
                fresh.labelEn = labelEn;
                fresh.unit = unitName;
                fresh.development = development;
                pending.units << fresh;
                unit = &pending.units.last();
            }
            bool duplicate = false;
            for (const UnitPrice &p : std::as_const(unit->prices))
                duplicate = duplicate || p.effectiveFrom == *from;
            if (duplicate) {
                error(u.member(QStringLiteral("from"))->line,
                      tr("work unit %1: two prices from %2").arg(code, from->toString(Qt::ISODate)));
                continue;
            }
            UnitPrice p;
            p.effectiveFrom = *from;
            p.priceHt = *price;
            unit->prices << p;
        }
    }
    m_lots << pending;
}

void ContractImport::readBeneficiaries(ImportLookups &lookups, const JsonNode &node)
{
    auto report = [this](int line, const QString &message) { error(line, message); };
    QSet<QString> known; // the codes of the file already in the database, kept as they are
    QList<PendingBeneficiary> read;
    QHash<QString, int> lines;
    for (const JsonNode &b : node.items) {
        if (!isObject(b, tr("beneficiaries: a beneficiary is an object, not %1")))
            continue;
        const Fields bf(b, report, tr("beneficiary: "));
        bf.allow({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("parent")});
        PendingBeneficiary pending;
        pending.beneficiary.code = bf.string(QStringLiteral("code"));
        pending.beneficiary.name = bf.string(QStringLiteral("name"));
        pending.parentCode = bf.string(QStringLiteral("parent"), false);
        if (lines.contains(pending.beneficiary.code)) {
            error(b.line, tr("beneficiary %1 appears twice").arg(pending.beneficiary.code));
            continue;
        }
        lines.insert(pending.beneficiary.code, b.line);
        if (lookups.findBeneficiary(pending.beneficiary.code))
            known.insert(pending.beneficiary.code);
        else
            read << pending;
    }
    // Parents first, so that each child can point at its parent's id.
    QSet<QString> placed = known;
    while (!read.isEmpty()) {
        bool progress = false;
        for (int i = 0; i < read.size(); ++i) {
            const QString &parent = read.at(i).parentCode;
            if (parent.isEmpty() || placed.contains(parent) || lookups.findBeneficiary(parent)) {
                placed.insert(read.at(i).beneficiary.code);
                m_beneficiaries << read.takeAt(i--);
                progress = true;
            }
        }
        if (!progress) {
            for (const PendingBeneficiary &b : std::as_const(read)) {
                const bool inFile = lines.contains(b.parentCode);
                error(lines.value(b.beneficiary.code),
                      inFile ? tr("beneficiary %1: its parent %2 is its own descendant").arg(b.beneficiary.code, b.parentCode)
                             : tr("beneficiary %1: parent \"%2\" is neither in the file nor in the database")
                                   .arg(b.beneficiary.code, b.parentCode));
            }
            return;
        }
    }
}

bool ContractImport::apply(Stores &stores, QString *errorText)
{
    // The beneficiaries first (parents before children), then the contract and its lots with their work
    // units: one unit of progress each beneficiary, each lot.
    QHash<QString, Id> ids;
    const auto before = [&stores, &ids]() {
        const auto stored = stores.catalogue.beneficiaries();
        for (const Beneficiary &b : stored)
            ids.insert(b.code, b.id);
        return stored.message();
    };
    const qint64 beneficiaries = m_beneficiaries.size();
    return writeAll(
        stores, beneficiaries + m_lots.size(),
        [&](qint64 index) {
            if (index < beneficiaries) {
                PendingBeneficiary &pending = m_beneficiaries[index];
                pending.beneficiary.parentId = pending.parentCode.isEmpty() ? 0 : ids.value(pending.parentCode);
                if (const Status status = stores.catalogue.saveBeneficiary(pending.beneficiary); !status)
                    return status.message();
                ids.insert(pending.beneficiary.code, pending.beneficiary.id);
                return QString();
            }
            if (index == beneficiaries) {
                if (const Status status = stores.contracts.saveContract(m_contract); !status)
                    return status.message();
            }
            PendingLot &pending = m_lots[index - beneficiaries];
            pending.lot.contractId = m_contract.id;
            if (const Status status = stores.contracts.saveLot(pending.lot); !status)
                return status.message();
            for (WorkUnit &unit : pending.units) {
                unit.lotId = pending.lot.id;
                if (const Status status = stores.catalogue.saveWorkUnit(unit); !status)
                    return status.message();
            }
            return QString();
        },
        errorText, before);
}

QStringList ContractImport::changes() const
{
    QStringList lines;
    lines << tr("contract %1: %2, maximum %3 excl. VAT").arg(m_contract.reference, m_contract.title,
                                                             m_contract.maxHt.toDecimalString());
    for (const PendingLot &pending : m_lots)
        lines << tr("lot %1: %2, %n work unit(s)", nullptr, static_cast<int>(pending.units.size()))
                     .arg(pending.lot.number)
                     .arg(pending.lot.title);
    for (const PendingBeneficiary &pending : m_beneficiaries)
        lines << tr("beneficiary %1: %2").arg(pending.beneficiary.code, pending.beneficiary.name);
    return lines;
}

} // namespace Plafond
