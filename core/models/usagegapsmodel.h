// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/contribution.h"

#include <QAbstractTableModel>

namespace Plafond {

struct Stores;

// The "used but not covered" gap list: the (beneficiary, component) pairs a beneficiary declares it uses
// whose component no lot of any contract covers (Stores::uncoveredUses). Three queries.
class UsageGapsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { BeneficiaryColumn, BeneficiaryNameColumn, ComponentColumn, DeclaredOnColumn, NoteColumn, ColumnCount };

    explicit UsageGapsModel(QObject *parent = nullptr);

    void reload(Stores &stores);
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Gap
    {
        ComponentUse use;
        QString beneficiaryCode;
        QString beneficiaryName;
        QString componentName;
    };
    QList<Gap> m_gaps;
};

} // namespace Plafond
