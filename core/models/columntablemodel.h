// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consumptiontablemodel.h"
#include "domain/money.h"
#include "roles.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace Plafond {

// A flat table whose columns are each described once: the header text, the alignment of its cells, and what
// its cells answer for each role (display text, sort value, cents, chart value…). Roles that do not depend on
// the column (the row's id, its lot…) are described once for the row. data() and headerData() then need no
// switch in the models; they only say how many rows they hold (rows()) and keep them.
class ColumnTableModel : public ConsumptionTableModel
{
    Q_OBJECT
public:
    using ConsumptionTableModel::ConsumptionTableModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    // What a cell (or every cell of a row) answers for one role, from the row's number.
    using Value = std::function<QVariant(int row)>;
    struct Column
    {
        std::function<QString()> header; // translated when asked: the language can change meanwhile
        QHash<int, Value> roles;         // the column's own roles
        QVariant alignment = {};         // Qt::TextAlignmentRole of its cells; none when null
    };

    // In the order of the model's column enum.
    void setColumns(const QList<Column> &columns) { m_columns = columns; }
    // Answered by every cell of a row, after the column's own roles.
    void setRowRoles(const QHash<int, Value> &roles) { m_rowRoles = roles; }
    int columns() const override { return int(m_columns.size()); }

    // The usual reset around a change of every row.
    template <typename Assign>
    void resetRows(Assign assign)
    {
        beginResetModel();
        assign();
        endResetModel();
    }

    // A column of text: shown as it is, sorted on its lower case.
    static Column textColumn(std::function<QString()> header, std::function<QString(int row)> text,
                             const QVariant &alignment = {})
    {
        return Column{std::move(header),
                      {{Qt::DisplayRole, [text](int row) { return text(row); }},
                       {SortRole, [text](int row) { return text(row).toLower(); }}},
                      alignment};
    }

    // A column of money, right-aligned: its text, its cents (also what it sorts on) and, for the charts,
    // thousands of euros.
    static Column amountColumn(std::function<QString()> header, std::function<Money(int row)> amount);
    // The share of a row's `amount` in `total`, right-aligned: its text and sort value from hundredths of a
    // percent, and the percent for the charts.
    static Column shareColumn(std::function<QString()> header, std::function<Money(int row)> amount,
                              std::function<Money()> total);
    // The sum of the rows' `ordered` amounts, the usual total of a shareColumn().
    template <typename Rows>
    static Money orderedTotal(const Rows &rows)
    {
        qint64 total = 0;
        for (const auto &row : rows)
            total += row.ordered.cents();
        return Money::fromCents(total);
    }

    // Right-aligned, vertically centred: amounts, quantities, percentages.
    static QVariant alignRight() { return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter); }

private:
    QList<Column> m_columns;
    QHash<int, Value> m_rowRoles;
};

} // namespace Plafond
