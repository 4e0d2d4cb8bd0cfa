// SPDX-License-Identifier: GPL-3.0-or-later
#include "contributions.h"

#include "storage/stores.h"

#include <map>

namespace Plafond {

qint64 ContributionsEngine::percentHundredths(const Money &merged, const Money &development)
{
    const qint64 total = development.cents();
    if (total == 0)
        return 0;
    // Integer arithmetic, rounded half away from zero: (2 × 10000 × merged ± total) / (2 × total).
    const qint64 twice = 2 * 10000 * merged.cents();
    const qint64 rounded = twice >= 0 ? (twice + total) / (2 * total) : (twice - total) / (2 * total);
    return rounded;
}

std::optional<ContractContributions> ContributionsEngine::compute(Stores &stores, Id contractId,
                                                                  const QDate &asOf, QString *error)
{
    const auto orders = stores.components.developmentOrderAmounts(contractId, asOf);
    if (!orders) {
        if (error)
            *error = orders.message();
        return std::nullopt;
    }
    ContractContributions result;
    result.contractId = contractId;
    result.asOf = asOf;
    std::map<int, LotContributions> lots; // by lot number
    for (const DevelopmentOrderAmounts &order : orders) {
        result.share.developmentHt = Money::fromCents(result.share.developmentHt.cents() + order.developmentHt.cents());
        result.share.mergedHt = Money::fromCents(result.share.mergedHt.cents() + order.mergedHt.cents());
        LotContributions &lot = lots[order.lotNumber];
        lot.lotId = order.lotId;
        lot.lotNumber = order.lotNumber;
        lot.share.developmentHt = Money::fromCents(lot.share.developmentHt.cents() + order.developmentHt.cents());
        lot.share.mergedHt = Money::fromCents(lot.share.mergedHt.cents() + order.mergedHt.cents());
        if (order.mergedHt.cents() == 0)
            result.without << UncontributedOrder{order.orderId, order.number, order.lotId, order.lotNumber,
                                                 order.beneficiaryCode, order.issuedOn, order.developmentHt};
    }
    result.share.percentHundredths = percentHundredths(result.share.mergedHt, result.share.developmentHt);
    for (auto &entry : lots) {
        entry.second.share.percentHundredths = percentHundredths(entry.second.share.mergedHt,
                                                                 entry.second.share.developmentHt);
        result.lots << entry.second;
    }
    return result;
}

} // namespace Plafond
