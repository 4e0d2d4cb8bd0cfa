// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexseriesmodel.h"

#include "pricehistorymodel.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <map>

namespace Plafond {

IndexSeriesModel::IndexSeriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
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

int IndexSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int IndexSeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndexSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    const QLocale locale;
    const bool inForce = row.linkedHundredThousandths != 0;
    switch (role) {
    case ChartValueRole:
        switch (column) {
        case MonthColumn: return chartX(row.month);
        case OldSeriesColumn: return row.oldSeries ? QVariant(double(row.oldSeries->tenths) / 10.0) : QVariant();
        case RevisedSeriesColumn:
            return row.revisedSeries ? QVariant(double(row.revisedSeries->tenths) / 10.0) : QVariant();
        case LinkedColumn: return inForce ? QVariant(double(row.linkedHundredThousandths) / 1e6) : QVariant();
        case CoefficientColumn:
            return row.coefficient ? QVariant(double(row.coefficient->first) / double(row.coefficient->second))
                                   : QVariant();
        case ColumnCount: break;
        }
        return {};
    case SortRole:
        return column == MonthColumn ? QVariant(row.month.toJulianDay()) : data(index, ChartValueRole);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        switch (column) {
        case MonthColumn: return row.month.toString(QStringLiteral("yyyy-MM"));
        case OldSeriesColumn: return row.oldSeries ? PriceHistoryModel::indexText(*row.oldSeries, locale) : QString();
        case RevisedSeriesColumn:
            return row.revisedSeries ? PriceHistoryModel::indexText(*row.revisedSeries, locale) : QString();
        case LinkedColumn: {
            if (!inForce)
                return QString();
            // Tenths × 100000 → three decimals, halves away from zero.
            const qint64 thousandths = mulDivRounded(row.linkedHundredThousandths, 1, 1000).value_or(0);
            return QStringLiteral("%1%2%3")
                .arg(locale.toString(thousandths / 1000))
                .arg(locale.decimalPoint())
                .arg(thousandths % 1000, 3, 10, QLatin1Char('0'));
        }
        case CoefficientColumn:
            return row.coefficient ? PriceHistoryModel::coefficientText(*row.coefficient, locale) : QString();
        case ColumnCount: break;
        }
        return {};
    default: return {};
    }
}

QVariant IndexSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case MonthColumn: return tr("Month");
    case OldSeriesColumn: return tr("Old series");
    case RevisedSeriesColumn: return tr("Revised series");
    case LinkedColumn: return tr("In force, revised-series units");
    case CoefficientColumn: return tr("Coefficient");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Plafond
