// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguestore.h"

#include "sqlvalues.h"
#include "tables.h"

#include <QHash>

#include <algorithm>

namespace Plafond {

namespace {

Beneficiary readBeneficiary(SqlRow &r)
{
    Beneficiary b;
    b.id = r.id();
    b.code = r.text();
    b.name = r.text();
    b.parentId = r.optionalId();
    b.rowVersion = r.int64();
    return b;
}

WorkUnit readWorkUnit(SqlRow &r)
{
    WorkUnit unit;
    unit.id = r.id();
    unit.lotId = r.id();
    unit.code = r.text();
    unit.labelFr = r.text();
    unit.labelEn = r.text();
    unit.unit = r.text();
    unit.development = r.flag();
    unit.rowVersion = r.int64();
    return unit;
}

UnitPrice readUnitPrice(SqlRow &r)
{
    UnitPrice price;
    price.id = r.id();
    price.workUnitId = r.id();
    price.effectiveFrom = r.date();
    price.priceHt = r.money();
    return price;
}

WorkUnitBudget readBudget(SqlRow &r)
{
    WorkUnitBudget b;
    b.id = r.id();
    b.workUnitId = r.id();
    b.year = r.integer();
    b.quantityMilli = r.int64();
    return b;
}

Allocation readAllocation(SqlRow &r)
{
    Allocation a;
    a.id = r.id();
    a.lotId = r.id();
    a.beneficiaryId = r.id();
    a.amountHt = r.optionalMoney();
    a.workUnitId = r.optionalId();
    a.quantityMilli = r.optionalInt64();
    return a;
}

} // namespace

// --- Beneficiaries -----------------------------------------------------------------------------------

Result<QList<Beneficiary>> CatalogueStore::beneficiaries()
{
    return readAll<Beneficiary>(Tables::beneficiaries().select() + QStringLiteral(" ORDER BY code"), {}, readBeneficiary);
}

Result<Beneficiary> CatalogueStore::beneficiary(Id id)
{
    return readById<Beneficiary>(Tables::beneficiaries(), id, readBeneficiary,
                                 tr("Beneficiary %1 is not in the database.").arg(id));
}

Status CatalogueStore::saveBeneficiary(Beneficiary &b)
{
    if (b.code.trimmed().isEmpty() || b.name.trimmed().isEmpty())
        return fail(tr("A beneficiary needs a code and a name."));
    if (Status texts = checkTexts({{tr("code"), b.code}, {tr("name"), b.name}}); !texts)
        return texts;
    // The hierarchy must stay a tree: a beneficiary cannot be its own ancestor.
    for (Id parent = b.parentId; parent != 0;) {
        if (parent == b.id && b.id != 0)
            return fail(tr("%1 cannot be placed under itself.").arg(b.code));
        const auto p = beneficiary(parent);
        if (!p)
            return p.isNotFound() ? Status(fail(tr("The parent of %1 does not exist.").arg(b.code))) : p.status();
        parent = p->parentId;
    }
    return saveWithIdentity(b.id, b.rowVersion, [&]() {
        return insertOrUpdate(Tables::beneficiaries(), b.id, b.rowVersion, {b.code, b.name, SqlValues::optionalId(b.parentId)});
    });
}

Status CatalogueStore::removeBeneficiary(Id id)
{
    return removeUnused(Tables::beneficiaries(), id,
                        QStringLiteral("SELECT (SELECT COUNT(*) FROM orders WHERE beneficiary_id = ?)"
                                       " + (SELECT COUNT(*) FROM beneficiaries WHERE parent_id = ?)"),
                        {id, id}, tr("This beneficiary has orders or sub-entities: it cannot be removed."));
}

// --- Work units --------------------------------------------------------------------------------------

Result<QList<WorkUnit>> CatalogueStore::workUnits(Id lotId)
{
    auto units = readAll<WorkUnit>(Tables::workUnits().select() + QStringLiteral(" WHERE lot_id = ? ORDER BY code"),
                                   {lotId}, readWorkUnit);
    if (!units)
        return units;
    QHash<Id, qsizetype> indexOf;
    for (qsizetype i = 0; i < units->size(); ++i)
        indexOf.insert(units->at(i).id, i);
    auto prices = readAll<UnitPrice>(Tables::unitPrices().select(QStringLiteral("p"))
                                         + QStringLiteral(" JOIN work_units w ON w.id = p.work_unit_id WHERE w.lot_id = ?"
                                                          " ORDER BY p.effective_from"),
                                     {lotId}, readUnitPrice);
    if (!prices)
        return prices.error();
    for (const UnitPrice &price : *prices) {
        if (const auto it = indexOf.constFind(price.workUnitId); it != indexOf.constEnd())
            (*units)[*it].prices << price;
    }
    return units;
}

Result<WorkUnit> CatalogueStore::workUnit(Id id)
{
    const QString missing = tr("Work unit %1 is not in the database.").arg(id);
    const auto lotId = readOne<Id>(QStringLiteral("SELECT lot_id FROM work_units WHERE id = ?"), {id},
                                   [](SqlRow &r) { return r.id(); }, missing);
    if (!lotId)
        return lotId.error();
    auto units = workUnits(*lotId);
    if (!units)
        return units.error();
    for (const WorkUnit &unit : *units) {
        if (unit.id == id)
            return unit;
    }
    return Error::notFound(missing);
}

Status CatalogueStore::saveWorkUnit(WorkUnit &unit)
{
    if (unit.code.trimmed().isEmpty())
        return fail(tr("A work unit needs a code."));
    if (Status texts = checkTexts({{tr("code"), unit.code}, {tr("label"), unit.labelFr}, {tr("label"), unit.labelEn},
                                   {tr("unit"), unit.unit}});
        !texts)
        return texts;
    for (const UnitPrice &price : std::as_const(unit.prices)) {
        if (!price.effectiveFrom.isValid())
            return fail(tr("A price of work unit %1 has no start date.").arg(unit.code));
        if (price.priceHt.isNegative())
            return fail(tr("A price of work unit %1 is negative.").arg(unit.code));
    }
    return saveWithIdentity(unit.id, unit.rowVersion, [&]() -> Status {
        if (Status saved = insertOrUpdate(Tables::workUnits(), unit.id, unit.rowVersion,
                                          {unit.lotId, unit.code, unit.labelFr, unit.labelEn, unit.unit, unit.development ? 1 : 0});
            !saved)
            return saved;
        if (auto clear = run(QStringLiteral("DELETE FROM unit_prices WHERE work_unit_id = ?"), {unit.id}); !clear)
            return clear.status();
        std::sort(unit.prices.begin(), unit.prices.end(),
                  [](const UnitPrice &a, const UnitPrice &b) { return a.effectiveFrom < b.effectiveFrom; });
        for (UnitPrice &price : unit.prices) {
            price.workUnitId = unit.id;
            price.id = 0;
            if (Status saved = insertRow(Tables::unitPrices(), price.id,
                                         {unit.id, SqlValues::date(price.effectiveFrom), price.priceHt.cents()});
                !saved)
                return saved;
        }
        return {};
    });
}

Status CatalogueStore::removeWorkUnit(Id id)
{
    return removeUnused(Tables::workUnits(), id,
                        QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE work_unit_id = ?"), {id},
                        tr("This work unit is used by orders: it cannot be removed."));
}

Result<QList<WorkUnit>> CatalogueStore::contractWorkUnits(Id contractId)
{
    return readAll<WorkUnit>(Tables::workUnits().select(QStringLiteral("w"))
                                 + QStringLiteral(" JOIN lots l ON l.id = w.lot_id WHERE l.contract_id = ? ORDER BY l.number, w.code"),
                             {contractId}, readWorkUnit);
}

// --- Budgets and allocations -------------------------------------------------------------------------

Result<QList<WorkUnitBudget>> CatalogueStore::budgets(Id lotId)
{
    return readAll<WorkUnitBudget>(Tables::budgets().select(QStringLiteral("b"))
                                       + QStringLiteral(" JOIN work_units w ON w.id = b.work_unit_id WHERE w.lot_id = ?"
                                                        " ORDER BY w.code, b.year"),
                                   {lotId}, readBudget);
}

Result<QList<WorkUnitBudget>> CatalogueStore::contractBudgets(Id contractId)
{
    return readAll<WorkUnitBudget>(Tables::budgets().select(QStringLiteral("b"))
                                       + QStringLiteral(" JOIN work_units w ON w.id = b.work_unit_id JOIN lots l ON l.id = w.lot_id"
                                                        " WHERE l.contract_id = ? ORDER BY b.work_unit_id, b.year"),
                                   {contractId}, readBudget);
}

Status CatalogueStore::saveBudget(WorkUnitBudget &budget)
{
    if (budget.quantityMilli < 0)
        return fail(tr("A budgeted quantity cannot be negative."));
    qint64 version = 0;
    return saveWithIdentity(budget.id, version, [&]() {
        return insertOrUpdate(Tables::budgets(), budget.id, version, {budget.workUnitId, budget.year, budget.quantityMilli});
    });
}

Result<QList<Allocation>> CatalogueStore::allocations(Id lotId)
{
    return readAll<Allocation>(Tables::allocations().select() + QStringLiteral(" WHERE lot_id = ? ORDER BY id"), {lotId},
                               readAllocation);
}

Result<QList<Allocation>> CatalogueStore::contractAllocations(Id contractId)
{
    return readAll<Allocation>(Tables::allocations().select(QStringLiteral("a"))
                                   + QStringLiteral(" JOIN lots l ON l.id = a.lot_id WHERE l.contract_id = ? ORDER BY a.id"),
                               {contractId}, readAllocation);
}

Status CatalogueStore::saveAllocation(Allocation &a)
{
    if (!a.amountHt && !a.quantityMilli)
        return fail(tr("An allocation needs an amount or a quantity of work units."));
    if (a.quantityMilli && a.workUnitId == 0)
        return fail(tr("An allocation in work units needs its work unit."));
    qint64 version = 0;
    return saveWithIdentity(a.id, version, [&]() {
        return insertOrUpdate(Tables::allocations(), a.id, version,
                              {a.lotId, a.beneficiaryId, SqlValues::cents(a.amountHt), SqlValues::optionalId(a.workUnitId),
                               SqlValues::optionalInt64(a.quantityMilli)});
    });
}

} // namespace Plafond
