// SPDX-License-Identifier: GPL-3.0-or-later
#include "componentsmodel.h"

#include "roles.h"
#include "storage/stores.h"

namespace Plafond {

ComponentsModel::ComponentsModel(QObject *parent)
    : FlatTableModel(parent)
{
}

void ComponentsModel::reload(Stores &stores)
{
    beginResetModel();
    m_components = stores.components.components().value();
    m_lotsOfComponent.clear();
    for (const auto &pair : stores.components.componentLots())
        m_lotsOfComponent[pair.first] << pair.second;
    m_lotNames.clear();
    for (const Contract &contract : stores.contracts.contracts()) {
        for (const Lot &lot : stores.contracts.lots(contract.id))
            m_lotNames.insert(lot.id, tr("%1 lot %2").arg(contract.reference, QString::number(lot.number)));
    }
    endResetModel();
}

void ComponentsModel::clear()
{
    beginResetModel();
    m_components.clear();
    m_lotsOfComponent.clear();
    m_lotNames.clear();
    endResetModel();
}

QVariant ComponentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Component &c = m_components.at(index.row());
    const QList<Id> lots = m_lotsOfComponent.value(c.id);
    switch (role) {
    case IdRole:
        return c.id;
    case CoveredRole:
        return !lots.isEmpty();
    case CoveringLotsRole:
        return QVariant::fromValue(lots);
    case CategoryRole:
        return c.category;
    case SortRole:
        // The SILL identifier sorts as the number it is.
        if (index.column() == SillIdColumn)
            return c.sillId.toLongLong();
        return data(index, Qt::DisplayRole).toString().toLower();
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return c.name;
        case SillIdColumn: return c.sillId;
        case CategoryColumn: return c.category;
        case LicenceColumn: return c.licence;
        case VersionsColumn:
            if (c.versionMax.isEmpty())
                return c.versionMin;
            return tr("%1 to %2").arg(c.versionMin, c.versionMax);
        case StatusColumn:
            if (c.status == QLatin1String("R"))
                return tr("Recommended");
            if (c.status == QLatin1String("O"))
                return tr("In observation");
            if (c.status == QLatin1String("FR"))
                return tr("No longer recommended");
            return c.status;
        case LotsColumn: {
            QStringList names;
            for (const Id lot : lots)
                names << m_lotNames.value(lot);
            names.sort();
            return names.join(QStringLiteral(", "));
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !c.function.isEmpty())
            return c.function;
        break;
    default:
        break;
    }
    return {};
}

QStringList ComponentsModel::columnHeaders() const
{
    return {tr("Component"), tr("SILL id"), tr("Category"), tr("Licence"), tr("Versions"), tr("Status"),
            tr("Covered by")};
}

ComponentsFilterProxy::ComponentsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void ComponentsFilterProxy::setCoverage(Coverage coverage)
{
    m_coverage = coverage;
    invalidateFilter();
}

void ComponentsFilterProxy::setLotId(Id lotId)
{
    m_lotId = lotId;
    invalidateFilter();
}

void ComponentsFilterProxy::setCategory(const QString &category)
{
    m_category = category;
    invalidateFilter();
}

bool ComponentsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool covered = index.data(ComponentsModel::CoveredRole).toBool();
    if (m_coverage == Coverage::Covered && !covered)
        return false;
    if (m_coverage == Coverage::NotCovered && covered)
        return false;
    if (m_lotId != 0 && !index.data(ComponentsModel::CoveringLotsRole).value<QList<Id>>().contains(m_lotId))
        return false;
    if (!m_category.isEmpty() && index.data(ComponentsModel::CategoryRole).toString() != m_category)
        return false;
    return true;
}

} // namespace Plafond
