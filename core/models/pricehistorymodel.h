// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/revisedschedule.h"
#include "flattablemodel.h"
#include "roles.h"

namespace Plafond {

// The price history of the work units of a lot (RevisedSchedule::history): for each unit, each price of
// its schedule and each revision with its index S, coefficient and revised price, or why it was not applied.
class PriceHistoryModel : public FlatTableModel
{
    Q_OBJECT
public:
    enum Column { WorkUnitColumn, DateColumn, EventColumn, BasePriceColumn, IndexMonthColumn, IndexColumn,
                  CoefficientColumn, PriceColumn, ColumnCount };
    Q_ENUM(Column)

    explicit PriceHistoryModel(QObject *parent = nullptr);

    void setHistory(const RevisedSchedule &schedule, const QList<WorkUnit> &units);
    void clear();

    struct Row
    {
        WorkUnit unit; // without its prices
        RevisedSchedule::HistoryEntry entry;
    };
    const Row &row(int index) const { return m_rows.at(index); }

    // "1.002474": a coefficient to six decimals, halves away from zero, from its exact fraction.
    static QString coefficientText(const QPair<qint64, qint64> &coefficient, const QLocale &locale);
    // "275.7", "286.4 (old series)".
    static QString indexText(const IndexValue &value, const QLocale &locale);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QStringList columnHeaders() const override;

private:
    QList<Row> m_rows;
};

} // namespace Plafond
