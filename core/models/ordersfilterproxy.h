// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace Plafond {

class OrdersTableModel;

// Filters the orders by text, contract, lot, beneficiaries and status; sorts on the raw SortRole so that
// amounts and dates sort as numbers. Reads the source rows directly: no QVariant per cell while filtering.
class OrdersFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit OrdersFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setText(const QString &text);
    void setContract(Id contractId); // 0: any
    void setLot(Id lotId);           // 0: any
    // Only these beneficiaries (a ministry and its directions); empty: any.
    void setBeneficiaries(const QSet<Id> &ids);
    void setStatus(std::optional<OrderStatus> status);
    void clearFilters();

    Id contract() const { return m_contractId; }
    Id lot() const { return m_lotId; }
    const QSet<Id> &beneficiaries() const { return m_beneficiaries; }
    std::optional<OrderStatus> status() const { return m_status; }

    // Sums over the rows that pass the filters.
    Money totalHt() const;
    Money totalTtc() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    OrdersTableModel *m_orders = nullptr;
    QString m_text;
    Id m_contractId = 0;
    Id m_lotId = 0;
    QSet<Id> m_beneficiaries;
    std::optional<OrderStatus> m_status;
};

} // namespace Plafond
