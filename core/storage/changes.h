// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QMetaType>
#include <QSet>

namespace Plafond {

// What one edit, undo, redo or import changed, said precisely enough for each view to update only what
// it shows: the aggregates touched, and for orders (the one table that is large) which rows were saved
// and which removed. A view that shows orders updates those rows (dataChanged, rowsInserted,
// rowsRemoved); a view that shows a contract's figures recomputes them when orders or the contract
// changed; a view of the catalogue ignores an order edit.
struct Changes
{
    enum Topic : unsigned {
        Contracts = 1 << 0,  // contracts, lots, holders, amendments, SLA calendars
        Catalogue = 1 << 1,  // beneficiaries, work units, prices, budgets, allocations
        Orders = 1 << 2,     // purchase orders and their lines
        Components = 1 << 3, // catalogue of components, coverage, declared uses, contributions
        Tickets = 1 << 4,    // support tickets and SLA targets
        Indexes = 1 << 5,    // price revision index values
        Everything = (1 << 6) - 1,
    };

    unsigned topics = 0;
    QSet<Id> savedOrders;   // inserted or updated
    QSet<Id> removedOrders; // deleted
    // Orders changed in a way the list cannot tell row by row (an import, a contract removed with its
    // orders): views showing orders reload them.
    bool allOrders = false;

    static Changes of(unsigned topics)
    {
        Changes changes;
        changes.topics = topics;
        changes.allOrders = topics & Orders;
        return changes;
    }
    static Changes everything() { return of(Everything); }
    static Changes orderSaved(Id id)
    {
        Changes changes;
        changes.topics = Orders;
        changes.savedOrders.insert(id);
        return changes;
    }
    static Changes orderRemoved(Id id)
    {
        Changes changes;
        changes.topics = Orders;
        changes.removedOrders.insert(id);
        return changes;
    }

    bool touches(unsigned topic) const { return topics & topic; }
    bool isEmpty() const { return topics == 0; }
    Changes &operator+=(const Changes &other)
    {
        topics |= other.topics;
        allOrders = allOrders || other.allOrders;
        for (Id id : other.savedOrders) {
            removedOrders.remove(id);
            savedOrders.insert(id);
        }
        for (Id id : other.removedOrders) {
            savedOrders.remove(id);
            removedOrders.insert(id);
        }
        return *this;
    }
};

} // namespace Plafond

Q_DECLARE_METATYPE(Plafond::Changes)
