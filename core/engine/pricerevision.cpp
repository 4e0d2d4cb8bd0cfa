// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricerevision.h"

#include <QHash>
#include <QRegularExpression>

#include <numeric>

namespace Plafond {

namespace {

QDate firstOfMonth(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

// The value in revised-series units × 100000, so that old and revised values compare exactly.
qint64 linkedValue(const IndexValue &value)
{
    return value.series == IndexValue::Series::Old ? value.tenths * IndexSeries::linkNumerator
                                                   : value.tenths * IndexSeries::linkDenominator;
}

} // namespace

bool IndexSeries::add(const IndexValue &value)
{
    const QPair<QDate, int> key(firstOfMonth(value.month), static_cast<int>(value.series));
    auto it = m_current.find(key);
    if (it != m_current.end()) {
        if (it->tenths == value.tenths)
            return false; // the same value again, perhaps from another source: nothing to correct
        m_history[key] << *it;
        *it = value;
        it->month = key.first;
        return true;
    }
    IndexValue stored = value;
    stored.month = key.first;
    m_current.insert(key, stored);
    return false;
}

std::optional<IndexValue> IndexSeries::value(const QDate &month) const
{
    const QDate first = firstOfMonth(month);
    const auto series = first >= seriesChange() ? IndexValue::Series::Revised : IndexValue::Series::Old;
    auto it = m_current.constFind(qMakePair(first, static_cast<int>(series)));
    if (it == m_current.constEnd())
        return std::nullopt;
    return *it;
}

QList<IndexValue> IndexSeries::history(const QDate &month) const
{
    QList<IndexValue> list;
    for (int series : {static_cast<int>(IndexValue::Series::Old), static_cast<int>(IndexValue::Series::Revised)})
        list << m_history.value(qMakePair(firstOfMonth(month), series));
    return list;
}

QList<IndexValue> IndexSeries::values() const
{
    return m_current.values();
}

std::optional<qint64> PriceRevision::parseFixedPart(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^([01])(?:\\.(\\d{1,6}))?$"));
    const auto match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 value = match.captured(1).toLongLong() * 1000000
        + match.captured(2).leftJustified(6, QLatin1Char('0')).toLongLong();
    if (value > 1000000)
        return std::nullopt;
    return value;
}

std::optional<QPair<qint64, qint64>> PriceRevision::coefficient(const Clause &clause, const IndexSeries &series,
                                                               const QDate &month, QString *error)
{
    const auto base = series.value(clause.baseMonth);
    const auto current = series.value(month);
    for (const auto &[found, wanted] : {qMakePair(base.has_value(), clause.baseMonth), qMakePair(current.has_value(), month)}) {
        if (!found) {
            if (error)
                *error = tr("the Syntec index of %1 is missing").arg(wanted.toString(QStringLiteral("yyyy-MM")));
            return std::nullopt;
        }
    }
    const qint64 s0 = linkedValue(*base);
    const qint64 s = linkedValue(*current);
    // a + (1 − a) × S / S0 = (A × S0 + (10^6 − A) × S) / (10^6 × S0), A = a × 10^6; reduced to keep it small.
    qint64 numerator = clause.fixedPartMillionths * s0 + (1000000 - clause.fixedPartMillionths) * s;
    qint64 denominator = 1000000 * s0;
    const qint64 divisor = std::gcd(numerator, denominator);
    if (divisor > 1) {
        numerator /= divisor;
        denominator /= divisor;
    }
    return qMakePair(numerator, denominator);
}

std::optional<Money> PriceRevision::revise(Money basePrice, const Clause &clause, const IndexSeries &series,
                                           const QDate &month, QString *error)
{
    const auto factor = coefficient(clause, series, month, error);
    if (!factor)
        return std::nullopt;
    const auto cents = divideRoundedWide(static_cast<WideInt>(basePrice.cents()) * factor->first, factor->second);
    if (!cents) {
        if (error)
            *error = tr("the revised price is too large");
        return std::nullopt;
    }
    return Money::fromCents(*cents);
}

std::optional<Money> PriceRevision::priceOn(Money basePrice, const Clause &clause, const IndexSeries &series,
                                            const QDate &date, QString *error)
{
    if (!clause.firstRevision.isValid() || date < clause.firstRevision)
        return basePrice;
    int years = date.year() - clause.firstRevision.year();
    if (clause.firstRevision.addYears(years) > date)
        --years;
    // S is the base month's calendar month, one year later per revision.
    return revise(basePrice, clause, series, clause.baseMonth.addYears(years + 1), error);
}

} // namespace Plafond
