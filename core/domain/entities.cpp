// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities.h"

namespace Plafond {

std::optional<Money> WorkUnit::priceOn(const QDate &date) const
{
    std::optional<Money> found;
    QDate foundFrom;
    for (const UnitPrice &price : prices) {
        if (price.effectiveFrom <= date && (!foundFrom.isValid() || price.effectiveFrom > foundFrom)) {
            found = price.priceHt;
            foundFrom = price.effectiveFrom;
        }
    }
    return found;
}

bool OrderLine::computeAmount()
{
    const auto amount = Money::lineAmount(quantityMilli, unitPriceHt);
    if (!amount)
        return false;
    amountHt = *amount;
    return true;
}

std::optional<Money> PurchaseOrder::totalHt() const
{
    Money total;
    for (const OrderLine &line : lines) {
        const auto sum = total.checkedAdd(line.amountHt);
        if (!sum)
            return std::nullopt;
        total = *sum;
    }
    return total;
}

std::optional<Money> PurchaseOrder::totalTtc(int vatBasisPoints) const
{
    Money total;
    for (const OrderLine &line : lines) {
        const auto vat = line.amountHt.vat(vatBasisPoints);
        if (!vat)
            return std::nullopt;
        const auto lineTtc = line.amountHt.checkedAdd(*vat);
        const auto sum = lineTtc ? total.checkedAdd(*lineTtc) : std::nullopt;
        if (!sum)
            return std::nullopt;
        total = *sum;
    }
    return total;
}

QString holderRoleKey(HolderRole role)
{
    switch (role) {
    case HolderRole::Lead: return QStringLiteral("lead");
    case HolderRole::CoContractor: return QStringLiteral("co-contractor");
    case HolderRole::Subcontractor: return QStringLiteral("subcontractor");
    }
    return {};
}

std::optional<HolderRole> holderRoleFromKey(const QString &key)
{
    for (HolderRole role : {HolderRole::Lead, HolderRole::CoContractor, HolderRole::Subcontractor}) {
        if (key == holderRoleKey(role))
            return role;
    }
    return std::nullopt;
}

std::optional<QList<int>> parseAlertThresholds(const QString &text)
{
    QList<int> thresholds;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString digits = part.trimmed();
        // Digits only: toInt() would also take "+70" or " 7 0"-like oddities that the user did not mean.
        if (digits.isEmpty() || digits.size() > 3)
            return std::nullopt;
        for (const QChar c : digits) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
        }
        thresholds << digits.toInt();
    }
    if (!validAlertThresholds(thresholds))
        return std::nullopt;
    return thresholds;
}

QString formatAlertThresholds(const QList<int> &thresholds, const QString &separator)
{
    QStringList parts;
    for (int threshold : thresholds)
        parts << QString::number(threshold);
    return parts.join(separator);
}

bool validAlertThresholds(const QList<int> &thresholds)
{
    if (thresholds.isEmpty())
        return false;
    int previous = 0;
    for (int threshold : thresholds) {
        if (threshold < 1 || threshold > 200 || threshold <= previous)
            return false;
        previous = threshold;
    }
    return true;
}

QDate PurchaseOrder::dateOf(OrderStatus step) const
{
    switch (step) {
    case OrderStatus::Draft: return createdOn;
    case OrderStatus::Issued: return issuedOn;
    case OrderStatus::Done: return doneOn;
    case OrderStatus::Invoiced: return invoicedOn;
    case OrderStatus::Paid: return paidOn;
    case OrderStatus::Cancelled: return cancelledOn;
    }
    return {};
}

} // namespace Plafond
