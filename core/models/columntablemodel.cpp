// SPDX-License-Identifier: GPL-3.0-or-later
#include "columntablemodel.h"

#include "dashboardvalues.h"

#include <QLocale>

namespace Plafond {

QVariant ColumnTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Column &column = m_columns.at(index.column());
    if (const auto value = column.roles.constFind(role); value != column.roles.constEnd())
        return (*value)(index.row());
    if (role == Qt::TextAlignmentRole)
        return column.alignment;
    if (const auto value = m_rowRoles.constFind(role); value != m_rowRoles.constEnd())
        return (*value)(index.row());
    return {};
}

QVariant ColumnTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return ConsumptionTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= m_columns.size() || !m_columns.at(section).header)
        return {};
    return m_columns.at(section).header();
}

ColumnTableModel::Column ColumnTableModel::amountColumn(std::function<QString()> header,
                                                        std::function<Money(int row)> amount)
{
    return Column{std::move(header),
                  {{Qt::DisplayRole, [amount](int r) { return amount(r).toString(QLocale()); }},
                   {CentsRole, [amount](int r) { return amount(r).cents(); }},
                   {SortRole, [amount](int r) { return amount(r).cents(); }},
                   {ChartValueRole, [amount](int r) { return DashboardValues::kiloEuros(amount(r)); }}},
                  alignRight()};
}

ColumnTableModel::Column ColumnTableModel::shareColumn(std::function<QString()> header,
                                                       std::function<Money(int row)> amount,
                                                       std::function<Money()> total)
{
    const auto hundredths = [amount, total](int r) {
        return DashboardValues::percentHundredths(amount(r).cents(), total().cents()).value_or(0);
    };
    return Column{std::move(header),
                  {{Qt::DisplayRole,
                    [hundredths](int r) { return DashboardValues::percentText(hundredths(r), QLocale()); }},
                   {SortRole, [hundredths](int r) { return hundredths(r); }},
                   {ChartValueRole,
                    [amount, total](int r) { return DashboardValues::percent(amount(r).cents(), total().cents()); }}},
                  alignRight()};
}

} // namespace Plafond
