// SPDX-License-Identifier: GPL-3.0-or-later
#include "coveragematrixmodel.h"

#include "roles.h"
#include "storage/stores.h"

namespace Plafond {

CoverageMatrixModel::CoverageMatrixModel(QObject *parent)
    : FlatTableModel(parent)
{
}

void CoverageMatrixModel::reload(Stores &stores, Id contractId)
{
    beginResetModel();
    m_components = stores.components.components().value();
    m_lots.clear();
    for (const Contract &contract : stores.contracts.contracts()) {
        if (contractId != 0 && contract.id != contractId)
            continue;
        for (const Lot &lot : stores.contracts.lots(contract.id))
            m_lots << LotColumn{lot.id, tr("%1 lot %2").arg(contract.reference, QString::number(lot.number))};
    }
    m_covered.clear();
    for (const auto &pair : stores.components.componentLots())
        m_covered.insert(pair);
    endResetModel();
}

void CoverageMatrixModel::clear()
{
    beginResetModel();
    m_components.clear();
    m_lots.clear();
    m_covered.clear();
    endResetModel();
}

QVariant CoverageMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Component &c = m_components.at(index.row());
    if (role == IdRole)
        return c.id;
    if (index.column() == NameColumn) {
        if (role == Qt::DisplayRole)
            return c.name;
        if (role == SortRole)
            return c.name.toLower();
        return {};
    }
    const LotColumn &lot = m_lots.at(index.column() - FirstLotColumn);
    const bool covered = m_covered.contains(qMakePair(c.id, lot.id));
    switch (role) {
    case LotIdRole:
        return lot.id;
    case Qt::CheckStateRole:
        return covered ? Qt::Checked : Qt::Unchecked;
    case SortRole:
        return covered ? 1 : 0;
    case Qt::ToolTipRole:
        return covered ? tr("%1 is covered by %2").arg(c.name, lot.name) : tr("%1 is not covered by %2").arg(c.name, lot.name);
    default:
        return {};
    }
}

bool CoverageMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() < FirstLotColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool covered = value.toInt() == Qt::Checked;
    const Id componentId = m_components.at(index.row()).id;
    const Id lotId = m_lots.at(index.column() - FirstLotColumn).id;
    if (covered == m_covered.contains(qMakePair(componentId, lotId)))
        return false;
    // Written by the owner through an undoable command, which reloads the model.
    emit coverageChangeRequested(componentId, lotId, covered);
    return true;
}

Qt::ItemFlags CoverageMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() == NameColumn)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

QVariant CoverageMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn)
        return tr("Component");
    return m_lots.at(section - FirstLotColumn).name;
}

int CoverageMatrixModel::rowOfComponent(Id componentId) const
{
    for (int row = 0; row < m_components.size(); ++row) {
        if (m_components.at(row).id == componentId)
            return row;
    }
    return -1;
}

int CoverageMatrixModel::columnOfLot(Id lotId) const
{
    for (int i = 0; i < m_lots.size(); ++i) {
        if (m_lots.at(i).id == lotId)
            return FirstLotColumn + i;
    }
    return -1;
}

Id CoverageMatrixModel::lotIdOfColumn(int column) const
{
    const int i = column - FirstLotColumn;
    return i >= 0 && i < m_lots.size() ? m_lots.at(i).id : 0;
}

int CoverageMatrixModel::coveredCount(Id lotId) const
{
    int count = 0;
    for (const auto &pair : m_covered)
        count += pair.second == lotId ? 1 : 0;
    return count;
}

} // namespace Plafond
