// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/contribution.h"

#include <QAbstractTableModel>

namespace Plafond {

struct Stores;

// The upstream contributions of one contract's development order lines (every contract when 0): order,
// work unit, component, state, date and address. Three queries.
class ContributionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { OrderColumn, WorkUnitColumn, ComponentColumn, StateColumn, DateColumn, UrlColumn, ColumnCount };
    enum Role { OrderIdRole = Qt::UserRole + 100, OrderLineIdRole };

    explicit ContributionsModel(QObject *parent = nullptr);

    void reload(Stores &stores, Id contractId);
    void clear();
    const QList<Contribution> &contributions() const { return m_contributions; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Contribution> m_contributions;
    QHash<Id, DevelopmentLine> m_lines; // by order line
    QHash<Id, QString> m_componentNames;
};

} // namespace Plafond
