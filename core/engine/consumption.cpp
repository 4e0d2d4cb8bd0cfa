// SPDX-License-Identifier: GPL-3.0-or-later
#include "consumption.h"

#include "factspass.h"

#include "storage/stores.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

namespace Plafond {

namespace {

__extension__ typedef __int128 Wide; // exact products of two 64-bit values

using Step = OrderStatus; // the lifecycle's own steps, as stepSums() returns them

// Sums of money that report an overflow once, at the end, instead of wrapping or stopping the pass:
// real contracts stay far below 2^63 cents, so this only catches a corrupt row.
class Adder
{
public:
    void add(Money &into, Money value) { keep(into, into.checkedAdd(value)); }
    void subtract(Money &into, Money value) { keep(into, into.checkedSub(value)); }
    void add(qint64 &into, qint64 value)
    {
        if (qAddOverflow(into, value, &into))
            m_overflow = true;
    }
    // One step of the lifecycle: a cancellation takes back what the issue counted as ordered.
    void apply(StepAmounts &amounts, Step step, Money ht, Money ttc)
    {
        const auto [htSum, ttcSum] = sumsOf(step);
        if (!htSum)
            return;
        if (step == Step::Cancelled) {
            subtract(amounts.*htSum, ht);
            subtract(amounts.*ttcSum, ttc);
        } else {
            add(amounts.*htSum, ht);
            add(amounts.*ttcSum, ttc);
        }
    }
    void add(StepAmounts &into, const StepAmounts &other)
    {
        for (Money StepAmounts::*sum : {&StepAmounts::orderedHt, &StepAmounts::doneHt, &StepAmounts::invoicedHt,
                                        &StepAmounts::paidHt, &StepAmounts::orderedTtc, &StepAmounts::doneTtc,
                                        &StepAmounts::invoicedTtc, &StepAmounts::paidTtc})
            add(into.*sum, other.*sum);
    }
    bool overflow() const { return m_overflow; }

private:
    using Sum = Money StepAmounts::*;

    // The sums (HT, TTC) that a step counts into.
    static std::pair<Sum, Sum> sumsOf(Step step)
    {
        switch (step) {
        case Step::Issued:
        case Step::Cancelled: return {&StepAmounts::orderedHt, &StepAmounts::orderedTtc};
        case Step::Done: return {&StepAmounts::doneHt, &StepAmounts::doneTtc};
        case Step::Invoiced: return {&StepAmounts::invoicedHt, &StepAmounts::invoicedTtc};
        case Step::Paid: return {&StepAmounts::paidHt, &StepAmounts::paidTtc};
        case Step::Draft: // never a step of stepSums(): a draft counts nowhere
            break;
        }
        return {nullptr, nullptr};
    }
    void keep(Money &into, std::optional<Money> result)
    {
        if (result)
            into = *result;
        else
            m_overflow = true;
    }

