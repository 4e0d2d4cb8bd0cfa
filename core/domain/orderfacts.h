// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QDate>

#include <vector>

namespace Plafond {

// What every figure of the engine depends on, for every counted order, in plain arrays: per order its lot,
// beneficiary and the day of each step; per line its work unit, quantity and amounts. 200,000 orders and
// 600,000 lines take about 30 MB; one sequential read fills them (OrderStore::orderFacts) and the engine
// answers any as-of date in one pass over them (engine/orderfactspass.h). Draft orders and orders without
// an issue date count nowhere, so they are not here.
struct OrderFacts
{
    // A day as QDate::toJulianDay(); 0 for "not reached" (no real date is day 0).
    using Day = qint32;
    static Day dayOf(const QDate &date) { return date.isValid() ? static_cast<Day>(date.toJulianDay()) : 0; }

    struct Order
    {
        Id id = 0;
        Id contractId = 0;
        Id lotId = 0;
        Id beneficiaryId = 0;
        Day issued = 0;
        Day done = 0;
        Day invoiced = 0;
        Day paid = 0;
        Day cancelled = 0;
        quint32 firstLine = 0; // its lines: lines[firstLine, firstLine + lineCount)
        quint32 lineCount = 0;
    };
    struct Line
    {
        Id workUnitId = 0;
        qint64 quantityMilli = 0;
        qint64 amountHtCents = 0;
        qint64 amountTtcCents = 0; // VAT rounded on the line, as everywhere
    };

    std::vector<Order> orders; // by contract, then by identifier
    std::vector<Line> lines;   // by order, in the orders' sequence

    bool isEmpty() const { return orders.empty(); }
};

} // namespace Plafond
