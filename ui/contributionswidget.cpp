// SPDX-License-Identifier: GPL-3.0-or-later
#include "contributionswidget.h"

#include "contributiondialog.h"
#include "coveragecommands.h"
#include "engine/contributions.h"
#include "formfields.h"
#include "models/contributionsmodel.h"
#include "models/roles.h"
#include "models/uncontributedordersmodel.h"
#include "ordereditordialog.h"
#include "tablepage.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Plafond {

namespace {

// Hundredths of a percent as locale text with two decimals ("52.40" / "52,40"), without a double.
QString percentText(qint64 hundredths)
{
    const QLocale locale;
    const qint64 whole = hundredths / 100;
    const qint64 fraction = hundredths % 100;
    return locale.toString(whole) + locale.decimalPoint()
        + QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
}

} // namespace

ContributionsWidget::ContributionsWidget(Workspace *workspace, QWidget *parent)
    : WorkspacePage(workspace, parent),
      m_contributions(new ContributionsModel(this)),
      m_without(new UncontributedOrdersModel(this)),
      m_proxy(TablePage::rawValueSortProxy(m_contributions, this)),
      m_contractLabel(new QLabel(this)),
      m_contract(new QComboBox(this)),
      m_asOfLabel(new QLabel(this)),
      m_asOf(new QDateEdit(QDate::currentDate(), this)),
      m_kpi(FormFields::makeNote(QStringLiteral("contributionsKpi"), this)),
      m_table(new QTableView(this)),
      m_add(new QPushButton(this)),
      m_edit(new QPushButton(this)),
      m_remove(new QPushButton(this)),
      m_withoutTitle(new QLabel(this)),
      m_withoutTable(new QTableView(this))
{
    setObjectName(QStringLiteral("contributionsPage"));
    m_contract->setObjectName(QStringLiteral("contributionsContract"));
    m_asOf->setObjectName(QStringLiteral("contributionsAsOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_kpi->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_add->setObjectName(QStringLiteral("contributionsAdd"));
    m_edit->setObjectName(QStringLiteral("contributionsEdit"));
    m_remove->setObjectName(QStringLiteral("contributionsRemove"));
    TablePage::setUpTable(m_table, QStringLiteral("contributionsTable"), m_proxy,
                          TablePage::SelectRows | TablePage::SingleSelection, TablePage::LastColumn,
                          ContributionsModel::OrderColumn);
    TablePage::setUpTable(m_withoutTable, QStringLiteral("contributionsWithout"), m_without, {});
    m_asOfLabel->setBuddy(m_asOf);

    auto *top = TablePage::labelledRow(m_contractLabel, m_contract);
    top->addWidget(m_asOfLabel);
    top->addWidget(m_asOf);
    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_table, 1);
    upperLayout->addLayout(TablePage::buttonRow({m_add, m_edit, m_remove}));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(TablePage::titledPane(m_withoutTitle, m_withoutTable, this));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_kpi);
    layout->addWidget(splitter, 1);

    connect(m_contract, &QComboBox::currentIndexChanged, this, &ContributionsWidget::reload);
    connect(m_asOf, &QDateEdit::dateChanged, this, &ContributionsWidget::reload);
    connect(m_add, &QPushButton::clicked, this, [this] { editContribution(std::nullopt); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const auto k = selected())
            editContribution(k);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (const auto k = selected())
            editContribution(k);
    });
    connect(m_remove, &QPushButton::clicked, this, &ContributionsWidget::removeSelected);
    // Double-click (or Enter) on an order without contribution opens it in the order editor.
    connect(m_withoutTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        const Id orderId = index.data(IdRole).toLongLong();
        if (!m_workspace->isOpen() || !orderId)
            return;
        if (std::optional<PurchaseOrder> order = m_workspace->stores().orders.order(orderId).optional())
            OrderEditorDialog::editOrder(m_workspace, order, order->lotId, this);
    });
    connect(m_workspace, &Workspace::opened, this, &ContributionsWidget::reload);
    reloadOnChanges(Changes::Components | Changes::Orders | Changes::Contracts | Changes::Catalogue, [this] { reload(); });
    retranslateUi();
    reload();
}

void ContributionsWidget::setAsOf(const QDate &date)
{
    m_asOf->setDate(date);
    reload();
}

void ContributionsWidget::reload()
{
    TablePage::refill(m_contract, [this] {
        TablePage::addContracts(m_contract, m_workspace);
    });
    const Id contractId = m_contract->currentData().toLongLong();
    if (!m_workspace->isOpen() || contractId == 0) {
        m_contributions->clear();
        m_without->setOrders({});
        m_kpi->clear();
        retranslateUi();
        return;
    }
    Stores &stores = m_workspace->stores();
    m_contributions->reload(stores, contractId);
    QString error;
    const std::optional<ContractContributions> kpi = ContributionsEngine::compute(stores, contractId, m_asOf->date(), &error);
    if (!kpi) {
        m_without->setOrders({});
        m_kpi->setText(error);
        retranslateUi();
        return;
    }
    m_without->setOrders(kpi->without);
    QStringList lines;
    lines << tr("Development ordered excl. VAT: %1; with a merged contribution: %2 (%3 %)")
                 .arg(kpi->share.developmentHt.toString(), kpi->share.mergedHt.toString(),
                      percentText(kpi->share.percentHundredths));
    for (const LotContributions &lot : kpi->lots) {
        lines << tr("Lot %1: %2 of %3 (%4 %)")
                     .arg(QString::number(lot.lotNumber), lot.share.mergedHt.toString(), lot.share.developmentHt.toString(),
                          percentText(lot.share.percentHundredths));
    }
    m_kpi->setText(lines.join(QLatin1Char('\n')));
    retranslateUi();
}

std::optional<Contribution> ContributionsWidget::selected() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const Id id = current.data(IdRole).toLongLong();
    for (const Contribution &k : m_contributions->contributions()) {
        if (k.id == id)
            return k;
    }
    return std::nullopt;
}

void ContributionsWidget::editContribution(std::optional<Contribution> existing)
{
    if (!m_workspace->isOpen())
        return;
    ContributionDialog dialog(m_workspace->stores(), m_contract->currentData().toLongLong(), existing,
                              m_asOf->date(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Contribution edited = dialog.contribution();
    QString error;
    const QString text = existing ? tr("Edit a contribution") : tr("Add a contribution");
    if (!m_workspace->execute(new SaveContributionCommand(m_workspace, text, existing, edited,
                                                          &ComponentStore::saveContribution, &ComponentStore::removeContribution),
                              &error))
        emit m_workspace->errorOccurred(error);
}

void ContributionsWidget::removeSelected()
{
    const std::optional<Contribution> k = selected();
    if (!k)
        return;
    QString error;
    if (!m_workspace->execute(new SaveContributionCommand(m_workspace, tr("Remove a contribution"), k, std::nullopt,
                                                          &ComponentStore::saveContribution, &ComponentStore::removeContribution),
                              &error))
        emit m_workspace->errorOccurred(error);
}

void ContributionsWidget::retranslateUi()
{
    m_contractLabel->setText(tr("C&ontract:"));
    m_asOfLabel->setText(tr("&As of:"));
    m_add->setText(tr("&Add a contribution…"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Remove"));
    m_withoutTitle->setText(tr("%n development order(s) without a merged contribution", nullptr, m_without->rowCount()));
}

void ContributionsWidget::languageChanged()
{
    reload();
}

} // namespace Plafond
