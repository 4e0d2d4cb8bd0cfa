// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consumption.h"
#include "sla.h"
#include "domain/entities.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Plafond {

struct Stores;

// Amounts by lifecycle step at a date (docs/DOMAIN.md): "ordered" counts orders issued on or before it and not
// cancelled by then; "done", "invoiced", "paid" those whose step is dated on or before it.
struct StepTotals
{
    Money ordered;
    Money done;
    Money invoiced;
    Money paid;
};

struct LotSummary
{
    Id lotId = 0;
    int number = 0;
    QString title;
    Money maxHt; // effective: initial maximum + the lot's amendments signed on or before the date
    std::optional<Money> minHt;
    StepTotals totals;
    Money remainingHt;            // maxHt − ordered; negative past the maximum
    qint64 percentHundredths = 0; // ordered / maxHt in hundredths of a percent, rounded half away from zero
    QStringList alerts;           // keys of the lot's ceiling alerts, e.g. "lot_over_90_percent"
    SlaCounts sla;                // tickets opened by the end of the date, breaches with clocks run to it (engine/sla.h)
};

struct ContractSummary
{
    Id contractId = 0;
    QString reference;
    QString title;
    Money maxHt; // effective: initial maximum + contract-level amendments signed on or before the date
    std::optional<Money> minHt;
    QDate endOn; // including the extensions of amendments signed on or before the date
    StepTotals totals; // sum over the lots
    QList<LotSummary> lots;
    QStringList alerts; // keys of the contract's own alerts (thresholds, maximum, minimum, period ends)
    // Everything else (beneficiaries, work units and their budgets, months, forecast, every alert).
    ContractConsumption consumption;
    // Component coverage (issue 5): components = entries in the catalogue (every contract sees the same
    // number), covered = distinct catalogued components covered by at least one lot of this contract,
    // scope = the number of components the contract itself says it covers (contracts.components_in_scope).
    struct Coverage
    {
        int components = 0;
        int covered = 0;
        int scope = 0;
    } coverage;
};

// The summary of `plafond summary` (docs/DOMAIN.md "Summary (JSON)"), computed by the consumption engine:
// a fixed number of queries per contract whatever the number of orders.
class Summary
{
    Q_DECLARE_TR_FUNCTIONS(Summary)
public:
    enum class Failure { None, UnknownContract, Storage };

    QDate asOf;
    QList<ContractSummary> contracts; // by reference

    // Every contract when `reference` is empty, else that one only.
    static std::optional<Summary> compute(Stores &stores, const QDate &asOf, const QString &reference = QString(),
                                          QString *error = nullptr, Failure *failure = nullptr);

    // Amounts in integer cents, snake_case keys, dates ISO 8601. Beyond docs/DOMAIN.md's keys, per contract and lot:
    // remaining_ht_cents, percent_hundredths (9057 = 90.57 %); per contract: end_on, and forecast
    // {max_reached_on (null when not before the end), burn_rate_per_month_ht_cents, window_months,
    // not_before_end}; per beneficiary: parent (code or null), its own ordered_ht_cents and the rolled-up
    // rolled_up_{ordered,done,invoiced,paid}_ht_cents (a ministry includes its directions),
    // allocation_ht_cents (or null) and its allocation alerts; per work unit: years [{year, quantity_milli,
    // budget_quantity_milli, ordered_ht_cents, alerts}] with the budget alerts of that year; per lot: sla
    // {tickets, response_breaches, restore_breaches} (tickets opened by the end of the date, clocks run to it);
    // per contract: coverage {components, covered, scope} (see ContractSummary::Coverage).
    QJsonObject toJson() const;

    // One row per lot, ';'-separated, '\n'-terminated, with a header row:
    //   contract;lot;max_ht;ordered_ht;done_ht;invoiced_ht;paid_ht;remaining_ht;percent;alerts
    // amounts as decimal euros with a point and two decimals ("1234.50"); max_ht is the effective maximum;
    // remaining_ht = max_ht - ordered_ht (negative past the maximum); percent = ordered_ht / max_ht × 100
    // rounded half away from zero to two decimals ("93.07"), empty when the maximum is zero; alerts: the
    // lot's alert keys separated by commas.
    QString toCsv() const;
};

} // namespace Plafond
