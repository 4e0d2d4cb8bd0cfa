// SPDX-License-Identifier: GPL-3.0-or-later
// Upstream contributions of development order lines, and the components each beneficiary declares it uses.
#include "repository.h"

#include "identityrestorer.h"
#include "sqlvalues.h"

#include <QSqlError>

namespace Plafond {

namespace {

// The order counts as ordered at the date bound twice after it: issued on or before, not cancelled by then
// (docs/DOMAIN.md: a cancelled order counts nowhere; a draft is not ordered).
const char *const orderedAtDate = " o.status <> 'draft' AND o.issued_on IS NOT NULL AND o.issued_on <= ?"
                                  " AND NOT (o.status = 'cancelled' AND (o.cancelled_on IS NULL OR o.cancelled_on <= ?))";


} // namespace

QList<Contribution> Repository::contributions(Id contractId)
{
    QList<Contribution> list;
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT k.id, k.order_line_id, k.component_id, k.url, k.state, k.state_on, k.row_version"
        " FROM contributions k JOIN order_lines ol ON ol.id = k.order_line_id JOIN orders o ON o.id = ol.order_id"
        " JOIN lots l ON l.id = o.lot_id JOIN contracts c ON c.id = l.contract_id"
        " WHERE ? = 0 OR l.contract_id = ?"
        " ORDER BY c.reference, o.number, ol.position, k.state_on, k.id"));
    q.addBindValue(contractId);
    q.addBindValue(contractId);
    if (!exec(q))
        return list;
    while (q.next()) {
        Contribution k;
        k.id = q.value(0).toLongLong();
        k.orderLineId = q.value(1).toLongLong();
        k.componentId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
        k.url = q.value(3).toString();
        k.state = Contribution::stateFromKey(q.value(4).toString()).value_or(Contribution::State::Submitted);
        k.stateOn = SqlValues::toDate(q.value(5));
        k.rowVersion = q.value(6).toLongLong();
        list << k;
    }
    return list;
}

std::optional<Contribution> Repository::contribution(Id id)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT id, order_line_id, component_id, url, state, state_on, row_version FROM contributions WHERE id = ?"));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    Contribution k;
    k.id = q.value(0).toLongLong();
    k.orderLineId = q.value(1).toLongLong();
    k.componentId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    k.url = q.value(3).toString();
    k.state = Contribution::stateFromKey(q.value(4).toString()).value_or(Contribution::State::Submitted);
    k.stateOn = SqlValues::toDate(q.value(5));
    k.rowVersion = q.value(6).toLongLong();
    q.finish();
    return k;
}

bool Repository::saveContribution(Contribution &k)
{
    if (k.url.trimmed().isEmpty())
        return fail(tr("A contribution needs the address (URL) where it can be seen."));
    if (!k.stateOn.isValid())
        return fail(tr("A contribution needs the date of its state."));
    QSqlQuery &line = prepared(QStringLiteral(
        "SELECT w.development FROM order_lines ol JOIN work_units w ON w.id = ol.work_unit_id WHERE ol.id = ?"));
    line.addBindValue(k.orderLineId);
    if (!exec(line))
        return false;
    if (!line.next())
        return fail(tr("The order line of this contribution does not exist."));
    const bool development = line.value(0).toInt() != 0;
    line.finish();
    if (!development)
        return fail(tr("Only the lines of a development work unit carry upstream contributions."));
    IdentityRestorer identity(k.id, k.rowVersion);
    TransactionGuard guard(m_database);
    if (!guard.isActive())
        return fail(guard.errorText());
    if (!insertOrUpdate(QStringLiteral("contributions"), k.id, k.rowVersion,
                        {QStringLiteral("order_line_id"), QStringLiteral("component_id"), QStringLiteral("url"),
                         QStringLiteral("state"), QStringLiteral("state_on")},
                        {k.orderLineId, SqlValues::optionalId(k.componentId), k.url.trimmed(), Contribution::stateKey(k.state),
                         SqlValues::date(k.stateOn)}))
        return false;
    return identity.keep(guard.commit()) || fail(tr("The change could not be committed."));
}

bool Repository::removeContribution(Id id)
{
    return removeRow(QStringLiteral("contributions"), id);
}

QList<DevelopmentLine> Repository::developmentLines(Id contractId)
{
    QList<DevelopmentLine> list;
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT ol.id, o.id, o.number, c.id, c.reference, l.id, l.number, b.code, w.code, o.status, o.issued_on,"
        " ol.amount_ht_cents"
        " FROM order_lines ol JOIN orders o ON o.id = ol.order_id JOIN work_units w ON w.id = ol.work_unit_id"
        " JOIN lots l ON l.id = o.lot_id JOIN contracts c ON c.id = l.contract_id"
        " JOIN beneficiaries b ON b.id = o.beneficiary_id"
        " WHERE w.development <> 0 AND (? = 0 OR l.contract_id = ?)"
        " ORDER BY c.reference, o.number, ol.position"));
    q.addBindValue(contractId);
    q.addBindValue(contractId);
    if (!exec(q))
        return list;
    while (q.next()) {
        DevelopmentLine d;
        d.orderLineId = q.value(0).toLongLong();
        d.orderId = q.value(1).toLongLong();
        d.orderNumber = q.value(2).toString();
        d.contractId = q.value(3).toLongLong();
        d.contractReference = q.value(4).toString();
        d.lotId = q.value(5).toLongLong();
        d.lotNumber = q.value(6).toInt();
        d.beneficiaryCode = q.value(7).toString();
        d.workUnitCode = q.value(8).toString();
        d.status = Lifecycle::statusFromKey(q.value(9).toString()).value_or(OrderStatus::Draft);
        d.issuedOn = SqlValues::toDate(q.value(10));
        d.amountHt = Money::fromCents(q.value(11).toLongLong());
        list << d;
    }
    return list;
}

