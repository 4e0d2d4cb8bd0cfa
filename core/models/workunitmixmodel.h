// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columntablemodel.h"
#include "engine/consumption.h"
#include "roles.h"

namespace Plafond {

// The work-unit mix: what was ordered of each work unit, its share of the amount ordered, and its quantity
// against its budget (all years). On a lot, one row per work unit of the lot. On a contract, one row per
// work-unit code, its lots summed: the lots of a contract share one list of work units (the seven of the MEF
// contract), and six rows per unit would not read as a mix.
// ChartValueRole: amounts in thousands of euros, quantities in units, percentages in percent.
class WorkUnitMixModel : public ColumnTableModel
{
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        LabelColumn,
        OrderedAmountColumn,
        OrderedQuantityColumn,
        BudgetQuantityColumn,
        ShareColumn,           // of the amount ordered on every row
        PercentOfBudgetColumn, // ordered quantity against the budget
        ColumnCount
    };
    Q_ENUM(Column)

    struct Row
    {
        Id workUnitId = 0; // 0 when the row sums the units of several lots
        Id lotId = 0;      // 0 likewise
        QString code;
        QString labelFr, labelEn;
        Money ordered;
        qint64 orderedQuantityMilli = 0;
        std::optional<qint64> budgetQuantityMilli; // none when no unit of the row has a budget
        // Ordered quantity in hundredths of a percent of the budget; none without a budget.
        std::optional<qint64> percentOfBudgetHundredths() const;
    };

    explicit WorkUnitMixModel(QObject *parent = nullptr);

    void setConsumption(const ContractConsumption &consumption, Id lotId = 0);
    void clear();

    const Row &workUnit(int row) const { return m_rows.at(row); }
    Money total() const { return m_total; }


protected:
    int rows() const override { return int(m_rows.size()); }

private:
    static QString label(const Row &row); // in the language of the interface

    QList<Row> m_rows;
    Money m_total;
};

} // namespace Plafond
