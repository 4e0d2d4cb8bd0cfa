// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/catalogue.h"

#include "domain/entities.h"
#include "domain/orderfacts.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Plafond {

struct Stores;

// Amounts by lifecycle step at the as-of date (docs/DOMAIN.md): "ordered" counts orders issued on or before it and
// not cancelled by then; "done", "invoiced", "paid" those whose step is dated on or before it. Excl. and incl.
// VAT; VAT is rounded once per order line and summed.
struct StepAmounts
{
    Money orderedHt, doneHt, invoicedHt, paidHt;
    Money orderedTtc, doneTtc, invoicedTtc, paidTtc;
};

// Consumption of a ceiling: maximum (effective: initial + amendments signed on or before the date),
// remaining = maximum − ordered, percent in hundredths of a percent (9296 = 92.96 %), rounded half away from 0.
struct CeilingState
{
    Money maximum;
    std::optional<Money> minimum;
    Money remaining;
    qint64 percentHundredths = 0;
    int thresholdReached = 0; // the highest of the contract's thresholds reached (exactly, never rounded); 0: none
};

struct Alert
{
    Q_DECLARE_TR_FUNCTIONS(Alert)
public:
    enum class Kind {
        Threshold,         // a threshold of the contract reached (value = the threshold, in percent)
        OverMaximum,       // a lot or the contract past its maximum
        MinimumShortfall,  // minimum not reached with less than 6 months left (or after the end)
        FirmPeriodEnding,  // end of the firm period within 90 days: renewal decision due
        ContractEnding,    // end of the contract within 90 days
        BudgetThreshold,   // a work unit's ordered quantity against its budget for a year
        AllocationThreshold // a beneficiary's consumption against its allocation
    };
    enum class Severity { Info, Warning, Critical };

    Kind kind = Kind::Threshold;
    Severity severity = Severity::Info;
    Id contractId = 0;
    Id lotId = 0;         // 0: the contract
    Id beneficiaryId = 0; // AllocationThreshold
    Id workUnitId = 0;    // BudgetThreshold
    int year = 0;         // BudgetThreshold
    int value = 0;        // threshold in percent, or days left
    QDate date;           // the date the alert refers to (end of firm period, end of contract…)
    // For the message, so that it needs no lookup: what the identifiers above name.
    int lotNumber = 0;
    QString beneficiaryCode; // AllocationThreshold
    QString workUnitCode;    // BudgetThreshold, and AllocationThreshold on a quantity of a work unit
    int renewal = 0;         // FirmPeriodEnding: 0 the firm period ends, k ≥ 1 the k-th renewal period ends

    QString key() const;     // stable snake_case key for JSON/CSV, e.g. "lot_over_90_percent"
    // Translated sentence for the alerts panel (the application's translators and default locale) and the
    // PDF (the report's language).
    QString message(const Catalogue &language = Catalogue::application()) const;
};

// A beneficiary's own orders, and the same rolled up its hierarchy (a ministry includes its directions).
struct BeneficiaryConsumption
{
    Id beneficiaryId = 0;
    Id parentId = 0;
    QString code;
    QString name;
    StepAmounts own;
    StepAmounts rolledUp;
    std::optional<Money> allocationHt; // sum of its amount allocations on the contract's lots
};

struct WorkUnitYear
{
    int year = 0;
    qint64 orderedQuantityMilli = 0; // on orders issued that year (counted as ordered at the as-of date)
    std::optional<qint64> budgetQuantityMilli;
    Money orderedHt;
};

struct WorkUnitConsumption
{
    Id workUnitId = 0;
    Id lotId = 0;
    int lotNumber = 0;
    QString code;
    QString labelFr, labelEn;
    qint64 orderedQuantityMilli = 0;
    std::optional<qint64> budgetQuantityMilli; // all years
    Money orderedHt;
    QList<WorkUnitYear> years;
};

// One calendar month of the contract's life (up to the as-of date): amounts whose step falls in that month,
// and the cumulative ordered amount at its end. inMonth's "ordered" is net: issued that month less the
// orders cancelled that month (so it can be negative); cumulativeOrderedHt is then what "ordered" was on the
// month's last day, a history that does not move with the as-of date, and the last month's equals the
// consumption's ordered amount.
struct MonthAmounts
{
    QDate month; // first day of the month
    StepAmounts inMonth;
    Money cumulativeOrderedHt;
};

