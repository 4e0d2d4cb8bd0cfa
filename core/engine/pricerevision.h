// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/indexvalue.h"
#include "domain/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Plafond {

// The Syntec index, month by month. The series changed in August 2022: the old series ends in July 2022 and
// the revised one starts at 280.6; a value of the old series is expressed in the revised one by the link
// coefficient 0.97975 (280.6 / 286.4). A value corrected after publication replaces the current one and the
// replaced value is kept in history().
class IndexSeries
{
    Q_DECLARE_TR_FUNCTIONS(IndexSeries)
public:
    static QDate seriesChange() { return QDate(2022, 8, 1); }
    // The link coefficient as a fraction: revised = old × 97975 / 100000.
    static constexpr qint64 linkNumerator = 97975;
    static constexpr qint64 linkDenominator = 100000;

    // Adds a value; when the month already has one in that series with another value, it is a correction:
    // the new value becomes current and the old one goes to the history. True when it was a correction.
    bool add(const IndexValue &value);

    // The value in force for a month: the revised series from August 2022, the old one before. Nothing when
    // the month is missing: a missing month is reported, never guessed from its neighbours.
    std::optional<IndexValue> value(const QDate &month) const;
    // Values replaced by corrections, oldest first.
    QList<IndexValue> history(const QDate &month) const;
    QList<IndexValue> values() const;

private:
    QMap<QPair<QDate, int>, IndexValue> m_current; // (month, series) → value
    QMap<QPair<QDate, int>, QList<IndexValue>> m_history;
};

// The revision clause P = P0 × (a + (1 − a) × S / S0): S0 is the index of the base month, S the index of the
// same calendar month in the year of the revision (base month + 12 months for the first anniversary, and so
// on), a the fixed part. Computed exactly on integers and rounded once to the cent, halves away from zero.
class PriceRevision
{
    Q_DECLARE_TR_FUNCTIONS(PriceRevision)
public:
    struct Clause
    {
        QDate baseMonth;            // first day of the month of S0
        qint64 fixedPartMillionths; // a × 1 000 000 (0.15 → 150000)
        QDate firstRevision;        // the first anniversary: prices change on it and each year after
    };

    // "0.15" → 150000; nothing for anything but a decimal from 0 to 1 with at most six decimals.
    static std::optional<qint64> parseFixedPart(const QString &text);

    // The revised price for the index of `month`; nothing, with the missing month told, when S or S0 is missing.
    static std::optional<Money> revise(Money basePrice, const Clause &clause, const IndexSeries &series,
                                       const QDate &month, QString *error = nullptr);
    // The price in force on a date: the base price before the first revision, then the price revised at the
    // latest anniversary on or before the date.
    static std::optional<Money> priceOn(Money basePrice, const Clause &clause, const IndexSeries &series,
                                        const QDate &date, QString *error = nullptr);
    // The coefficient a + (1 − a) × S / S0 as an exact fraction (numerator, denominator).
    static std::optional<QPair<qint64, qint64>> coefficient(const Clause &clause, const IndexSeries &series,
                                                           const QDate &month, QString *error = nullptr);
};

} // namespace Plafond
