// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle.h"

#include <limits>

namespace Plafond {

QString Lifecycle::statusName(OrderStatus status, const Catalogue &language)
{
    switch (status) {
    case OrderStatus::Draft: return language.translate("Lifecycle", "Draft");
    case OrderStatus::Issued: return language.translate("Lifecycle", "Issued");
    case OrderStatus::Done: return language.translate("Lifecycle", "Service done");
    case OrderStatus::Invoiced: return language.translate("Lifecycle", "Invoiced");
    case OrderStatus::Paid: return language.translate("Lifecycle", "Paid");
    case OrderStatus::Cancelled: return language.translate("Lifecycle", "Cancelled");
    }
    return {};
}

QString Lifecycle::statusKey(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Draft: return QStringLiteral("draft");
    case OrderStatus::Issued: return QStringLiteral("issued");
    case OrderStatus::Done: return QStringLiteral("done");
    case OrderStatus::Invoiced: return QStringLiteral("invoiced");
    case OrderStatus::Paid: return QStringLiteral("paid");
    case OrderStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<OrderStatus> Lifecycle::statusFromKey(const QString &key)
{
    for (OrderStatus status : allStatuses()) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QList<OrderStatus> Lifecycle::allStatuses()
{
    return {OrderStatus::Draft, OrderStatus::Issued, OrderStatus::Done,
            OrderStatus::Invoiced, OrderStatus::Paid, OrderStatus::Cancelled};
}

bool Lifecycle::canMove(OrderStatus from, OrderStatus to)
{
    switch (from) {
    case OrderStatus::Draft: return to == OrderStatus::Issued || to == OrderStatus::Cancelled;
    case OrderStatus::Issued: return to == OrderStatus::Done || to == OrderStatus::Cancelled;
    case OrderStatus::Done: return to == OrderStatus::Invoiced;
    case OrderStatus::Invoiced: return to == OrderStatus::Paid;
    case OrderStatus::Paid:
    case OrderStatus::Cancelled: return false;
    }
    return false;
}

bool Lifecycle::countsAsOrdered(OrderStatus status)
{
    return status != OrderStatus::Draft && status != OrderStatus::Cancelled;
}

bool Lifecycle::move(PurchaseOrder &order, OrderStatus to, const QDate &on, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const OrderStatus from = order.status;
    if (!canMove(from, to)) {
        if (from == to)
            return fail(tr("Order %1 is already at \"%2\".").arg(order.number, statusName(to)));
        if (from == OrderStatus::Paid || from == OrderStatus::Cancelled)
            return fail(tr("Order %1 is at \"%2\": it cannot change any more.").arg(order.number, statusName(from)));
        if (to == OrderStatus::Cancelled)
            return fail(tr("Order %1 cannot be cancelled: its service is already done.").arg(order.number));
        const OrderStatus next = static_cast<OrderStatus>(static_cast<int>(from) + 1);
        return fail(tr("Order %1 cannot go from \"%2\" to \"%3\": the next step is \"%4\".")
                        .arg(order.number, statusName(from), statusName(to), statusName(next)));
    }
    if (!on.isValid())
        return fail(tr("Order %1: the date of step \"%2\" is missing.").arg(order.number, statusName(to)));
    const QDate previous = order.dateOf(from);
    if (previous.isValid() && on < previous) {
        return fail(tr("Order %1 cannot be at \"%2\" on %3, before it was at \"%4\" on %5.")
                        .arg(order.number, statusName(to), on.toString(Qt::ISODate), statusName(from),
                             previous.toString(Qt::ISODate)));
    }
    switch (to) {
    case OrderStatus::Draft: order.createdOn = on; break;
    case OrderStatus::Issued: order.issuedOn = on; break;
    case OrderStatus::Done: order.doneOn = on; break;
    case OrderStatus::Invoiced: order.invoicedOn = on; break;
    case OrderStatus::Paid: order.paidOn = on; break;
    case OrderStatus::Cancelled: order.cancelledOn = on; break;
    }
    order.status = to;
    return true;
}

OrderStatus Lifecycle::statusOn(const PurchaseOrder &order, const QDate &on)
{
    auto reached = [&on](const QDate &step) { return step.isValid() && step <= on; };
    if (reached(order.cancelledOn))
        return OrderStatus::Cancelled;
    if (reached(order.paidOn))
        return OrderStatus::Paid;
    if (reached(order.invoicedOn))
        return OrderStatus::Invoiced;
    if (reached(order.doneOn))
        return OrderStatus::Done;
    if (reached(order.issuedOn))
        return OrderStatus::Issued;
    return OrderStatus::Draft;
}

CeilingCheck CeilingCheck::check(Money maximum, Money orderedBefore, Money orderAmount)
{
    CeilingCheck result;
    result.maximum = maximum;
    result.orderedBefore = orderedBefore;
    result.orderAmount = orderAmount;
    // Sums of real orders stay far below 2^63 cents; a saturated sum still compares correctly.
    const Money after = orderedBefore.checkedAdd(orderAmount).value_or(Money::fromCents(std::numeric_limits<qint64>::max()));
    result.withinCeiling = after <= maximum;
    result.excess = result.withinCeiling ? Money() : after.checkedSub(maximum).value_or(after);
    return result;
}

qint64 CeilingCheck::percentHundredthsAfter() const
{
    const auto after = orderedBefore.checkedAdd(orderAmount);
    if (!after || maximum.cents() <= 0)
        return 0;
    return mulDivRounded(after->cents(), 10000, maximum.cents()).value_or(0);
}

QString CeilingCheck::message(const QLocale &locale) const
{
    if (withinCeiling)
        return {};
    return tr("This order of %1 would take the lot to %2, %3 past its maximum of %4.")
        .arg(orderAmount.toString(locale),
             orderedBefore.checkedAdd(orderAmount).value_or(orderAmount).toString(locale),
             excess.toString(locale), maximum.toString(locale));
}

bool isValidSiret(const QString &siret)
{
    if (siret.size() != 14)
        return false;
    int sum = 0;
    int plainSum = 0;
    for (int i = 0; i < 14; ++i) {
        const QChar c = siret.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        int digit = c.unicode() - '0';
        plainSum += digit;
        // Luhn: from the right, every second digit is doubled; here index 0 is the 14th from the right.
        if (i % 2 == 0) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
    }
    if (sum % 10 == 0)
        return true;
    // La Poste (SIREN 356000000): its establishments' SIRETs have a digit sum divisible by 5.
    return siret.startsWith(QStringLiteral("356000000")) && plainSum % 5 == 0;
}

} // namespace Plafond