    bool m_overflow = false;
};

QDate monthOf(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

// The highest threshold reached by `consumed` against `limit`, compared exactly (consumed × 100 ≥ limit ×
// threshold in 128 bits): 69.999 % never rounds up to 70 %. 0 when none, or when there is no limit.
int highestThreshold(const QList<int> &thresholds, qint64 consumed, qint64 limit)
{
    if (limit <= 0)
        return 0;
    for (auto it = thresholds.crbegin(); it != thresholds.crend(); ++it) {
        if (Wide(consumed) * 100 >= Wide(limit) * *it)
            return *it;
    }
    return 0;
}

Alert::Severity thresholdSeverity(int threshold)
{
    if (threshold >= 100)
        return Alert::Severity::Critical;
    return threshold >= 90 ? Alert::Severity::Warning : Alert::Severity::Info;
}

CeilingState ceilingOf(Money maximum, std::optional<Money> minimum, Money ordered, const QList<int> &thresholds,
                       Adder &adder)
{
    CeilingState state;
    state.maximum = maximum;
    state.minimum = minimum;
    state.remaining = maximum;
    adder.subtract(state.remaining, ordered);
    // Hundredths of a percent, rounded once, halves away from zero (the project's one rounding rule).
    state.percentHundredths =
        maximum.cents() > 0 ? mulDivRounded(ordered.cents(), 10000, maximum.cents()).value_or(0) : 0;
    state.thresholdReached = highestThreshold(thresholds, ordered.cents(), maximum.cents());
    return state;
}

// Issues minus cancellations on or before `day`, per lot: what "ordered" was on that day.
struct OrderedAt
{
    Money contract;
    std::map<Id, Money> lots;
};

// The forecast rule (documented in consumption.h, Forecast).
Forecast forecastOf(Money maximum, Money orderedNow, Money orderedAtWindowStart, int windowMonths, const QDate &asOf,
                    const QDate &endOn)
{
    Forecast forecast;
    forecast.windowMonths = windowMonths;
    forecast.endOn = endOn;
    // Ordered over the window, in cents; may be negative when cancellations outweigh issues.
    const Wide inWindow = Wide(orderedNow.cents()) - orderedAtWindowStart.cents();
    forecast.burnRatePerMonthHt =
        Money::fromCents(divideRounded(static_cast<qint64>(inWindow), windowMonths).value_or(0));
    const Wide remaining = Wide(maximum.cents()) - orderedNow.cents();
    if (remaining <= 0) {
        forecast.maxReachedOn = asOf; // already reached
        return forecast;
    }
    if (inWindow <= 0) {
        forecast.notBeforeEnd = true;
        return forecast;
    }
    // Months to go = remaining / (inWindow / windowMonths), exactly: whole months first, then the rest of
    // the way through the following month, in days, rounded up (the day on which the projected amount
    // reaches the maximum, never the day before).
    const Wide scaled = remaining * windowMonths;
    const Wide wholeMonths = scaled / inWindow;
    const Wide rest = scaled % inWindow;
    constexpr Wide horizonMonths = 1200; // a century: beyond it the rate is as good as zero
    if (wholeMonths > horizonMonths) {
        forecast.notBeforeEnd = true;
        return forecast;
    }
    const QDate afterWholeMonths = asOf.addMonths(static_cast<int>(wholeMonths));
    const qint64 daysInNextMonth = afterWholeMonths.daysTo(asOf.addMonths(static_cast<int>(wholeMonths) + 1));
    const Wide days = (rest * daysInNextMonth + inWindow - 1) / inWindow;
    const QDate reached = afterWholeMonths.addDays(static_cast<qint64>(days));
    forecast.maxReachedOn = reached;
    forecast.notBeforeEnd = !endOn.isValid() || reached > endOn;
    return forecast;
}

// Adds each beneficiary's own amounts to itself and to every ancestor. The hierarchy is a tree (the
// repository refuses cycles); the depth bound only keeps a corrupt file from looping.
template <typename Value, typename AddFunction>
void rollUp(const std::map<Id, Value> &own, const QHash<Id, Beneficiary> &byId, std::map<Id, Value> &rolledUp,
            AddFunction add)
{
    for (const auto &[id, value] : own) {
        Id current = id;
        for (qsizetype depth = 0; current != 0 && depth <= byId.size(); ++depth) {
            add(rolledUp[current], value);
            current = byId.value(current).parentId;
        }
    }
}

// The beneficiaries with amounts (or an allocation), and their ancestors, by code.
QList<BeneficiaryConsumption> beneficiaryList(const std::map<Id, StepAmounts> &own,
                                              const std::map<Id, Money> &allocations,
                                              const QHash<Id, Beneficiary> &byId, Adder &adder)
{
    std::map<Id, StepAmounts> rolledUp;
    rollUp(own, byId, rolledUp, [&adder](StepAmounts &into, const StepAmounts &value) { adder.add(into, value); });
    QSet<Id> listed;
    auto list = [&](Id id) {
        for (qsizetype depth = 0; id != 0 && depth <= byId.size() && !listed.contains(id); ++depth) {
            listed.insert(id);
            id = byId.value(id).parentId;
        }
    };
    for (const auto &entry : own)
        list(entry.first);
    for (const auto &entry : allocations)
        list(entry.first);
    QList<BeneficiaryConsumption> result;
    for (Id id : std::as_const(listed)) {
        const Beneficiary beneficiary = byId.value(id);
        BeneficiaryConsumption consumption;
        consumption.beneficiaryId = id;
        consumption.parentId = beneficiary.parentId;
        consumption.code = beneficiary.code;
        consumption.name = beneficiary.name;
        if (const auto it = own.find(id); it != own.end())
            consumption.own = it->second;
        if (const auto it = rolledUp.find(id); it != rolledUp.end())
            consumption.rolledUp = it->second;
        if (const auto it = allocations.find(id); it != allocations.end())
            consumption.allocationHt = it->second;
        result << consumption;
    }
    std::sort(result.begin(), result.end(), [](const BeneficiaryConsumption &a, const BeneficiaryConsumption &b) {
        return a.code < b.code;
    });
    return result;
}

// Months from `first` to `last` (first days), with the cumulative ordered amount at each month's end.
QList<MonthAmounts> monthSeries(const std::map<QDate, StepAmounts> &byMonth, QDate first, const QDate &last,
                                Adder &adder)
{
    QList<MonthAmounts> series;
    if (!byMonth.empty() && (!first.isValid() || byMonth.begin()->first < first))
        first = byMonth.begin()->first; // a step before the start still counts, and the series must add up
    if (!first.isValid() || first > last)
        return series;
    Money cumulative;
    for (QDate month = first; month <= last; month = month.addMonths(1)) {
        MonthAmounts amounts;
        amounts.month = month;
        if (const auto it = byMonth.find(month); it != byMonth.end())
            amounts.inMonth = it->second;
        adder.add(cumulative, amounts.inMonth.orderedHt);
        amounts.cumulativeOrderedHt = cumulative;
        series << amounts;
    }
    return series;
}

} // namespace

QString Alert::key() const
{
    const QString scope = lotId != 0 ? QStringLiteral("lot_") : QString();
    switch (kind) {
    case Kind::Threshold:
        return QStringLiteral("%1_over_%2_percent")
            .arg(lotId != 0 ? QStringLiteral("lot") : QStringLiteral("contract"), QString::number(value));
    case Kind::OverMaximum:
        return lotId != 0 ? QStringLiteral("lot_over_maximum") : QStringLiteral("contract_over_maximum");
    case Kind::MinimumShortfall:
        return scope + QStringLiteral("minimum_shortfall"); // "minimum_shortfall" for the contract, as before
    case Kind::FirmPeriodEnding:
        return renewal == 0 ? QStringLiteral("firm_period_ending") : QStringLiteral("renewal_period_ending");
    case Kind::ContractEnding:
        return QStringLiteral("contract_ending");
    case Kind::BudgetThreshold:
        return QStringLiteral("budget_over_%1_percent").arg(value);
    case Kind::AllocationThreshold:
        return QStringLiteral("allocation_over_%1_percent").arg(value);
    }
    return {};
}

QString Alert::message(const Catalogue &language) const
{
    // Multi-argument arg(): a code typed by a user that contains "%1" is never substituted again.
    const QLocale locale = language.locale();
    const QString day = locale.toString(date, QLocale::ShortFormat);
    const QString lot = locale.toString(lotNumber);
    const QString percent = locale.toString(value);
    switch (kind) {
    case Kind::Threshold:
        return lotId != 0
            ? language.translate("Alert", "Lot %1: %2 % of its maximum ordered.").arg(lot, percent)
            : language.translate("Alert", "%1 % of the contract's maximum ordered.").arg(percent);
    case Kind::OverMaximum:
        return lotId != 0 ? language.translate("Alert", "Lot %1 is past its maximum.").arg(lot)
                          : language.translate("Alert", "The contract is past its maximum.");
    case Kind::MinimumShortfall:
        return lotId != 0
            ? language.translate("Alert", "Lot %1: its minimum is not reached and the contract ends on %2.")
                  .arg(lot, day)
            : language
                  .translate("Alert", "The contract's minimum is not reached and the contract ends on %1.")
                  .arg(day);
    case Kind::FirmPeriodEnding:
        return renewal == 0
            ? language
                  .translate("Alert",
                      "The firm period ends on %1, in %n day(s): the renewal decision is due.", nullptr,
                      value)
                  .arg(day)
            : language
                  .translate("Alert",
                      "Renewal period %1 ends on %2, in %n day(s): the renewal decision is due.", nullptr,
                      value)
                  .arg(locale.toString(renewal), day);
    case Kind::ContractEnding:
        return language.translate("Alert", "The contract ends on %1, in %n day(s).", nullptr, value).arg(day);
    case Kind::BudgetThreshold:
        return language.translate("Alert", "Work unit %1 (lot %2): %3 % of its %4 budget ordered.")
            .arg(workUnitCode, lot, percent, QString::number(year));
    case Kind::AllocationThreshold:
        return workUnitCode.isEmpty()
            ? language.translate("Alert", "%1: %2 % of its allocation on lot %3 ordered.")
                  .arg(beneficiaryCode, percent, lot)
            : language.translate("Alert", "%1: %2 % of its allocation of work unit %3 (lot %4) ordered.")
                  .arg(beneficiaryCode, percent, workUnitCode, lot);
    }
    return {};
}

Result<ContractConsumption> ConsumptionEngine::result(Stores &stores, Id contractId, const QDate &asOf,
                                                      const EngineOptions &options)
{
    QString error;
    std::optional<ContractConsumption> consumption = compute(stores, contractId, asOf, options, &error);
    if (!consumption)
        return Error::database(error);
    return *std::move(consumption);
}

// Queries, whatever the number of orders: contract 1, lots 2 (with holders), amendments 1, beneficiaries 1,
// work units 1, budgets 1, allocations 1, and the orders' facts 2 unless the caller has them: 10 in all.
// The steps and what was ordered at the start of the forecast window come from the facts (FactsPass).
std::optional<ContractConsumption> ConsumptionEngine::compute(Stores &stores, Id contractId,
                                                              const QDate &asOf, const EngineOptions &options,
                                                              QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<ContractConsumption> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!asOf.isValid())
        return fail(tr("The date of the figures is not valid."));
    const auto contract = stores.contracts.contract(contractId);
    if (!contract)
        return fail(contract.isNotFound() ? tr("There is no contract %1 in this database.").arg(contractId) : contract.message());
    auto lotsRead = stores.contracts.lots(contractId);
    auto amendmentsRead = stores.contracts.amendments(contractId);
    auto beneficiariesRead = stores.catalogue.beneficiaries();
    auto workUnitsRead = stores.catalogue.contractWorkUnits(contractId);
    auto budgetsRead = stores.catalogue.contractBudgets(contractId);
    auto allocationsRead = stores.catalogue.contractAllocations(contractId);
    std::optional<Result<OrderFacts>> ownFacts;
    if (!options.facts)
        ownFacts.emplace(stores.orders.orderFacts(contractId));
    if (ownFacts && !*ownFacts)
        return fail(ownFacts->message());
    const OrderFacts &facts = options.facts ? *options.facts : ownFacts->value();
    auto sumsRead = FactsPass::stepSums(facts, contractId, asOf);
    if (const Status read = firstFailure({lotsRead.status(), amendmentsRead.status(), beneficiariesRead.status(),
                                          workUnitsRead.status(), budgetsRead.status(), allocationsRead.status(),
                                          sumsRead.status()});
        !read)
        return fail(read.message());
    const QList<Lot> lots = std::move(lotsRead).value();
    const QList<Amendment> amendments = std::move(amendmentsRead).value();
    const QList<Beneficiary> beneficiaries = std::move(beneficiariesRead).value();
    const QList<WorkUnit> workUnits = std::move(workUnitsRead).value();
    const QList<WorkUnitBudget> budgets = std::move(budgetsRead).value();
    const QList<Allocation> allocations = std::move(allocationsRead).value();
    const QList<StepSum> sums = std::move(sumsRead).value();

