// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderspanel.h"

#include "formfields.h"
#include "workspace.h"

#include "jobs/job.h"

#include "engine/consumption.h"
#include "models/dashboardvalues.h"
#include "models/ordersfilterproxy.h"
#include "models/orderstablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace Plafond {

OrdersPanel::OrdersPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_orders(new OrdersTableModel(this)),
      m_proxy(new OrdersFilterProxy(this))
{
    setObjectName(QStringLiteral("ordersPage"));
    m_proxy->setSourceModel(m_orders);

    m_selectionSummary = FormFields::makeNote(QStringLiteral("selectionSummary"), this);
    m_selectionSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel = new QLabel(this);
    m_searchLabel->setBuddy(m_search);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &OrdersFilterProxy::setText);
    m_beneficiary = new QComboBox(this);
    m_beneficiary->setObjectName(QStringLiteral("beneficiaryFilter"));
    m_beneficiary->setMinimumContentsLength(24);
    m_beneficiary->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_beneficiaryLabel = new QLabel(this);
    m_beneficiaryLabel->setBuddy(m_beneficiary);
    connect(m_beneficiary, &QComboBox::currentIndexChanged, this, &OrdersPanel::applyBeneficiaryFilter);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setBuddy(m_status);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant value = m_status->itemData(index);
        m_proxy->setStatus(value.isValid() ? std::optional<OrderStatus>(static_cast<OrderStatus>(value.toInt()))
                                           : std::nullopt);
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
    connect(m_table, &QTableView::doubleClicked, this, &OrdersPanel::orderActivated);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrdersPanel::orderSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &OrdersPanel::shownOrdersChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &OrdersPanel::shownOrdersChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &OrdersPanel::shownOrdersChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &OrdersPanel::shownOrdersChanged);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_beneficiaryLabel);
    filters->addWidget(m_beneficiary, 2);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_selectionSummary);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
}

void OrdersPanel::setSelection(Id contractId, Id lotId)
{
    m_contractId = contractId;
    m_lotId = lotId;
    m_proxy->setContract(contractId);
    m_proxy->setLot(lotId);
    updateSummary();
}

void OrdersPanel::clearFilters()
{
    m_search->clear();
    m_beneficiary->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
}

void OrdersPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

QList<Id> OrdersPanel::selectedOrderIds() const
{
    QList<Id> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(IdRole).toLongLong();
    return ids;
}

