// SPDX-License-Identifier: GPL-3.0-or-later
#include "ministryspendingmodel.h"

#include "dashboardvalues.h"

#include <QLocale>

#include <algorithm>

namespace Plafond {

MinistrySpendingModel::MinistrySpendingModel(QObject *parent)
    : ConsumptionTableModel(parent)
{
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
    qint64 total = 0;
    for (const Row &r : std::as_const(ministries))
        total += r.ordered.cents();
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
        m_total = Money::fromCents(total);
    });
}

void MinistrySpendingModel::clear()
{
    replaceRows(0, [this] {
        m_rows.clear();
        m_total = Money();
    });
}

QVariant MinistrySpendingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    const QLocale locale;
    const std::optional<qint64> share = DashboardValues::percentHundredths(r.ordered.cents(), m_total.cents());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CodeColumn: return r.beneficiaryId ? r.code : tr("Others");
        case NameColumn:
            return r.beneficiaryId ? r.name : tr("%n other beneficiary(ies)", nullptr, r.othersCount);
        case OrderedColumn: return r.ordered.toString(locale);
        case ShareColumn: return DashboardValues::percentText(share.value_or(0), locale);
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == CodeColumn)
            return data(index.siblingAtColumn(NameColumn), Qt::DisplayRole);
        return {};
    case Qt::TextAlignmentRole:
        return column == OrderedColumn || column == ShareColumn
            ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case IdRole:
    case BeneficiaryIdRole:
        return r.beneficiaryId;
    case CentsRole:
        return column == OrderedColumn ? QVariant(r.ordered.cents()) : QVariant();
    case SortRole:
        switch (column) {
        case CodeColumn: return r.code;
        case NameColumn: return r.name;
        case OrderedColumn: return r.ordered.cents();
        case ShareColumn: return share.value_or(0);
        case ColumnCount: break;
        }
        return {};
    case ChartValueRole:
        if (column == OrderedColumn)
            return DashboardValues::kiloEuros(r.ordered);
        if (column == ShareColumn)
            return DashboardValues::percent(r.ordered.cents(), m_total.cents());
        return {};
    default:
        return {};
    }
}

QVariant MinistrySpendingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return ConsumptionTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case CodeColumn: return tr("Ministry");
    case NameColumn: return tr("Name");
    case OrderedColumn: return tr("Ordered");
    case ShareColumn: return tr("Share");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Plafond