    Adder adder;
    ContractConsumption result;
    result.contractId = contract->id;
    result.reference = contract->reference;
    result.title = contract->title;
    result.asOf = asOf;
    result.startOn = contract->startOn;
    result.vatBasisPoints = contract->vatBasisPoints;
    result.thresholdsPercent = contract->alertThresholds;
    const QList<int> &thresholds = result.thresholdsPercent;

    // Amendments in force at the date: a summary of a past date shows the ceiling and the end of then.
    Money contractMaximum = contract->maxHt;
    int extraMonths = 0;
    std::map<Id, Money> lotMaximum;
    for (const Lot &lot : lots)
        lotMaximum[lot.id] = lot.maxHt;
    for (const Amendment &amendment : amendments) {
        if (amendment.signedOn > asOf)
            continue;
        if (amendment.lotId == 0) {
            adder.add(contractMaximum, amendment.deltaMaxHt);
            extraMonths += amendment.deltaMonths;
        } else {
            adder.add(lotMaximum[amendment.lotId], amendment.deltaMaxHt);
        }
    }
    const QDate &start = contract->startOn;
    result.endOn = start.isValid() ? start.addMonths(contract->durationMonths + extraMonths).addDays(-1) : QDate();
    const bool separateFirmPeriod = contract->firmMonths > 0 && contract->firmMonths < contract->durationMonths;
    const int firmMonths = separateFirmPeriod ? contract->firmMonths : contract->durationMonths;
    result.firmEndOn = start.isValid() ? start.addMonths(firmMonths).addDays(-1) : QDate();

