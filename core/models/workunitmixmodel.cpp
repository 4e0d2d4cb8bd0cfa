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
    : ColumnTableModel(parent)
{
    const auto row = [this](int r) -> const Row & { return m_rows.at(r); };
    const auto ordered = [row](int r) { return row(r).ordered; };
    setColumns({
        {[] { return tr("Work unit"); },
         {{Qt::DisplayRole, [row](int r) { return row(r).code; }}, {SortRole, [row](int r) { return row(r).code; }}}},
        {[] { return tr("Label"); },
         {{Qt::DisplayRole, [row](int r) { return label(row(r)); }}, {SortRole, [row](int r) { return label(row(r)); }}}},
        amountColumn([] { return tr("Ordered"); }, ordered),
        {[] { return tr("Quantity ordered"); },
         {{Qt::DisplayRole, [row](int r) { return Quantity::fromMilli(row(r).orderedQuantityMilli).toString(QLocale()); }},
          {SortRole, [row](int r) { return row(r).orderedQuantityMilli; }},
          {ChartValueRole, [row](int r) { return DashboardValues::units(row(r).orderedQuantityMilli); }}},
         alignRight()},
        {[] { return tr("Budget"); },
         {{Qt::DisplayRole,
           [row](int r) {
               const std::optional<qint64> &budget = row(r).budgetQuantityMilli;
               return budget ? Quantity::fromMilli(*budget).toString(QLocale()) : QString();
           }},
          {Qt::ToolTipRole,
           [row](int r) {
               return row(r).budgetQuantityMilli ? QVariant() : QVariant(tr("No budget is set for this work unit."));
           }},
          {SortRole, [row](int r) { return row(r).budgetQuantityMilli.value_or(-1); }},
          {ChartValueRole, [row](int r) { return DashboardValues::units(row(r).budgetQuantityMilli.value_or(0)); }}},
         alignRight()},
        shareColumn([] { return tr("Share of the amount"); }, ordered, [this] { return m_total; }),
        {[] { return tr("Budget used"); },
         {{Qt::DisplayRole,
           [row](int r) {
               const std::optional<qint64> percent = row(r).percentOfBudgetHundredths();
               return percent ? DashboardValues::percentText(*percent, QLocale()) : QString();
           }},
          {SortRole, [row](int r) { return row(r).percentOfBudgetHundredths().value_or(-1); }},
          {ChartValueRole,
           [row](int r) {
               return DashboardValues::percent(row(r).orderedQuantityMilli, row(r).budgetQuantityMilli.value_or(0));
           }}},
         alignRight()},
    });
    setRowRoles({{IdRole, [row](int r) { return row(r).workUnitId; }}, {LotIdRole, [row](int r) { return row(r).lotId; }}});
}

QString WorkUnitMixModel::label(const Row &row)
{
    const QLocale locale;
    return locale.language() == QLocale::French || row.labelEn.isEmpty() ? row.labelFr : row.labelEn;
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
    const Money total = orderedTotal(rows);
    replaceRows(int(rows.size()), [&] {
        m_rows = std::move(rows);
        m_total = total;
    });
}

void WorkUnitMixModel::clear()
{
    replaceRows(0, [this] {
        m_rows.clear();
        m_total = Money();
    });
}

} // namespace Plafond
