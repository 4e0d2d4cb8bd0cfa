// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columntablemodel.h"
#include "engine/consumption.h"
#include "roles.h"

namespace Plafond {

// One row per lot of a contract (or the one lot of a lot's dashboard): its maximum and what it has consumed.
// The four slice columns, paid / invoiced not paid / done not invoiced / ordered not done, are mutually
// exclusive: stacked, they add up to "ordered". ChartValueRole gives them, and remaining, in percent of the
// lot's maximum, which is how the consumption chart compares lots of very different sizes.
class LotConsumptionModel : public ColumnTableModel
{
    Q_OBJECT
public:
    enum Column {
        LotColumn,
        MaximumColumn,
        OrderedColumn,
        PaidColumn,
        InvoicedNotPaidColumn,
        DoneNotInvoicedColumn,
        OrderedNotDoneColumn,
        RemainingColumn,
        PercentColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit LotConsumptionModel(QObject *parent = nullptr);

    // Every lot of the contract, or only `lotId`.
    void setConsumption(const ContractConsumption &consumption, Id lotId = 0);
    void clear();

    const LotConsumption &lot(int row) const { return m_lots.at(row); }
    // The amount a column stands for (none for the lot and percent columns).
    static std::optional<Money> amount(const LotConsumption &lot, Column column);


protected:
    int rows() const override { return int(m_lots.size()); }

private:
    QList<LotConsumption> m_lots;
};

} // namespace Plafond
