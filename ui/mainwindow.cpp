// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "beneficiariesdialog.h"
#include "contractdialog.h"
#include "dashboardwidget.h"
#include "exportactions.h"
#include "importactions.h"
#include "language.h"
#include "lotdialog.h"
#include "mainwindowactions.h"
#include "ordercommands.h"
#include "ordereditordialog.h"
#include "orderspanel.h"
#include "priceschedulesdialog.h"
#include "viewtabs.h"
#include "workspace.h"

#include "io/demodata.h"
#include "models/contracttreemodel.h"
#include "models/ordersfilterproxy.h"
#include "models/orderstablemodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace Plafond {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_workspace(new Workspace(this)), m_contracts(new ContractTreeModel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_actions = new MainWindowActions(this, m_workspace->undoStack());
    createWidgets();
    auto *imports = new ImportActions(this, m_workspace);
    auto *exports = new ExportActions(this, m_workspace, [this]() { return currentContractId(); },
                                      [this]() -> QAbstractItemModel * { return ordersProxy(); });
    m_actions->createMenus(imports->menu(), {exports->pdfAction(), exports->csvAction()});
    connectActions();
    retranslateUi();

    connect(m_workspace, &Workspace::changed, this, &MainWindow::onChanged);
    connect(m_workspace, &Workspace::errorOccurred, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Plafond"), message); });
    connect(m_workspace->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateActions);

    QSettings settings;
    resize(1340, 740);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    ordersView()->horizontalHeader()->restoreState(settings.value(QStringLiteral("window/ordersHeader")).toByteArray());
    updateActions();
}

MainWindow::~MainWindow()
{
    // The workspace is a child: it outlives this object's own members, so it must stop calling back first.
    m_workspace->undoStack()->disconnect(this);
    m_workspace->undoStack()->disconnect(m_actions);
    m_workspace->disconnect(this);
    // Its jobs are stopped with it: nothing they deliver may reach this half-destroyed window.
    m_ordersPanel->disconnect(this);
    m_workspace->jobs().cancelAll();
    m_workspace->jobs().waitForAll();
}

OrdersTableModel *MainWindow::ordersModel() const
{
    return m_ordersPanel->model();
}

OrdersFilterProxy *MainWindow::ordersProxy() const
{
    return m_ordersPanel->proxy();
}

QTableView *MainWindow::ordersView() const
{
    return m_ordersPanel->table();
}

DashboardWidget *MainWindow::dashboard() const
{
    return m_tabs->dashboard();
}

QTabWidget *MainWindow::viewTabs() const
{
    return m_tabs;
}

