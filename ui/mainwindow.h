// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeView;

namespace Plafond {

class ContractTreeModel;
class DashboardWidget;
class OrdersFilterProxy;
class OrdersTableModel;
class Workspace;

// Contracts and lots on the left; on the right, in two tabs, the orders of the selection with their filters
// and totals, and the dashboard of the selected contract or lot.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a database file or server URL; on failure keeps the current one and returns the message.
    bool openDatabase(const QString &location, bool createIfMissing, QString *error = nullptr);
    Workspace *workspace() const { return m_workspace; }

    // For tests and for the dashboard's click-through.
    OrdersTableModel *ordersModel() const { return m_orders; }
    OrdersFilterProxy *ordersProxy() const { return m_proxy; }
    QTableView *ordersView() const { return m_table; }
    QTreeView *contractsView() const { return m_tree; }
    DashboardWidget *dashboard() const { return m_dashboard; }
    QTabWidget *viewTabs() const { return m_tabs; }
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
    void createActions();
    void createMenus();
    void createWidgets();
    void retranslateUi();
    void updateUndoTexts();
    void reloadAll();
    void reloadFilters();
    void updateSelectionSummary();
    void updateTotals();
    void updateActions();
    void onTreeSelection();
    void applyBeneficiaryFilter();
    void addRecentFile(const QString &location);
    void rebuildRecentMenu();
    void newDatabase();
    void openDatabaseDialog();
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
    OrdersTableModel *m_orders = nullptr;
    OrdersFilterProxy *m_proxy = nullptr;

    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_ordersPage = nullptr;
    DashboardWidget *m_dashboard = nullptr;
    QTreeView *m_tree = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_demoBanner = nullptr;
    QLabel *m_selectionSummary = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_beneficiaryLabel = nullptr;
    QComboBox *m_beneficiary = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_totals = nullptr;
    QList<Beneficiary> m_beneficiaries;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_orderMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newDatabase = nullptr;
    QAction *m_open = nullptr;
    QAction *m_openDemo = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_newOrder = nullptr;
    QAction *m_editOrder = nullptr;
    QAction *m_deleteOrder = nullptr;
    QAction *m_newContract = nullptr;
    QAction *m_editContract = nullptr;
    QAction *m_newLot = nullptr;
    QAction *m_editLot = nullptr;
    QAction *m_editBeneficiaries = nullptr;
    QAction *m_editPrices = nullptr;
    QAction *m_find = nullptr;
    QAction *m_clearFilters = nullptr;
    QAction *m_showOrders = nullptr;
    QAction *m_showDashboard = nullptr;
    QAction *m_issue = nullptr;
    QAction *m_markDone = nullptr;
    QAction *m_markInvoiced = nullptr;
    QAction *m_markPaid = nullptr;
    QAction *m_cancel = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_french = nullptr;
    QAction *m_english = nullptr;
    QAction *m_about = nullptr;
};

} // namespace Plafond
