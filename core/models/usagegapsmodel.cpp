// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagegapsmodel.h"

#include "roles.h"
#include "storage/stores.h"

#include <QHash>
#include <QLocale>

namespace Plafond {

UsageGapsModel::UsageGapsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void UsageGapsModel::reload(Stores &stores)
{
    beginResetModel();
    m_gaps.clear();
    QHash<Id, Beneficiary> beneficiaries;
    for (const Beneficiary &b : stores.catalogue.beneficiaries())
        beneficiaries.insert(b.id, b);
    QHash<Id, QString> componentNames;
    for (const Component &c : stores.components.components())
        componentNames.insert(c.id, c.name);
    for (const ComponentUse &use : stores.components.uncoveredUses()) {
        const Beneficiary b = beneficiaries.value(use.beneficiaryId);
        m_gaps << Gap{use, b.code, b.name, componentNames.value(use.componentId)};
    }
    endResetModel();
}

void UsageGapsModel::clear()
{
    beginResetModel();
    m_gaps.clear();
    endResetModel();
}

int UsageGapsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_gaps.size());
}

int UsageGapsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsageGapsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Gap &gap = m_gaps.at(index.row());
    switch (role) {
    case IdRole:
        return gap.use.componentId;
    case BeneficiaryIdRole:
        return gap.use.beneficiaryId;
    case SortRole:
        if (index.column() == DeclaredOnColumn)
            return gap.use.declaredOn.isValid() ? gap.use.declaredOn.toJulianDay() : qint64(0);
        return data(index, Qt::DisplayRole).toString().toLower();
    case Qt::DisplayRole:
        switch (index.column()) {
        case BeneficiaryColumn: return gap.beneficiaryCode;
        case BeneficiaryNameColumn: return gap.beneficiaryName;
        case ComponentColumn: return gap.componentName;
        case DeclaredOnColumn:
            return gap.use.declaredOn.isValid() ? QLocale().toString(gap.use.declaredOn, QLocale::ShortFormat) : QString();
        case NoteColumn: return gap.use.note;
        default: return {};
        }
    default:
        return {};
    }
}

QVariant UsageGapsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BeneficiaryColumn: return tr("Beneficiary");
    case BeneficiaryNameColumn: return tr("Name");
    case ComponentColumn: return tr("Component used, not covered");
    case DeclaredOnColumn: return tr("Declared on");
    case NoteColumn: return tr("Note");
    default: return {};
    }
}

} // namespace Plafond
