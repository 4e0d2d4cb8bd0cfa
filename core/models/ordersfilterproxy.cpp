// SPDX-License-Identifier: GPL-3.0-or-later
#include "ordersfilterproxy.h"

#include "orderstablemodel.h"

namespace Plafond {

OrdersFilterProxy::OrdersFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void OrdersFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_orders = qobject_cast<OrdersTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void OrdersFilterProxy::refilter()
{
    // invalidate() rebuilds the mapping in one pass when it is next read; invalidateFilter() would insert
    // and remove the changed ranges one by one, quadratic on a fragmented filter over a large table.
    invalidate();
}

void OrdersFilterProxy::setText(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == m_text)
        return;
    m_text = lower;
    refilter();
}

void OrdersFilterProxy::setContract(Id contractId)
{
    if (contractId == m_contractId)
        return;
    m_contractId = contractId;
    refilter();
}

void OrdersFilterProxy::setLot(Id lotId)
{
    if (lotId == m_lotId)
        return;
    m_lotId = lotId;
    refilter();
}

void OrdersFilterProxy::setBeneficiaries(const QSet<Id> &ids)
{
    if (ids == m_beneficiaries)
        return;
    m_beneficiaries = ids;
    refilter();
}

void OrdersFilterProxy::setStatus(std::optional<OrderStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    refilter();
}

void OrdersFilterProxy::clearFilters()
{
    m_text.clear();
    m_contractId = 0;
    m_lotId = 0;
    m_beneficiaries.clear();
    m_status.reset();
    refilter();
}

bool OrdersFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_orders || sourceParent.isValid())
        return true;
    const OrderRow &row = m_orders->orderRow(sourceRow);
    if (m_contractId && row.contractId != m_contractId)
        return false;
    if (m_lotId && row.lotId != m_lotId)
        return false;
    if (m_status && row.status != *m_status)
        return false;
    if (!m_beneficiaries.isEmpty() && !m_beneficiaries.contains(row.beneficiaryId))
        return false;
    return m_text.isEmpty() || m_orders->searchText(sourceRow).contains(m_text);
}

void OrdersFilterProxy::sort(int column, Qt::SortOrder order)
{
    // The source model sorts its own rows (direct field comparisons on an index permutation); the proxy only
    // filters, which keeps a sort of 200,000 orders well under a second.
    if (m_orders)
        m_orders->sort(column, order);
    else
        QSortFilterProxyModel::sort(column, order);
}

Money OrdersFilterProxy::totalHt() const
{
    qint64 cents = 0;
    for (int row = 0, rows = rowCount(); row < rows; ++row)
        cents += m_orders->orderRow(mapToSource(index(row, 0)).row()).totalHt.cents();
    return Money::fromCents(cents);
}

Money OrdersFilterProxy::totalTtc() const
{
    qint64 cents = 0;
    for (int row = 0; row < rowCount(); ++row)
        cents += m_orders->orderRow(mapToSource(index(row, 0)).row()).totalTtc.cents();
    return Money::fromCents(cents);
}

} // namespace Plafond
