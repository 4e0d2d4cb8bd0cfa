// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartvalueproxy.h"

#include "roles.h"

namespace Plafond {

ChartValueProxy::ChartValueProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ChartValueProxy::setReversed(bool reversed)
{
    m_reversed = reversed;
    if (reversed)
        sort(0, Qt::DescendingOrder);
    else
        sort(-1); // the source's order
}

QVariant ChartValueProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole) {
        // A column a chart does not plot reads as 0 rather than as text that toReal() would also turn into 0.
        const QVariant value = QSortFilterProxyModel::data(index, ChartValueRole);
        return value.isValid() ? value : QVariant(0.0);
    }
    return QSortFilterProxyModel::data(index, role);
}

bool ChartValueProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return left.row() < right.row();
}

} // namespace Plafond