QList<Repository::DevelopmentOrderAmounts> Repository::developmentOrderAmounts(Id contractId, const QDate &asOf)
{
    QList<DevelopmentOrderAmounts> list;
    // A line counts as contributed when at least one of its contributions was merged on or before the date;
    // the DISTINCT subquery keeps a line with two merged contributions from counting twice.
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT o.id, o.number, l.id, l.number, b.code, o.issued_on, SUM(ol.amount_ht_cents),"
        " SUM(CASE WHEN m.order_line_id IS NULL THEN 0 ELSE ol.amount_ht_cents END)"
        " FROM order_lines ol JOIN orders o ON o.id = ol.order_id JOIN work_units w ON w.id = ol.work_unit_id"
        " JOIN lots l ON l.id = o.lot_id JOIN beneficiaries b ON b.id = o.beneficiary_id"
        " LEFT JOIN (SELECT DISTINCT order_line_id FROM contributions WHERE state = 'merged' AND state_on <= ?) m"
        "   ON m.order_line_id = ol.id"
        " WHERE l.contract_id = ? AND w.development <> 0 AND%1"
        " GROUP BY o.id, o.number, l.id, l.number, b.code, o.issued_on"
        " ORDER BY o.number").arg(QLatin1String(orderedAtDate)));
    const QString date = asOf.toString(Qt::ISODate);
    q.addBindValue(date);
    q.addBindValue(contractId);
    q.addBindValue(date);
    q.addBindValue(date);
    if (!exec(q))
        return list;
    while (q.next()) {
        DevelopmentOrderAmounts a;
        a.orderId = q.value(0).toLongLong();
        a.number = q.value(1).toString();
        a.lotId = q.value(2).toLongLong();
        a.lotNumber = q.value(3).toInt();
        a.beneficiaryCode = q.value(4).toString();
        a.issuedOn = SqlValues::toDate(q.value(5));
        a.developmentHt = Money::fromCents(q.value(6).toLongLong());
        a.mergedHt = Money::fromCents(q.value(7).toLongLong());
        list << a;
    }
    return list;
}

QList<ComponentUse> Repository::componentUses(Id beneficiaryId)
{
    QList<ComponentUse> list;
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT u.id, u.beneficiary_id, u.component_id, u.declared_on, u.note, u.row_version FROM component_uses u"
        " JOIN beneficiaries b ON b.id = u.beneficiary_id JOIN components k ON k.id = u.component_id"
        " WHERE ? = 0 OR u.beneficiary_id = ? ORDER BY b.code, k.name, k.sill_id"));
    q.addBindValue(beneficiaryId);
    q.addBindValue(beneficiaryId);
    if (!exec(q))
        return list;
    while (q.next())
        list << ComponentUse{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                             SqlValues::toDate(q.value(3)), q.value(4).toString(), q.value(5).toLongLong()};
    return list;
}

bool Repository::saveComponentUse(ComponentUse &use)
{
    if (!use.beneficiaryId || !use.componentId)
        return fail(tr("A declared use needs a beneficiary and a component."));
    IdentityRestorer identity(use.id, use.rowVersion);
    TransactionGuard guard(m_database);
    if (!guard.isActive())
        return fail(guard.errorText());
    if (!insertOrUpdate(QStringLiteral("component_uses"), use.id, use.rowVersion,
                        {QStringLiteral("beneficiary_id"), QStringLiteral("component_id"), QStringLiteral("declared_on"),
                         QStringLiteral("note")},
                        {use.beneficiaryId, use.componentId, SqlValues::date(use.declaredOn), use.note}))
        return false;
    return identity.keep(guard.commit()) || fail(tr("The change could not be committed."));
}

bool Repository::removeComponentUse(Id id)
{
    return removeRow(QStringLiteral("component_uses"), id);
}

QList<ComponentUse> Repository::uncoveredUses()
{
    QList<ComponentUse> list;
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT u.id, u.beneficiary_id, u.component_id, u.declared_on, u.note, u.row_version FROM component_uses u"
        " JOIN beneficiaries b ON b.id = u.beneficiary_id JOIN components k ON k.id = u.component_id"
        " WHERE NOT EXISTS (SELECT 1 FROM component_lots cl WHERE cl.component_id = u.component_id)"
        " ORDER BY b.code, k.name, k.sill_id"));
    if (!exec(q))
        return list;
    while (q.next())
        list << ComponentUse{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                             SqlValues::toDate(q.value(3)), q.value(4).toString(), q.value(5).toLongLong()};
    return list;
}

int Repository::componentCount()
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT COUNT(*) FROM components"));
    if (!exec(q) || !q.next())
        return 0;
    const int count = q.value(0).toInt();
    q.finish();
    return count;
}

} // namespace Plafond
