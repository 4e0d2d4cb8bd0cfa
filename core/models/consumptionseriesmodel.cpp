// SPDX-License-Identifier: GPL-3.0-or-later
#include "consumptionseriesmodel.h"

#include "dashboardvalues.h"

#include <QLocale>

namespace Plafond {

ConsumptionSeriesModel::ConsumptionSeriesModel(QObject *parent)
    : ConsumptionTableModel(parent)
{
}

QList<ConsumptionSeriesModel::Point> ConsumptionSeriesModel::points(const QList<MonthAmounts> &months,
                                                                    const QDate &asOf, const QDate &endOn,
                                                                    Money ratePerMonth, int *recorded)
{
    QList<Point> result;
    for (const MonthAmounts &m : months) {
        QDate date = m.month.addMonths(1).addDays(-1);
        if (asOf.isValid() && date > asOf)
            date = asOf;
        result << Point{m.month, date, m.inMonth.orderedHt, m.cumulativeOrderedHt, false};
    }
    if (recorded)
        *recorded = int(result.size());
    if (!asOf.isValid() || !endOn.isValid() || asOf >= endOn)
        return result;

    // Projected: k whole months after the as-of date, C + k × rate; the last, on the end date, prorated by
    // days over its month, rounded once. Integer cents throughout.
    const qint64 start = result.isEmpty() ? 0 : result.constLast().cumulativeOrdered.cents();
    const qint64 rate = ratePerMonth.cents();
    for (int k = 1;; ++k) {
        const QDate previous = asOf.addMonths(k - 1);
        QDate date = asOf.addMonths(k);
        qint64 cumulative = start + qint64(k) * rate;
        Money inMonth = ratePerMonth;
        if (date >= endOn) {
            const qint64 part = mulDivRounded(rate, previous.daysTo(endOn), previous.daysTo(date)).value_or(0);
            cumulative = start + qint64(k - 1) * rate + part;
            inMonth = Money::fromCents(part);
            date = endOn;
        }
        result << Point{QDate(date.year(), date.month(), 1), date, inMonth, Money::fromCents(cumulative), true};
        if (date == endOn)
            break;
    }
    return result;
}

void ConsumptionSeriesModel::setConsumption(const ContractConsumption &consumption, Id lotId)
{
    const QList<MonthAmounts> *months = &consumption.months;
    const Forecast *forecast = &consumption.forecast;
    for (const LotConsumption &lot : consumption.lots) {
        if (lotId && lot.lotId == lotId) {
            months = &lot.months;
            forecast = &lot.forecast;
        }
    }
    int recorded = 0;
    QList<Point> points = ConsumptionSeriesModel::points(*months, consumption.asOf, consumption.endOn,
                                                         forecast->burnRatePerMonthHt, &recorded);
    replaceRows(int(points.size()), [&] {
        m_points = std::move(points);
        m_recorded = recorded;
    });
}

void ConsumptionSeriesModel::clear()
{
    replaceRows(0, [this] {
        m_points.clear();
        m_recorded = 0;
    });
}

QVariant ConsumptionSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Point &p = m_points.at(index.row());
    const auto column = static_cast<Column>(index.column());
    const Money amount = column == OrderedInMonthColumn ? p.orderedInMonth : p.cumulativeOrdered;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        if (column == MonthColumn) {
            const QString month = locale.toString(p.month, QStringLiteral("MMM yyyy"));
            return p.forecast ? tr("%1 (forecast)").arg(month) : month;
        }
        return amount.toString(locale);
    case Qt::ToolTipRole:
        if (column == MonthColumn)
            return locale.toString(p.date, QLocale::LongFormat);
        return {};
    case Qt::TextAlignmentRole:
        return column == MonthColumn ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case ForecastRole:
        return p.forecast;
    case CentsRole:
        return column == MonthColumn ? QVariant() : QVariant(amount.cents());
    case SortRole:
        return column == MonthColumn ? QVariant(p.date.toJulianDay()) : QVariant(amount.cents());
    case ChartValueRole:
        return column == MonthColumn ? DashboardValues::time(p.date) : DashboardValues::kiloEuros(amount);
    default:
        return {};
    }
}

QVariant ConsumptionSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return ConsumptionTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case MonthColumn: return tr("Month");
    case OrderedInMonthColumn: return tr("Ordered in the month");
    case CumulativeOrderedColumn: return tr("Ordered, cumulative");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Plafond
