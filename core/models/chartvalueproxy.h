// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Plafond {

// The Qt Charts model mappers read numbers from Qt::DisplayRole, where the dashboard models keep the text
// a table shows ("€1,234.56"). This proxy gives the mappers ChartValueRole as DisplayRole, so that a chart
// and a table are views of one model; every other role, and the headers (the series' names), pass through.
// Reversed, it lists the rows last first: a horizontal bar chart draws its first category at the bottom,
// and a ranking reads from the top (QBarCategoryAxis::setReverse() is not honoured by bar series in 6.4).
class ChartValueProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ChartValueProxy(QObject *parent = nullptr);

    bool isReversed() const { return m_reversed; }
    void setReversed(bool reversed);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    // By source row only: a change of value never moves a row, so that the mappers, which do not follow
    // layout changes, only ever see dataChanged and resets.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_reversed = false;
};

} // namespace Plafond
