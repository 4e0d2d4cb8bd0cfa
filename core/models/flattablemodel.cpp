// SPDX-License-Identifier: GPL-3.0-or-later
#include "flattablemodel.h"

namespace Plafond {

int FlatTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int FlatTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant FlatTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList headers = columnHeaders();
    return section >= 0 && section < headers.size() ? QVariant(headers.at(section)) : QVariant();
}

} // namespace Plafond
