// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricerevision.h"

#include "io/csvreader.h"

#include <QHash>
#include <QRegularExpression>

#include <numeric>

namespace Plafond {

namespace {

__extension__ typedef __int128 Wide; // P0 × index products need more than 64 bits

// Halves away from zero, as every rounding of the project.
std::optional<qint64> divideRoundedWide(Wide numerator, Wide denominator)
{
    if (denominator == 0)
        return std::nullopt;
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    Wide quotient = numerator / denominator;
    const Wide remainder = numerator % denominator;
    if (2 * (remainder < 0 ? -remainder : remainder) >= denominator)
        quotient += numerator < 0 ? -1 : 1;
    if (quotient > std::numeric_limits<qint64>::max() || quotient < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return static_cast<qint64>(quotient);
}

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

std::optional<IndexSeries> IndexSeries::fromCsv(const QByteArray &input, const QString &fileName, QStringList *errors)
{
    QStringList found;
    auto error = [&](int line, const QString &message) {
        found << QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message);
    };
    const std::optional<QString> decoded = CsvReader::decode(input, fileName, &found);
    IndexSeries series;
    if (decoded) {
        const QString &text = *decoded;
        const QList<CsvReader::Record> records =
            CsvReader::split(text, QLatin1Char(','), fileName, &found);
        const QStringList header{QStringLiteral("year"), QStringLiteral("month"), QStringLiteral("series"),
                                 QStringLiteral("value"), QStringLiteral("source_url"), QStringLiteral("note")};
        if (found.isEmpty() && (records.isEmpty() || records.first().fields != header))
            error(1, tr("the header is not %1").arg(header.join(QLatin1Char(','))));
        static const QRegularExpression valueShape(QStringLiteral("^(\\d{1,5})(?:\\.(\\d))?$"));
        // One file is one state of the series: a month given twice with two values is a mistake (a correction
        // is a later file), the same value twice is harmless.
        QHash<QPair<QDate, int>, QPair<int, qint64>> seen; // month and series → line and value
        for (int i = 1; found.isEmpty() && i < records.size(); ++i) {
            const CsvReader::Record &record = records.at(i);
            if (record.fields.size() != header.size()) {
                error(record.line, tr("%1 fields instead of %2").arg(record.fields.size()).arg(header.size()));
                continue;
            }
            bool yearOk = false;
            bool monthOk = false;
            const int year = record.fields.at(0).toInt(&yearOk);
            const int month = record.fields.at(1).toInt(&monthOk);
            IndexValue value;
            value.month = QDate(year, month, 1);
            if (!yearOk || !monthOk || !value.month.isValid() || year < 1900) {
                error(record.line, tr("\"%1-%2\" is not a month").arg(record.fields.at(0), record.fields.at(1)));
                continue;
            }
            if (record.fields.at(2) == QLatin1String("old"))
                value.series = IndexValue::Series::Old;
            else if (record.fields.at(2) == QLatin1String("revised"))
                value.series = IndexValue::Series::Revised;
            else {
                error(record.line, tr("series: \"%1\" is neither old nor revised").arg(record.fields.at(2)));
                continue;
            }
            // The old series stops with the change, except its last value of August 2022 that links the two.
            if (value.series == IndexValue::Series::Old && value.month > seriesChange()) {
                error(record.line, tr("the old series ends in August 2022"));
                continue;
            }
            if (value.series == IndexValue::Series::Revised && value.month < seriesChange()) {
                error(record.line, tr("the revised series starts in August 2022"));
                continue;
            }
            const auto match = valueShape.match(record.fields.at(3));
            if (!match.hasMatch() || match.captured(1).toLongLong() == 0) {
                error(record.line, tr("value: \"%1\" is not an index value with at most one decimal")
                                       .arg(record.fields.at(3)));
                continue;
            }
            value.tenths = match.captured(1).toLongLong() * 10 + match.captured(2).toLongLong();
            const QPair<QDate, int> key(value.month, static_cast<int>(value.series));
            const auto previous = seen.constFind(key);
            if (previous != seen.constEnd() && previous->second != value.tenths) {
                error(record.line, tr("%1 (%2 series) is already at line %3 with the value %4.%5")
                                       .arg(value.month.toString(QStringLiteral("yyyy-MM")), record.fields.at(2))
                                       .arg(previous->first)
                                       .arg(previous->second / 10)
                                       .arg(previous->second % 10));
                continue;
            }
            seen.insert(key, qMakePair(record.line, value.tenths));
            value.source = record.fields.at(4);
            value.note = record.fields.at(5);
            series.add(value);
        }
    }
    if (!found.isEmpty()) {
        if (errors)
            *errors << found;
        return std::nullopt;
    }
    return series;
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
    const auto cents = divideRoundedWide(static_cast<Wide>(basePrice.cents()) * factor->first, factor->second);
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
