// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storebase.h"

#include "domain/entities.h"

namespace Plafond {

// The catalogue a contract buys from: beneficiaries, work units with their price schedules, and the
// budgets and allocations set on them.
class CatalogueStore : public StoreBase
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueStore)
public:
    using StoreBase::StoreBase;

    Result<QList<Beneficiary>> beneficiaries(); // by code
    Result<Beneficiary> beneficiary(Id id);
    Status saveBeneficiary(Beneficiary &beneficiary);
    Status removeBeneficiary(Id id); // refused while it has orders or sub-entities

    // Work units of a lot with their price schedules: two queries.
    Result<QList<WorkUnit>> workUnits(Id lotId); // by code
    Result<WorkUnit> workUnit(Id id);
    Status saveWorkUnit(WorkUnit &workUnit); // replaces the unit's price schedule
    Status removeWorkUnit(Id id);            // refused while orders use it
    // The work units of all the lots of a contract (without their price schedules), by lot number and code.
    Result<QList<WorkUnit>> contractWorkUnits(Id contractId);

    Result<QList<WorkUnitBudget>> budgets(Id lotId);
    Result<QList<WorkUnitBudget>> contractBudgets(Id contractId);
    Status saveBudget(WorkUnitBudget &budget);
    Result<QList<Allocation>> allocations(Id lotId);
    Result<QList<Allocation>> contractAllocations(Id contractId);
    Status saveAllocation(Allocation &allocation);
};

} // namespace Plafond