    // The one pass over the aggregated steps.
    QHash<Id, Beneficiary> beneficiaryById;
    for (const Beneficiary &beneficiary : beneficiaries)
        beneficiaryById.insert(beneficiary.id, beneficiary);
    std::map<Id, StepAmounts> byLot;
    std::map<Id, std::map<Id, StepAmounts>> byLotBeneficiary;
    std::map<Id, StepAmounts> byBeneficiary;
    std::map<QDate, StepAmounts> byMonth;
    std::map<Id, std::map<QDate, StepAmounts>> byLotMonth;
    struct UnitTotals
    {
        qint64 quantityMilli = 0;
        Money orderedHt;
        std::map<int, std::pair<qint64, Money>> years; // year of issue → quantity, amount
    };
    std::map<Id, UnitTotals> byUnit;
    std::map<std::pair<Id, Id>, qint64> quantityByBeneficiaryUnit; // (beneficiary, work unit) → ordered quantity
    for (const StepSum &sum : sums) {
        adder.apply(byLot[sum.lotId], sum.step, sum.amountHt, sum.amountTtc);
        adder.apply(byLotBeneficiary[sum.lotId][sum.beneficiaryId], sum.step, sum.amountHt, sum.amountTtc);
        adder.apply(byBeneficiary[sum.beneficiaryId], sum.step, sum.amountHt, sum.amountTtc);
        adder.apply(byMonth[sum.month], sum.step, sum.amountHt, sum.amountTtc);
        adder.apply(byLotMonth[sum.lotId][sum.month], sum.step, sum.amountHt, sum.amountTtc);
        if (sum.step != Step::Issued && sum.step != Step::Cancelled)
            continue;
        // Work units count what is ordered: issues, less the cancellations, each in the year of issue.
        const bool cancelled = sum.step == Step::Cancelled;
        const qint64 quantity = cancelled ? -sum.quantityMilli : sum.quantityMilli;
        UnitTotals &unit = byUnit[sum.workUnitId];
        auto &year = unit.years[(cancelled ? sum.issueMonth : sum.month).year()];
        adder.add(unit.quantityMilli, quantity);
        adder.add(year.first, quantity);
        if (cancelled) {
            adder.subtract(unit.orderedHt, sum.amountHt);
            adder.subtract(year.second, sum.amountHt);
        } else {
            adder.add(unit.orderedHt, sum.amountHt);
            adder.add(year.second, sum.amountHt);
        }
        adder.add(quantityByBeneficiaryUnit[{sum.beneficiaryId, sum.workUnitId}], quantity);
    }

