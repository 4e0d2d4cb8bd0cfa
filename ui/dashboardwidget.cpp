// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardwidget.h"

#include "asofcontrol.h"
#include "dashboardcharts.h"
#include "dashboardfigures.h"
#include "dashboardstyle.h"
#include "workspace.h"

#include "models/alertsmodel.h"
#include "models/consumptionseriesmodel.h"
#include "models/lotconsumptionmodel.h"
#include "models/ministryspendingmodel.h"
#include "models/workunitmixmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Plafond {

using namespace DashboardStyle;

namespace {

// Severity in the alerts table's text colour, in the variant of the palette the table is drawn with.
class SeverityDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != AlertsModel::SeverityColumn)
            return;
        const Colours colours = coloursFor(option->palette.color(QPalette::Base).lightness() < 128);
        switch (static_cast<Alert::Severity>(index.data(SeverityRole).toInt())) {
        case Alert::Severity::Critical:
            option->palette.setColor(QPalette::Text, colours.critical);
            option->font.setBold(true);
            break;
        case Alert::Severity::Warning: option->palette.setColor(QPalette::Text, colours.warning); break;
        case Alert::Severity::Info: option->palette.setColor(QPalette::Text, colours.info); break;
        }
    }
};

} // namespace

DashboardWidget::DashboardWidget(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_lots(new LotConsumptionModel(this)),
      m_series(new ConsumptionSeriesModel(this)), m_ministries(new MinistrySpendingModel(this)),
      m_workUnits(new WorkUnitMixModel(this)), m_alerts(new AlertsModel(this))
{
    setObjectName(QStringLiteral("dashboard"));
    createWidgets();
    retranslateUi();
    applyTheme();
    clearAll(QString());

    connect(m_workspace, &Workspace::changed, this, &DashboardWidget::refresh);
    connect(m_workspace, &Workspace::opened, this, [this] {
        // Identifiers of the previous database mean nothing in this one.
        m_contractId = 0;
        m_lotId = 0;
        m_asOf = QDate();
    });
}

DashboardWidget::~DashboardWidget() = default;

QChart *DashboardWidget::ceilingChart() const
{
    return m_charts->ceilingChart();
}

QChart *DashboardWidget::timelineChart() const
{
    return m_charts->timelineChart();
}

QChart *DashboardWidget::ministryChart() const
{
    return m_charts->ministryChart();
}

QChart *DashboardWidget::workUnitChart() const
{
    return m_charts->workUnitChart();
}

void DashboardWidget::createWidgets()
{
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("dashboardPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_content = new QWidget(this);
    m_figures = new DashboardFigures(m_content);
    m_asOfControl = new AsOfControl(m_content);
    connect(m_asOfControl, &AsOfControl::dateChosen, this, &DashboardWidget::setAsOf);
    m_charts = new DashboardCharts(m_lots, m_series, m_ministries, m_workUnits, m_content);
    connect(m_charts, &DashboardCharts::ministryActivated, this, &DashboardWidget::activateMinistry);

    auto *alertsPanel = new QWidget(m_content);
    auto *alertsLayout = new QVBoxLayout(alertsPanel);
    alertsLayout->setContentsMargins(0, 0, 0, 0);
    alertsLayout->setSpacing(2);
    m_alertsLabel = new QLabel(alertsPanel);
    m_alertsView = new QTableView(alertsPanel);
    m_alertsView->setObjectName(QStringLiteral("alerts"));
    m_alertsLabel->setBuddy(m_alertsView);
    m_alertsView->setModel(m_alerts);
    m_alertsView->setItemDelegate(new SeverityDelegate(m_alertsView));
    m_alertsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_alertsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_alertsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_alertsView->setWordWrap(false);
    m_alertsView->setAlternatingRowColors(true);
    m_alertsView->verticalHeader()->hide();
    m_alertsView->verticalHeader()->setDefaultSectionSize(m_alertsView->fontMetrics().height() + 6);
    m_alertsView->horizontalHeader()->setSectionResizeMode(AlertsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_alertsView->horizontalHeader()->setSectionResizeMode(AlertsModel::MessageColumn, QHeaderView::Stretch);
    m_alertsView->horizontalHeader()->setSectionResizeMode(AlertsModel::LotColumn, QHeaderView::ResizeToContents);
    m_alertsView->setMinimumHeight(m_alertsView->verticalHeader()->defaultSectionSize() * 2
                                   + m_alertsView->horizontalHeader()->sizeHint().height() + 4);
    connect(m_alertsView, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit lotActivated(index.data(LotIdRole).toLongLong()); });
    alertsLayout->addWidget(m_alertsLabel);
    alertsLayout->addWidget(m_alertsView, 1);

    // The charts take what the alerts leave; the user can give the alerts more room.
    m_splitter = new QSplitter(Qt::Vertical, m_content);
    m_splitter->setObjectName(QStringLiteral("dashboardSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_charts);
    m_splitter->addWidget(alertsPanel);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({520, 110});

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(4);
    content->addWidget(m_figures);
    content->addWidget(m_asOfControl);
    content->addWidget(m_splitter, 1);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_placeholder);
    outer->addWidget(m_content, 1);
}

void DashboardWidget::setSelection(Id contractId, Id lotId)
{
    if (contractId == m_contractId && lotId == m_lotId)
        return;
    if (contractId != m_contractId)
        m_asOf = QDate(); // another contract: start on its own default date
    m_contractId = contractId;
    m_lotId = contractId ? lotId : 0;
    refresh();
}

void DashboardWidget::setAsOf(const QDate &date)
{
    if (!date.isValid())
        return;
    const QDate clamped = m_lifeStart.isValid() ? std::clamp(date, m_lifeStart, m_lifeEnd) : date;
    if (clamped == m_asOf) {
        m_asOfControl->setLife(m_lifeStart, m_lifeEnd, m_asOf); // a date outside the life: show where it was brought
        return;
    }
    m_asOf = clamped;
    m_asOfControl->setLife(m_lifeStart, m_lifeEnd, m_asOf);
    refresh();
    emit asOfChanged(m_asOf);
}

QDate DashboardWidget::effectiveAsOf()
{
    if (!m_asOf.isValid() || m_stale)
        updateLife();
    return m_asOf;
}

void DashboardWidget::refresh()
{
    if (!isVisible()) {
        m_stale = true; // nobody sees it: compute when shown
        return;
    }
    m_stale = false;
    updateLife();
    compute();
}

void DashboardWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardWidget::updateLife()
{
    m_lifeStart = m_lifeEnd = QDate();
    if (!m_workspace->isOpen() || !m_contractId)
        return;
    Stores &stores = m_workspace->stores();
    const std::optional<Contract> contract = stores.contracts.contract(m_contractId).optional();
    if (!contract || !contract->startOn.isValid())
        return;
    // The whole life, every amendment's extension included, so that the slider's range does not move with it.
    int months = contract->durationMonths;
    for (const Amendment &a : stores.contracts.amendments(m_contractId))
        months += a.deltaMonths;
    m_lifeStart = contract->startOn;
    m_lifeEnd = std::max(m_lifeStart, m_lifeStart.addMonths(months).addDays(-1));
    // Today by default; after the end, the end (the demo's contracts are over).
    if (!m_asOf.isValid())
        m_asOf = QDate::currentDate();
    m_asOf = std::clamp(m_asOf, m_lifeStart, m_lifeEnd);
    m_asOfControl->setLife(m_lifeStart, m_lifeEnd, m_asOf);
}

void DashboardWidget::compute()
{
    if (!m_workspace->isOpen() || !m_contractId || !m_lifeStart.isValid()) {
        m_computing.cancel();
        clearAll(m_workspace->isOpen() ? tr("Choose a contract or a lot on the left to see its dashboard.")
                                       : tr("No database is open."));
        emit computed();
        return;
    }
    // One computation per change, never one per paint: the models keep its result and the charts read them.
    // It runs in a job on its own connection (at 200,000 orders it takes a noticeable time), while the figures
    // of the previous date stay on screen; a newer date or edit replaces a computation still running.
    const Id contractId = m_contractId;
    const QDate asOf = m_asOf;
    m_computing.run<ContractConsumption>(
        m_workspace->jobs(), this, tr("Computing the dashboard"),
        [contractId, asOf](JobContext &context) {
            return ConsumptionEngine::result(context.stores(), contractId, asOf);
        },
        [this](Result<ContractConsumption> result) {
            if (!result)
                clearAll(tr("The dashboard cannot be computed: %1").arg(result.error().message));
            else
                showComputed(*std::move(result));
            emit computed();
        });
}

bool DashboardWidget::waitUntilComputed(int timeoutMs)
{
    return m_computing.wait(timeoutMs);
}

void DashboardWidget::showComputed(ContractConsumption consumption)
{
    m_consumption = std::move(consumption);
    // A lot that no longer exists (deleted, or undone) leaves its contract's dashboard.
    const bool lotExists = std::any_of(m_consumption->lots.cbegin(), m_consumption->lots.cend(),
                                       [this](const LotConsumption &lot) { return lot.lotId == m_lotId; });
    if (!lotExists)
        m_lotId = 0;
    const Id lot = m_lotId;
    m_lots->setConsumption(*m_consumption, lot);
    m_charts->resetForecastRange(); // until the charts take the new ranges
    m_series->setConsumption(*m_consumption, lot);
    m_ministries->setConsumption(*m_consumption, lot);
    m_workUnits->setConsumption(*m_consumption, lot);
    m_alerts->setConsumption(*m_consumption, lot);
    m_placeholder->hide();
    m_content->show();
    showConsumption();
}

void DashboardWidget::clearAll(const QString &message)
{
    m_consumption.reset();
    m_lots->clear();
    m_series->clear();
    m_ministries->clear();
    m_workUnits->clear();
    m_alerts->clear();
    m_placeholder->setText(message);
    m_placeholder->setVisible(true);
    m_content->hide();
}

void DashboardWidget::activateMinistry(int row)
{
    if (row < 0 || row >= m_ministries->rowCount())
        return;
    if (const Id id = m_ministries->ministry(row).beneficiaryId)
        emit ministryClicked(id);
}

void DashboardWidget::showConsumption()
{
    if (!m_consumption)
        return;
    m_figures->setConsumption(*m_consumption, m_lotId, isDark());
    m_alertsLabel->setText(tr("&Alerts (%1)").arg(QLocale().toString(m_alerts->rowCount())));
    m_charts->update(*m_consumption, m_lotId, m_lifeStart, m_lifeEnd, m_asOf);
}

void DashboardWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::PaletteChange) {
        applyTheme();
    }
    QWidget::changeEvent(event);
}

void DashboardWidget::retranslateUi()
{
    m_figures->retranslate();
    m_asOfControl->retranslate();
    m_alertsView->setToolTip(tr("Double-click or press Enter on an alert to show its lot."));
    // Headers name the bar sets (through the mappers) and the tables' columns.
    for (ConsumptionTableModel *model :
         std::initializer_list<ConsumptionTableModel *>{m_lots, m_series, m_ministries, m_workUnits, m_alerts})
        model->retranslate();
    m_charts->retranslate();
    if (m_consumption) {
        showConsumption();
    } else if (m_workspace->isOpen()) {
        m_placeholder->setText(tr("Choose a contract or a lot on the left to see its dashboard."));
    } else {
        m_placeholder->setText(tr("No database is open."));
    }
}

bool DashboardWidget::isDark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

void DashboardWidget::applyTheme()
{
    m_charts->applyTheme(palette(), font());
    if (m_consumption)
        m_figures->setConsumption(*m_consumption, m_lotId, isDark());
}

} // namespace Plafond
