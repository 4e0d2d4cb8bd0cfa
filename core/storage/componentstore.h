// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storebase.h"

#include "domain/component.h"
#include "domain/contribution.h"
#include "domain/lifecycle.h"
#include "domain/readrows.h"

#include <QPair>

namespace Plafond {

// Covered software: the component catalogue (keyed by SILL identifier), which lots cover which
// components, the uses beneficiaries declare, and the upstream contributions of development order lines.
class ComponentStore : public StoreBase
{
    Q_DECLARE_TR_FUNCTIONS(ComponentStore)
public:
    using StoreBase::StoreBase;

    Result<QList<Component>> components(); // by name, then SILL identifier
    Status saveComponent(Component &component);
    Result<int> componentCount();

    // Component and lot pairs: which lots cover which components.
    Result<QList<QPair<Id, Id>>> componentLots();
    Status setComponentCovered(Id componentId, Id lotId, bool covered);
    // How many distinct components the lots of a contract cover.
    Result<int> coveredComponentCount(Id contractId);

    // Declared uses of one beneficiary (every beneficiary when 0), by beneficiary then component.
    Result<QList<ComponentUse>> componentUses(Id beneficiaryId = 0);
    Status saveComponentUse(ComponentUse &use); // one use per beneficiary and component
    Status removeComponentUse(Id id);
    // "Used but not covered": the declared uses whose component no lot of any contract covers, by beneficiary
    // code then component name. One query.
    Result<QList<ComponentUse>> uncoveredUses();

    // Contributions of the order lines of one contract (every contract when 0), by order number, line, date.
    Result<QList<Contribution>> contributions(Id contractId = 0);
    Result<Contribution> contribution(Id id);
    Status saveContribution(Contribution &contribution); // refused unless the line is a development line
    Status removeContribution(Id id);
    // The lines of development work units of one contract (every contract when 0), by contract, order number.
    Result<QList<DevelopmentLine>> developmentLines(Id contractId = 0);
    // Each order of a contract with development lines that count as ordered at `asOf` (issued on or before
    // it, not cancelled by then), with the sum of those lines and of those with a contribution merged by then.
    Result<QList<DevelopmentOrderAmounts>> developmentOrderAmounts(Id contractId, const QDate &asOf);
};

} // namespace Plafond