    // What was ordered at the start of the trailing window, for the burn rate. A contract younger than the
    // window is measured over the months since its start (at least one), not diluted over months it did
    // not exist.
    int windowMonths = std::max(1, options.forecastWindowMonths);
    if (start.isValid()) {
        int sinceStart = 1;
        while (sinceStart < windowMonths && asOf.addMonths(-sinceStart) >= start)
            ++sinceStart;
        windowMonths = sinceStart;
    }
    OrderedAt atWindowStart;
    const auto windowTotals = FactsPass::orderedByLot(facts, contractId, asOf.addMonths(-windowMonths));
    if (!windowTotals)
        return fail(windowTotals.message());
    for (const auto &[lotId, ordered] : *windowTotals) {
        atWindowStart.lots[lotId] = ordered;
        adder.add(atWindowStart.contract, ordered);
    }

    const QDate firstMonth = start.isValid() ? monthOf(start) : QDate();
    const QDate lastMonth = monthOf(asOf);

    // Amount allocations per lot and beneficiary; quantity allocations per beneficiary and work unit.
    std::map<Id, std::map<Id, Money>> amountAllocations; // lot → beneficiary → amount
    std::map<Id, Money> amountAllocationByBeneficiary;
    std::map<std::pair<Id, Id>, qint64> quantityAllocations; // (beneficiary, work unit) → quantity
    for (const Allocation &allocation : allocations) {
        if (allocation.amountHt) {
            adder.add(amountAllocations[allocation.lotId][allocation.beneficiaryId], *allocation.amountHt);
            adder.add(amountAllocationByBeneficiary[allocation.beneficiaryId], *allocation.amountHt);
        }
        if (allocation.quantityMilli && allocation.workUnitId != 0)
            adder.add(quantityAllocations[{allocation.beneficiaryId, allocation.workUnitId}],
                      *allocation.quantityMilli);
    }

