// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columntablemodel.h"
#include "engine/contributions.h"


namespace Plafond {

// The development orders of a contract without any merged contribution at a date (ContributionsEngine).
class UncontributedOrdersModel : public ColumnTableModel
{
    Q_OBJECT
public:
    enum Column { OrderColumn, LotColumn, BeneficiaryColumn, IssuedColumn, DevelopmentColumn, ColumnCount };

    explicit UncontributedOrdersModel(QObject *parent = nullptr);

    void setOrders(const QList<UncontributedOrder> &orders);


protected:
    int rows() const override { return int(m_orders.size()); }

private:
    QList<UncontributedOrder> m_orders;
};

} // namespace Plafond
