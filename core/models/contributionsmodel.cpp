// SPDX-License-Identifier: GPL-3.0-or-later
#include "contributionsmodel.h"

#include "roles.h"
#include "storage/stores.h"

#include <QLocale>

namespace Plafond {

ContributionsModel::ContributionsModel(QObject *parent)
    : ColumnTableModel(parent)
{
    const auto contribution = [this](int r) -> const Contribution & { return m_contributions.at(r); };
    const auto line = [this](int r) { return m_lines.value(m_contributions.at(r).orderLineId); };
    const auto stateOn = [contribution](int r) { return contribution(r).stateOn; };
    setColumns({
        textColumn([] { return tr("Order"); }, [line](int r) { return line(r).orderNumber; }),
        textColumn([] { return tr("Work unit"); }, [line](int r) { return line(r).workUnitCode; }),
        textColumn([] { return tr("Component"); },
                   [this, contribution](int r) { return m_componentNames.value(contribution(r).componentId); }),
        textColumn([] { return tr("State"); },
                   [contribution](int r) { return Contribution::stateName(contribution(r).state); }),
        {[] { return tr("Date"); },
         {{Qt::DisplayRole, [stateOn](int r) { return QLocale().toString(stateOn(r), QLocale::ShortFormat); }},
          {SortRole, [stateOn](int r) { return stateOn(r).toJulianDay(); }}}},
        textColumn([] { return tr("Address"); }, [contribution](int r) { return contribution(r).url; }),
    });
    setRowRoles({{IdRole, [contribution](int r) { return contribution(r).id; }},
                 {OrderIdRole, [line](int r) { return line(r).orderId; }},
                 {OrderLineIdRole, [contribution](int r) { return contribution(r).orderLineId; }},
                 {StatusRole, [contribution](int r) { return int(contribution(r).state); }}});
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

} // namespace Plafond
