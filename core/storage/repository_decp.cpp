// SPDX-License-Identifier: GPL-3.0-or-later
// Repository section "DECP import and export" (io/decpimport.*, io/decpexport.*).
#include "repository.h"

#include "sqlvalues.h"

#include <QHash>
#include <QSqlError>

namespace Plafond {

namespace {

Repository::DecpFields readDecpFields(const QSqlQuery &q)
{
    Repository::DecpFields fields;
    fields.contractId = q.value(0).toLongLong();
    fields.decpId = q.value(1).toString();
    fields.buyerSiret = q.value(2).toString();
    fields.extra = q.value(3).toString();
    return fields;
}

} // namespace

QList<Repository::DecpFields> Repository::decpContracts()
{
    QList<DecpFields> list;
    QSqlQuery &q = prepared(QStringLiteral("SELECT id, decp_id, buyer_siret, decp_extra FROM contracts"
                                           " WHERE decp_id <> '' ORDER BY id"));
    if (!exec(q))
        return list;
    while (q.next())
        list << readDecpFields(q);
    return list;
}

std::optional<Repository::DecpFields> Repository::decpFields(Id contractId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT id, decp_id, buyer_siret, decp_extra FROM contracts WHERE id = ?"));
    q.addBindValue(contractId);
    if (!exec(q) || !q.next())
        return std::nullopt;
    const DecpFields fields = readDecpFields(q);
    q.finish();
    return fields;
}

bool Repository::saveDecpFields(const DecpFields &fields)
{
    TransactionGuard guard(m_database);
    if (!guard.isActive())
        return fail(guard.errorText());
    QSqlQuery &q = prepared(QStringLiteral("UPDATE contracts SET decp_id = ?, buyer_siret = ?, decp_extra = ? WHERE id = ?"));
    // Text columns are NOT NULL: a null QString would be written as NULL.
    q.addBindValue(fields.decpId.isNull() ? QStringLiteral("") : fields.decpId);
    q.addBindValue(fields.buyerSiret.isNull() ? QStringLiteral("") : fields.buyerSiret);
    q.addBindValue(fields.extra.isNull() ? QStringLiteral("") : fields.extra);
    q.addBindValue(fields.contractId);
    if (!exec(q))
        return false;
    if (q.numRowsAffected() != 1)
        return fail(tr("Contract %1 is not in the database.").arg(fields.contractId));
    return guard.commit() || fail(tr("The change could not be committed."));
}

QList<Lot> Repository::decpLots()
{
    QList<Lot> list;
    QSqlQuery &q = prepared(QStringLiteral("SELECT l.id, l.contract_id, l.number, l.title, l.min_ht_cents, l.max_ht_cents,"
                                           " l.row_version FROM lots l JOIN contracts c ON c.id = l.contract_id"
                                           " WHERE c.decp_id <> '' ORDER BY l.contract_id, l.number"));
    if (!exec(q))
        return list;
    QHash<Id, int> index;
    while (q.next()) {
        Lot lot;
        lot.id = q.value(0).toLongLong();
        lot.contractId = q.value(1).toLongLong();
        lot.number = q.value(2).toInt();
        lot.title = q.value(3).toString();
        if (!q.value(4).isNull())
            lot.minHt = Money::fromCents(q.value(4).toLongLong());
        lot.maxHt = Money::fromCents(q.value(5).toLongLong());
        lot.rowVersion = q.value(6).toLongLong();
        index.insert(lot.id, static_cast<int>(list.size()));
        list << lot;
    }
    QSqlQuery &h = prepared(QStringLiteral("SELECT h.id, h.lot_id, h.name, h.siret, h.role FROM holders h"
                                           " JOIN lots l ON l.id = h.lot_id JOIN contracts c ON c.id = l.contract_id"
                                           " WHERE c.decp_id <> '' ORDER BY h.lot_id, h.position"));
    if (!exec(h))
        return list;
    while (h.next()) {
        const Id lotId = h.value(1).toLongLong();
        if (index.contains(lotId))
            list[index.value(lotId)].holders << Holder{h.value(0).toLongLong(), lotId, h.value(2).toString(),
                                                       h.value(3).toString(), holderRoleFromKey(h.value(4).toString()).value_or(HolderRole::Lead)};
    }
    return list;
}

QList<QPair<Amendment, QString>> Repository::decpAmendments(Id contractId)
{
    QList<QPair<Amendment, QString>> list;
    const QString select = QStringLiteral("SELECT a.id, a.contract_id, a.lot_id, a.signed_on, a.delta_max_ht_cents,"
                                          " a.delta_months, a.reason, a.decp_id FROM amendments a");
    QSqlQuery &q = contractId ? prepared(select + QStringLiteral(" WHERE a.contract_id = ? ORDER BY a.signed_on, a.id"))
                              : prepared(select + QStringLiteral(" JOIN contracts c ON c.id = a.contract_id"
                                                                 " WHERE c.decp_id <> ''"
                                                                 " ORDER BY a.contract_id, a.signed_on, a.id"));
    if (contractId)
        q.addBindValue(contractId);
    if (!exec(q))
        return list;
    while (q.next()) {
        const Amendment a{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                          SqlValues::toDate(q.value(3)), Money::fromCents(q.value(4).toLongLong()), q.value(5).toInt(),
                          q.value(6).toString()};
        list << qMakePair(a, q.value(7).toString());
    }
    return list;
}

bool Repository::setAmendmentDecpId(Id amendmentId, const QString &decpId)
{
    TransactionGuard guard(m_database);
    if (!guard.isActive())
        return fail(guard.errorText());
    QSqlQuery &q = prepared(QStringLiteral("UPDATE amendments SET decp_id = ? WHERE id = ?"));
    q.addBindValue(decpId.isNull() ? QStringLiteral("") : decpId);
    q.addBindValue(amendmentId);
    if (!exec(q))
        return false;
    return guard.commit() || fail(tr("The change could not be committed."));
}

} // namespace Plafond
