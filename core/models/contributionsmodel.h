// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columntablemodel.h"
#include "domain/contribution.h"


namespace Plafond {

struct Stores;

// The upstream contributions of one contract's development order lines (every contract when 0): order,
// work unit, component, state, date and address. Three queries.
class ContributionsModel : public ColumnTableModel
{
    Q_OBJECT
public:
    enum Column { OrderColumn, WorkUnitColumn, ComponentColumn, StateColumn, DateColumn, UrlColumn, ColumnCount };
    enum Role { OrderIdRole = Qt::UserRole + 100, OrderLineIdRole };

    explicit ContributionsModel(QObject *parent = nullptr);

    void reload(Stores &stores, Id contractId);
    void clear();
    const QList<Contribution> &contributions() const { return m_contributions; }


protected:
    int rows() const override { return int(m_contributions.size()); }

private:
    QList<Contribution> m_contributions;
    QHash<Id, DevelopmentLine> m_lines; // by order line
    QHash<Id, QString> m_componentNames;
};

} // namespace Plafond
