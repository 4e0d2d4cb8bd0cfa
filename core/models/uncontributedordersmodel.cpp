// SPDX-License-Identifier: GPL-3.0-or-later
#include "uncontributedordersmodel.h"

#include "roles.h"

#include <QLocale>

namespace Plafond {

UncontributedOrdersModel::UncontributedOrdersModel(QObject *parent)
    : ColumnTableModel(parent)
{
    const auto order = [this](int r) -> const UncontributedOrder & { return m_orders.at(r); };
    setColumns({
        textColumn([] { return tr("Order"); }, [order](int r) { return order(r).number; }),
        {[] { return tr("Lot"); },
         {{Qt::DisplayRole, [order](int r) { return order(r).lotNumber; }},
          {SortRole, [order](int r) { return order(r).lotNumber; }}}},
        textColumn([] { return tr("Beneficiary"); }, [order](int r) { return order(r).beneficiaryCode; }),
        {[] { return tr("Issued on"); },
         {{Qt::DisplayRole, [order](int r) { return QLocale().toString(order(r).issuedOn, QLocale::ShortFormat); }},
          {SortRole, [order](int r) { return order(r).issuedOn.toJulianDay(); }}}},
        {[] { return tr("Development excl. VAT"); },
         {{Qt::DisplayRole, [order](int r) { return order(r).developmentHt.toString(); }},
          {SortRole, [order](int r) { return order(r).developmentHt.cents(); }}},
         int(Qt::AlignRight | Qt::AlignVCenter)},
    });
    setRowRoles({{IdRole, [order](int r) { return order(r).orderId; }},
                 {LotIdRole, [order](int r) { return order(r).lotId; }},
                 {CentsRole, [order](int r) { return order(r).developmentHt.cents(); }}});
}

void UncontributedOrdersModel::setOrders(const QList<UncontributedOrder> &orders)
{
    beginResetModel();
    m_orders = orders;
    endResetModel();
}

} // namespace Plafond