void MainWindow::connectActions()
{
    const MainWindowActions *a = m_actions;
    connect(a->newDatabase, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(a->open, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    connect(a->openDemo, &QAction::triggered, this, &MainWindow::openDemo);
    connect(a, &MainWindowActions::recentFileChosen, this, &MainWindow::openRecent);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->newOrder, &QAction::triggered, this, &MainWindow::newOrder);
    connect(a->editOrder, &QAction::triggered, this, &MainWindow::editOrder);
    connect(a->deleteOrder, &QAction::triggered, this, &MainWindow::deleteOrders);
    connect(a->newContract, &QAction::triggered, this, [this] { editContract(true); });
    connect(a->editContract, &QAction::triggered, this, [this] { editContract(false); });
    connect(a->newLot, &QAction::triggered, this, [this] { editLot(true); });
    connect(a->editLot, &QAction::triggered, this, [this] { editLot(false); });
    connect(a->editBeneficiaries, &QAction::triggered, this, &MainWindow::editBeneficiaries);
    connect(a->editPrices, &QAction::triggered, this, &MainWindow::editPriceSchedule);
    connect(a->find, &QAction::triggered, this, [this] {
        showOrders(); // the search field is on the orders tab
        m_ordersPanel->focusSearch();
    });
    connect(a->clearFilters, &QAction::triggered, this, &MainWindow::clearFilters);
    connect(a->showOrders, &QAction::triggered, this, &MainWindow::showOrders);
    connect(a->showDashboard, &QAction::triggered, this, &MainWindow::showDashboard);
    const QList<std::pair<QAction *, OrderStatus>> steps{{a->issue, OrderStatus::Issued},
                                                         {a->markDone, OrderStatus::Done},
                                                         {a->markInvoiced, OrderStatus::Invoiced},
                                                         {a->markPaid, OrderStatus::Paid},
                                                         {a->cancel, OrderStatus::Cancelled}};
    for (const auto &[action, status] : steps)
        connect(action, &QAction::triggered, this, [this, to = status] { askAndMove(to); });
    connect(a->french, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("fr")); });
    connect(a->english, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
    connect(a->about, &QAction::triggered, this, &MainWindow::about);

    ordersView()->addActions({a->editOrder, a->deleteOrder});
    ordersView()->setContextMenuPolicy(Qt::ActionsContextMenu);
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

    m_ordersPanel = new OrdersPanel(m_workspace, this);
    connect(m_ordersPanel, &OrdersPanel::orderActivated, this, &MainWindow::editOrder);
    connect(m_ordersPanel, &OrdersPanel::orderSelectionChanged, this, &MainWindow::updateActions);
    connect(m_ordersPanel, &OrdersPanel::shownOrdersChanged, this, &MainWindow::updateTotals);
    connect(m_ordersPanel, &OrdersPanel::ordersLoaded, this, &MainWindow::onOrdersLoaded);
    connect(m_ordersPanel, &OrdersPanel::loadingStarted, this,
            [this] { statusBar()->showMessage(tr("Loading the orders…")); });
    connect(m_ordersPanel, &OrdersPanel::loadFailed, this, [this](const QString &message) {
        statusBar()->clearMessage();
        QMessageBox::warning(this, tr("Plafond"), message);
    });

    m_tabs = new ViewTabs(m_workspace, m_ordersPanel, this);
    DashboardWidget *dashboard = m_tabs->dashboard();
    m_ordersPanel->setAsOfSource([dashboard] { return dashboard->effectiveAsOf(); });
    // A ministry's bar leads to its orders (its directions included); an alert to its lot.
    connect(dashboard, &DashboardWidget::ministryClicked, this, [this](Id beneficiaryId) {
        setBeneficiaryFilter(beneficiaryId);
        showOrders();
    });
    connect(dashboard, &DashboardWidget::lotActivated, this,
            [this, dashboard](Id lotId) { selectContractOrLot(dashboard->contractId(), lotId); });
    connect(dashboard, &DashboardWidget::asOfChanged, m_ordersPanel, &OrdersPanel::updateSummary);

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
    setFocusProxy(ordersView());

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totals"));
    statusBar()->addPermanentWidget(m_totals);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(m_workspace->isOpen() ? tr("%1 — Plafond").arg(QFileInfo(m_workspace->location()).fileName())
                                         : tr("Plafond"));
    m_actions->retranslate();
    m_demoBanner->setText(tr("Demo data: the two contracts are real, but their prices, orders and amounts are illustrative."));
    m_contracts->retranslate();
    m_ordersPanel->retranslate();
    updateTotals();
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
    settings.setValue(QStringLiteral("window/ordersHeader"), ordersView()->horizontalHeader()->saveState());
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
    if (!m_workspace->stores().database().migrationNotice().isEmpty())
        statusBar()->showMessage(m_workspace->stores().database().migrationNotice(), 10000);
    // A server URL is remembered without its password (libpq then asks PGPASSWORD or ~/.pgpass).
    QSettings().setValue(QStringLiteral("lastDatabase"), Database::displayLocation(location));
    if (QSettings().value(QStringLiteral("window/ordersHeader")).isNull()) {
        // First run: fit the columns to what they hold (sampled, so that it stays quick on a large table).
        ordersView()->horizontalHeader()->setResizeContentsPrecision(300);
        ordersView()->resizeColumnsToContents();
    }
    m_actions->addRecentFile(location);
    retranslateUi();
    m_tree->expandAll();
    // Start on all the orders: the tree would select its first contract if it took the focus first.
    ordersView()->setFocus();
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
        m_ordersPanel->reloadOrders();
        return;
    }
    const Id contractId = currentContractId();
    const Id lotId = currentLotId();
    // The selection of a read still running is the one to restore, not the empty table's.
    if (!m_ordersPanel->isLoading())
        m_selectionToRestore = selectedOrderIds();
    m_contracts->reload(m_workspace->stores());
    m_ordersPanel->reloadOrders(); // ordersLoaded() comes when the rows are in: onOrdersLoaded()
    m_tree->expandAll();
    selectContractOrLot(contractId, lotId);
    bool demo = false;
    for (const Contract &c : m_contracts->contracts())
        demo = demo || c.demo;
    m_demoBanner->setVisible(demo);
    m_ordersPanel->reloadFilters();
    m_ordersPanel->updateSummary();
    updateTotals();
    updateActions();
}