    // What each lot and the whole contract report of their amounts.
    const auto fillScope = [&](auto &scope, Money maximum, std::optional<Money> minimum,
                               const std::map<QDate, StepAmounts> &months, Money orderedAtWindowStart,
                               const std::map<Id, StepAmounts> &beneficiaries, const std::map<Id, Money> &allocated) {
        scope.ceiling = ceilingOf(maximum, minimum, scope.amounts.orderedHt, thresholds, adder);
        scope.beneficiaries = beneficiaryList(beneficiaries, allocated, beneficiaryById, adder);
        scope.months = monthSeries(months, firstMonth, lastMonth, adder);
        scope.forecast = forecastOf(scope.ceiling.maximum, scope.amounts.orderedHt, orderedAtWindowStart,
                                    windowMonths, asOf, result.endOn);
    };

    QList<Alert> budgetAlerts;
    QHash<Id, int> lotNumber;
    for (const Lot &lot : lots) {
        lotNumber.insert(lot.id, lot.number);
        LotConsumption consumption;
        consumption.lotId = lot.id;
        consumption.number = lot.number;
        consumption.title = lot.title;
        consumption.amounts = byLot[lot.id];
        adder.add(result.amounts, consumption.amounts);
        fillScope(consumption, lotMaximum[lot.id], lot.minHt, byLotMonth[lot.id], atWindowStart.lots[lot.id],
                  byLotBeneficiary[lot.id], amountAllocations[lot.id]);
        result.lots << consumption;
    }
    std::sort(result.lots.begin(), result.lots.end(),
              [](const LotConsumption &a, const LotConsumption &b) { return a.number < b.number; });

    fillScope(result, contractMaximum, contract->minHt, byMonth, atWindowStart.contract, byBeneficiary,
              amountAllocationByBeneficiary);

