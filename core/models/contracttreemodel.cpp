// SPDX-License-Identifier: GPL-3.0-or-later
#include "contracttreemodel.h"

#include <QLocale>

namespace Plafond {

ContractTreeModel::ContractTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ContractTreeModel::reload(Stores &stores)
{
    beginResetModel();
    // Three queries whatever the number of contracts and lots.
    m_contracts = stores.contracts.contracts().value();
    const QList<Lot> allLots = stores.contracts.allLots().value();
    const QHash<Id, Money> effective = stores.contracts.effectiveLotMaxima().value();
    m_lots.clear();
    m_effectiveMax.clear();
    QHash<Id, qsizetype> indexOf;
    for (const Contract &contract : std::as_const(m_contracts)) {
        indexOf.insert(contract.id, m_lots.size());
        m_lots << QList<Lot>();
        m_effectiveMax << QList<Money>();
    }
    for (const Lot &lot : allLots) {
        if (const auto it = indexOf.constFind(lot.contractId); it != indexOf.constEnd()) {
            m_lots[*it] << lot;
            m_effectiveMax[*it] << effective.value(lot.id, lot.maxHt);
        }
    }
    endResetModel();
}

void ContractTreeModel::clear()
{
    beginResetModel();
    m_contracts.clear();
    m_lots.clear();
    m_effectiveMax.clear();
    endResetModel();
}

void ContractTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    for (int row = 0; row < m_contracts.size(); ++row) {
        const QModelIndex contract = index(row, 0);
        emit dataChanged(contract, index(row, ColumnCount - 1));
        if (!m_lots.at(row).isEmpty())
            emit dataChanged(index(0, 0, contract), index(static_cast<int>(m_lots.at(row).size()) - 1, ColumnCount - 1, contract));
    }
}

QModelIndex ContractTreeModel::indexOfContract(Id contractId) const
{
    for (int row = 0; row < m_contracts.size(); ++row) {
        if (m_contracts.at(row).id == contractId)
            return index(row, 0);
    }
    return {};
}

QModelIndex ContractTreeModel::indexOfLot(Id lotId) const
{
    for (int c = 0; c < m_lots.size(); ++c) {
        for (int l = 0; l < m_lots.at(c).size(); ++l) {
            if (m_lots.at(c).at(l).id == lotId)
                return index(l, 0, index(c, 0));
        }
    }
    return {};
}

QModelIndex ContractTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ContractTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int ContractTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_contracts.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return static_cast<int>(m_lots.at(parent.row()).size());
    return 0;
}

int ContractTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ContractTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QLocale locale;
    if (index.internalId() == 0) {
        const Contract &c = m_contracts.at(index.row());
        switch (role) {
        case IdRole:
        case ContractIdRole: return c.id;
        case KindRole: return ContractNode;
        case CentsRole: return c.maxHt.cents();
        case SortRole: return index.column() == MaximumColumn ? QVariant(c.maxHt.cents()) : QVariant(c.reference);
        case Qt::ToolTipRole: return c.title;
        case Qt::TextAlignmentRole:
            return index.column() == MaximumColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        case Qt::DisplayRole:
            return index.column() == NameColumn ? QVariant(tr("%1 — %2").arg(c.reference, c.title))
                                                : QVariant(c.maxHt.toString(locale));
        default: return {};
        }
    }
    const int contractRow = static_cast<int>(index.internalId() - 1);
    const Lot &lot = m_lots.at(contractRow).at(index.row());
    const Money maximum = m_effectiveMax.at(contractRow).at(index.row());
    switch (role) {
    case IdRole:
    case LotIdRole: return lot.id;
    case ContractIdRole: return lot.contractId;
    case KindRole: return LotNode;
    case CentsRole: return maximum.cents();
    case SortRole: return index.column() == MaximumColumn ? QVariant(maximum.cents()) : QVariant(lot.number);
    case Qt::ToolTipRole: {
        QStringList holders;
        for (const Holder &h : lot.holders)
            holders << h.name;
        return holders.isEmpty() ? tr("Holders not provided") : holders.join(QStringLiteral(", "));
    }
    case Qt::TextAlignmentRole:
        return index.column() == MaximumColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        return index.column() == NameColumn ? QVariant(tr("Lot %1 — %2").arg(QString::number(lot.number), lot.title))
                                            : QVariant(maximum.toString(locale));
    default: return {};
    }
}

QVariant ContractTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Contract / lot") : tr("Maximum excl. VAT");
}

} // namespace Plafond
