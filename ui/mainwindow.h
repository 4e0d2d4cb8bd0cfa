// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "storage/changes.h"

#include <QMainWindow>

class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeView;

namespace Plafond {

class ContractTreeModel;
class DashboardWidget;
class MainWindowActions;
class OrdersFilterProxy;
class OrdersPanel;
class OrdersTableModel;
class ViewTabs;
class Workspace;

// Contracts and lots on the left; on the right, in tabs, the orders of the selection with their filters
// and totals (OrdersPanel), the dashboard of the selected contract or lot and the other pages (ViewTabs).
// The actions and menus are MainWindowActions'; this window connects them to what they do.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a database file or server URL; on failure keeps the current one and returns the message.
    bool openDatabase(const QString &location, bool createIfMissing, QString *error = nullptr);
    Workspace *workspace() const { return m_workspace; }
    // The orders are read in a job after an open or a change that concerns them all, and the header's
    // figures computed in another: this runs the events until both are shown (tests, scripted use); false
    // on timeout.
    bool waitUntilLoaded(int timeoutMs = 60000);

    // For tests and for the dashboard's click-through.
    OrdersTableModel *ordersModel() const;
    OrdersFilterProxy *ordersProxy() const;
    QTableView *ordersView() const;
    QTreeView *contractsView() const { return m_tree; }
    DashboardWidget *dashboard() const;
    QTabWidget *viewTabs() const;
    void showOrders();    // Ctrl+1
    void showDashboard(); // Ctrl+2
    QString totalsText() const;
    void selectContractOrLot(Id contractId, Id lotId);
    void setBeneficiaryFilter(Id beneficiaryId); // 0: all
    QList<Id> selectedOrderIds() const;

    // Lifecycle step on the selected orders, dated `on`; all or nothing.
    bool moveSelectedOrders(OrderStatus to, const QDate &on, QString *error = nullptr);

public slots:
    void newOrder();
    void editOrder();
    void deleteOrders();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    void createWidgets();
    void retranslateUi();
    void reloadAll();
    void onOrdersLoaded();
    // A change notice: an edit of orders updates their rows and the figures; anything else reloads all.
    void onChanged(const Plafond::Changes &changes);
    void updateTotals();
    void updateActions();
    void onTreeSelection();
    void clearFilters();
    // Opens (or creates) the database at `location`; says why not in a message box.
    void openOrWarn(const QString &location, bool create);
    static QString databaseFileFilter();
    void newDatabase();
    void openDatabaseDialog();
    void openRecent(const QString &location);
    void openDemo();
    void askAndMove(OrderStatus to);
    void setLanguage(const QString &code);
    void about();
    void editContract(bool create);
    void editLot(bool create);
    void editBeneficiaries();
    void editPriceSchedule();
    Id currentContractId() const;
    Id currentLotId() const;

    Workspace *m_workspace = nullptr;
    ContractTreeModel *m_contracts = nullptr;
    MainWindowActions *m_actions = nullptr;

    QSplitter *m_splitter = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_demoBanner = nullptr;
    OrdersPanel *m_ordersPanel = nullptr;
    ViewTabs *m_tabs = nullptr;
    QLabel *m_totals = nullptr;
    QList<Id> m_selectionToRestore; // selected when the orders were read again
};

} // namespace Plafond