    // Work units, with their budget per year: every year that has a budget or an order.
    std::map<Id, std::map<int, qint64>> budgetByUnit;
    for (const WorkUnitBudget &budget : budgets)
        adder.add(budgetByUnit[budget.workUnitId][budget.year], budget.quantityMilli);
    QHash<Id, QString> unitCode;
    for (const WorkUnit &unit : workUnits) {
        unitCode.insert(unit.id, unit.code);
        WorkUnitConsumption consumption;
        consumption.workUnitId = unit.id;
        consumption.lotId = unit.lotId;
        consumption.lotNumber = lotNumber.value(unit.lotId);
        consumption.code = unit.code;
        consumption.labelFr = unit.labelFr;
        consumption.labelEn = unit.labelEn;
        const UnitTotals &totals = byUnit[unit.id];
        consumption.orderedQuantityMilli = totals.quantityMilli;
        consumption.orderedHt = totals.orderedHt;
        const std::map<int, qint64> &unitBudgets = budgetByUnit[unit.id];
        std::map<int, WorkUnitYear> years;
        for (const auto &[year, quantity] : unitBudgets) {
            years[year].budgetQuantityMilli = quantity;
            qint64 all = consumption.budgetQuantityMilli.value_or(0);
            adder.add(all, quantity);
            consumption.budgetQuantityMilli = all;
        }
        for (const auto &[year, ordered] : totals.years) {
            years[year].orderedQuantityMilli = ordered.first;
            years[year].orderedHt = ordered.second;
        }
        for (auto &[year, line] : years) {
            line.year = year;
            consumption.years << line;
            const int reached = line.budgetQuantityMilli
                ? highestThreshold(thresholds, line.orderedQuantityMilli, *line.budgetQuantityMilli)
                : 0;
            if (reached == 0)
                continue;
            Alert alert;
            alert.kind = Alert::Kind::BudgetThreshold;
            alert.severity = thresholdSeverity(reached);
            alert.lotId = unit.lotId;
            alert.lotNumber = consumption.lotNumber;
            alert.workUnitId = unit.id;
            alert.workUnitCode = unit.code;
            alert.year = year;
            alert.value = reached;
            budgetAlerts << alert;
        }
        result.workUnits << consumption;
    }
    // Already by lot number and code (the query's order); kept stable for lots renumbered since.
    std::stable_sort(result.workUnits.begin(), result.workUnits.end(),
                     [](const WorkUnitConsumption &a, const WorkUnitConsumption &b) {
                         return a.lotNumber < b.lotNumber;
                     });

    // --- Alerts: the contract's, then each lot's, then budgets and allocations.
    auto ceilingAlerts = [&](Id lotId, int number, const CeilingState &ceiling, Money ordered) {
        QList<Alert> list;
        Alert base;
        base.contractId = contract->id;
        base.lotId = lotId;
        base.lotNumber = number;
        if (ceiling.thresholdReached > 0) {
            Alert alert = base;
            alert.kind = Alert::Kind::Threshold;
            alert.severity = thresholdSeverity(ceiling.thresholdReached);
            alert.value = ceiling.thresholdReached;
            list << alert;
        }
        if (ordered > ceiling.maximum) {
            Alert alert = base;
            alert.kind = Alert::Kind::OverMaximum;
            alert.severity = Alert::Severity::Critical;
            list << alert;
        }
        // Fewer than N months left: N months from the date falls after the end (or the end is past).
        if (ceiling.minimum && ordered < *ceiling.minimum && result.endOn.isValid()
            && asOf.addMonths(options.minimumNoticeMonths) > result.endOn) {
            Alert alert = base;
            alert.kind = Alert::Kind::MinimumShortfall;
            alert.severity = asOf > result.endOn ? Alert::Severity::Critical : Alert::Severity::Warning;
            alert.date = result.endOn;
            list << alert;
        }
        return list;
    };
    result.alerts << ceilingAlerts(0, 0, result.ceiling, result.amounts.orderedHt);
    if (start.isValid()) {
        // The next end of a period before the contract's end: the firm period's, then each renewal's.
        if (separateFirmPeriod) {
            for (int renewal = 0;; ++renewal) {
                const int months = contract->firmMonths + renewal * contract->renewalMonths;
                const QDate periodEnd = start.addMonths(months).addDays(-1);
                if (periodEnd >= result.endOn || (renewal > 0 && contract->renewalMonths <= 0))
                    break;
                const qint64 days = asOf.daysTo(periodEnd);
                if (days < 0)
                    continue;
                if (days <= options.endingNoticeDays) {
                    Alert alert;
                    alert.kind = Alert::Kind::FirmPeriodEnding;
                    alert.severity = Alert::Severity::Warning;
                    alert.contractId = contract->id;
                    alert.renewal = renewal;
                    alert.value = static_cast<int>(days);
                    alert.date = periodEnd;
                    result.alerts << alert;
                }
                break;
            }
        }
        const qint64 days = asOf.daysTo(result.endOn);
        if (days >= 0 && days <= options.endingNoticeDays) {
            Alert alert;
            alert.kind = Alert::Kind::ContractEnding;
            alert.severity = Alert::Severity::Warning;
            alert.contractId = contract->id;
            alert.value = static_cast<int>(days);
            alert.date = result.endOn;
            result.alerts << alert;
        }
    }
    for (const LotConsumption &lot : std::as_const(result.lots))
        result.alerts << ceilingAlerts(lot.lotId, lot.number, lot.ceiling, lot.amounts.orderedHt);
    for (Alert &alert : budgetAlerts)
        alert.contractId = contract->id;
    result.alerts << budgetAlerts;

