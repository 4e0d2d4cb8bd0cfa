// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "engine/pricerevision.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Plafond {

struct Stores;

// A contract's revision clause as stored (Contract::revision*), parsed and checked.
//
// P = P0 × (a + (1 − a) × S / S0), where
// - S0 is the index of the base month (revision_base_month, "YYYY-MM");
// - the revision dates are revision_dates ("YYYY-MM-DD,…", ascending), or, when empty, each anniversary of the
//   start up to the contract's end (extended by the contract's amendments);
// - S is the index of the month M − x, M being the month of the revision date and x the number of months from
//   the base month to the month of the start: the clause keeps between S and the revision the distance it sets
//   between S0 and the start (base month June 2020, start September 2020: the revision of 1 September 2023
//   takes the index of June 2023). A base month after the start gives x = 0;
// - the coefficient a + (1 − a) × S / S0 is exact (revision_rounding empty) or rounded to N decimals, halves
//   away from zero (revision_rounding "N", 0 ≤ N ≤ 6) before it applies;
// - the revised price is rounded once to the cent, halves away from zero.
struct RevisionClause
{
    Q_DECLARE_TR_FUNCTIONS(RevisionClause)
public:
    QString indexName; // "SYNTEC"
    QDate baseMonth;   // first day of the month of S0
    qint64 fixedPartMillionths = 0;
    QList<QDate> dates; // the revision dates, ascending
    int lagMonths = 0;  // x
    int roundingDecimals = -1; // -1: the coefficient is exact

    // Nothing with *error empty when the contract has no clause (no index); nothing with *error set when the
    // clause is malformed. `endOn` bounds the default anniversaries.
    static std::optional<RevisionClause> fromContract(const Contract &contract, const QDate &endOn, QString *error);

    // "" → no date; otherwise comma-separated ISO dates, strictly ascending. Nothing when malformed.
    static std::optional<QList<QDate>> parseDates(const QString &text);
    static QString formatDates(const QList<QDate> &dates);
    // "" → -1 (exact); "0".."6" → that many decimals. Nothing otherwise.
    static std::optional<int> parseRounding(const QString &text);

    // The month whose index S a revision on `date` takes.
    QDate indexMonth(const QDate &date) const { return QDate(date.year(), date.month(), 1).addMonths(-lagMonths); }
};

// One revision of a contract's prices.
struct RevisionStep
{
    QDate date;       // the revision date
    QDate indexMonth; // the month of S
    std::optional<IndexValue> index; // S as published, in its own series; nothing when missing
    // The coefficient as applied (rounded when the clause says so), as a fraction; nothing: not applied.
    std::optional<QPair<qint64, qint64>> coefficient;
    QString problem; // why it is not applied: "the Syntec index of 2022-06 is missing"

    bool applied() const { return coefficient.has_value(); }
};

// The revised unit price schedule of a contract: the revisions are computed once (one query for the index
// values), then each price is a lookup. The prices of the schedule (WorkUnit::prices) are the P0 of the
// formula; a schedule price that starts on or after the revision in force was set for that period (by hand
// or by an amendment) and is taken as it is. A revision whose index month is missing is reported and not
// applied: the price of the previous revision stays.
class RevisedSchedule
{
    Q_DECLARE_TR_FUNCTIONS(RevisedSchedule)
public:
    RevisedSchedule() = default; // no clause: the schedule's prices as they are

    static RevisedSchedule compute(const Contract &contract, const QList<Amendment> &amendments,
                                   const IndexSeries &series);
    // The contract, its amendments and the index values: three queries. An unknown contract gives an empty
    // schedule (no revision).
    static RevisedSchedule load(Stores &stores, Id contractId);
    // The schedule of the contract of a lot.
    static RevisedSchedule loadForLot(Stores &stores, Id lotId);

    bool hasClause() const { return m_clause.has_value(); }
    const std::optional<RevisionClause> &clause() const { return m_clause; }
    QString clauseError() const { return m_clauseError; }
    const IndexSeries &series() const { return m_series; }
    std::optional<IndexValue> baseIndex() const;
    const QList<RevisionStep> &revisions() const { return m_steps; }
    // What prevents revisions, one sentence each: a malformed clause, each missing month.
    QStringList problems() const;

    // The coefficient of the clause for the index of `month`, rounded as the clause says.
    std::optional<QPair<qint64, qint64>> coefficient(const QDate &month, QString *error = nullptr) const;
    // The revision in force on a date: the latest applied one on or before it; nothing before the first.
    const RevisionStep *revisionOn(const QDate &date) const;
    // The latest revision on or before a date, applied or not; nothing before the first.
    const RevisionStep *latestRevisionOn(const QDate &date) const;
    // The price of a work unit on a date, after revision; nothing when its schedule has no price then.
    std::optional<Money> priceOn(const WorkUnit &unit, const QDate &date) const;

    // One line of a work unit's price history.
    struct HistoryEntry
    {
        enum class Kind { SchedulePrice, Revision };
        Kind kind = Kind::SchedulePrice;
        QDate date;
        Money basePrice;             // P0: the schedule's price in force on the date
        RevisionStep step;           // Revision only
        bool setInSchedule = false;  // Revision only: the schedule's price starts on or after it, kept as is
        std::optional<Money> price;  // in force from the date
    };
    // By date: each price of the schedule, then each revision once the unit has a price.
    QList<HistoryEntry> history(const WorkUnit &unit) const;

private:
    std::optional<RevisionClause> m_clause;
    QString m_clauseError;
    IndexSeries m_series;
    QList<RevisionStep> m_steps;
};

} // namespace Plafond