void MainWindow::onOrdersLoaded()
{
    statusBar()->clearMessage();
    m_ordersPanel->selectOrders(m_selectionToRestore);
    m_selectionToRestore.clear();
    m_ordersPanel->updateSummary();
    updateTotals();
    updateActions();
}

void MainWindow::onChanged(const Changes &changes)
{
    if (!m_workspace->isOpen() || changes.topics != Changes::Orders || changes.allOrders) {
        reloadAll();
        return;
    }
    // A read still running may have started before this change: read again rather than patch rows that
    // are not in the table yet.
    if (m_ordersPanel->isLoading()) {
        m_ordersPanel->reloadOrders();
        return;
    }
    // Orders only: their rows, not the whole table; the tree and the filters do not change.
    ordersModel()->apply(m_workspace->stores(), changes);
    m_ordersPanel->updateSummary();
    updateTotals();
    updateActions();
}

bool MainWindow::waitUntilLoaded(int timeoutMs)
{
    // The orders, then the header's figures (which an ordersLoaded() may have started again).
    return m_ordersPanel->waitUntilLoaded(timeoutMs) && m_ordersPanel->waitUntilSummarized(timeoutMs);
}

void MainWindow::setBeneficiaryFilter(Id beneficiaryId)
{
    m_ordersPanel->setBeneficiaryFilter(beneficiaryId);
}

void MainWindow::clearFilters()
{
    m_ordersPanel->clearFilters();
    m_tree->setCurrentIndex({});
    m_tree->clearSelection();
    m_ordersPanel->setSelection(0, 0);
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
    m_tabs->setCurrentWidget(m_ordersPanel);
}

void MainWindow::showDashboard()
{
    m_tabs->setCurrentWidget(m_tabs->dashboard());
}

void MainWindow::onTreeSelection()
{
    m_tabs->setSelection(currentContractId(), currentLotId());
    m_ordersPanel->setSelection(currentContractId(), currentLotId());
    updateActions();
}

QString MainWindow::totalsText() const
{
    return m_totals->text();
}

void MainWindow::updateTotals()
{
    const QLocale locale;
    const OrdersFilterProxy *proxy = ordersProxy();
    m_totals->setText(tr("%n order(s) · %1 excl. VAT · %2 incl. VAT", nullptr, proxy->rowCount())
                          .arg(proxy->totalHt().toString(locale), proxy->totalTtc().toString(locale)));
}

