// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderstablemodel.h"

#include "domain/lifecycle.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace Plafond {

OrdersTableModel::OrdersTableModel(QObject *parent)
    : FlatTableModel(parent)
{
}

void OrdersTableModel::reload(Stores &stores)
{
    setRows(stores.orders.orderRows().value());
}

void OrdersTableModel::setRows(QList<OrderRow> rows)
{
    setPrepared(prepare(std::move(rows), m_sortColumn, m_sortOrder));
}

OrdersTableModel::PreparedRows OrdersTableModel::prepare(QList<OrderRow> rows, int sortColumn, Qt::SortOrder sortOrder)
{
    PreparedRows prepared;
    prepared.search.reserve(rows.size());
    for (const OrderRow &r : std::as_const(rows))
        prepared.search << searchTextOf(r);
    prepared.order = sortedOrder(rows, sortColumn, sortOrder);
    prepared.rows = std::move(rows);
    prepared.sortColumn = sortColumn;
    prepared.sortOrder = sortOrder;
    return prepared;
}

void OrdersTableModel::setPrepared(PreparedRows prepared)
{
    beginResetModel();
    std::swap(m_rows, prepared.rows);
    std::swap(m_search, prepared.search);
    std::swap(m_order, prepared.order);
    if (prepared.sortColumn != m_sortColumn || (m_sortColumn >= 0 && prepared.sortOrder != m_sortOrder))
        applySort(); // sorted otherwise while the rows were being read
    endResetModel();
}

QString OrdersTableModel::searchTextOf(const OrderRow &r)
{
    return (r.number + QLatin1Char('\n') + r.contractReference + QLatin1Char('\n') + r.beneficiaryCode
            + QLatin1Char('\n') + r.beneficiaryName + QLatin1Char('\n') + r.commitmentNumber)
        .toLower();
}

bool OrdersTableModel::before(const OrderRow &a, const OrderRow &b) const
{
    if (m_sortColumn >= 0 && m_sortColumn < ColumnCount)
        return m_sortOrder == Qt::DescendingOrder ? rowLessThan(b, a, m_sortColumn) : rowLessThan(a, b, m_sortColumn);
    // The order of the query: contract reference, then number.
    return a.contractReference != b.contractReference ? a.contractReference < b.contractReference : a.number < b.number;
}

void OrdersTableModel::apply(Stores &stores, const Changes &changes)
{
    if (!changes.touches(Changes::Orders))
        return;
    if (changes.allOrders) {
        reload(stores);
        return;
    }
    for (const Id id : changes.removedOrders) {
        const int row = rowOfOrder(id);
        if (row < 0)
            continue;
        beginRemoveRows(QModelIndex(), row, row);
        const int loaded = m_order.takeAt(row);
        m_rows.removeAt(loaded);
        m_search.removeAt(loaded);
        for (int &index : m_order) {
            if (index > loaded)
                --index;
        }
        endRemoveRows();
    }
    if (changes.savedOrders.isEmpty())
        return;
    const auto rows = stores.orders.orderRows(QList<Id>(changes.savedOrders.cbegin(), changes.savedOrders.cend()));
    if (!rows) {
        reload(stores); // shows what can be read rather than stale rows
        return;
    }
    for (const OrderRow &r : *rows) {
        const int row = rowOfOrder(r.id);
        if (row >= 0) {
            m_rows[m_order.at(row)] = r;
            m_search[m_order.at(row)] = searchTextOf(r);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        int position = 0;
        while (position < m_order.size() && !before(r, orderRow(position)))
            ++position;
        beginInsertRows(QModelIndex(), position, position);
        m_rows << r;
        m_search << searchTextOf(r);
        m_order.insert(position, int(m_rows.size() - 1));
        endInsertRows();
    }
}

void OrdersTableModel::clear()
{
    setRows({});
}

void OrdersTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int OrdersTableModel::rowOfOrder(Id id) const
{
    for (int row = 0; row < m_order.size(); ++row) {
        if (orderRow(row).id == id)
            return row;
    }
    return -1;
}

QVariant OrdersTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderRow &r = orderRow(index.row());
    const QLocale locale;
    switch (role) {
    case IdRole: return r.id;
    case StatusRole: return static_cast<int>(r.status);
    case ContractIdRole: return r.contractId;
    case LotIdRole: return r.lotId;
    case BeneficiaryIdRole: return r.beneficiaryId;
    case CentsRole:
        if (index.column() == AmountHtColumn)
            return r.totalHt.cents();
        if (index.column() == AmountTtcColumn)
            return r.totalTtc.cents();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountHtColumn || index.column() == AmountTtcColumn || index.column() == LotColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == BeneficiaryColumn)
            return r.beneficiaryName;
        if (index.column() == StatusColumn && r.ceilingOverride)
            return tr("Ordered past the lot's maximum, with an explicit override");
        return {};
    case SortRole:
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (static_cast<Column>(index.column())) {
    case NumberColumn: return r.number;
    case ContractColumn: return r.contractReference;
    case LotColumn: return sort ? QVariant(r.lotNumber) : QVariant(locale.toString(r.lotNumber));
    case BeneficiaryColumn: return r.beneficiaryCode;
    case CommitmentColumn: return r.commitmentNumber;
    case StatusColumn:
        if (sort)
            return static_cast<int>(r.status);
        return r.ceilingOverride ? Lifecycle::statusName(r.status) + QStringLiteral(" \u26A0")
                                 : Lifecycle::statusName(r.status);
    case IssuedColumn:
        return sort ? QVariant(r.issuedOn.isValid() ? r.issuedOn.toJulianDay() : 0)
                    : QVariant(locale.toString(r.issuedOn, QLocale::ShortFormat));
    case LastStepColumn:
        return sort ? QVariant(r.lastStepOn.isValid() ? r.lastStepOn.toJulianDay() : 0)
                    : QVariant(locale.toString(r.lastStepOn, QLocale::ShortFormat));
    case AmountHtColumn: return sort ? QVariant(r.totalHt.cents()) : QVariant(r.totalHt.toString(locale));
    case AmountTtcColumn: return sort ? QVariant(r.totalTtc.cents()) : QVariant(r.totalTtc.toString(locale));
    case ColumnCount: break;
    }
    return {};
}

