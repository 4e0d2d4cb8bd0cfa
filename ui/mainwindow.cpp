// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "beneficiariesdialog.h"
#include "contractdialog.h"
#include "componentswidget.h"
#include "ticketswidget.h"
#include "dashboardwidget.h"
#include "exportactions.h"
#include "importactions.h"
#include "language.h"
#include "lotdialog.h"
#include "amendmentswidget.h"
#include "pricehistorywidget.h"
#include "priceschedulesdialog.h"
#include "ordercommands.h"
#include "ordereditordialog.h"
#include "workspace.h"

#include "engine/consumption.h"
#include "io/demodata.h"
#include "models/contracttreemodel.h"
#include "models/dashboardvalues.h"
#include "models/ordersfilterproxy.h"
#include "models/orderstablemodel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace Plafond {

namespace {
const int maxRecentFiles = 8;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_workspace(new Workspace(this)), m_contracts(new ContractTreeModel(this)),
      m_orders(new OrdersTableModel(this)), m_proxy(new OrdersFilterProxy(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_proxy->setSourceModel(m_orders);
    createActions();
    createWidgets();
    createMenus();
    retranslateUi();

    connect(m_workspace, &Workspace::changed, this, &MainWindow::reloadAll);
    connect(m_workspace, &Workspace::errorOccurred, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Plafond"), message); });
    connect(m_workspace->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateActions);
    // After QUndoStack's own connections, so that these translated texts are the ones shown.
    connect(m_workspace->undoStack(), &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoTexts);
    connect(m_workspace->undoStack(), &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoTexts);

    QSettings settings;
    resize(1340, 740);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("window/ordersHeader")).toByteArray());
    rebuildRecentMenu();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The workspace is a child: it outlives this object's own members, so it must stop calling back first.
    m_workspace->undoStack()->disconnect(this);
    m_workspace->disconnect(this);
}

void MainWindow::createActions()
{
    m_newDatabase = new QAction(this);
    m_newDatabase->setShortcut(QKeySequence::New);
    connect(m_newDatabase, &QAction::triggered, this, &MainWindow::newDatabase);
    m_open = new QAction(this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    m_openDemo = new QAction(this);
    connect(m_openDemo, &QAction::triggered, this, &MainWindow::openDemo);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_undo = m_workspace->undoStack()->createUndoAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_workspace->undoStack()->createRedoAction(this);
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});