// The forecast rule. Window: the `forecastWindowMonths` months ending at the as-of date, (asOf − W months,
// asOf]; a contract that started less than W months before is measured over the months since its start,
// counted up (the smallest m ≥ 1 with asOf − m months before the start). Ordered in the window = ordered at
// asOf − ordered at the window's start (cancellations included). Burn rate = that / window months, rounded
// half away from zero (for display: the date uses the exact ratio).
// Date: months to go = (maximum − ordered) × W / ordered in the window, exactly, in integers; the whole
// months are added to the as-of date (QDate::addMonths, so 31 → 30 at the end of shorter months), and the
// fraction left is turned into days of the month that follows (its real length, 28 to 31 days), rounded up:
// the day on which the projected amount reaches the maximum, never the day before. Already reached: the
// as-of date. No date when nothing was ordered in the window (or less than nothing), or when it is more than
// a century away; notBeforeEnd then, and whenever the date falls after endOn.
struct Forecast
{
    int windowMonths = 12;
    Money burnRatePerMonthHt;             // ordered over the trailing window / window months, rounded
    std::optional<QDate> maxReachedOn;    // when the maximum will be reached at that rate
    bool notBeforeEnd = false;            // true when that date falls after the contract's end (or rate is 0)
    QDate endOn;                          // the contract's effective end
};

// A lot, with what its own dashboard shows: the same series, forecast and beneficiaries as the contract's,
// for this lot only (a beneficiary's allocationHt: its amount allocation on this lot).
struct LotConsumption
{
    Id lotId = 0;
    int number = 0;
    QString title;
    CeilingState ceiling;
    StepAmounts amounts;
    QList<MonthAmounts> months;
    Forecast forecast;
    QList<BeneficiaryConsumption> beneficiaries;
};

struct ContractConsumption
{
    Id contractId = 0;
    QString reference;
    QString title;
    QDate asOf;
    QDate startOn;
    QDate endOn;     // effective: including the amendments' extensions signed on or before the date
    QDate firmEndOn; // end of the firm period (the initial end when there is no separate one)
    int vatBasisPoints = 2000;
    QList<int> thresholdsPercent; // the contract's alert thresholds, default {70, 90, 100}
    CeilingState ceiling;
    StepAmounts amounts;
    QList<LotConsumption> lots;                   // by number
    // Every beneficiary with a step on the contract by the date or an allocation on it, and its ancestors; by code.
    QList<BeneficiaryConsumption> beneficiaries;
    QList<WorkUnitConsumption> workUnits;         // by lot number, then code
    // From the start month (or an earlier step's) to the as-of month; empty when the date is before the start.
    QList<MonthAmounts> months;
    Forecast forecast;
    // The contract's (thresholds, maximum, minimum, period ends), each lot's, then budgets, then allocations.
    QList<Alert> alerts;
};

struct EngineOptions
{
    int forecastWindowMonths = 12;
    int endingNoticeDays = 90;
    int minimumNoticeMonths = 6;
    // The orders' facts already in memory (of this contract or of all: the summary, the dashboard keep
    // them); none: compute() reads this contract's itself.
    const OrderFacts *facts = nullptr;
};

// Computes everything the dashboard, the summary and the reports show for one contract at a date,
// from a fixed number of SQL reads (10, whatever the number of orders; never one per order), the orders'
// facts among them (or those the caller hands it), and passes in memory. Nothing when the contract does not
// exist, a query fails or a sum overflows.
class ConsumptionEngine
{
    Q_DECLARE_TR_FUNCTIONS(ConsumptionEngine)
public:
    static std::optional<ContractConsumption> compute(Stores &stores, Id contractId, const QDate &asOf,
                                                      const EngineOptions &options = {}, QString *error = nullptr);
    // The same as a result that carries its error (what a job delivers).
    static Result<ContractConsumption> result(Stores &stores, Id contractId, const QDate &asOf,
                                              const EngineOptions &options = {});
};

} // namespace Plafond
