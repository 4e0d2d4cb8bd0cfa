// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketswidget.h"

#include "formfields.h"
#include "models/ticketsmodel.h"
#include "slatargetsdialog.h"
#include "tablepage.h"
#include "workspace.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Plafond {

namespace {

QTableView *smallTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    const TablePage::TableFlags flags =
        TablePage::SelectRows | TablePage::ReadOnly | TablePage::CompactRows | TablePage::FitToContents;
    TablePage::setUpTable(view, name, model, flags, SlaCountsModel::LabelColumn);
    return view;
}

} // namespace

TicketsWidget::TicketsWidget(Workspace *workspace, QWidget *parent)
    : WorkspacePage(workspace, parent)
    , m_model(new TicketsModel(this))
    , m_proxy(new TicketsFilterProxy(this))
    , m_perLot(new SlaCountsModel(SlaCountsModel::Kind::PerLot, this))
    , m_perComponent(new SlaCountsModel(SlaCountsModel::Kind::PerComponent, this))
    , m_perMonth(new SlaCountsModel(SlaCountsModel::Kind::PerMonth, this))
    , m_summary(FormFields::makeNote(QStringLiteral("ticketsSummary"), this))
    , m_severityLabel(new QLabel(this))
    , m_severity(new QComboBox(this))
    , m_breachedOnly(new QCheckBox(this))
    , m_targets(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_chart(new QChart)
    , m_series(new QBarSeries(this))
    , m_mapper(new QVBarModelMapper(this))
{
    setObjectName(QStringLiteral("ticketsPage"));
    m_severity->setObjectName(QStringLiteral("ticketsSeverityFilter"));
    m_breachedOnly->setObjectName(QStringLiteral("ticketsBreachedOnly"));
    m_targets->setObjectName(QStringLiteral("ticketsSlaTargets"));
    m_severityLabel->setBuddy(m_severity);
    m_proxy->setSourceModel(m_model);
    TablePage::setUpTable(m_table, QStringLiteral("ticketsTable"), m_proxy,
                          TablePage::SelectRows | TablePage::ReadOnly | TablePage::CompactRows, TablePage::LastColumn,
                          TicketsModel::OpenedColumn);
    m_table->horizontalHeader()->resizeSection(TicketsModel::TitleColumn, 260);
    m_lotTable = smallTable(m_perLot, QStringLiteral("ticketsPerLot"), this);
    m_componentTable = smallTable(m_perComponent, QStringLiteral("ticketsPerComponent"), this);

    // The chart is a view of the per-month model: one bar set per count column.
    m_mapper->setObjectName(QStringLiteral("ticketsMonthMapper"));
    m_mapper->setFirstBarSetColumn(SlaCountsModel::TicketsColumn);
    m_mapper->setLastBarSetColumn(SlaCountsModel::RestoreBreachesColumn);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(m_perMonth);
    m_chart->addSeries(m_series);
    // The sets are made by the mapper on each reset of the model; their colours follow the report's.
    connect(m_series, &QBarSeries::barsetsAdded, this, [this]() {
        const QColor colours[]
            = { QColor(0x6f, 0xa0, 0xd4), QColor(0xe6, 0x7e, 0x22), QColor(0xc0, 0x39, 0x2b) };
        const QList<QBarSet *> sets = m_series->barSets();
        for (int i = 0; i < sets.size() && i < 3; ++i)
            sets.at(i)->setColor(colours[i]);
    });
    auto *xAxis = new QBarCategoryAxis(m_chart);
    xAxis->setLabelsAngle(-90);
    QFont small = xAxis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.75);
    xAxis->setLabelsFont(small);
    auto *yAxis = new QValueAxis(m_chart);
    yAxis->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    m_series->attachAxis(xAxis);
    m_series->attachAxis(yAxis);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(QStringLiteral("ticketsMonthChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_severityLabel);
    filters->addWidget(m_severity);
    filters->addWidget(m_breachedOnly);
    filters->addStretch(1);
    filters->addWidget(m_targets);

    auto *statistics = new QSplitter(Qt::Horizontal, this);
    statistics->addWidget(m_lotTable);
    statistics->addWidget(m_componentTable);
    statistics->addWidget(m_chartView);
    statistics->setStretchFactor(2, 2);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(statistics);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_severity, &QComboBox::currentIndexChanged, this, &TicketsWidget::applyFilters);
    connect(m_breachedOnly, &QCheckBox::toggled, this, &TicketsWidget::applyFilters);
    connect(m_targets, &QPushButton::clicked, this, &TicketsWidget::editSlaTargets);
    connect(m_workspace, &Workspace::opened, this, &TicketsWidget::reload);
    reloadOnChanges(Changes::Tickets | Changes::Contracts, [this] { reload(); });
    retranslateUi();
    reload();
}

void TicketsWidget::setSelection(Id contractId, Id lotId)
{
    const bool contractChanged = contractId != m_contractId;
    m_contractId = contractId;
    m_lotId = lotId;
    if (contractChanged)
        reload();
    else
        applyFilters();
}

void TicketsWidget::setAsOf(const QDateTime &asOf)
{
    m_asOf = asOf;
    reload();
}

void TicketsWidget::reload()
{
    if (!m_workspace->isOpen()) {
        m_model->clear();
        m_perLot->clear();
        m_perComponent->clear();
        m_perMonth->clear();
        retranslateUi();
        return;
    }
    Stores &stores = m_workspace->stores();
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime asOf = m_asOf.isValid() ? m_asOf : Ticket::wallClock(now.date(), now.time());
    // The contract chosen, or every contract one after the other (three queries each), merged.
    SlaStatistics merged;
    merged.asOf = asOf;
    QHash<Id, QString> lotLabels;
    QList<Contract> contracts;
    if (m_contractId) {
        if (const auto contract = stores.contracts.contract(m_contractId))
            contracts << *contract;
    } else {
        contracts = stores.contracts.contracts().value();
    }
    for (const Contract &contract : std::as_const(contracts)) {
        for (const Lot &lot : stores.contracts.lots(contract.id))
            lotLabels.insert(lot.id, tr("%1 lot %2").arg(contract.reference, QString::number(lot.number)));
        const auto statistics = SlaEngine::compute(stores, contract.id, asOf);
        if (!statistics)
            continue;
        merged.tickets += statistics->tickets;
        merged.sla += statistics->sla;
        auto add = [](SlaCounts &to, const SlaCounts &from) {
            to.tickets += from.tickets;
            to.responseBreaches += from.responseBreaches;
            to.restoreBreaches += from.restoreBreaches;
        };
        add(merged.total, statistics->total);
        for (auto it = statistics->perLot.cbegin(); it != statistics->perLot.cend(); ++it)
            add(merged.perLot[it.key()], it.value());
        for (auto it = statistics->perComponent.cbegin(); it != statistics->perComponent.cend(); ++it)
            add(merged.perComponent[it.key()], it.value());
        for (auto it = statistics->perMonth.cbegin(); it != statistics->perMonth.cend(); ++it)
            add(merged.perMonth[it.key()], it.value());
    }
    m_model->setStatistics(merged);
    m_perLot->setStatistics(merged, lotLabels);
    m_perComponent->setStatistics(merged);
    m_perMonth->setStatistics(merged);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->resizeSection(TicketsModel::TitleColumn,
        std::min(m_table->horizontalHeader()->sectionSize(TicketsModel::TitleColumn), 320));
    retranslateUi();
}

void TicketsWidget::retranslateUi()
{
    m_severityLabel->setText(tr("&Severity:"));
    m_breachedOnly->setText(tr("&Late only"));
    m_targets->setText(tr("SLA &targets…"));
    m_targets->setEnabled(m_workspace->isOpen() && m_contractId != 0);
    m_targets->setToolTip(m_contractId ? tr("Targets and working hours of the lots of this contract")
                                       : tr("Choose a contract or a lot on the left first"));
    const QSignalBlocker blocker(m_severity);
    const int severity = m_severity->currentIndex() < 0 ? -1 : m_severity->currentData().toInt();
    m_severity->clear();
    m_severity->addItem(tr("Any severity"), -1);
    for (Severity s : Severities::all())
        m_severity->addItem(Severities::name(s), int(s));
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(severity)));

    // The bar sets take their names from the model's header (a label set here would be written back to it).
    if (auto *axis = qobject_cast<QBarCategoryAxis *>(m_chart->axes(Qt::Horizontal).value(0))) {
        QStringList months;
        for (int row = 0; row < m_perMonth->rowCount(); ++row)
            months << m_perMonth->index(row, SlaCountsModel::LabelColumn).data().toString();
        axis->setCategories(months);
    }
    if (auto *axis = qobject_cast<QValueAxis *>(m_chart->axes(Qt::Vertical).value(0))) {
        int maximum = 1;
        for (const SlaCounts &counts : m_model->statistics().perMonth)
            maximum = std::max(maximum, counts.tickets);
        axis->setRange(0, maximum);
        axis->applyNiceNumbers();
    }
    m_chart->setTitle(tr("Tickets and breaches per month"));
    applyFilters();
}

void TicketsWidget::applyFilters()
{
    m_proxy->setLotId(m_lotId);
    m_proxy->setSeverity(m_severity->currentData().toInt());
    m_proxy->setBreachedOnly(m_breachedOnly->isChecked());
    const SlaStatistics &s = m_model->statistics();
    const SlaCounts counts = s.lot(m_lotId);
    m_summary->setText(m_workspace->isOpen()
            ? tr("Tickets shown: %1 of %2 · late first response: %3 · late restoration: %4 "
                 "(clocks in working hours, up to now for the tickets still open).")
                  .arg(m_proxy->rowCount())
                  .arg(counts.tickets)
                  .arg(counts.responseBreaches)
                  .arg(counts.restoreBreaches)
            : tr("No database is open."));
}

void TicketsWidget::editSlaTargets()
{
    if (!m_workspace->isOpen() || !m_contractId)
        return;
    SlaTargetsDialog dialog(m_workspace, m_contractId, m_lotId, this);
    dialog.exec();
}

void TicketsWidget::languageChanged()
{
    m_perMonth->setStatistics(m_model->statistics()); // month names in the new language
    retranslateUi();
}

} // namespace Plafond