    // Allocations: a beneficiary's consumption includes its sub-entities' (a ministry's drawing right
    // covers its directions).
    for (const LotConsumption &lot : std::as_const(result.lots)) {
        for (const BeneficiaryConsumption &beneficiary : lot.beneficiaries) {
            if (!beneficiary.allocationHt)
                continue;
            const int reached = highestThreshold(thresholds, beneficiary.rolledUp.orderedHt.cents(),
                                                 beneficiary.allocationHt->cents());
            if (reached == 0)
                continue;
            Alert alert;
            alert.kind = Alert::Kind::AllocationThreshold;
            alert.severity = thresholdSeverity(reached);
            alert.contractId = contract->id;
            alert.lotId = lot.lotId;
            alert.lotNumber = lot.number;
            alert.beneficiaryId = beneficiary.beneficiaryId;
            alert.beneficiaryCode = beneficiary.code;
            alert.value = reached;
            result.alerts << alert;
        }
    }
    if (!quantityAllocations.empty()) {
        std::map<Id, std::map<Id, qint64>> ownByUnit; // work unit → beneficiary → quantity
        for (const auto &[key, quantity] : quantityByBeneficiaryUnit)
            ownByUnit[key.second][key.first] = quantity;
        std::map<Id, std::map<Id, qint64>> rolledUpByUnit;
        for (const auto &[unitId, own] : ownByUnit)
            rollUp(own, beneficiaryById, rolledUpByUnit[unitId],
                   [&adder](qint64 &into, qint64 value) { adder.add(into, value); });
        QHash<Id, Id> lotOfUnit;
        for (const WorkUnit &unit : workUnits)
            lotOfUnit.insert(unit.id, unit.lotId);
        // By beneficiary code, then work unit code: the order the alerts panel lists them in.
        std::vector<std::pair<std::pair<Id, Id>, qint64>> ordered(quantityAllocations.begin(),
                                                                  quantityAllocations.end());
        std::sort(ordered.begin(), ordered.end(), [&](const auto &a, const auto &b) {
            const QString codeA = beneficiaryById.value(a.first.first).code;
            const QString codeB = beneficiaryById.value(b.first.first).code;
            return codeA != codeB ? codeA < codeB : unitCode.value(a.first.second) < unitCode.value(b.first.second);
        });
        for (const auto &[key, allocated] : ordered) {
            const auto &[beneficiaryId, unitId] = key;
            const int reached = highestThreshold(thresholds, rolledUpByUnit[unitId][beneficiaryId], allocated);
            if (reached == 0)
                continue;
            Alert alert;
            alert.kind = Alert::Kind::AllocationThreshold;
            alert.severity = thresholdSeverity(reached);
            alert.contractId = contract->id;
            alert.lotId = lotOfUnit.value(unitId);
            alert.lotNumber = lotNumber.value(alert.lotId);
            alert.beneficiaryId = beneficiaryId;
            alert.beneficiaryCode = beneficiaryById.value(beneficiaryId).code;
            alert.workUnitId = unitId;
            alert.workUnitCode = unitCode.value(unitId);
            alert.value = reached;
            result.alerts << alert;
        }
    }

    if (adder.overflow())
        return fail(tr("The amounts of contract %1 are too large to add up.").arg(contract->reference));
    return result;
}

} // namespace Plafond
