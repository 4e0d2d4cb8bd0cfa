// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexseriesmodel.h"

#include "pricehistorymodel.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <map>

namespace Plafond {

IndexSeriesModel::IndexSeriesModel(QObject *parent)
    : ColumnTableModel(parent)
{
    const auto row = [this](int r) -> const Row & { return m_rows.at(r); };
    // Every column is right-aligned and sorts on the value it charts, but the month on its day.
    const auto column = [](std::function<QString()> header, Value display, Value chart) {
        return ColumnTableModel::Column{std::move(header),
                                        {{Qt::DisplayRole, display}, {ChartValueRole, chart}, {SortRole, chart}},
                                        alignRight()};
    };
    const auto series = [row](std::optional<IndexValue> Row::*member) {
        return std::pair<Value, Value>{
            [row, member](int r) {
                const std::optional<IndexValue> &value = row(r).*member;
                return value ? PriceHistoryModel::indexText(*value, QLocale()) : QString();
            },
            [row, member](int r) {
                const std::optional<IndexValue> &value = row(r).*member;
                return value ? QVariant(double(value->tenths) / 10.0) : QVariant();
            }};
    };
    const auto [oldText, oldValue] = series(&Row::oldSeries);
    const auto [revisedText, revisedValue] = series(&Row::revisedSeries);
    ColumnTableModel::Column month = column(
        [] { return tr("Month"); }, [row](int r) { return row(r).month.toString(QStringLiteral("yyyy-MM")); },
        [row](int r) { return chartX(row(r).month); });
    month.roles.insert(SortRole, [row](int r) { return row(r).month.toJulianDay(); });
    setColumns({
        month,
        column([] { return tr("Old series"); }, oldText, oldValue),
        column([] { return tr("Revised series"); }, revisedText, revisedValue),
        column(
            [] { return tr("In force, revised-series units"); },
            [row](int r) {
                const qint64 linked = row(r).linkedHundredThousandths;
                if (linked == 0)
                    return QString();
                // Tenths × 100000 → three decimals, halves away from zero.
                const QLocale locale;
                const qint64 thousandths = mulDivRounded(linked, 1, 1000).value_or(0);
                return QStringLiteral("%1%2%3")
                    .arg(locale.toString(thousandths / 1000))
                    .arg(locale.decimalPoint())
                    .arg(thousandths % 1000, 3, 10, QLatin1Char('0'));
            },
            [row](int r) {
                const qint64 linked = row(r).linkedHundredThousandths;
                return linked != 0 ? QVariant(double(linked) / 1e6) : QVariant();
            }),
        column(
            [] { return tr("Coefficient"); },
            [row](int r) {
                const auto &coefficient = row(r).coefficient;
                return coefficient ? PriceHistoryModel::coefficientText(*coefficient, QLocale()) : QString();
            },
            [row](int r) {
                const auto &coefficient = row(r).coefficient;
                return coefficient ? QVariant(double(coefficient->first) / double(coefficient->second)) : QVariant();
            }),
    });
}

double IndexSeriesModel::chartX(const QDate &month)
{
    return double(QDateTime(month, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
}

void IndexSeriesModel::setSchedule(const RevisedSchedule &schedule)
{
    beginResetModel();
    m_rows.clear();
    std::map<QDate, Row> byMonth;
    for (const IndexValue &value : schedule.series().values()) {
        Row &row = byMonth[value.month];
        row.month = value.month;
        (value.series == IndexValue::Series::Old ? row.oldSeries : row.revisedSeries) = value;
    }
    for (auto &[month, row] : byMonth) {
        if (const auto inForce = schedule.series().value(month)) {
            row.linkedHundredThousandths = inForce->series == IndexValue::Series::Old
                ? inForce->tenths * IndexSeries::linkNumerator
                : inForce->tenths * IndexSeries::linkDenominator;
            row.coefficient = schedule.coefficient(month);
        }
        m_rows << row;
    }
    endResetModel();
}

void IndexSeriesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

} // namespace Plafond
