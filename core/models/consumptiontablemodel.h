// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flattablemodel.h"

namespace Plafond {

// What the dashboard's models share: flat tables rebuilt from one ContractConsumption at a time.
class ConsumptionTableModel : public FlatTableModel
{
    Q_OBJECT
public:
    using FlatTableModel::FlatTableModel;

    // Texts depend on the language: tell the views (and the charts' series names) to fetch them again.
    void retranslate();

protected:
    // Replaces the rows with `assign`. When their number does not change (moving the as-of date, an edit),
    // the rows are updated in place with dataChanged: the chart mappers then keep their bar sets and the
    // views their selection, instead of rebuilding both on a reset.
    template <typename Assign>
    void replaceRows(int newCount, Assign assign)
    {
        if (newCount == rows()) {
            assign();
            if (newCount > 0)
                emit dataChanged(index(0, 0), index(newCount - 1, columns() - 1));
            return;
        }
        beginResetModel();
        assign();
        endResetModel();
    }
};

} // namespace Plafond
