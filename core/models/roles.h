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
};

} // namespace Plafond
