// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Plafond {

// Roles shared by every model: DisplayRole is locale text, these carry the raw values
// (proxies sort and filter on them, charts read them).
enum ItemRole {
    IdRole = Qt::UserRole + 1, // database identifier of the row's entity
    SortRole,                  // raw value to sort on: cents, Julian day, text
    CentsRole,                 // amounts as qint64 cents
    StatusRole,                // OrderStatus as int
    ContractIdRole,
    LotIdRole,
    BeneficiaryIdRole,
    KindRole, // tree nodes: NodeKind
    // The value a chart plots, as a double: the only place where money leaves integer cents
    // (see DashboardValues). Charts read it through ChartValueProxy, whose DisplayRole it becomes.
    ChartValueRole,
    ForecastRole, // bool: the row is projected, not recorded
    SeverityRole, // Alert::Severity as int
};

} // namespace Plafond
