// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columntablemodel.h"
#include "engine/consumption.h"
#include "roles.h"

namespace Plafond {

// The cumulative ordered amount over the contract's life (or a lot's): one row per recorded month up to the
// as-of date, then projected rows at the forecast's burn rate up to the end date, flagged by ForecastRole.
// A row's point is dated where its cumulative amount holds: the month's last day (the as-of date for the
// as-of month); projected rows one month apart from the as-of date, the last on the end date.
class ConsumptionSeriesModel : public ColumnTableModel
{
    Q_OBJECT
public:
    enum Column { MonthColumn, OrderedInMonthColumn, CumulativeOrderedColumn, ColumnCount };
    Q_ENUM(Column)

    struct Point
    {
        QDate month; // first day of the month the row stands for
        QDate date;  // the date its cumulative amount refers to
        Money orderedInMonth;
        Money cumulativeOrdered;
        bool forecast = false;
    };

    explicit ConsumptionSeriesModel(QObject *parent = nullptr);

    // The contract's series, or `lotId`'s.
    void setConsumption(const ContractConsumption &consumption, Id lotId = 0);
    void clear();

    // Rows [0, recordedRowCount()) are recorded; the rest projected. The last recorded row is the as-of point.
    int recordedRowCount() const { return m_recorded; }
    const Point &point(int row) const { return m_points.at(row); }


    // The projection alone, for tests: recorded points are those of `months`; projected ones continue from
    // the last of them (or from zero) at `ratePerMonth` from `asOf` to `endOn`.
    static QList<Point> points(const QList<MonthAmounts> &months, const QDate &asOf, const QDate &endOn,
                               Money ratePerMonth, int *recorded = nullptr);

protected:
    int rows() const override { return int(m_points.size()); }

private:
    QList<Point> m_points;
    int m_recorded = 0;
};

} // namespace Plafond
