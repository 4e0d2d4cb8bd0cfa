// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columntablemodel.h"
#include "engine/revisedschedule.h"
#include "roles.h"


namespace Plafond {

// The index month by month, for the chart of the "Prices" view: each series as published, the value in
// force expressed in the revised series (the old series × 0.97975 before August 2022, so that the link of the
// series change shows as a continuous line), and the contract's coefficient a + (1 − a) × S / S0 for the
// month. ChartValueRole carries the doubles a chart plots (the month as milliseconds since the epoch, UTC);
// it is empty where a month has no value.
class IndexSeriesModel : public ColumnTableModel
{
    Q_OBJECT
public:
    enum Column { MonthColumn, OldSeriesColumn, RevisedSeriesColumn, LinkedColumn, CoefficientColumn, ColumnCount };
    Q_ENUM(Column)

    explicit IndexSeriesModel(QObject *parent = nullptr);

    void setSchedule(const RevisedSchedule &schedule);
    void clear();

    struct Row
    {
        QDate month;
        std::optional<IndexValue> oldSeries;
        std::optional<IndexValue> revisedSeries;
        qint64 linkedHundredThousandths = 0; // the value in force in revised-series units × 100000
        std::optional<QPair<qint64, qint64>> coefficient;
    };
    const Row &row(int index) const { return m_rows.at(index); }
    static double chartX(const QDate &month);


protected:
    int rows() const override { return int(m_rows.size()); }

private:
    QList<Row> m_rows;
};

} // namespace Plafond
