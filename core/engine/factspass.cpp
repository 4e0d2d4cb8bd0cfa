// SPDX-License-Identifier: GPL-3.0-or-later
#include "factspass.h"

#include <algorithm>

namespace Plafond {

namespace {

using Day = OrderFacts::Day;

// The orders of one contract: they are stored by contract.
std::pair<const OrderFacts::Order *, const OrderFacts::Order *> ordersOf(const OrderFacts &facts, Id contractId)
{
    const OrderFacts::Order *begin = facts.orders.data();
    const OrderFacts::Order *end = begin + facts.orders.size();
    const OrderFacts::Order *first = std::lower_bound(
        begin, end, contractId, [](const OrderFacts::Order &order, Id id) { return order.contractId < id; });
    const OrderFacts::Order *last = std::upper_bound(
        first, end, contractId, [](Id id, const OrderFacts::Order &order) { return id < order.contractId; });
    return {first, last};
}

} // namespace

Result<QList<StepSum>> FactsPass::stepSums(const OrderFacts &facts, Id contractId, const QDate &asOf)
{
    const Day until = OrderFacts::dayOf(asOf);
    if (!until)
        return Error::rule(tr("The date of the figures is not valid."));
    const auto [first, last] = ordersOf(facts, contractId);
    QList<StepSum> sums;
    sums.reserve(static_cast<qsizetype>(last - first) * 6); // about three lines of two steps an order
    // Months are few: the last one converted is most often the next one asked for.
    Day lastDay = 0;
    QDate lastMonth;
    auto monthOf = [&](Day day) {
        if (day != lastDay) {
            lastDay = day;
            const QDate date = QDate::fromJulianDay(day);
            lastMonth = QDate(date.year(), date.month(), 1);
        }
        return lastMonth;
    };
    for (const OrderFacts::Order *order = first; order != last; ++order) {
        if (order->issued > until)
            continue;
        const bool cancelled = order->cancelled && order->cancelled <= until;
        const QDate issueMonth = monthOf(order->issued);
        // The steps this order has by the date, with the month each falls in (at most four).
        std::pair<OrderStatus, QDate> steps[4];
        int stepCount = 0;
        steps[stepCount++] = {OrderStatus::Issued, issueMonth};
        if (cancelled) {
            steps[stepCount++] = {OrderStatus::Cancelled, monthOf(order->cancelled)};
        } else {
            if (order->done && order->done <= until)
                steps[stepCount++] = {OrderStatus::Done, monthOf(order->done)};
            if (order->invoiced && order->invoiced <= until)
                steps[stepCount++] = {OrderStatus::Invoiced, monthOf(order->invoiced)};
            if (order->paid && order->paid <= until)
                steps[stepCount++] = {OrderStatus::Paid, monthOf(order->paid)};
        }
        const OrderFacts::Line *lines = facts.lines.data() + order->firstLine;
        for (int s = 0; s < stepCount; ++s) {
            StepSum sum;
            sum.lotId = order->lotId;
            sum.beneficiaryId = order->beneficiaryId;
            sum.step = steps[s].first;
            sum.month = steps[s].second;
            if (sum.step == OrderStatus::Cancelled)
                sum.issueMonth = issueMonth;
            for (quint32 i = 0; i < order->lineCount; ++i) {
                sum.workUnitId = lines[i].workUnitId;
                sum.quantityMilli = lines[i].quantityMilli;
                sum.amountHt = Money::fromCents(lines[i].amountHtCents);
                sum.amountTtc = Money::fromCents(lines[i].amountTtcCents);
                sums << sum;
            }
        }
    }
    return sums;
}

Result<std::map<Id, Money>> FactsPass::orderedByLot(const OrderFacts &facts, Id contractId, const QDate &day)
{
    const Day until = OrderFacts::dayOf(day);
    if (!until)
        return Error::rule(tr("The date of the figures is not valid."));
    std::map<Id, qint64> cents;
    bool overflow = false;
    const auto [first, last] = ordersOf(facts, contractId);
    for (const OrderFacts::Order *order = first; order != last; ++order) {
        if (order->issued > until || (order->cancelled && order->cancelled <= until))
            continue;
        qint64 &lot = cents[order->lotId];
        const OrderFacts::Line *line = facts.lines.data() + order->firstLine;
        for (quint32 i = 0; i < order->lineCount; ++i, ++line)
            overflow |= qAddOverflow(lot, line->amountHtCents, &lot);
    }
    if (overflow)
        return Error::rule(tr("A sum of the orders is too large to be computed."));
    std::map<Id, Money> ordered;
    for (const auto &[lotId, sum] : cents)
        ordered.emplace(lotId, Money::fromCents(sum));
    return ordered;
}

} // namespace Plafond
