// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flattablemodel.h"
#include "roles.h"
#include "storage/changes.h"
#include "storage/stores.h"

namespace Plafond {

// All purchase orders, one row each, loaded with one aggregated query. Tables, filters and charts
// all read this model.
class OrdersTableModel : public FlatTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        ContractColumn,
        LotColumn,
        BeneficiaryColumn,
        CommitmentColumn,
        StatusColumn,
        IssuedColumn,
        LastStepColumn,
        AmountHtColumn,
        AmountTtcColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit OrdersTableModel(QObject *parent = nullptr);

    void reload(Stores &stores);
    // A change notice: the orders saved are read again (one query for all of them) and updated in place
    // (dataChanged) or inserted where the current order puts them (rowsInserted); the orders removed are
    // removed (rowsRemoved). Only a notice that cannot name the orders (an import) reloads them all.
    void apply(Stores &stores, const Changes &changes);
    void setRows(QList<OrderRow> rows);
    // Rows made ready for the table on any thread (the job that reads them): their search texts and the
    // order of a sort, so that setPrepared() on the GUI thread only swaps them in (and sorts again only
    // when the table's sort changed meanwhile).
    struct PreparedRows
    {
        QList<OrderRow> rows;
        QStringList search;
        QList<int> order;
        int sortColumn = -1;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
    };
    static PreparedRows prepare(QList<OrderRow> rows, int sortColumn, Qt::SortOrder sortOrder);
    void setPrepared(PreparedRows prepared);
    void clear();
    // Texts depend on the language: tell the views to fetch them again.
    void retranslate();

    const OrderRow &orderRow(int row) const { return m_rows.at(m_order.at(row)); }
    // Lower-case text a filter matches against: number, contract, beneficiary, commitment.
    const QString &searchText(int row) const { return m_search.at(m_order.at(row)); }
    int rowOfOrder(Id id) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Sorts the rows themselves, by the raw values (amounts and dates as numbers); kept across reloads.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QStringList columnHeaders() const override;

private:
    static bool rowLessThan(const OrderRow &a, const OrderRow &b, int column);
    // The permutation that sorts `rows` on `column` (none: the rows' own order).
    static QList<int> sortedOrder(const QList<OrderRow> &rows, int column, Qt::SortOrder sortOrder);
    // Whether row a comes before row b in the model's order (its sort, else contract then number).
    bool before(const OrderRow &a, const OrderRow &b) const;
    static QString searchTextOf(const OrderRow &row);
    void applySort();

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<OrderRow> m_rows;  // as loaded; never moved by a sort
    QStringList m_search;    // per loaded row
    QList<int> m_order;      // model row → loaded row: sorting permutes this, not the rows
};

} // namespace Plafond
