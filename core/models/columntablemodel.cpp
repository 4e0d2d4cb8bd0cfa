// SPDX-License-Identifier: GPL-3.0-or-later
#include "columntablemodel.h"

namespace Plafond {

QVariant ColumnTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Column &column = m_columns.at(index.column());
    if (const auto value = column.roles.constFind(role); value != column.roles.constEnd())
        return (*value)(index.row());
    if (role == Qt::TextAlignmentRole)
        return column.alignment;
    if (const auto value = m_rowRoles.constFind(role); value != m_rowRoles.constEnd())
        return (*value)(index.row());
    return {};
}

QVariant ColumnTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return ConsumptionTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= m_columns.size() || !m_columns.at(section).header)
        return {};
    return m_columns.at(section).header();
}

} // namespace Plafond
