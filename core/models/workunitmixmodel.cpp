// SPDX-License-Identifier: GPL-3.0-or-later
#include "workunitmixmodel.h"

#include "dashboardvalues.h"
#include "domain/money.h"

#include <QLocale>

namespace Plafond {

std::optional<qint64> WorkUnitMixModel::Row::percentOfBudgetHundredths() const
{
    if (!budgetQuantityMilli)
        return std::nullopt;
    return DashboardValues::percentHundredths(orderedQuantityMilli, *budgetQuantityMilli);
}

WorkUnitMixModel::WorkUnitMixModel(QObject *parent)
    : ConsumptionTableModel(parent)
{
}

void WorkUnitMixModel::setConsumption(const ContractConsumption &consumption, Id lotId)
{
    QList<Row> rows;
    for (const WorkUnitConsumption &unit : consumption.workUnits) {
        if (lotId && unit.lotId != lotId)
            continue;
        Row *row = nullptr;
        if (!lotId) {
            // In the order the engine lists them (lot number, then code): the first lot's order of the codes.
            for (Row &r : rows) {
                if (r.code == unit.code)
                    row = &r;
            }
        }
        if (!row) {
            rows << Row{unit.workUnitId, unit.lotId, unit.code, unit.labelFr, unit.labelEn, Money(), 0, std::nullopt};
            row = &rows.last();
        } else {
            row->workUnitId = 0;
            row->lotId = 0;
        }
        row->ordered = Money::fromCents(row->ordered.cents() + unit.orderedHt.cents());
        row->orderedQuantityMilli += unit.orderedQuantityMilli;
        if (unit.budgetQuantityMilli)
            row->budgetQuantityMilli = row->budgetQuantityMilli.value_or(0) + *unit.budgetQuantityMilli;
    }
    qint64 total = 0;
    for (const Row &r : std::as_const(rows))
        total += r.ordered.cents();
    replaceRows(int(rows.size()), [&] {
        m_rows = std::move(rows);
        m_total = Money::fromCents(total);
    });
}

void WorkUnitMixModel::clear()
{
    replaceRows(0, [this] {
        m_rows.clear();
        m_total = Money();
    });
}

QVariant WorkUnitMixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    const QLocale locale;
    const std::optional<qint64> percent = r.percentOfBudgetHundredths();
    const std::optional<qint64> share = DashboardValues::percentHundredths(r.ordered.cents(), m_total.cents());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CodeColumn: return r.code;
        case LabelColumn:
            return locale.language() == QLocale::French || r.labelEn.isEmpty() ? r.labelFr : r.labelEn;
        case OrderedAmountColumn: return r.ordered.toString(locale);
        case OrderedQuantityColumn: return Quantity::fromMilli(r.orderedQuantityMilli).toString(locale);
        case BudgetQuantityColumn:
            return r.budgetQuantityMilli ? Quantity::fromMilli(*r.budgetQuantityMilli).toString(locale) : QString();
        case ShareColumn: return DashboardValues::percentText(share.value_or(0), locale);
        case PercentOfBudgetColumn: return percent ? DashboardValues::percentText(*percent, locale) : QString();
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == BudgetQuantityColumn && !r.budgetQuantityMilli)
            return tr("No budget is set for this work unit.");
        return {};
    case Qt::TextAlignmentRole:
        return column == CodeColumn || column == LabelColumn ? QVariant()
                                                              : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case IdRole: return r.workUnitId;
    case LotIdRole: return r.lotId;
    case CentsRole: return column == OrderedAmountColumn ? QVariant(r.ordered.cents()) : QVariant();
    case SortRole:
        switch (column) {
        case CodeColumn: return r.code;
        case LabelColumn: return data(index, Qt::DisplayRole);
        case OrderedAmountColumn: return r.ordered.cents();
        case OrderedQuantityColumn: return r.orderedQuantityMilli;
        case BudgetQuantityColumn: return r.budgetQuantityMilli.value_or(-1);
        case ShareColumn: return share.value_or(0);
        case PercentOfBudgetColumn: return percent.value_or(-1);
        case ColumnCount: break;
        }
        return {};
    case ChartValueRole:
        switch (column) {
        case OrderedAmountColumn: return DashboardValues::kiloEuros(r.ordered);
        case OrderedQuantityColumn: return DashboardValues::units(r.orderedQuantityMilli);
        case BudgetQuantityColumn: return DashboardValues::units(r.budgetQuantityMilli.value_or(0));
        case ShareColumn: return DashboardValues::percent(r.ordered.cents(), m_total.cents());
        case PercentOfBudgetColumn:
            return DashboardValues::percent(r.orderedQuantityMilli, r.budgetQuantityMilli.value_or(0));
        case CodeColumn:
        case LabelColumn:
        case ColumnCount: break;
        }
        return {};
    default:
        return {};
    }
}

QVariant WorkUnitMixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return ConsumptionTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case CodeColumn: return tr("Work unit");
    case LabelColumn: return tr("Label");
    case OrderedAmountColumn: return tr("Ordered");
    case OrderedQuantityColumn: return tr("Quantity ordered");
    case BudgetQuantityColumn: return tr("Budget");
    case ShareColumn: return tr("Share of the amount");
    case PercentOfBudgetColumn: return tr("Budget used");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Plafond
