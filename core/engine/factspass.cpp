// SPDX-License-Identifier: GPL-3.0-or-later
#include "factspass.h"

#include <QHash>

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

// A month as a number that orders like it: year × 12 + month − 1.
int monthNumber(Day day)
{
    int year = 0, month = 0;
    QDate::fromJulianDay(day).getDate(&year, &month, nullptr);
    return year * 12 + month - 1;
}

QDate monthDate(int number)
{
    return QDate(number / 12, number % 12 + 1, 1);
}

struct GroupKey
{
    Id lotId;
    Id beneficiaryId;
    Id workUnitId;
    int step;
    int month;
    int issueMonth; // cancellations only; −1 otherwise
    bool operator==(const GroupKey &other) const
    {
        return lotId == other.lotId && beneficiaryId == other.beneficiaryId && workUnitId == other.workUnitId
            && step == other.step && month == other.month && issueMonth == other.issueMonth;
    }
};

size_t qHash(const GroupKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.lotId, key.beneficiaryId, key.workUnitId, key.step, key.month, key.issueMonth);
}

struct GroupSum
{
    qint64 quantityMilli = 0;
    qint64 htCents = 0;
    qint64 ttcCents = 0;
};

} // namespace

Result<QList<StepSum>> FactsPass::stepSums(const OrderFacts &facts, Id contractId, const QDate &asOf)
{
    const Day until = OrderFacts::dayOf(asOf);
    if (!until)
        return Error::rule(tr("The date of the figures is not valid."));
    QHash<GroupKey, GroupSum> groups;
    bool overflow = false;
    const auto [first, last] = ordersOf(facts, contractId);
    groups.reserve(static_cast<qsizetype>(last - first)); // about one group for each order on real data
    for (const OrderFacts::Order *order = first; order != last; ++order) {
        if (order->issued > until)
            continue;
        const bool cancelled = order->cancelled && order->cancelled <= until;
        const int issueMonth = monthNumber(order->issued);
        // The steps this order has by the date, with the month each falls in.
        std::pair<OrderStatus, int> steps[4];
        int stepCount = 0;
        steps[stepCount++] = {OrderStatus::Issued, issueMonth};
        if (cancelled) {
            steps[stepCount++] = {OrderStatus::Cancelled, monthNumber(order->cancelled)};
        } else {
            if (order->done && order->done <= until)
                steps[stepCount++] = {OrderStatus::Done, monthNumber(order->done)};
            if (order->invoiced && order->invoiced <= until)
                steps[stepCount++] = {OrderStatus::Invoiced, monthNumber(order->invoiced)};
            if (order->paid && order->paid <= until)
                steps[stepCount++] = {OrderStatus::Paid, monthNumber(order->paid)};
        }
        const OrderFacts::Line *line = facts.lines.data() + order->firstLine;
        for (quint32 i = 0; i < order->lineCount; ++i, ++line) {
            for (int s = 0; s < stepCount; ++s) {
                const auto [step, month] = steps[s];
                const GroupKey key{order->lotId, order->beneficiaryId, line->workUnitId, static_cast<int>(step),
                                   month, step == OrderStatus::Cancelled ? issueMonth : -1};
                GroupSum &sum = groups[key];
                overflow |= qAddOverflow(sum.quantityMilli, line->quantityMilli, &sum.quantityMilli);
                overflow |= qAddOverflow(sum.htCents, line->amountHtCents, &sum.htCents);
                overflow |= qAddOverflow(sum.ttcCents, line->amountTtcCents, &sum.ttcCents);
            }
        }
    }
    if (overflow)
        return Error::rule(tr("A sum of the orders is too large to be computed."));
    QList<StepSum> sums;
    sums.reserve(groups.size());
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        StepSum sum;
        sum.lotId = it.key().lotId;
        sum.beneficiaryId = it.key().beneficiaryId;
        sum.workUnitId = it.key().workUnitId;
        sum.step = static_cast<OrderStatus>(it.key().step);
        sum.month = monthDate(it.key().month);
        if (it.key().issueMonth >= 0)
            sum.issueMonth = monthDate(it.key().issueMonth);
        sum.quantityMilli = it->quantityMilli;
        sum.amountHt = Money::fromCents(it->htCents);
        sum.amountTtc = Money::fromCents(it->ttcCents);
        sums << sum;
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
