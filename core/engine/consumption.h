// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Plafond {

class Repository;

// Amounts by lifecycle step at the as-of date (DESIGN.md): "ordered" counts orders issued on or before it and
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

    QString key() const;     // stable snake_case key for JSON/CSV, e.g. "lot_over_90_percent"
    QString message() const; // translated sentence for the alerts panel and the PDF
};

struct LotConsumption
{
    Id lotId = 0;
    int number = 0;
    QString title;
    CeilingState ceiling;
    StepAmounts amounts;
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
// and the cumulative ordered amount at its end.
struct MonthAmounts
{
    QDate month; // first day of the month
    StepAmounts inMonth;
    Money cumulativeOrderedHt;
};

struct Forecast
{
    int windowMonths = 12;
    Money burnRatePerMonthHt;             // ordered over the trailing window / window months, rounded
    std::optional<QDate> maxReachedOn;    // when the maximum will be reached at that rate
    bool notBeforeEnd = false;            // true when that date falls after the contract's end (or rate is 0)
    QDate endOn;
};

struct ContractConsumption
{
    Id contractId = 0;
    QString reference;
    QString title;
    QDate asOf;
    QDate startOn;
    QDate endOn;     // effective: including the amendments' extensions signed on or before the date
    QDate firmEndOn; // end of the firm period
    int vatBasisPoints = 2000;
    QList<int> thresholdsPercent; // the contract's alert thresholds, default {70, 90, 100}
    CeilingState ceiling;
    StepAmounts amounts;
    QList<LotConsumption> lots;                   // by number
    QList<BeneficiaryConsumption> beneficiaries;  // every beneficiary with orders on the contract, and its ancestors
    QList<WorkUnitConsumption> workUnits;         // by lot number, then code
    QList<MonthAmounts> months;                   // from the start month to the as-of month
    Forecast forecast;
    QList<Alert> alerts;
};

struct EngineOptions
{
    int forecastWindowMonths = 12;
    int endingNoticeDays = 90;
    int minimumNoticeMonths = 6;
};

// Computes everything the dashboard, the summary and the reports show for one contract at a date,
// from a fixed number of aggregated SQL queries (never one per order) and one pass in memory.
class ConsumptionEngine
{
    Q_DECLARE_TR_FUNCTIONS(ConsumptionEngine)
public:
    static std::optional<ContractConsumption> compute(Repository &repository, Id contractId, const QDate &asOf,
                                                      const EngineOptions &options = {}, QString *error = nullptr);
};

} // namespace Plafond
