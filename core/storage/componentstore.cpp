// SPDX-License-Identifier: GPL-3.0-or-later
#include "componentstore.h"

#include "sqlvalues.h"
#include "tables.h"

namespace Plafond {

namespace {

Component readComponent(SqlRow &r)
{
    Component c;
    c.id = r.id();
    c.sillId = r.text();
    c.name = r.text();
    c.function = r.text();
    c.category = r.text();
    c.licence = r.text();
    c.versionMin = r.text();
    c.versionMax = r.text();
    c.status = r.text();
    c.supportContract = r.flag();
    c.rowVersion = r.int64();
    return c;
}

ComponentUse readUse(SqlRow &r)
{
    ComponentUse use;
    use.id = r.id();
    use.beneficiaryId = r.id();
    use.componentId = r.id();
    use.declaredOn = r.date();
    use.note = r.text();
    use.rowVersion = r.int64();
    return use;
}

Contribution readContribution(SqlRow &r)
{
    Contribution k;
    k.id = r.id();
    k.orderLineId = r.id();
    k.componentId = r.optionalId();
    k.url = r.text();
    k.state = Contribution::stateFromKey(r.text()).value_or(Contribution::State::Submitted);
    k.stateOn = r.date();
    k.rowVersion = r.int64();
    return k;
}

int toInt(const Result<qint64> &number)
{
    return static_cast<int>(*number);
}

// The order counts as ordered at the date bound twice after it: issued on or before, not cancelled by then
// (docs/DOMAIN.md: a cancelled order counts nowhere; a draft is not ordered).
const char *const orderedAtDate = " o.status <> 'draft' AND o.issued_on IS NOT NULL AND o.issued_on <= ?"
                                  " AND NOT (o.status = 'cancelled' AND (o.cancelled_on IS NULL OR o.cancelled_on <= ?))";

const QString usesFrom = QStringLiteral(" JOIN beneficiaries b ON b.id = u.beneficiary_id JOIN components k ON k.id = u.component_id");

} // namespace

// --- Catalogue ---------------------------------------------------------------------------------------

Result<QList<Component>> ComponentStore::components()
{
    return readAll<Component>(Tables::components().select() + QStringLiteral(" ORDER BY name, sill_id"), {}, readComponent);
}

Status ComponentStore::saveComponent(Component &c)
{
    return saveWithIdentity(c.id, c.rowVersion, [&]() {
        return insertOrUpdate(Tables::components(), c.id, c.rowVersion,
                              {c.sillId, c.name, c.function, c.category, c.licence, c.versionMin, c.versionMax, c.status,
                               c.supportContract ? 1 : 0});
    });
}

Result<int> ComponentStore::componentCount()
{
    const auto count = readNumber(QStringLiteral("SELECT COUNT(*) FROM components"));
    return count ? Result<int>(toInt(count)) : Result<int>(count.error());
}

// --- Coverage ----------------------------------------------------------------------------------------

Result<QList<QPair<Id, Id>>> ComponentStore::componentLots()
{
    return readAll<QPair<Id, Id>>(QStringLiteral("SELECT component_id, lot_id FROM component_lots ORDER BY component_id, lot_id"),
                                  {}, [](SqlRow &r) {
                                      const Id component = r.id();
                                      return qMakePair(component, r.id());
                                  });
}

Status ComponentStore::setComponentCovered(Id componentId, Id lotId, bool covered)
{
    return withTransaction([&]() -> Status {
        if (auto removed = run(QStringLiteral("DELETE FROM component_lots WHERE component_id = ? AND lot_id = ?"),
                               {componentId, lotId});
            !removed)
            return removed.status();
        if (!covered)
            return {};
        Id id = 0;
        return insertRow(Tables::componentLots(), id, {componentId, lotId});
    });
}

Result<int> ComponentStore::coveredComponentCount(Id contractId)
{
    const auto count = readNumber(QStringLiteral("SELECT COUNT(DISTINCT cl.component_id) FROM component_lots cl"
                                                 " JOIN lots l ON l.id = cl.lot_id WHERE l.contract_id = ?"),
                                  {contractId});
    return count ? Result<int>(toInt(count)) : Result<int>(count.error());
}

// --- Declared uses -----------------------------------------------------------------------------------

Result<QList<ComponentUse>> ComponentStore::componentUses(Id beneficiaryId)
{
    return readAll<ComponentUse>(Tables::componentUses().select(QStringLiteral("u")) + usesFrom
                                     + QStringLiteral(" WHERE ? = 0 OR u.beneficiary_id = ? ORDER BY b.code, k.name, k.sill_id"),
                                 {beneficiaryId, beneficiaryId}, readUse);
}

Status ComponentStore::saveComponentUse(ComponentUse &use)
{
    if (!use.beneficiaryId || !use.componentId)
        return fail(tr("A declared use needs a beneficiary and a component."));
    return saveWithIdentity(use.id, use.rowVersion, [&]() {
        return insertOrUpdate(Tables::componentUses(), use.id, use.rowVersion,
                              {use.beneficiaryId, use.componentId, SqlValues::date(use.declaredOn), use.note});
    });
}

Status ComponentStore::removeComponentUse(Id id)
{
    return removeRow(Tables::componentUses(), id);
}

Result<QList<ComponentUse>> ComponentStore::uncoveredUses()
{
    return readAll<ComponentUse>(Tables::componentUses().select(QStringLiteral("u")) + usesFrom
                                     + QStringLiteral(" WHERE NOT EXISTS (SELECT 1 FROM component_lots cl WHERE cl.component_id = u.component_id)"
                                                      " ORDER BY b.code, k.name, k.sill_id"),
                                 {}, readUse);
}

// --- Upstream contributions --------------------------------------------------------------------------

Result<QList<Contribution>> ComponentStore::contributions(Id contractId)
{
    return readAll<Contribution>(
        Tables::contributions().select(QStringLiteral("k"))
            + QStringLiteral(" JOIN order_lines ol ON ol.id = k.order_line_id JOIN orders o ON o.id = ol.order_id"
                             " JOIN lots l ON l.id = o.lot_id JOIN contracts c ON c.id = l.contract_id"
                             " WHERE ? = 0 OR l.contract_id = ? ORDER BY c.reference, o.number, ol.position, k.state_on, k.id"),
        {contractId, contractId}, readContribution);
}

Result<Contribution> ComponentStore::contribution(Id id)
{
    return readById<Contribution>(Tables::contributions(), id, readContribution,
                                  tr("Contribution %1 is not in the database.").arg(id));
}

Status ComponentStore::saveContribution(Contribution &k)
{
    if (k.url.trimmed().isEmpty())
        return fail(tr("A contribution needs the address (URL) where it can be seen."));
    if (!k.stateOn.isValid())
        return fail(tr("A contribution needs the date of its state."));
    const auto development = readOne<bool>(
        QStringLiteral("SELECT w.development FROM order_lines ol JOIN work_units w ON w.id = ol.work_unit_id WHERE ol.id = ?"),
        {k.orderLineId}, [](SqlRow &r) { return r.flag(); });
    if (development.isNotFound())
        return fail(tr("The order line of this contribution does not exist."));
    if (!development)
        return development.status();
    if (!*development)
        return fail(tr("Only the lines of a development work unit carry upstream contributions."));
    return saveWithIdentity(k.id, k.rowVersion, [&]() {
        return insertOrUpdate(Tables::contributions(), k.id, k.rowVersion,
                              {k.orderLineId, SqlValues::optionalId(k.componentId), k.url.trimmed(),
                               Contribution::stateKey(k.state), SqlValues::date(k.stateOn)});
    });
}

Status ComponentStore::removeContribution(Id id)
{
    return removeRow(Tables::contributions(), id);
}

Result<QList<DevelopmentLine>> ComponentStore::developmentLines(Id contractId)
{
    return readAll<DevelopmentLine>(
        QStringLiteral("SELECT ol.id, o.id, o.number, c.id, c.reference, l.id, l.number, b.code, w.code, o.status, o.issued_on,"
                       " ol.amount_ht_cents"
                       " FROM order_lines ol JOIN orders o ON o.id = ol.order_id JOIN work_units w ON w.id = ol.work_unit_id"
                       " JOIN lots l ON l.id = o.lot_id JOIN contracts c ON c.id = l.contract_id"
                       " JOIN beneficiaries b ON b.id = o.beneficiary_id"
                       " WHERE w.development <> 0 AND (? = 0 OR l.contract_id = ?)"
                       " ORDER BY c.reference, o.number, ol.position"),
        {contractId, contractId}, [](SqlRow &r) {
            DevelopmentLine d;
            d.orderLineId = r.id();
            d.orderId = r.id();
            d.orderNumber = r.text();
            d.contractId = r.id();
            d.contractReference = r.text();
            d.lotId = r.id();
            d.lotNumber = r.integer();
            d.beneficiaryCode = r.text();
            d.workUnitCode = r.text();
            d.status = Lifecycle::statusFromKey(r.text()).value_or(OrderStatus::Draft);
            d.issuedOn = r.date();
            d.amountHt = r.money();
            return d;
        });
}

Result<QList<DevelopmentOrderAmounts>> ComponentStore::developmentOrderAmounts(Id contractId, const QDate &asOf)
{
    // A line counts as contributed when at least one of its contributions was merged on or before the date;
    // the DISTINCT subquery keeps a line with two merged contributions from counting twice.
    const QString date = asOf.toString(Qt::ISODate);
    return readAll<DevelopmentOrderAmounts>(
        QStringLiteral("SELECT o.id, o.number, l.id, l.number, b.code, o.issued_on, SUM(ol.amount_ht_cents),"
                       " SUM(CASE WHEN m.order_line_id IS NULL THEN 0 ELSE ol.amount_ht_cents END)"
                       " FROM order_lines ol JOIN orders o ON o.id = ol.order_id JOIN work_units w ON w.id = ol.work_unit_id"
                       " JOIN lots l ON l.id = o.lot_id JOIN beneficiaries b ON b.id = o.beneficiary_id"
                       " LEFT JOIN (SELECT DISTINCT order_line_id FROM contributions WHERE state = 'merged' AND state_on <= ?) m"
                       "   ON m.order_line_id = ol.id"
                       " WHERE l.contract_id = ? AND w.development <> 0 AND%1"
                       " GROUP BY o.id, o.number, l.id, l.number, b.code, o.issued_on"
                       " ORDER BY o.number")
            .arg(QLatin1String(orderedAtDate)),
        {date, contractId, date, date}, [](SqlRow &r) {
            DevelopmentOrderAmounts a;
            a.orderId = r.id();
            a.number = r.text();
            a.lotId = r.id();
            a.lotNumber = r.integer();
            a.beneficiaryCode = r.text();
            a.issuedOn = r.date();
            a.developmentHt = r.money();
            a.mergedHt = r.money();
            return a;
        });
}

} // namespace Plafond
