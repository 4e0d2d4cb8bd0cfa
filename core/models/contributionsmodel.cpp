// SPDX-License-Identifier: GPL-3.0-or-later
#include "contributionsmodel.h"

#include "roles.h"
#include "storage/stores.h"

#include <QLocale>

namespace Plafond {

ContributionsModel::ContributionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ContributionsModel::reload(Stores &stores, Id contractId)
{
    beginResetModel();
    m_contributions = stores.components.contributions(contractId).value();
    m_lines.clear();
    for (const DevelopmentLine &line : stores.components.developmentLines(contractId))
        m_lines.insert(line.orderLineId, line);
    m_componentNames.clear();
    for (const Component &c : stores.components.components())
        m_componentNames.insert(c.id, c.name);
    endResetModel();
}

void ContributionsModel::clear()
{
    beginResetModel();
    m_contributions.clear();
    m_lines.clear();
    m_componentNames.clear();
    endResetModel();
}

int ContributionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_contributions.size());
}

int ContributionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContributionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contribution &k = m_contributions.at(index.row());
    const DevelopmentLine line = m_lines.value(k.orderLineId);
    switch (role) {
    case IdRole:
        return k.id;
    case OrderIdRole:
        return line.orderId;
    case OrderLineIdRole:
        return k.orderLineId;
    case StatusRole:
        return int(k.state);
    case SortRole:
        if (index.column() == DateColumn)
            return k.stateOn.toJulianDay();
        return data(index, Qt::DisplayRole).toString().toLower();
    case Qt::DisplayRole:
        switch (index.column()) {
        case OrderColumn: return line.orderNumber;
        case WorkUnitColumn: return line.workUnitCode;
        case ComponentColumn: return m_componentNames.value(k.componentId);
        case StateColumn: return Contribution::stateName(k.state);
        case DateColumn: return QLocale().toString(k.stateOn, QLocale::ShortFormat);
        case UrlColumn: return k.url;
        default: return {};
        }
    default:
        return {};
    }
}

QVariant ContributionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderColumn: return tr("Order");
    case WorkUnitColumn: return tr("Work unit");
    case ComponentColumn: return tr("Component");
    case StateColumn: return tr("State");
    case DateColumn: return tr("Date");
    case UrlColumn: return tr("Address");
    default: return {};
    }
}

} // namespace Plafond
