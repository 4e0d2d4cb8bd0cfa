// SPDX-License-Identifier: GPL-3.0-or-later
#include "lotconsumptionmodel.h"

#include "dashboardvalues.h"

#include <QLocale>

namespace Plafond {

LotConsumptionModel::LotConsumptionModel(QObject *parent)
    : ColumnTableModel(parent)
{
    const auto lot = [this](int r) -> const LotConsumption & { return m_lots.at(r); };
    // Every amount column shows, sorts and charts its amount the same way.
    const auto amountColumn = [lot](std::function<QString()> header, Column column) {
        const auto money = [lot, column](int r) { return amount(lot(r), column); };
        QHash<int, Value> roles{
            {Qt::DisplayRole, [money](int r) { return money(r) ? money(r)->toString(QLocale()) : QString(); }},
            {CentsRole, [money](int r) { return money(r) ? QVariant(money(r)->cents()) : QVariant(); }},
            {SortRole, [money](int r) { return money(r) ? QVariant(money(r)->cents()) : QVariant(); }}};
        if (column != MaximumColumn) {
            roles.insert(ChartValueRole, [lot, money](int r) {
                return money(r) ? QVariant(DashboardValues::percent(money(r)->cents(), lot(r).ceiling.maximum.cents()))
                                : QVariant();
            });
        }
        return ColumnTableModel::Column{std::move(header), roles, alignRight()};
    };
    setColumns({
        {[] { return tr("Lot"); },
         {{Qt::DisplayRole, [lot](int r) { return tr("Lot %1").arg(QLocale().toString(lot(r).number)); }},
          {Qt::ToolTipRole, [lot](int r) { return lot(r).title; }},
          {SortRole, [lot](int r) { return lot(r).number; }}}},
        amountColumn([] { return tr("Maximum"); }, MaximumColumn),
        amountColumn([] { return tr("Ordered"); }, OrderedColumn),
        amountColumn([] { return tr("Paid"); }, PaidColumn),
        amountColumn([] { return tr("Invoiced, not paid"); }, InvoicedNotPaidColumn),
        amountColumn([] { return tr("Done, not invoiced"); }, DoneNotInvoicedColumn),
        amountColumn([] { return tr("Ordered, not done"); }, OrderedNotDoneColumn),
        amountColumn([] { return tr("Remaining"); }, RemainingColumn),
        {[] { return tr("Consumed"); },
         {{Qt::DisplayRole,
           [lot](int r) { return DashboardValues::percentText(lot(r).ceiling.percentHundredths, QLocale()); }},
          {SortRole, [lot](int r) { return lot(r).ceiling.percentHundredths; }},
          {ChartValueRole, [lot](int r) { return double(lot(r).ceiling.percentHundredths) / 100.0; }}},
         alignRight()},
    });
    const Value id = [lot](int r) { return lot(r).lotId; };
    setRowRoles({{IdRole, id}, {LotIdRole, id}});
}

void LotConsumptionModel::setConsumption(const ContractConsumption &consumption, Id lotId)
{
    QList<LotConsumption> lots;
    for (const LotConsumption &lot : consumption.lots) {
        if (!lotId || lot.lotId == lotId)
            lots << lot;
    }
    replaceRows(int(lots.size()), [&] { m_lots = std::move(lots); });
}

void LotConsumptionModel::clear()
{
    replaceRows(0, [this] { m_lots.clear(); });
}

std::optional<Money> LotConsumptionModel::amount(const LotConsumption &lot, Column column)
{
    const StepAmounts &a = lot.amounts;
    const auto minus = [](Money x, Money y) { return Money::fromCents(x.cents() - y.cents()); };
    switch (column) {
    case MaximumColumn: return lot.ceiling.maximum;
    case OrderedColumn: return a.orderedHt;
    case PaidColumn: return a.paidHt;
    case InvoicedNotPaidColumn: return minus(a.invoicedHt, a.paidHt);
    case DoneNotInvoicedColumn: return minus(a.doneHt, a.invoicedHt);
    case OrderedNotDoneColumn: return minus(a.orderedHt, a.doneHt);
    case RemainingColumn: return lot.ceiling.remaining;
    case LotColumn:
    case PercentColumn:
    case ColumnCount: break;
    }
    return std::nullopt;
}

} // namespace Plafond