    m_newOrder = new QAction(this);
    m_newOrder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newOrder, &QAction::triggered, this, &MainWindow::newOrder);
    m_editOrder = new QAction(this);
    m_editOrder->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editOrder, &QAction::triggered, this, &MainWindow::editOrder);
    m_deleteOrder = new QAction(this);
    m_deleteOrder->setShortcut(QKeySequence::Delete);
    connect(m_deleteOrder, &QAction::triggered, this, &MainWindow::deleteOrders);
    m_newContract = new QAction(this);
    connect(m_newContract, &QAction::triggered, this, [this] { editContract(true); });
    m_editContract = new QAction(this);
    connect(m_editContract, &QAction::triggered, this, [this] { editContract(false); });
    m_newLot = new QAction(this);
    connect(m_newLot, &QAction::triggered, this, [this] { editLot(true); });
    m_editLot = new QAction(this);
    connect(m_editLot, &QAction::triggered, this, [this] { editLot(false); });
    m_editBeneficiaries = new QAction(this);
    connect(m_editBeneficiaries, &QAction::triggered, this, &MainWindow::editBeneficiaries);
    m_editPrices = new QAction(this);
    connect(m_editPrices, &QAction::triggered, this, &MainWindow::editPriceSchedule);
    m_find = new QAction(this);
    m_find->setShortcut(QKeySequence::Find);
    m_clearFilters = new QAction(this);
    m_clearFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_showOrders = new QAction(this);
    m_showOrders->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_showOrders, &QAction::triggered, this, &MainWindow::showOrders);
    m_showDashboard = new QAction(this);
    m_showDashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_showDashboard, &QAction::triggered, this, &MainWindow::showDashboard);

    m_issue = new QAction(this);
    connect(m_issue, &QAction::triggered, this, [this] { askAndMove(OrderStatus::Issued); });
    m_markDone = new QAction(this);
    m_markDone->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_markDone, &QAction::triggered, this, [this] { askAndMove(OrderStatus::Done); });
    m_markInvoiced = new QAction(this);
    m_markInvoiced->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_markInvoiced, &QAction::triggered, this, [this] { askAndMove(OrderStatus::Invoiced); });
    m_markPaid = new QAction(this);
    m_markPaid->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_markPaid, &QAction::triggered, this, [this] { askAndMove(OrderStatus::Paid); });
    m_cancel = new QAction(this);
    connect(m_cancel, &QAction::triggered, this, [this] { askAndMove(OrderStatus::Cancelled); });

    m_languageGroup = new QActionGroup(this);
    m_french = new QAction(QStringLiteral("Français"), m_languageGroup); // a language is named in itself
    m_french->setCheckable(true);
    m_english = new QAction(QStringLiteral("English"), m_languageGroup);
    m_english->setCheckable(true);
    (Language::current() == QLatin1String("fr") ? m_french : m_english)->setChecked(true);
    connect(m_french, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("fr")); });
    connect(m_english, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    // Object names let tests and accessibility tools find the actions whatever the language.
    const QList<std::pair<QAction *, const char *>> named{
        {m_newDatabase, "actionNewDatabase"}, {m_open, "actionOpen"}, {m_openDemo, "actionOpenDemo"},
        {m_quit, "actionQuit"}, {m_undo, "actionUndo"}, {m_redo, "actionRedo"}, {m_newOrder, "actionNewOrder"},
        {m_editOrder, "actionEditOrder"}, {m_deleteOrder, "actionDeleteOrder"}, {m_newContract, "actionNewContract"},
        {m_editContract, "actionEditContract"}, {m_newLot, "actionNewLot"}, {m_editLot, "actionEditLot"},
        {m_editPrices, "actionPriceSchedule"}, {m_editBeneficiaries, "actionBeneficiaries"}, {m_find, "actionFind"},
        {m_clearFilters, "actionClearFilters"}, {m_showOrders, "actionShowOrders"},
        {m_showDashboard, "actionShowDashboard"}, {m_issue, "actionIssue"}, {m_markDone, "actionMarkDone"},
        {m_markInvoiced, "actionMarkInvoiced"}, {m_markPaid, "actionMarkPaid"}, {m_cancel, "actionCancel"},
        {m_french, "actionFrench"}, {m_english, "actionEnglish"}, {m_about, "actionAbout"}};
    for (const auto &[action, name] : named) {
        action->setObjectName(QLatin1String(name));
        addAction(action); // shortcuts work wherever the focus is in the window
    }

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newDatabase);
    m_fileMenu->addAction(m_open);
    m_fileMenu->addAction(m_openDemo);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addMenu((new ImportActions(this, m_workspace))->menu());
    auto *exports = new ExportActions(this, m_workspace, [this]() { return currentContractId(); },
                                      [this]() -> QAbstractItemModel * { return m_proxy; });
    m_fileMenu->addAction(exports->pdfAction());
    m_fileMenu->addAction(exports->csvAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_find);
    m_editMenu->addAction(m_clearFilters);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_newContract);
    m_editMenu->addAction(m_editContract);
    m_editMenu->addAction(m_newLot);
    m_editMenu->addAction(m_editLot);
    m_editMenu->addAction(m_editPrices);
    m_editMenu->addAction(m_editBeneficiaries);

    m_orderMenu = menuBar()->addMenu(QString());
    m_orderMenu->addAction(m_newOrder);
    m_orderMenu->addAction(m_editOrder);
    m_orderMenu->addAction(m_deleteOrder);
    m_orderMenu->addSeparator();
    m_orderMenu->addAction(m_issue);
    m_orderMenu->addAction(m_markDone);
    m_orderMenu->addAction(m_markInvoiced);
    m_orderMenu->addAction(m_markPaid);
    m_orderMenu->addAction(m_cancel);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_showOrders);
    m_viewMenu->addAction(m_showDashboard);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->addAction(m_french);
    m_languageMenu->addAction(m_english);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);

    m_table->addActions({m_editOrder, m_deleteOrder});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void MainWindow::createWidgets()
{
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("contracts"));
    m_tree->setModel(m_contracts);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(ContractTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ContractTreeModel::MaximumColumn, QHeaderView::ResizeToContents);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onTreeSelection);

    m_demoBanner = new QLabel(this);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setWordWrap(true);
    m_demoBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0c060;"
                                               " padding: 4px; font-weight: bold; }"));
    m_demoBanner->hide();
    m_selectionSummary = new QLabel(this);
    m_selectionSummary->setObjectName(QStringLiteral("selectionSummary"));
    m_selectionSummary->setWordWrap(true);
    m_selectionSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel = new QLabel(this);
    m_searchLabel->setBuddy(m_search);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &OrdersFilterProxy::setText);
    connect(m_find, &QAction::triggered, this, [this] {
        showOrders(); // the search field is on the orders tab
        m_search->setFocus();
        m_search->selectAll();
    });
    m_beneficiary = new QComboBox(this);
    m_beneficiary->setObjectName(QStringLiteral("beneficiaryFilter"));
    m_beneficiary->setMinimumContentsLength(24);
    m_beneficiary->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_beneficiaryLabel = new QLabel(this);
    m_beneficiaryLabel->setBuddy(m_beneficiary);
    connect(m_beneficiary, &QComboBox::currentIndexChanged, this, &MainWindow::applyBeneficiaryFilter);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setBuddy(m_status);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant value = m_status->itemData(index);
        m_proxy->setStatus(value.isValid() ? std::optional<OrderStatus>(static_cast<OrderStatus>(value.toInt()))
                                           : std::nullopt);
    });
    connect(m_clearFilters, &QAction::triggered, this, [this] {
        m_search->clear();
        m_beneficiary->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        m_tree->setCurrentIndex({});
        m_tree->clearSelection();
        m_proxy->setContract(0);
        m_proxy->setLot(0);
        updateSelectionSummary();
    });

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("orders"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OrdersTableModel::NumberColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    connect(m_table, &QTableView::doubleClicked, this, &MainWindow::editOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateTotals);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateTotals);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateTotals);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateTotals);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_beneficiaryLabel);
    filters->addWidget(m_beneficiary, 2);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_status, 1);

    m_ordersPage = new QWidget(this);
    m_ordersPage->setObjectName(QStringLiteral("ordersPage"));
    auto *ordersLayout = new QVBoxLayout(m_ordersPage);
    ordersLayout->setContentsMargins(4, 4, 4, 4);
    ordersLayout->addWidget(m_selectionSummary);
    ordersLayout->addLayout(filters);
    ordersLayout->addWidget(m_table, 1);

    m_dashboard = new DashboardWidget(m_workspace, this);
    // A ministry's bar leads to its orders (its directions included); an alert to its lot.
    connect(m_dashboard, &DashboardWidget::ministryClicked, this, [this](Id beneficiaryId) {
        setBeneficiaryFilter(beneficiaryId);
        showOrders();
    });
    connect(m_dashboard, &DashboardWidget::lotActivated, this,
            [this](Id lotId) { selectContractOrLot(m_dashboard->contractId(), lotId); });
    connect(m_dashboard, &DashboardWidget::asOfChanged, this, &MainWindow::updateSelectionSummary);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_ordersPage, QString());
    m_tabs->addTab(m_dashboard, QString());
    m_tabs->addTab(new ComponentsWidget(m_workspace, this), QString()); // reloads itself on the workspace's signals
    m_tabs->addTab(new TicketsWidget(m_workspace, this), QString()); // idem; follows the tree's selection
    m_tabs->addTab(new PriceHistoryWidget(m_workspace, this), QString()); // follows the tree's selection
    m_tabs->addTab(new AmendmentsWidget(m_workspace, this), QString());

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_demoBanner); // the demo warning holds for the orders and the dashboard alike
    rightLayout->addWidget(m_tabs, 1);

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({320, 1000});
    setCentralWidget(m_splitter);
    setFocusProxy(m_table);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totals"));
    statusBar()->addPermanentWidget(m_totals);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(m_workspace->isOpen() ? tr("%1 — Plafond").arg(QFileInfo(m_workspace->location()).fileName())
                                         : tr("Plafond"));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_orderMenu->setTitle(tr("&Orders"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newDatabase->setText(tr("&New database…"));
    m_open->setText(tr("&Open database…"));
    m_openDemo->setText(tr("Open the &demo database"));
    m_quit->setText(tr("&Quit"));
    updateUndoTexts();
    m_newOrder->setText(tr("&New order…"));
    m_editOrder->setText(tr("&Edit order…"));
    m_deleteOrder->setText(tr("&Delete order"));
    m_newContract->setText(tr("New &contract…"));
    m_editContract->setText(tr("Edit c&ontract…"));
    m_newLot->setText(tr("New &lot…"));
    m_editLot->setText(tr("Edit l&ot…"));
    m_editPrices->setText(tr("Unit &price schedule…"));
    m_editBeneficiaries->setText(tr("&Beneficiaries…"));
    m_find->setText(tr("&Find orders"));
    m_clearFilters->setText(tr("&Clear filters"));
    m_viewMenu->setTitle(tr("&View"));
    m_showOrders->setText(tr("&Orders"));
    m_showDashboard->setText(tr("&Dashboard"));
    m_tabs->setTabText(m_tabs->indexOf(m_ordersPage), tr("Orders"));
    m_tabs->setTabText(m_tabs->indexOf(m_dashboard), tr("Dashboard"));
    if (auto *prices = findChild<PriceHistoryWidget *>())
        m_tabs->setTabText(m_tabs->indexOf(prices), tr("Prices"));
    if (auto *amendments = findChild<AmendmentsWidget *>())
        m_tabs->setTabText(m_tabs->indexOf(amendments), tr("Amendments"));
    if (auto *components = findChild<ComponentsWidget *>())
        m_tabs->setTabText(m_tabs->indexOf(components), tr("Components"));
    if (auto *tickets = findChild<TicketsWidget *>())
        m_tabs->setTabText(m_tabs->indexOf(tickets), tr("Tickets"));
    m_issue->setText(tr("&Issue"));
    m_markDone->setText(tr("Mark service &done"));
    m_markInvoiced->setText(tr("Mark &invoiced"));
    m_markPaid->setText(tr("Mark &paid"));
    m_cancel->setText(tr("&Cancel order"));
    m_about->setText(tr("&About Plafond"));
    m_demoBanner->setText(tr("Demo data: the two contracts are real, but their prices, orders and amounts are illustrative."));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Order, contract, beneficiary or commitment number"));
    m_beneficiaryLabel->setText(tr("&Beneficiary:"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_recentMenu->menuAction()->setText(tr("Open &recent"));
    reloadFilters();
    m_contracts->retranslate();
    m_orders->retranslate();
    updateSelectionSummary();
    updateTotals();
    rebuildRecentMenu();
}

void MainWindow::updateUndoTexts()
{
    const QUndoStack *stack = m_workspace->undoStack();
    m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/ordersHeader"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    // Where the user was, in this database: reopened there next time.
    settings.setValue(QStringLiteral("window/selection"),
                      QStringList{Database::displayLocation(m_workspace->location()), QString::number(currentContractId()), QString::number(currentLotId())});
    QMainWindow::closeEvent(event);
}

bool MainWindow::openDatabase(const QString &location, bool createIfMissing, QString *error)
{
    QString message;
    if (!m_workspace->open(location, createIfMissing ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist,
                           &message)) {
        if (error)
            *error = message;
        return false;
    }
    if (!m_workspace->repository().database().migrationNotice().isEmpty())
        statusBar()->showMessage(m_workspace->repository().database().migrationNotice(), 10000);
    // A server URL is remembered without its password (libpq then asks PGPASSWORD or ~/.pgpass).
    QSettings().setValue(QStringLiteral("lastDatabase"), Database::displayLocation(location));
    if (QSettings().value(QStringLiteral("window/ordersHeader")).isNull()) {
        // First run: fit the columns to what they hold (sampled, so that it stays quick on a large table).
        m_table->horizontalHeader()->setResizeContentsPrecision(300);
        m_table->resizeColumnsToContents();
    }
    addRecentFile(location);
    retranslateUi();
    m_tree->expandAll();
    // Start on all the orders: the tree would select its first contract if it took the focus first.
    m_table->setFocus();
    const QSettings settings;
    const QStringList selection = settings.value(QStringLiteral("window/selection")).toStringList();
    if (selection.size() == 3 && selection.at(0) == location)
        selectContractOrLot(selection.at(1).toLongLong(), selection.at(2).toLongLong());
    m_tabs->setCurrentIndex(std::clamp(settings.value(QStringLiteral("window/tab"), 0).toInt(), 0, m_tabs->count() - 1));
    return true;
}

void MainWindow::reloadAll()
{
    if (!m_workspace->isOpen()) {
        m_contracts->clear();
        m_orders->clear();
        return;
    }
    Repository &repo = m_workspace->repository();
    const Id contractId = currentContractId();
    const Id lotId = currentLotId();
    const QList<Id> selected = selectedOrderIds();
    m_contracts->reload(repo);
    m_orders->reload(repo);
    m_tree->expandAll();
    selectContractOrLot(contractId, lotId);
    for (const Id id : selected) {
        const int sourceRow = m_orders->rowOfOrder(id);
        if (sourceRow < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_orders->index(sourceRow, 0));
        if (index.isValid())
            m_table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    bool demo = false;
    for (const Contract &c : m_contracts->contracts())
        demo = demo || c.demo;
    m_demoBanner->setVisible(demo);
    reloadFilters();
    updateSelectionSummary();
    updateTotals();
    updateActions();
}

void MainWindow::reloadFilters()
{
    // The beneficiary filter lists the hierarchy, indented; choosing a ministry keeps its directions and bodies.
    const Id current = m_beneficiary->currentData().toLongLong();
    m_beneficiaries = m_workspace->isOpen() ? m_workspace->repository().beneficiaries() : QList<Beneficiary>();
    const QSignalBlocker blocker(m_beneficiary);
    m_beneficiary->clear();
    m_beneficiary->addItem(tr("All beneficiaries"), Id(0));
    std::function<void(Id, int)> addChildren = [&](Id parent, int depth) {
        for (const Beneficiary &b : std::as_const(m_beneficiaries)) {
            if (b.parentId != parent)
                continue;
            m_beneficiary->addItem(QString(depth * 3, QLatin1Char(' ')) + tr("%1 — %2").arg(b.code, b.name), b.id);
            addChildren(b.id, depth + 1);
        }
    };
    addChildren(0, 0);
    m_beneficiary->setCurrentIndex(std::max(0, m_beneficiary->findData(current)));

    const QVariant status = m_status->currentData();
    const QSignalBlocker statusBlocker(m_status);
    m_status->clear();
    m_status->addItem(tr("All statuses"));
    for (OrderStatus s : Lifecycle::allStatuses())
        m_status->addItem(Lifecycle::statusName(s), static_cast<int>(s));
    m_status->setCurrentIndex(status.isValid() ? std::max(0, m_status->findData(status)) : 0);
}

void MainWindow::applyBeneficiaryFilter()
{
    const Id root = m_beneficiary->currentData().toLongLong();
    QSet<Id> ids;
    if (root) {
        ids.insert(root);
        // Descendants, whatever the order of the list: repeat until no new child is found.
        for (bool grew = true; grew;) {
            grew = false;
            for (const Beneficiary &b : std::as_const(m_beneficiaries)) {
                if (b.parentId && ids.contains(b.parentId) && !ids.contains(b.id)) {
                    ids.insert(b.id);
                    grew = true;
                }
            }
        }
    }
    m_proxy->setBeneficiaries(ids);
}

void MainWindow::setBeneficiaryFilter(Id beneficiaryId)
{
    m_beneficiary->setCurrentIndex(std::max(0, m_beneficiary->findData(beneficiaryId)));
}

Id MainWindow::currentContractId() const
{
    return m_tree->currentIndex().data(ContractIdRole).toLongLong();
}

Id MainWindow::currentLotId() const
{
    const QModelIndex index = m_tree->currentIndex();
    return index.data(KindRole).toInt() == ContractTreeModel::LotNode ? index.data(LotIdRole).toLongLong() : 0;
}

void MainWindow::selectContractOrLot(Id contractId, Id lotId)
{
    const QModelIndex index = lotId ? m_contracts->indexOfLot(lotId) : m_contracts->indexOfContract(contractId);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    else
        onTreeSelection();
}

void MainWindow::showOrders()
{
    m_tabs->setCurrentWidget(m_ordersPage);
}

void MainWindow::showDashboard()
{
    m_tabs->setCurrentWidget(m_dashboard);
}

void MainWindow::onTreeSelection()
{
    m_proxy->setContract(currentContractId());
    m_proxy->setLot(currentLotId());
    m_dashboard->setSelection(currentContractId(), currentLotId());
    if (auto *tickets = findChild<TicketsWidget *>())
        tickets->setSelection(currentContractId(), currentLotId());
    findChild<PriceHistoryWidget *>()->setSelection(currentContractId(), currentLotId());
    findChild<AmendmentsWidget *>()->setSelection(currentContractId(), currentLotId());
    updateSelectionSummary();
    updateActions();
}

void MainWindow::updateSelectionSummary()
{
    const Id contractId = currentContractId();
    if (!m_workspace->isOpen() || !contractId) {
        m_selectionSummary->setText(m_workspace->isOpen() ? tr("All contracts. Choose a contract or a lot on the left.")
                                                          : tr("No database is open."));
        return;
    }
    // The engine's figures at the dashboard's as-of date: the header and the dashboard never disagree (an
    // amendment counts from its signature, a cancelled order nowhere, the percentage in exact hundredths).
    const Id lotId = currentLotId();
    const QDate asOf = m_dashboard->effectiveAsOf();
    const QLocale locale;
    QString error;
    const std::optional<ContractConsumption> c = asOf.isValid()
        ? ConsumptionEngine::compute(m_workspace->repository(), contractId, asOf, {}, &error)
        : std::nullopt;
    if (!c) {
        m_selectionSummary->setText(error.isEmpty() ? QString() : tr("The figures cannot be computed: %1").arg(error.toHtmlEscaped()));
        return;
    }
    const LotConsumption *lot = nullptr;
    for (const LotConsumption &l : c->lots) {
        if (lotId && l.lotId == lotId)
            lot = &l;
    }
    const QString title = lot ? tr("Lot %1 — %2").arg(QString::number(lot->number), lot->title)
                              : tr("%1 — %2").arg(c->reference, c->title);
    const CeilingState &ceiling = lot ? lot->ceiling : c->ceiling;
    const StepAmounts &amounts = lot ? lot->amounts : c->amounts;
    m_selectionSummary->setText(
        tr("<b>%1</b> · as of %2<br>Maximum %3 · ordered %4 (%5) · service done %6 · invoiced %7 · paid %8 · remaining %9")
            .arg(title.toHtmlEscaped(), locale.toString(asOf, QLocale::ShortFormat), ceiling.maximum.toString(locale),
                 amounts.orderedHt.toString(locale), DashboardValues::percentText(ceiling.percentHundredths, locale),
                 amounts.doneHt.toString(locale), amounts.invoicedHt.toString(locale), amounts.paidHt.toString(locale),
                 ceiling.remaining.toString(locale)));
}

QString MainWindow::totalsText() const
{
    return m_totals->text();
}

void MainWindow::updateTotals()
{
    const QLocale locale;
    const int count = m_proxy->rowCount();
    m_totals->setText(tr("%n order(s) · %1 excl. VAT · %2 incl. VAT", nullptr, count)
                          .arg(m_proxy->totalHt().toString(locale), m_proxy->totalTtc().toString(locale)));
}

void MainWindow::updateActions()
{
    const bool open = m_workspace->isOpen();
    const bool hasSelection = !selectedOrderIds().isEmpty();
    const bool hasContracts = open && m_contracts->rowCount() > 0;
    m_newOrder->setEnabled(hasContracts);
    m_editOrder->setEnabled(selectedOrderIds().size() == 1);
    m_deleteOrder->setEnabled(hasSelection);
    for (QAction *action : {m_issue, m_markDone, m_markInvoiced, m_markPaid, m_cancel})
        action->setEnabled(hasSelection);
    m_newContract->setEnabled(open);
    m_editContract->setEnabled(open && currentContractId() != 0);
    m_newLot->setEnabled(open && currentContractId() != 0);
    m_editLot->setEnabled(open && currentLotId() != 0);
    m_editPrices->setEnabled(open && currentLotId() != 0);
    m_editBeneficiaries->setEnabled(open);
}

QList<Id> MainWindow::selectedOrderIds() const
{
    QList<Id> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(IdRole).toLongLong();
    return ids;
}

void MainWindow::newOrder()
{
    if (!m_workspace->isOpen())
        return;
    Id lotId = currentLotId();
    if (!lotId && currentContractId()) {
        const QList<Lot> lots = m_workspace->repository().lots(currentContractId());
        lotId = lots.isEmpty() ? 0 : lots.first().id;
    }
    OrderEditorDialog::editOrder(m_workspace, std::nullopt, lotId, this);
}

void MainWindow::editOrder()
{
    const QList<Id> ids = selectedOrderIds();
    if (ids.size() != 1)
        return;
    const auto order = m_workspace->repository().order(ids.first());
    if (order)
        OrderEditorDialog::editOrder(m_workspace, order, order->lotId, this);
}

void MainWindow::deleteOrders()
{
    const QList<Id> ids = selectedOrderIds();
    if (ids.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete orders"), tr("Delete %n order(s)? You can undo it.", nullptr, int(ids.size())))
        != QMessageBox::Yes)
        return;
    QList<SaveOrdersCommand::Change> changes;
    for (const Id id : ids) {
        if (const auto order = m_workspace->repository().order(id))
            changes << SaveOrdersCommand::Change{order, std::nullopt, std::nullopt};
    }
    QString error;
    if (!m_workspace->execute(new SaveOrdersCommand(m_workspace, tr("Delete %n order(s)", nullptr, int(changes.size())), changes),
                              &error))
        QMessageBox::warning(this, tr("Orders not deleted"), error);
}

bool MainWindow::moveSelectedOrders(OrderStatus to, const QDate &on, QString *error)
{
    Repository &repo = m_workspace->repository();
    QList<SaveOrdersCommand::Change> changes;
    QStringList refusals;
    QHash<Id, Money> addedPerLot; // issuing several orders on one lot: each counts against the next
    QStringList overLimit;
    QList<std::optional<CeilingCheck>> checks;
    for (const Id id : selectedOrderIds()) {
        const auto order = repo.order(id);
        if (!order)
            continue;
        PurchaseOrder after = *order;
        QString message;
        if (!Lifecycle::move(after, to, on, &message)) {
            refusals << message;
            continue;
        }
        std::optional<CeilingCheck> overridden;
        if (to == OrderStatus::Issued) {
            const Money amount = after.totalHt().value_or(Money());
            const CeilingCheck check = repo.lotCeilingCheck(after.lotId, after.id, amount, addedPerLot.value(after.lotId))
                                           .value_or(CeilingCheck::check(Money(), Money(), amount));
            addedPerLot[after.lotId] = Money::fromCents(addedPerLot.value(after.lotId).cents() + amount.cents());
            if (!check.withinCeiling) {
                overLimit << tr("%1: %2").arg(after.number, check.message(QLocale()));
                overridden = check;
            }
        }
        changes << SaveOrdersCommand::Change{order, after, overridden};
    }
    if (!refusals.isEmpty()) {
        if (error)
            *error = refusals.join(QLatin1Char('\n'));
        return false;
    }
    if (changes.isEmpty())
        return false;
    if (!overLimit.isEmpty()) {
        // Going past a maximum takes an explicit decision with a reason; it is recorded with the order.
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Maximum exceeded"),
            tr("%1\n\nTo issue anyway, give the reason for overriding the maximum (it is recorded):")
                .arg(overLimit.join(QLatin1Char('\n'))),
            QLineEdit::Normal, QString(), &ok);
        if (!ok || reason.trimmed().isEmpty()) {
            if (error)
                *error = tr("Not issued: the maximum was not overridden.");
            return false;
        }
        for (SaveOrdersCommand::Change &change : changes) {
            if (change.overridden) {
                change.after->ceilingOverride = true;
                change.after->overrideReason = reason.trimmed();
            }
        }
    }
    const QString text = tr("%1: %n order(s)", nullptr, int(changes.size())).arg(Lifecycle::statusName(to));
    return m_workspace->execute(new SaveOrdersCommand(m_workspace, text, changes), error);
}

void MainWindow::askAndMove(OrderStatus to)
{
    QDialog dialog(this);
    dialog.setWindowTitle(Lifecycle::statusName(to));
    auto *date = new QDateEdit(QDate::currentDate(), &dialog);
    date->setCalendarPopup(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Date of the step \"%1\":").arg(Lifecycle::statusName(to)), date);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!moveSelectedOrders(to, date->date(), &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Step refused"), error);
}

void MainWindow::addRecentFile(const QString &rawLocation)
{
    const QString location = Database::displayLocation(rawLocation); // never a password in the settings file
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(location);
    files.prepend(location);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    int number = 1;
    for (const QString &file : files) {
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(QString::number(number++), file));
        connect(action, &QAction::triggered, this, [this, file] {
            QString error;
            if (!openDatabase(file, false, &error))
                QMessageBox::warning(this, tr("Cannot open the database"), error);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QDir::homePath(),
                                                      tr("Plafond databases (*.plafond *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New database"), tr("%1 already exists: choose a new file name.").arg(path));
        return;
    }
    QString error;
    if (!openDatabase(path, true, &error))
        QMessageBox::warning(this, tr("Cannot create the database"), error);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QDir::homePath(),
                                                      tr("Plafond databases (*.plafond *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openDatabase(path, false, &error))
        QMessageBox::warning(this, tr("Cannot open the database"), error);
}

void MainWindow::openDemo()
{
    QString location;
    QString error;
    if (!DemoData::ensureDefault(&location, &error) || !openDatabase(location, false, &error))
        QMessageBox::warning(this, tr("Cannot open the demo database"), error);
}

void MainWindow::setLanguage(const QString &code)
{
    Language::apply(code);
    QSettings().setValue(QStringLiteral("language"), code);
    // QEvent::LanguageChange reaches every widget, this window's retranslateUi() included.
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Plafond"),
                       tr("<h3>Plafond %1</h3><p>Supervision of public framework contracts: what was ordered, delivered,"
                          " invoiced and paid against each ceiling.</p><p>Free software under the GNU GPL, version 3 or"
                          " later.</p>")
                           .arg(QStringLiteral(PLAFOND_VERSION)));
}

void MainWindow::editContract(bool create)
{
    std::optional<Contract> existing;
    if (!create) {
        existing = m_workspace->repository().contract(currentContractId());
        if (!existing)
            return;
    }
    ContractDialog::editContract(m_workspace, existing, this);
}

void MainWindow::editLot(bool create)
{
    const Id contractId = currentContractId();
    if (!contractId)
        return;
    std::optional<Lot> existing;
    if (!create) {
        existing = m_workspace->repository().lot(currentLotId());
        if (!existing)
            return;
    }
    LotDialog::editLot(m_workspace, contractId, existing, this);
}

void MainWindow::editBeneficiaries()
{
    BeneficiariesDialog::manageBeneficiaries(m_workspace, this);
}

void MainWindow::editPriceSchedule()
{
    if (const Id lotId = currentLotId())
        PriceSchedulesDialog::editPriceSchedules(m_workspace, lotId, this);
}

} // namespace Plafond
