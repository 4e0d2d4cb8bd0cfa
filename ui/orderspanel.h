// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "jobs/job.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Plafond {

class OrdersFilterProxy;
class OrdersTableModel;
struct ContractConsumption;
class Workspace;

// The orders tab of the main window: above the table of orders, the figures of the selected contract or
// lot and the filters (search, beneficiary with its directions and bodies, status). shownOrdersChanged()
// tells the window when the totals of what the table shows are to be read again from proxy().
//
// Object names: "ordersPage" (this), "selectionSummary", "search", "beneficiaryFilter", "statusFilter",
// "orders" (the table).
class OrdersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OrdersPanel(Workspace *workspace, QWidget *parent = nullptr);

    OrdersTableModel *model() const { return m_orders; }
    OrdersFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }

    // The date the summary's figures are computed at: the dashboard's, so that the two never disagree.
    void setAsOfSource(std::function<QDate()> asOf) { m_asOf = std::move(asOf); }
    // Only the orders of this contract or lot (0, 0: all), and its figures in the summary.
    void setSelection(Id contractId, Id lotId);
    void setBeneficiaryFilter(Id beneficiaryId); // 0: all
    // Empties the search and sets the beneficiary and the status back to all.
    void clearFilters();
    void focusSearch();
    QList<Id> selectedOrderIds() const;
    void selectOrders(const QList<Id> &ids);

    // Reads the orders again in a job (none while no database is open); ordersLoaded() says when the table
    // holds them. The selection is the caller's to restore then.
    void reloadOrders();
    bool isLoading() const { return m_loading.isRunning(); }
    // Runs the events until the orders being read are in the table (the command line, tests); false on
    // timeout.
    bool waitUntilLoaded(int timeoutMs = 60000);
    // The beneficiaries and statuses of the filters, and the summary, read again.
    void reloadFilters();
    // The selection's figures at the dashboard's date, computed in a job: the header keeps what it shows
    // until they come. waitUntilSummarized() runs the events until they are shown (tests).
    void updateSummary();
    bool waitUntilSummarized(int timeoutMs = 60000);
    void retranslate();

signals:
    void orderSelectionChanged();
    void orderActivated();
    void shownOrdersChanged();
    void loadingStarted();
    // The read of reloadOrders() is over: the table holds its rows (or nothing, after loadFailed()).
    void ordersLoaded();
    void loadFailed(const QString &message);

private:
    void applyBeneficiaryFilter();
    void showSummary(const ContractConsumption &consumption, Id lotId, const QDate &asOf);

    Workspace *m_workspace;
    OrdersTableModel *m_orders;
    OrdersFilterProxy *m_proxy;
    std::function<QDate()> m_asOf;
    Id m_contractId = 0;
    Id m_lotId = 0;
    QList<Beneficiary> m_beneficiaries;
    LatestJob m_loading;
    LatestJob m_summarizing;

    QLabel *m_selectionSummary;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QLabel *m_beneficiaryLabel;
    QComboBox *m_beneficiary;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QTableView *m_table;
};

} // namespace Plafond
