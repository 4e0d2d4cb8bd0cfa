// SPDX-License-Identifier: GPL-3.0-or-later
#include "ministryspendingmodel.h"

#include "dashboardvalues.h"

#include <QLocale>

#include <algorithm>

namespace Plafond {

MinistrySpendingModel::MinistrySpendingModel(QObject *parent)
    : ColumnTableModel(parent)
{
    const auto row = [this](int r) -> const Row & { return m_rows.at(r); };
    const auto ordered = [row](int r) { return row(r).ordered; };
    setColumns({
        {[] { return tr("Ministry"); },
         {{Qt::DisplayRole, [row](int r) { return row(r).beneficiaryId ? row(r).code : tr("Others"); }},
          {Qt::ToolTipRole, [this](int r) { return data(index(r, NameColumn), Qt::DisplayRole); }},
          {SortRole, [row](int r) { return row(r).code; }}}},
        {[] { return tr("Name"); },
         {{Qt::DisplayRole,
           [row](int r) {
               return row(r).beneficiaryId ? row(r).name
                                           : tr("%n other beneficiary(ies)", nullptr, row(r).othersCount);
           }},
          {SortRole, [row](int r) { return row(r).name; }}}},
        amountColumn([] { return tr("Ordered"); }, ordered),
        shareColumn([] { return tr("Share"); }, ordered, [this] { return m_total; }),
    });
    const Value id = [row](int r) { return row(r).beneficiaryId; };
    setRowRoles({{IdRole, id}, {BeneficiaryIdRole, id}});
}

void MinistrySpendingModel::setTopCount(int count)
{
    m_topCount = std::max(1, count);
}

void MinistrySpendingModel::setConsumption(const ContractConsumption &consumption, Id lotId)
{
    const QList<BeneficiaryConsumption> *beneficiaries = &consumption.beneficiaries;
    for (const LotConsumption &lot : consumption.lots) {
        if (lotId && lot.lotId == lotId)
            beneficiaries = &lot.beneficiaries;
    }
    QList<Row> ministries;
    for (const BeneficiaryConsumption &b : *beneficiaries) {
        if (b.parentId == 0 && b.rolledUp.orderedHt.cents() > 0)
            ministries << Row{b.beneficiaryId, b.code, b.name, b.rolledUp.orderedHt, 0};
    }
    // Largest first; equal amounts by code, so that the order does not depend on the engine's.
    std::sort(ministries.begin(), ministries.end(), [](const Row &a, const Row &b) {
        return a.ordered != b.ordered ? a.ordered > b.ordered : a.code < b.code;
    });
    const Money total = orderedTotal(ministries);
    if (ministries.size() > m_topCount) {
        Row others;
        for (qsizetype i = m_topCount; i < ministries.size(); ++i) {
            others.ordered = Money::fromCents(others.ordered.cents() + ministries.at(i).ordered.cents());
            ++others.othersCount;
        }
        ministries.resize(m_topCount);
        ministries << others;
    }
    replaceRows(int(ministries.size()), [&] {
        m_rows = std::move(ministries);
        m_total = total;
    });
}

void MinistrySpendingModel::clear()
{
    replaceRows(0, [this] {
        m_rows.clear();
        m_total = Money();
    });
}

} // namespace Plafond
