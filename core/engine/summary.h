// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Plafond {

class Repository;

// Amounts by lifecycle step at a date (DESIGN.md): "ordered" counts orders issued on or before it and not
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
    QStringList alerts; // keys, e.g. "lot_over_90_percent"
};

struct BeneficiarySummary
{
    QString code;
    QString name;
    Money ordered; // the beneficiary's own orders; sub-entities are listed separately, not rolled up
};

struct WorkUnitSummary
{
    int lotNumber = 0;
    QString code;
    qint64 quantityMilli = 0; // ordered
    std::optional<qint64> budgetQuantityMilli;
    Money ordered;
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
    QList<BeneficiarySummary> beneficiaries; // by code
    QList<WorkUnitSummary> workUnits;       // by lot number, then code
    // The forecast engine does not exist yet: always empty, written as null, until it does.
    std::optional<QDate> maxReachedOn;
    QStringList alerts;
};

// The summary of `plafond summary` (DESIGN.md "Summary (JSON)"), computed from SQL aggregates: a fixed
// number of queries per contract whatever the number of orders.
class Summary
{
    Q_DECLARE_TR_FUNCTIONS(Summary)
public:
    enum class Failure { None, UnknownContract, Storage };

    QDate asOf;
    QList<ContractSummary> contracts; // by reference

    // Every contract when `reference` is empty, else that one only.
    static std::optional<Summary> compute(Repository &repository, const QDate &asOf, const QString &reference = QString(),
                                          QString *error = nullptr, Failure *failure = nullptr);

    // Amounts in integer cents, snake_case keys, dates ISO 8601.
    QJsonObject toJson() const;

    // One row per lot, ';'-separated, '\n'-terminated, with a header row:
    //   contract;lot;max_ht;ordered_ht;done_ht;invoiced_ht;paid_ht;remaining_ht;percent
    // amounts as decimal euros with a point and two decimals ("1234.50"); max_ht is the effective maximum;
    // remaining_ht = max_ht - ordered_ht (negative past the maximum); percent = ordered_ht / max_ht × 100
    // rounded half away from zero to two decimals ("93.07"), empty when the maximum is zero.
    QString toCsv() const;

    // Threshold alerts (70, 90, 100 % of the maximum, DESIGN.md): the highest threshold reached, as
    // "<prefix>_over_<n>_percent"; none below 70 % or when the maximum is zero.
    static QStringList thresholdAlerts(const QString &prefix, Money maximum, Money ordered);
};

} // namespace Plafond
