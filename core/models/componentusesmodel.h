// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/component.h"
#include "domain/contribution.h"
#include "flattablemodel.h"

#include <QHash>
#include <QSet>

namespace Plafond {

struct Stores;

// The catalogue as one beneficiary declares its use: one row per component, the name column checkable
// (declared used or not), whether any lot covers it, and the date of the declaration. Checking does not
// write: the model asks (useChangeRequested) and the owner runs the undoable command, then reloads.
class ComponentUsesModel : public FlatTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CategoryColumn, CoveredColumn, DeclaredOnColumn, ColumnCount };
    enum Role { UsedRole = Qt::UserRole + 100, CoveredRole };

    explicit ComponentUsesModel(QObject *parent = nullptr);

    void reload(Stores &stores, Id beneficiaryId);
    void clear();
    Id beneficiaryId() const { return m_beneficiaryId; }
    // The stored declaration of a component by the beneficiary, if any.
    std::optional<ComponentUse> use(Id componentId) const;
    int rowOfComponent(Id componentId) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void useChangeRequested(Id componentId, bool used);

protected:
    int rows() const override { return int(m_components.size()); }
    int columns() const override { return ColumnCount; }
    QStringList columnHeaders() const override;

private:
    Id m_beneficiaryId = 0;
    QList<Component> m_components;
    QHash<Id, ComponentUse> m_uses; // by component
    QSet<Id> m_covered;
};

} // namespace Plafond
