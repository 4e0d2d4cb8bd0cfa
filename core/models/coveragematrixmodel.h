// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/component.h"
#include "flattablemodel.h"

#include <QSet>

namespace Plafond {

struct Stores;

// The component × lot coverage matrix: one row per catalogued component, a name column then one checkable
// column per lot (of one contract, or of every contract). Read in three queries whatever the catalogue size.
// Checking a cell does not write: the model asks (coverageChangeRequested) and the view's owner runs the
// undoable command, after which the model is reloaded.
class CoverageMatrixModel : public FlatTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, FirstLotColumn };

    explicit CoverageMatrixModel(QObject *parent = nullptr);

    // contractId 0: the lots of every contract.
    void reload(Stores &stores, Id contractId);
    void clear();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOfComponent(Id componentId) const;
    int columnOfLot(Id lotId) const;
    Id lotIdOfColumn(int column) const; // 0 for the name column
    // How many components a lot covers (the matrix summary per lot).
    int coveredCount(Id lotId) const;

signals:
    void coverageChangeRequested(Id componentId, Id lotId, bool covered);

protected:
    int rows() const override { return int(m_components.size()); }
    int columns() const override { return FirstLotColumn + int(m_lots.size()); }

private:
    struct LotColumn
    {
        Id id = 0;
        QString name;
    };
    QList<Component> m_components;
    QList<LotColumn> m_lots;
    QSet<QPair<Id, Id>> m_covered; // (component, lot)
};

} // namespace Plafond
