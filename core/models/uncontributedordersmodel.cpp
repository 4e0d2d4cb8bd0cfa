// SPDX-License-Identifier: GPL-3.0-or-later
#include "uncontributedordersmodel.h"

#include "roles.h"

#include <QLocale>

namespace Plafond {

UncontributedOrdersModel::UncontributedOrdersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void UncontributedOrdersModel::setOrders(const QList<UncontributedOrder> &orders)
{
    beginResetModel();
    m_orders = orders;
    endResetModel();
}

int UncontributedOrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_orders.size());
}

int UncontributedOrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UncontributedOrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UncontributedOrder &o = m_orders.at(index.row());
    switch (role) {
    case IdRole:
        return o.orderId;
    case LotIdRole:
        return o.lotId;
    case CentsRole:
        return o.developmentHt.cents();
    case SortRole:
        switch (index.column()) {
        case LotColumn: return o.lotNumber;
        case IssuedColumn: return o.issuedOn.toJulianDay();
        case DevelopmentColumn: return o.developmentHt.cents();
        default: return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::TextAlignmentRole:
        if (index.column() == DevelopmentColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case OrderColumn: return o.number;
        case LotColumn: return o.lotNumber;
        case BeneficiaryColumn: return o.beneficiaryCode;
        case IssuedColumn: return QLocale().toString(o.issuedOn, QLocale::ShortFormat);
        case DevelopmentColumn: return o.developmentHt.toString();
        default: return {};
        }
    default:
        return {};
    }
}

QVariant UncontributedOrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderColumn: return tr("Order");
    case LotColumn: return tr("Lot");
    case BeneficiaryColumn: return tr("Beneficiary");
    case IssuedColumn: return tr("Issued on");
    case DevelopmentColumn: return tr("Development excl. VAT");
    default: return {};
    }
}

} // namespace Plafond
