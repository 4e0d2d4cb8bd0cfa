// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roles.h"
#include "storage/stores.h"

#include <QAbstractItemModel>

namespace Plafond {

// Contracts and their lots, two levels. A lot's internal id is its contract's row + 1; a contract's is 0.
class ContractTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, MaximumColumn, ColumnCount };
    enum NodeKind { ContractNode, LotNode };

    explicit ContractTreeModel(QObject *parent = nullptr);

    void reload(Stores &stores);
    void clear();
    void retranslate();

    QModelIndex indexOfContract(Id contractId) const;
    QModelIndex indexOfLot(Id lotId) const;
    const QList<Contract> &contracts() const { return m_contracts; }
    QList<Lot> lotsOf(int contractRow) const { return m_lots.value(contractRow); }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Contract> m_contracts;
    QList<QList<Lot>> m_lots;           // per contract row
    QList<QList<Money>> m_effectiveMax; // per contract row, per lot row
};

} // namespace Plafond
