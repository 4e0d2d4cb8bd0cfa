// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace Plafond {

struct Stores;

// The upstream contribution KPI of a set of development order lines: the development amount (lines of
// development work units on orders that count as ordered at the date: issued on or before it, not cancelled
// by then), the part of it whose lines have at least one contribution merged on or before the date, and
// that part in hundredths of a percent, rounded half away from zero (0 when there is no development).
struct ContributionShare
{
    Money developmentHt;
    Money mergedHt;
    qint64 percentHundredths = 0;
};

// A development order without any merged contribution at the date.
struct UncontributedOrder
{
    Id orderId = 0;
    QString number;
    Id lotId = 0;
    int lotNumber = 0;
    QString beneficiaryCode;
    QDate issuedOn;
    Money developmentHt;
};

struct LotContributions
{
    Id lotId = 0;
    int lotNumber = 0;
    ContributionShare share;
};

struct ContractContributions
{
    Id contractId = 0;
    QDate asOf;
    ContributionShare share;           // the whole contract
    QList<LotContributions> lots;      // lots with development orders, by number
    QList<UncontributedOrder> without; // by order number
};

// Computes the KPI from one aggregate query per contract (Stores::developmentOrderAmounts).
class ContributionsEngine
{
    Q_DECLARE_TR_FUNCTIONS(ContributionsEngine)
public:
    static std::optional<ContractContributions> compute(Stores &stores, Id contractId, const QDate &asOf,
                                                        QString *error = nullptr);
    // merged / development in hundredths of a percent, half away from zero; 0 when development is 0.
    static qint64 percentHundredths(const Money &merged, const Money &development);
};

} // namespace Plafond
