// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/component.h"
#include "flattablemodel.h"

#include <QHash>
#include <QSortFilterProxyModel>

namespace Plafond {

struct Stores;

// The component catalogue, one row per component, with the lots that cover it. Read in three queries
// (components, coverage pairs, lots of every contract), whatever the size of the catalogue.
class ComponentsModel : public FlatTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SillIdColumn, CategoryColumn, LicenceColumn, VersionsColumn, StatusColumn, LotsColumn,
                  ColumnCount };
    // Raw values beyond the shared roles (roles.h).
    enum Role { CoveredRole = Qt::UserRole + 100, CoveringLotsRole, CategoryRole };

    explicit ComponentsModel(QObject *parent = nullptr);

    void reload(Stores &stores);
    void clear();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const QList<Component> &components() const { return m_components; }
    // "ACIM-2012 lot 1" for every lot that covers at least one component, by identifier.
    QHash<Id, QString> lotNames() const { return m_lotNames; }

protected:
    int rows() const override { return int(m_components.size()); }
    int columns() const override { return ColumnCount; }
    QStringList columnHeaders() const override;

private:
    QList<Component> m_components;
    QHash<Id, QList<Id>> m_lotsOfComponent;
    QHash<Id, QString> m_lotNames;
};

// Filters the catalogue on coverage, covering lot and category; sorts on the raw text.
class ComponentsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Coverage { Any, Covered, NotCovered };

    explicit ComponentsFilterProxy(QObject *parent = nullptr);

    void setCoverage(Coverage coverage);
    void setLotId(Id lotId); // 0: any lot
    void setCategory(const QString &category); // empty: any category

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Coverage m_coverage = Coverage::Any;
    Id m_lotId = 0;
    QString m_category;
};

} // namespace Plafond