QStringList OrdersTableModel::columnHeaders() const
{
    return {tr("Order"), tr("Contract"), tr("Lot"), tr("Beneficiary"), tr("Commitment"), tr("Status"),
            tr("Issued"), tr("Last step"), tr("Amount excl. VAT"), tr("Amount incl. VAT")};
}

bool OrdersTableModel::rowLessThan(const OrderRow &a, const OrderRow &b, int column)
{
    auto text = [](const QString &x, const QString &y) { return QString::compare(x, y, Qt::CaseInsensitive) < 0; };
    auto day = [](const QDate &d) { return d.isValid() ? d.toJulianDay() : 0; };
    switch (static_cast<Column>(column)) {
    case NumberColumn: return text(a.number, b.number);
    case ContractColumn: return text(a.contractReference, b.contractReference);
    case LotColumn: return a.lotNumber < b.lotNumber;
    case BeneficiaryColumn: return text(a.beneficiaryCode, b.beneficiaryCode);
    case CommitmentColumn: return text(a.commitmentNumber, b.commitmentNumber);
    case StatusColumn: return a.status < b.status;
    case IssuedColumn: return day(a.issuedOn) < day(b.issuedOn);
    case LastStepColumn: return day(a.lastStepOn) < day(b.lastStepOn);
    case AmountHtColumn: return a.totalHt < b.totalHt;
    case AmountTtcColumn: return a.totalTtc < b.totalTtc;
    case ColumnCount: break;
    }
    return false;
}

// Recomputes the permutation m_order; callers announce the change (reset or layout change).
void OrdersTableModel::applySort()
{
    m_order = sortedOrder(m_rows, m_sortColumn, m_sortOrder);
}

QList<int> OrdersTableModel::sortedOrder(const QList<OrderRow> &rows, int column, Qt::SortOrder sortOrder)
{
    std::vector<int> order(static_cast<std::size_t>(rows.size()));
    std::iota(order.begin(), order.end(), 0);
    if (column < 0 || column >= ColumnCount || rows.size() < 2)
        return QList<int>(order.begin(), order.end());
    const bool descending = sortOrder == Qt::DescendingOrder;
    auto numericKey = [column](const OrderRow &r) -> std::optional<qint64> {
        auto day = [](const QDate &d) { return d.isValid() ? d.toJulianDay() : qint64(0); };
        switch (static_cast<Column>(column)) {
        case LotColumn: return r.lotNumber;
        case StatusColumn: return static_cast<qint64>(r.status);
        case IssuedColumn: return day(r.issuedOn);
        case LastStepColumn: return day(r.lastStepOn);
        case AmountHtColumn: return r.totalHt.cents();
        case AmountTtcColumn: return r.totalTtc.cents();
        default: return std::nullopt;
        }
    };
    if (numericKey(rows.first())) {
        // Numbers are sorted as a compact array of keys: comparing through the 200,000 rows themselves
        // spends its time in cache misses.
        std::vector<std::pair<qint64, int>> keys;
        keys.reserve(order.size());
        for (int row = 0; row < rows.size(); ++row)
            keys.emplace_back(*numericKey(rows.at(row)), row);
        std::stable_sort(keys.begin(), keys.end(), [descending](const auto &x, const auto &y) {
            return descending ? y.first < x.first : x.first < y.first;
        });
        for (std::size_t i = 0; i < keys.size(); ++i)
            order[i] = keys[i].second;
    } else {
        std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
            return descending ? rowLessThan(rows.at(y), rows.at(x), column) : rowLessThan(rows.at(x), rows.at(y), column);
        });
    }
    return QList<int>(order.begin(), order.end());
}

void OrdersTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_rows.size() < 2)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Persistent indexes (selections, current cell) follow their order across the new layout.
    const QModelIndexList persistent = persistentIndexList();
    QList<Id> ids;
    ids.reserve(persistent.size());
    for (const QModelIndex &index : persistent)
        ids << orderRow(index.row()).id;
    applySort();
    if (!persistent.isEmpty()) {
        QHash<Id, int> rowOf;
        rowOf.reserve(m_order.size());
        for (int row = 0; row < m_order.size(); ++row)
            rowOf.insert(orderRow(row).id, row);
        QModelIndexList moved;
        moved.reserve(persistent.size());
        for (int i = 0; i < persistent.size(); ++i)
            moved << index(rowOf.value(ids.at(i)), persistent.at(i).column());
        changePersistentIndexList(persistent, moved);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace Plafond
