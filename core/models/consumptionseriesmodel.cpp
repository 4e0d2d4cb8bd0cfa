// SPDX-License-Identifier: GPL-3.0-or-later
#include "consumptionseriesmodel.h"

#include "dashboardvalues.h"

#include <QLocale>

namespace Plafond {

ConsumptionSeriesModel::ConsumptionSeriesModel(QObject *parent)
    : ColumnTableModel(parent)
{
    const auto point = [this](int r) -> const Point & { return m_points.at(r); };
    setColumns({
        {[] { return tr("Month"); },
         {{Qt::DisplayRole,
           [point](int r) {
               const QString month = QLocale().toString(point(r).month, QStringLiteral("MMM yyyy"));
               return point(r).forecast ? tr("%1 (forecast)").arg(month) : month;
           }},
          {Qt::ToolTipRole, [point](int r) { return QLocale().toString(point(r).date, QLocale::LongFormat); }},
          {SortRole, [point](int r) { return point(r).date.toJulianDay(); }},
          {ChartValueRole, [point](int r) { return DashboardValues::time(point(r).date); }}}},
        amountColumn([] { return tr("Ordered in the month"); }, [point](int r) { return point(r).orderedInMonth; }),
        amountColumn([] { return tr("Ordered, cumulative"); }, [point](int r) { return point(r).cumulativeOrdered; }),
    });
    setRowRoles({{ForecastRole, [point](int r) { return point(r).forecast; }}});
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

} // namespace Plafond
