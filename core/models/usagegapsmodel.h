// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columntablemodel.h"
#include "domain/contribution.h"


namespace Plafond {

struct Stores;

// The "used but not covered" gap list: the (beneficiary, component) pairs a beneficiary declares it uses
// whose component no lot of any contract covers (ComponentStore::uncoveredUses). Three queries.
class UsageGapsModel : public ColumnTableModel
{
    Q_OBJECT
public:
    enum Column { BeneficiaryColumn, BeneficiaryNameColumn, ComponentColumn, DeclaredOnColumn, NoteColumn, ColumnCount };

    explicit UsageGapsModel(QObject *parent = nullptr);

    void reload(Stores &stores);
    void clear();


protected:
    int rows() const override { return int(m_gaps.size()); }

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
