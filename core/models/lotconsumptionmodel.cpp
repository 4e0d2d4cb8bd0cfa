// SPDX-License-Identifier: GPL-3.0-or-later
#include "lotconsumptionmodel.h"

#include "dashboardvalues.h"

#include <QLocale>

namespace Plafond {

LotConsumptionModel::LotConsumptionModel(QObject *parent)
    : ConsumptionTableModel(parent)
{
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

QVariant LotConsumptionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LotConsumption &lot = m_lots.at(index.row());
    const auto column = static_cast<Column>(index.column());
    const std::optional<Money> money = amount(lot, column);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        if (column == LotColumn)
            return tr("Lot %1").arg(locale.toString(lot.number));
        if (column == PercentColumn)
            return DashboardValues::percentText(lot.ceiling.percentHundredths, locale);
        return money ? money->toString(locale) : QString();
    case Qt::ToolTipRole:
        if (column == LotColumn)
            return lot.title;
        return {};
    case Qt::TextAlignmentRole:
        return column == LotColumn ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case IdRole:
    case LotIdRole:
        return lot.lotId;
    case CentsRole:
        return money ? QVariant(money->cents()) : QVariant();
    case SortRole:
        if (column == LotColumn)
            return lot.number;
        if (column == PercentColumn)
            return lot.ceiling.percentHundredths;
        return money ? QVariant(money->cents()) : QVariant();
    case ChartValueRole:
        if (column == PercentColumn)
            return double(lot.ceiling.percentHundredths) / 100.0;
        if (money && column != MaximumColumn)
            return DashboardValues::percent(money->cents(), lot.ceiling.maximum.cents());
        return {};
    default:
        return {};
    }
}

QVariant LotConsumptionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return ConsumptionTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case LotColumn: return tr("Lot");
    case MaximumColumn: return tr("Maximum");
    case OrderedColumn: return tr("Ordered");
    case PaidColumn: return tr("Paid");
    case InvoicedNotPaidColumn: return tr("Invoiced, not paid");
    case DoneNotInvoicedColumn: return tr("Done, not invoiced");
    case OrderedNotDoneColumn: return tr("Ordered, not done");
    case RemainingColumn: return tr("Remaining");
    case PercentColumn: return tr("Consumed");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Plafond