void OrdersPanel::selectOrders(const QList<Id> &ids)
{
    for (const Id id : ids) {
        const int sourceRow = m_orders->rowOfOrder(id);
        if (sourceRow < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_orders->index(sourceRow, 0));
        if (index.isValid())
            m_table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void OrdersPanel::reloadOrders()
{
    if (!m_workspace->isOpen()) {
        m_loading.cancel();
        m_orders->clear();
        emit ordersLoaded();
        return;
    }
    // At 200,000 orders the read takes seconds: it runs on its own connection, the window stays live, and the
    // rows replace the table's at once when they are all there. A newer read replaces an older one.
    // The rows are also made ready for the table there (search texts, the table's sort), so that putting
    // them in is a swap on this thread.
    const int sortColumn = m_orders->sortColumn();
    const Qt::SortOrder sortOrder = m_orders->sortOrder();
    m_loading.run<OrdersTableModel::PreparedRows>(
        m_workspace->jobs(), this, tr("Loading the orders"),
        [sortColumn, sortOrder](JobContext &context) -> Result<OrdersTableModel::PreparedRows> {
            auto rows = context.stores().orders.orderRows();
            if (!rows)
                return rows.error();
            return OrdersTableModel::prepare(*std::move(rows), sortColumn, sortOrder);
        },
        [this](Result<OrdersTableModel::PreparedRows> rows) {
            if (!rows) {
                m_orders->clear();
                emit loadFailed(tr("The orders cannot be read: %1").arg(rows.error().message));
            } else {
                m_orders->setPrepared(*std::move(rows));
            }
            emit ordersLoaded();
        });
    emit loadingStarted();
}

bool OrdersPanel::waitUntilLoaded(int timeoutMs)
{
    return m_loading.wait(timeoutMs);
}

void OrdersPanel::reloadFilters()
{
    // The beneficiary filter lists the hierarchy, indented; choosing a ministry keeps its directions and bodies.
    const Id current = m_beneficiary->currentData().toLongLong();
    m_beneficiaries = m_workspace->isOpen() ? m_workspace->stores().catalogue.beneficiaries().value() : QList<Beneficiary>();
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

void OrdersPanel::applyBeneficiaryFilter()
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

void OrdersPanel::setBeneficiaryFilter(Id beneficiaryId)
{
    m_beneficiary->setCurrentIndex(std::max(0, m_beneficiary->findData(beneficiaryId)));
}

void OrdersPanel::updateSummary()
{
    const Id contractId = m_contractId;
    if (!m_workspace->isOpen() || !contractId) {
        m_summarizing.cancel();
        m_selectionSummary->setText(m_workspace->isOpen() ? tr("All contracts. Choose a contract or a lot on the left.")
                                                          : tr("No database is open."));
        return;
    }
    // The engine's figures at the dashboard's as-of date: the header and the dashboard never disagree (an
    // amendment counts from its signature, a cancelled order nowhere, the percentage in exact hundredths).
    // At 200,000 orders they take a while: in a job, the newest selection or date winning.
    const Id lotId = m_lotId;
    const QDate asOf = m_asOf ? m_asOf() : QDate::currentDate();
    if (!asOf.isValid()) {
        m_summarizing.cancel();
        m_selectionSummary->clear();
        return;
    }
    m_summarizing.run<ContractConsumption>(
        m_workspace->jobs(), this, tr("Computing the figures"),
        [contractId, asOf](JobContext &context) {
            return ConsumptionEngine::result(context.stores(), contractId, asOf);
        },
        [this, lotId, asOf](Result<ContractConsumption> consumption) {
            if (!consumption) {
                const QString error = consumption.error().message;
                m_selectionSummary->setText(error.isEmpty() ? QString()
                                                            : tr("The figures cannot be computed: %1").arg(error.toHtmlEscaped()));
                return;
            }
            showSummary(*consumption, lotId, asOf);
        });
}

bool OrdersPanel::waitUntilSummarized(int timeoutMs)
{
    return m_summarizing.wait(timeoutMs);
}

void OrdersPanel::showSummary(const ContractConsumption &c, Id lotId, const QDate &asOf)
{
    const QLocale locale;
    const LotConsumption *lot = nullptr;
    for (const LotConsumption &l : c.lots) {
        if (lotId && l.lotId == lotId)
            lot = &l;
    }
    const QString title = lot ? tr("Lot %1 — %2").arg(QString::number(lot->number), lot->title)
                              : tr("%1 — %2").arg(c.reference, c.title);
    const CeilingState &ceiling = lot ? lot->ceiling : c.ceiling;
    const StepAmounts &amounts = lot ? lot->amounts : c.amounts;
    m_selectionSummary->setText(
        tr("<b>%1</b> · as of %2<br>Maximum %3 · ordered %4 (%5) · service done %6 · invoiced %7 · paid %8 · remaining %9")
            .arg(title.toHtmlEscaped(), locale.toString(asOf, QLocale::ShortFormat), ceiling.maximum.toString(locale),
                 amounts.orderedHt.toString(locale), DashboardValues::percentText(ceiling.percentHundredths, locale),
                 amounts.doneHt.toString(locale), amounts.invoicedHt.toString(locale), amounts.paidHt.toString(locale),
                 ceiling.remaining.toString(locale)));
}

void OrdersPanel::retranslate()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Order, contract, beneficiary or commitment number"));
    m_beneficiaryLabel->setText(tr("&Beneficiary:"));
    m_statusLabel->setText(tr("S&tatus:"));
    reloadFilters();
    m_orders->retranslate();
    updateSummary();
}

} // namespace Plafond