void MainWindow::updateActions()
{
    const MainWindowActions *a = m_actions;
    const bool open = m_workspace->isOpen();
    const bool hasSelection = !selectedOrderIds().isEmpty();
    const bool hasContracts = open && m_contracts->rowCount() > 0;
    a->newOrder->setEnabled(hasContracts);
    a->editOrder->setEnabled(selectedOrderIds().size() == 1);
    a->deleteOrder->setEnabled(hasSelection);
    for (QAction *action : {a->issue, a->markDone, a->markInvoiced, a->markPaid, a->cancel})
        action->setEnabled(hasSelection);
    a->newContract->setEnabled(open);
    a->editContract->setEnabled(open && currentContractId() != 0);
    a->newLot->setEnabled(open && currentContractId() != 0);
    a->editLot->setEnabled(open && currentLotId() != 0);
    a->editPrices->setEnabled(open && currentLotId() != 0);
    a->editBeneficiaries->setEnabled(open);
}

QList<Id> MainWindow::selectedOrderIds() const
{
    return m_ordersPanel->selectedOrderIds();
}

void MainWindow::newOrder()
{
    if (!m_workspace->isOpen())
        return;
    Id lotId = currentLotId();
    if (!lotId && currentContractId()) {
        const QList<Lot> lots = m_workspace->stores().contracts.lots(currentContractId()).value();
        lotId = lots.isEmpty() ? 0 : lots.first().id;
    }
    OrderEditorDialog::editOrder(m_workspace, std::nullopt, lotId, this);
}

void MainWindow::editOrder()
{
    const QList<Id> ids = selectedOrderIds();
    if (ids.size() != 1)
        return;
    const auto order = m_workspace->stores().orders.order(ids.first()).optional();
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
        if (const auto order = m_workspace->stores().orders.order(id).optional())
            changes << SaveOrdersCommand::Change{order, std::nullopt, std::nullopt};
    }
    QString error;
    if (!m_workspace->execute(new SaveOrdersCommand(m_workspace, tr("Delete %n order(s)", nullptr, int(changes.size())), changes),
                              &error))
        QMessageBox::warning(this, tr("Orders not deleted"), error);
}

bool MainWindow::moveSelectedOrders(OrderStatus to, const QDate &on, QString *error)
{
    Stores &stores = m_workspace->stores();
    QList<SaveOrdersCommand::Change> changes;
    QStringList refusals;
    QHash<Id, Money> addedPerLot; // issuing several orders on one lot: each counts against the next
    QStringList overLimit;
    QList<std::optional<CeilingCheck>> checks;
    for (const Id id : selectedOrderIds()) {
        const auto order = stores.orders.order(id);
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
            const CeilingCheck check = stores.orders.lotCeilingCheck(after.lotId, after.id, amount, addedPerLot.value(after.lotId))
                                           .valueOr(CeilingCheck::check(Money(), Money(), amount));
            addedPerLot[after.lotId] = Money::fromCents(addedPerLot.value(after.lotId).cents() + amount.cents());
            if (!check.withinCeiling) {
                overLimit << tr("%1: %2").arg(after.number, check.message(QLocale()));
                overridden = check;
            }
        }
        changes << SaveOrdersCommand::Change{order.optional(), after, overridden};
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

void MainWindow::openOrWarn(const QString &location, bool create)
{
    QString error;
    if (!openDatabase(location, create, &error))
        QMessageBox::warning(this, create ? tr("Cannot create the database") : tr("Cannot open the database"), error);
}

QString MainWindow::databaseFileFilter()
{
    return tr("Plafond databases (*.plafond *.sqlite);;All files (*)");
}

void MainWindow::openRecent(const QString &location)
{
    openOrWarn(location, false);
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QDir::homePath(), databaseFileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New database"), tr("%1 already exists: choose a new file name.").arg(path));
        return;
    }
    openOrWarn(path, true);
}

void MainWindow::openDatabaseDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open database"), QDir::homePath(), databaseFileFilter());
    if (path.isEmpty())
        return;
    openOrWarn(path, false);
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
        existing = m_workspace->stores().contracts.contract(currentContractId()).optional();
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
        existing = m_workspace->stores().contracts.lot(currentLotId()).optional();
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
