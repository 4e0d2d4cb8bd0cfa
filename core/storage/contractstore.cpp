// SPDX-License-Identifier: GPL-3.0-or-later
#include "contractstore.h"

#include "sqlvalues.h"
#include "tables.h"

#include <QHash>

namespace Plafond {

namespace {

Contract readContract(SqlRow &r)
{
    Contract c;
    c.id = r.id();
    c.reference = r.text();
    c.title = r.text();
    c.buyer = r.text();
    c.notifiedOn = r.date();
    c.startOn = r.date();
    c.durationMonths = r.integer();
    c.firmMonths = r.integer();
    c.renewalCount = r.integer();
    c.renewalMonths = r.integer();
    c.minHt = r.optionalMoney();
    c.maxHt = r.money();
    c.awardedHt = r.optionalMoney();
    c.vatBasisPoints = r.integer();
    c.revisionIndex = r.text();
    c.revisionBaseMonth = r.text();
    c.revisionFixedPart = r.text();
    c.revisionClause = r.text();
    c.componentsInScope = r.integer();
    c.demo = r.flag();
    // A hand-edited file with a malformed list keeps the defaults rather than raising no alert at all.
    c.alertThresholds = parseAlertThresholds(r.text()).value_or(Contract().alertThresholds);
    c.revisionDates = r.text();
    c.revisionRounding = r.text();
    c.rowVersion = r.int64();
    return c;
}

QVariantList contractValues(const Contract &c)
{
    return {c.reference, c.title, c.buyer, SqlValues::date(c.notifiedOn), SqlValues::date(c.startOn),
            c.durationMonths, c.firmMonths, c.renewalCount, c.renewalMonths, SqlValues::cents(c.minHt),
            c.maxHt.cents(), SqlValues::cents(c.awardedHt), c.vatBasisPoints, c.revisionIndex,
            c.revisionBaseMonth, c.revisionFixedPart, c.revisionClause, c.componentsInScope,
            c.demo ? 1 : 0, formatAlertThresholds(c.alertThresholds, QStringLiteral(",")),
            c.revisionDates, c.revisionRounding};
}

Lot readLot(SqlRow &r)
{
    Lot lot;
    lot.id = r.id();
    lot.contractId = r.id();
    lot.number = r.integer();
    lot.title = r.text();
    lot.minHt = r.optionalMoney();
    lot.maxHt = r.money();
    lot.rowVersion = r.int64();
    return lot;
}

Holder readHolder(SqlRow &r)
{
    Holder h;
    h.id = r.id();
    h.lotId = r.id();
    r.skip(); // position: the order of the rows
    h.name = r.text();
    h.siret = r.text();
    h.role = holderRoleFromKey(r.text()).value_or(HolderRole::Lead);
    return h;
}

Amendment readAmendment(SqlRow &r)
{
    Amendment a;
    a.id = r.id();
    a.contractId = r.id();
    a.lotId = r.optionalId();
    a.signedOn = r.date();
    a.deltaMaxHt = r.money();
    a.deltaMonths = r.integer();
    a.reason = r.text();
    return a;
}

DecpFields readDecpFields(SqlRow &r)
{
    DecpFields fields;
    fields.contractId = r.id();
    fields.decpId = r.text();
    fields.buyerSiret = r.text();
    fields.extra = r.text();
    return fields;
}

const QString decpSelect = QStringLiteral("SELECT id, decp_id, buyer_siret, decp_extra FROM contracts");

} // namespace

// --- Contracts ---------------------------------------------------------------------------------------

Result<QList<Contract>> ContractStore::contracts()
{
    return readAll<Contract>(Tables::contracts().select() + QStringLiteral(" ORDER BY reference"), {}, readContract);
}

Result<Contract> ContractStore::contract(Id id)
{
    return readById<Contract>(Tables::contracts(), id, readContract, tr("Contract %1 is not in the database.").arg(id));
}

Result<Contract> ContractStore::contractByReference(const QString &reference)
{
    return readOne<Contract>(Tables::contracts().select() + QStringLiteral(" WHERE reference = ?"), {reference},
                             readContract, tr("There is no contract %1.").arg(reference));
}

Status ContractStore::saveContract(Contract &c)
{
    if (c.reference.trimmed().isEmpty())
        return fail(tr("A contract needs a reference."));
    if (Status texts = checkTexts({{tr("reference"), c.reference}, {tr("title"), c.title}, {tr("buyer"), c.buyer}}); !texts)
        return texts;
    if (c.maxHt.isNegative())
        return fail(tr("The maximum of contract %1 cannot be negative.").arg(c.reference));
    if (c.minHt && c.maxHt < *c.minHt)
        return fail(tr("The minimum of contract %1 is above its maximum.").arg(c.reference));
    if (!validAlertThresholds(c.alertThresholds))
        return fail(tr("The alert thresholds of contract %1 must be whole percentages between 1 and 200, in"
                       " ascending order, at least one.").arg(c.reference));
    return saveWithIdentity(c.id, c.rowVersion, [&]() {
        return insertOrUpdate(Tables::contracts(), c.id, c.rowVersion, contractValues(c));
    });
}

Status ContractStore::removeContract(Id id)
{
    // Orders reference lots without cascading (an order is never lost by accident): remove them first.
    return withTransaction([&]() -> Status {
        if (auto orders = run(QStringLiteral("DELETE FROM orders WHERE lot_id IN (SELECT id FROM lots WHERE contract_id = ?)"), {id}); !orders)
            return orders.status();
        return removeRow(Tables::contracts(), id);
    });
}

// --- Lots --------------------------------------------------------------------------------------------

Result<QList<Lot>> ContractStore::lotsWithHolders(const QString &lotWhere, const QString &holderWhere,
                                                  const QVariantList &values)
{
    auto lots = readAll<Lot>(Tables::lots().select(QStringLiteral("l")) + lotWhere, values, readLot);
    if (!lots)
        return lots;
    QHash<Id, qsizetype> indexOf;
    for (qsizetype i = 0; i < lots->size(); ++i)
        indexOf.insert(lots->at(i).id, i);
    auto holders = readAll<Holder>(Tables::holders().select(QStringLiteral("h")) + QStringLiteral(" JOIN lots l ON l.id = h.lot_id")
                                       + holderWhere + QStringLiteral(" ORDER BY h.lot_id, h.position"),
                                   values, readHolder);
    if (!holders)
        return holders.error();
    for (const Holder &holder : *holders) {
        if (const auto it = indexOf.constFind(holder.lotId); it != indexOf.constEnd())
            (*lots)[*it].holders << holder;
    }
    return lots;
}

Result<QList<Lot>> ContractStore::lots(Id contractId)
{
    return lotsWithHolders(QStringLiteral(" WHERE l.contract_id = ? ORDER BY l.number"),
                           QStringLiteral(" WHERE l.contract_id = ?"), {contractId});
}

Result<QList<Lot>> ContractStore::allLots()
{
    return lotsWithHolders(QStringLiteral(" ORDER BY l.contract_id, l.number"), QString(), {});
}

Result<Lot> ContractStore::lot(Id id)
{
    auto lots = lotsWithHolders(QStringLiteral(" WHERE l.id = ?"), QStringLiteral(" WHERE l.id = ?"), {id});
    if (!lots)
        return lots.error();
    if (lots->isEmpty())
        return Error::notFound(tr("Lot %1 is not in the database.").arg(id));
    return lots->first();
}

Status ContractStore::saveLot(Lot &lot)
{
    if (lot.number <= 0)
        return fail(tr("A lot number must be 1 or more."));
    if (Status texts = checkTexts({{tr("title"), lot.title}}); !texts)
        return texts;
    if (lot.minHt && lot.maxHt < *lot.minHt)
        return fail(tr("The minimum of lot %1 is above its maximum.").arg(lot.number));
    for (const Holder &holder : std::as_const(lot.holders)) {
        if (Status texts = checkTexts({{tr("holder"), holder.name}}); !texts)
            return texts;
        if (holder.name.trimmed().isEmpty())
            return fail(tr("A holder of lot %1 has no name.").arg(lot.number));
        if (!holder.siret.isEmpty() && !isValidSiret(holder.siret))
            return fail(tr("The SIRET %1 of %2 is not valid (wrong length or checksum).").arg(holder.siret, holder.name));
    }
    return saveWithIdentity(lot.id, lot.rowVersion, [&]() -> Status {
        if (Status saved = insertOrUpdate(Tables::lots(), lot.id, lot.rowVersion,
                                          {lot.contractId, lot.number, lot.title, SqlValues::cents(lot.minHt), lot.maxHt.cents()});
            !saved)
            return saved;
        if (auto clear = run(QStringLiteral("DELETE FROM holders WHERE lot_id = ?"), {lot.id}); !clear)
            return clear.status();
        int position = 0;
        for (Holder &holder : lot.holders) {
            holder.lotId = lot.id;
            holder.id = 0;
            if (Status saved = insertRow(Tables::holders(), holder.id,
                                         {lot.id, position++, holder.name, holder.siret, holderRoleKey(holder.role)});
                !saved)
                return saved;
        }
        return {};
    });
}

Status ContractStore::removeLot(Id id)
{
    return withTransaction([&]() -> Status {
        if (auto orders = run(QStringLiteral("DELETE FROM orders WHERE lot_id = ?"), {id}); !orders)
            return orders.status();
        return removeRow(Tables::lots(), id);
    });
}

Result<Id> ContractStore::contractIdOfLot(Id lotId)
{
    return readOne<Id>(QStringLiteral("SELECT contract_id FROM lots WHERE id = ?"), {lotId},
                       [](SqlRow &r) { return r.id(); }, tr("Lot %1 is not in the database.").arg(lotId));
}

Result<int> ContractStore::vatBasisPointsOfLot(Id lotId)
{
    return readOne<int>(QStringLiteral("SELECT c.vat_basis_points FROM lots l JOIN contracts c ON c.id = l.contract_id WHERE l.id = ?"),
                        {lotId}, [](SqlRow &r) { return r.integer(); }, tr("Lot %1 is not in the database.").arg(lotId));
}

Result<Money> ContractStore::effectiveLotMaximum(Id lotId)
{
    return readOne<Money>(
        QStringLiteral("SELECT l.max_ht_cents + COALESCE((SELECT SUM(a.delta_max_ht_cents) FROM amendments a"
                       " WHERE a.lot_id = l.id), 0) FROM lots l WHERE l.id = ?"),
        {lotId}, [](SqlRow &r) { return r.money(); }, tr("Lot %1 is not in the database.").arg(lotId));
}

Result<QHash<Id, Money>> ContractStore::effectiveLotMaxima()
{
    auto rows = readAll<QPair<Id, Money>>(
        QStringLiteral("SELECT l.id, l.max_ht_cents + COALESCE(SUM(a.delta_max_ht_cents), 0) FROM lots l"
                       " LEFT JOIN amendments a ON a.lot_id = l.id GROUP BY l.id, l.max_ht_cents"),
        {}, [](SqlRow &r) {
            const Id id = r.id();
            return qMakePair(id, r.money());
        });
    if (!rows)
        return rows.error();
    QHash<Id, Money> maxima;
    for (const auto &[id, maximum] : *rows)
        maxima.insert(id, maximum);
    return maxima;
}

Status ContractStore::lockLots(const QList<Id> &lotIds)
{
    if (database().dialect() != Database::Dialect::PostgreSQL)
        return {};
    for (Id lotId : lotIds) {
        if (auto locked = readNumber(QStringLiteral("SELECT id FROM lots WHERE id = ? FOR UPDATE"), {lotId}); !locked)
            return locked.status();
    }
    return {};
}

// --- Amendments --------------------------------------------------------------------------------------

Result<QList<Amendment>> ContractStore::amendments(Id contractId)
{
    return readAll<Amendment>(Tables::amendments().select() + QStringLiteral(" WHERE contract_id = ? ORDER BY signed_on, id"),
                              {contractId}, readAmendment);
}

Status ContractStore::saveAmendment(Amendment &a)
{
    if (!a.signedOn.isValid())
        return fail(tr("An amendment needs its signature date."));
    qint64 version = 0;
    return saveWithIdentity(a.id, version, [&]() {
        return insertOrUpdate(Tables::amendments(), a.id, version,
                              {a.contractId, SqlValues::optionalId(a.lotId), SqlValues::date(a.signedOn), a.deltaMaxHt.cents(),
                               a.deltaMonths, a.reason});
    });
}

Status ContractStore::removeAmendment(Id id)
{
    return removeRow(Tables::amendments(), id);
}

// --- DECP --------------------------------------------------------------------------------------------

Result<QList<DecpFields>> ContractStore::decpContracts()
{
    return readAll<DecpFields>(decpSelect + QStringLiteral(" WHERE decp_id <> '' ORDER BY id"), {}, readDecpFields);
}

Result<DecpFields> ContractStore::decpFields(Id contractId)
{
    return readOne<DecpFields>(decpSelect + QStringLiteral(" WHERE id = ?"), {contractId}, readDecpFields,
                               tr("Contract %1 is not in the database.").arg(contractId));
}

Status ContractStore::saveDecpFields(const DecpFields &fields)
{
    return withTransaction([&]() -> Status {
        // Text columns are NOT NULL: a null QString would be written as NULL.
        auto update = run(QStringLiteral("UPDATE contracts SET decp_id = ?, buyer_siret = ?, decp_extra = ? WHERE id = ?"),
                          {fields.decpId.isNull() ? QStringLiteral("") : fields.decpId,
                           fields.buyerSiret.isNull() ? QStringLiteral("") : fields.buyerSiret,
                           fields.extra.isNull() ? QStringLiteral("") : fields.extra, fields.contractId});
        if (!update)
            return update.status();
        if ((*update)->numRowsAffected() != 1)
            return fail(tr("Contract %1 is not in the database.").arg(fields.contractId));
        return {};
    });
}

Result<QList<Lot>> ContractStore::decpLots()
{
    return lotsWithHolders(QStringLiteral(" JOIN contracts c ON c.id = l.contract_id WHERE c.decp_id <> ''"
                                          " ORDER BY l.contract_id, l.number"),
                           QStringLiteral(" JOIN contracts c ON c.id = l.contract_id WHERE c.decp_id <> ''"), {});
}

Result<QList<QPair<Amendment, QString>>> ContractStore::decpAmendments(Id contractId)
{
    const QString select = Tables::amendments().select(QStringLiteral("a")).replace(
        QStringLiteral(", a.row_version"), QStringLiteral(", a.row_version, a.decp_id"));
    auto read = [](SqlRow &r) {
        const Amendment a = readAmendment(r);
        r.skip(); // row version
        return qMakePair(a, r.text());
    };
    if (contractId)
        return readAll<QPair<Amendment, QString>>(select + QStringLiteral(" WHERE a.contract_id = ? ORDER BY a.signed_on, a.id"),
                                                  {contractId}, read);
    return readAll<QPair<Amendment, QString>>(select + QStringLiteral(" JOIN contracts c ON c.id = a.contract_id WHERE c.decp_id <> ''"
                                                                      " ORDER BY a.contract_id, a.signed_on, a.id"),
                                              {}, read);
}

Status ContractStore::setAmendmentDecpId(Id amendmentId, const QString &decpId)
{
    return execInTransaction(QStringLiteral("UPDATE amendments SET decp_id = ? WHERE id = ?"),
                             {decpId.isNull() ? QStringLiteral("") : decpId, amendmentId});
}

} // namespace Plafond
