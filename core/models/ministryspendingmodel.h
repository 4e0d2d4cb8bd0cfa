// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columntablemodel.h"
#include "engine/consumption.h"
#include "roles.h"

namespace Plafond {

// The top-level beneficiaries (ministries) by what they ordered, their directions and bodies included,
// largest first: the first topCount() of them, then one "Others" row (IdRole 0) for the rest. Beneficiaries
// that ordered nothing at the date are left out.
class MinistrySpendingModel : public ColumnTableModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, NameColumn, OrderedColumn, ShareColumn, ColumnCount };
    Q_ENUM(Column)

    struct Row
    {
        Id beneficiaryId = 0; // 0: the others
        QString code;
        QString name;
        Money ordered;
        int othersCount = 0; // how many beneficiaries the "Others" row sums
    };

    explicit MinistrySpendingModel(QObject *parent = nullptr);

    int topCount() const { return m_topCount; }
    void setTopCount(int count); // takes effect at the next setConsumption()

    // The contract's beneficiaries, or those of `lotId`.
    void setConsumption(const ContractConsumption &consumption, Id lotId = 0);
    void clear();

    const Row &ministry(int row) const { return m_rows.at(row); }
    Money total() const { return m_total; }

protected:
    int rows() const override { return int(m_rows.size()); }

private:
    QList<Row> m_rows;
    Money m_total; // of every row, the share's denominator
    int m_topCount = 8;
};

} // namespace Plafond
