// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/contributions.h"

#include <QAbstractTableModel>

namespace Plafond {

// The development orders of a contract without any merged contribution at a date (ContributionsEngine).
class UncontributedOrdersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { OrderColumn, LotColumn, BeneficiaryColumn, IssuedColumn, DevelopmentColumn, ColumnCount };

    explicit UncontributedOrdersModel(QObject *parent = nullptr);

    void setOrders(const QList<UncontributedOrder> &orders);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<UncontributedOrder> m_orders;
};

} // namespace Plafond
