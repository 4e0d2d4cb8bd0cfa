// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagegapsmodel.h"

#include "roles.h"
#include "storage/stores.h"

#include <QHash>
#include <QLocale>

namespace Plafond {

UsageGapsModel::UsageGapsModel(QObject *parent)
    : ColumnTableModel(parent)
{
    const auto gap = [this](int r) -> const Gap & { return m_gaps.at(r); };
    const auto declaredOn = [gap](int r) { return gap(r).use.declaredOn; };
    setColumns({
        textColumn([] { return tr("Beneficiary"); }, [gap](int r) { return gap(r).beneficiaryCode; }),
        textColumn([] { return tr("Name"); }, [gap](int r) { return gap(r).beneficiaryName; }),
        textColumn([] { return tr("Component used, not covered"); }, [gap](int r) { return gap(r).componentName; }),
        {[] { return tr("Declared on"); },
         {{Qt::DisplayRole,
           [declaredOn](int r) {
               return declaredOn(r).isValid() ? QLocale().toString(declaredOn(r), QLocale::ShortFormat) : QString();
           }},
          {SortRole, [declaredOn](int r) { return declaredOn(r).isValid() ? declaredOn(r).toJulianDay() : qint64(0); }}}},
        textColumn([] { return tr("Note"); }, [gap](int r) { return gap(r).use.note; }),
    });
    setRowRoles({{IdRole, [gap](int r) { return gap(r).use.componentId; }},
                 {BeneficiaryIdRole, [gap](int r) { return gap(r).use.beneficiaryId; }}});
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

} // namespace Plafond
