// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/orderfacts.h"
#include "domain/readrows.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <map>

namespace Plafond {

// The engine's reads of the orders, answered from the facts in memory in one pass over one contract's
// orders and lines: the same values as the SQL of OrderStore::stepSums() and lotTotals(), to the cent, at
// any as-of date, without going back to the database.
class FactsPass
{
    Q_DECLARE_TR_FUNCTIONS(FactsPass)
public:
    // Every step dated on or before `asOf` (docs/DOMAIN.md): issues, cancellations, and done, invoiced, paid
    // of orders not cancelled by then, one entry per order line and step. Summed per lot, beneficiary, work
    // unit, step and month they are stepSums() of the SQL; the engine only sums them, and on real data the
    // groups are hardly fewer than the lines, so they are not grouped here.
    static Result<QList<StepSum>> stepSums(const OrderFacts &facts, Id contractId, const QDate &asOf);
    // What "ordered" was on `day`, per lot that has counted orders: issues on or before it, less the orders
    // cancelled by then.
    static Result<std::map<Id, Money>> orderedByLot(const OrderFacts &facts, Id contractId, const QDate &day);
};

} // namespace Plafond
