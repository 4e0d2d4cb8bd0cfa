// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/revisedschedule.h"
#include "roles.h"

#include <QAbstractTableModel>

namespace Plafond {

// The price history of the work units of a lot (RevisedSchedule::history): for each unit, each price of
// its schedule and each revision with its index S, coefficient and revised price, or why it was not applied.
class PriceHistoryModel : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace Plafond
