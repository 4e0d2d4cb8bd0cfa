// SPDX-License-Identifier: GPL-3.0-or-later
#include "componentusesmodel.h"

#include "roles.h"
#include "storage/stores.h"

#include <QLocale>

namespace Plafond {

ComponentUsesModel::ComponentUsesModel(QObject *parent)
    : FlatTableModel(parent)
{
}

void ComponentUsesModel::reload(Stores &stores, Id beneficiaryId)
{
    beginResetModel();
    m_beneficiaryId = beneficiaryId;
    m_components = beneficiaryId ? stores.components.components().value() : QList<Component>();
    m_uses.clear();
    m_covered.clear();
    if (beneficiaryId) {
        for (const ComponentUse &use : stores.components.componentUses(beneficiaryId))
            m_uses.insert(use.componentId, use);
        for (const auto &pair : stores.components.componentLots())
            m_covered.insert(pair.first);
    }
    endResetModel();
}

void ComponentUsesModel::clear()
{
    beginResetModel();
    m_beneficiaryId = 0;
    m_components.clear();
    m_uses.clear();
    m_covered.clear();
    endResetModel();
}

std::optional<ComponentUse> ComponentUsesModel::use(Id componentId) const
{
    const auto it = m_uses.constFind(componentId);
    if (it == m_uses.cend())
        return std::nullopt;
    return *it;
}

int ComponentUsesModel::rowOfComponent(Id componentId) const
{
    for (int row = 0; row < m_components.size(); ++row) {
        if (m_components.at(row).id == componentId)
            return row;
    }
    return -1;
}

QVariant ComponentUsesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Component &c = m_components.at(index.row());
    const auto use = m_uses.constFind(c.id);
    const bool used = use != m_uses.cend();
    const bool covered = m_covered.contains(c.id);
    switch (role) {
    case IdRole:
        return c.id;
    case UsedRole:
        return used;
    case CoveredRole:
        return covered;
    case Qt::CheckStateRole:
        if (index.column() == NameColumn)
            return used ? Qt::Checked : Qt::Unchecked;
        return {};
    case SortRole:
        if (index.column() == DeclaredOnColumn)
            return used ? use->declaredOn.toJulianDay() : qint64(0);
        return data(index, Qt::DisplayRole).toString().toLower();
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return c.name;
        case CategoryColumn: return c.category;
        case CoveredColumn: return covered ? tr("Covered") : tr("Not covered");
        case DeclaredOnColumn:
            return used && use->declaredOn.isValid() ? QLocale().toString(use->declaredOn, QLocale::ShortFormat) : QString();
        default: return {};
        }
    default:
        return {};
    }
}

bool ComponentUsesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != NameColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Id componentId = m_components.at(index.row()).id;
    const bool used = value.toInt() == Qt::Checked;
    if (used == m_uses.contains(componentId))
        return false;
    emit useChangeRequested(componentId, used);
    return true;
}

Qt::ItemFlags ComponentUsesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QStringList ComponentUsesModel::columnHeaders() const
{
    return {tr("Declared used"), tr("Category"), tr("Coverage"), tr("Declared on")};
}

} // namespace Plafond
