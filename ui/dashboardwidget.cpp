// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardwidget.h"

#include "workspace.h"

#include "models/alertsmodel.h"
#include "models/chartvalueproxy.h"
#include "models/consumptionseriesmodel.h"
#include "models/dashboardvalues.h"
#include "models/lotconsumptionmodel.h"
#include "models/ministryspendingmodel.h"
#include "models/workunitmixmodel.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFrame>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSlider>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QVXYModelMapper>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Plafond {

namespace {

// Colours that read on the light and on the dark palette alike, each in a light and a dark variant.
struct Colours
{
    QColor paid, invoiced, done, ordered;
    QColor line, maximum, threshold, asOf;
    QColor ministry, share, budget;
    QColor info, warning, critical; // alert severities, as text
};

Colours coloursFor(bool dark)
{
    if (dark) {
        return {QColor(0x43a047), QColor(0x9ccc65), QColor(0x4fc3f7), QColor(0x90a4ae),
                QColor(0x64b5f6), QColor(0xef5350), QColor(0xffb74d), QColor(0xbdbdbd),
                QColor(0x64b5f6), QColor(0x90a4ae), QColor(0xb39ddb),
                QColor(0xffe082), QColor(0xffab40), QColor(0xff6e6e)};
    }
    return {QColor(0x2e7d32), QColor(0x8bc34a), QColor(0x29b6f6), QColor(0xb0bec5),
            QColor(0x1565c0), QColor(0xc62828), QColor(0xef6c00), QColor(0x616161),
            QColor(0x1e88e5), QColor(0x90a4ae), QColor(0x5e35b1),
            QColor(0x8a6d00), QColor(0xd35400), QColor(0xc62828)};
}

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

// A percentage axis from 0 past `top`, with ticks on round values: every 20 % up to 140 %, else every 50 %.
void setPercentRange(QValueAxis *axis, double top)
{
    const double step = top * 1.05 <= 140 ? 20 : 50;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, std::ceil(top * 1.05 / step) * step);
}

// The model row of a bar: the bar's index in the chart is a row of the proxy.
int sourceRow(const ChartValueProxy *proxy, int bar)
{
    return proxy->mapToSource(proxy->index(bar, 0)).row();
}

// An amount axis from 0 past `top`, with three to five ticks on round values (1, 2, 2.5 or 5 times a power of
// ten). QValueAxis::applyNiceNumbers() may double the range, leaving half a small chart empty.
void setAmountRange(QValueAxis *axis, double top)
{
    top = std::max(top * 1.05, 1.0);
    const double rough = top / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10 * magnitude;
    for (const double factor : {1.0, 2.0, 2.5, 5.0}) {
        if (factor * magnitude >= rough) {
            step = factor * magnitude;
            break;
        }
    }
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, std::ceil(top / step) * step);
}

QPen linePen(const QColor &colour, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(colour, width, style);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

// The font, larger or smaller; a font sized in pixels (some platform themes) is scaled in pixels.
QFont scaled(QFont font, qreal factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qRound(font.pixelSize() * factor));
    return font;
}

QFrame *card(QLabel *caption, QLabel *value, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(0);
    layout->addWidget(caption);
    layout->addWidget(value);
    QFont font = scaled(value->font(), 1.25);
    font.setBold(true);
    value->setFont(font);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return frame;
}

} // namespace

DashboardWidget::DashboardWidget(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_lots(new LotConsumptionModel(this)),
      m_series(new ConsumptionSeriesModel(this)), m_ministries(new MinistrySpendingModel(this)),
      m_workUnits(new WorkUnitMixModel(this)), m_alerts(new AlertsModel(this)),
      m_lotValues(new ChartValueProxy(this)), m_seriesValues(new ChartValueProxy(this)),
      m_ministryValues(new ChartValueProxy(this)), m_workUnitValues(new ChartValueProxy(this))
{
    setObjectName(QStringLiteral("dashboard"));
    m_lotValues->setSourceModel(m_lots);
    m_seriesValues->setSourceModel(m_series);
    m_ministryValues->setSourceModel(m_ministries);
    m_workUnitValues->setSourceModel(m_workUnits);
    // Horizontal bars are drawn from the bottom: reversed, the largest ministry and the first work unit
    // come at the top.
    m_ministryValues->setReversed(true);
    m_workUnitValues->setReversed(true);
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

void DashboardWidget::createWidgets()
{
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("dashboardPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_content = new QWidget(this);
    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("dashboardTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = scaled(m_title->font(), 1.15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    const auto label = [this](const char *name) {
        auto *l = new QLabel(m_content);
        if (name)
            l->setObjectName(QLatin1String(name));
        return l;
    };
    m_maximumCaption = label(nullptr);
    m_maximum = label("maximumValue");
    m_orderedCaption = label(nullptr);
    m_ordered = label("orderedValue");
    m_remainingCaption = label(nullptr);
    m_remaining = label("remainingValue");
    m_percentCaption = label(nullptr);
    m_percent = label("percentValue");
    m_forecastCaption = label(nullptr);
    m_forecast = label("forecastValue");
    auto *headline = new QHBoxLayout;
    headline->setSpacing(6);
    const QList<std::pair<QLabel *, QLabel *>> cards{{m_maximumCaption, m_maximum},
                                                     {m_orderedCaption, m_ordered},
                                                     {m_remainingCaption, m_remaining},
                                                     {m_percentCaption, m_percent},
                                                     {m_forecastCaption, m_forecast}};
    for (const auto &[caption, value] : cards)
        headline->addWidget(card(caption, value, m_content), 1);

    m_asOfDate = new QDateEdit(m_content);
    m_asOfDate->setObjectName(QStringLiteral("asOfDate"));
    m_asOfDate->setCalendarPopup(true);
    m_asOfLabel = new QLabel(m_content);
    m_asOfLabel->setBuddy(m_asOfDate);
    m_asOfSlider = new QSlider(Qt::Horizontal, m_content);
    m_asOfSlider->setObjectName(QStringLiteral("asOfSlider"));
    m_asOfSlider->setSingleStep(1); // a day
    m_asOfSlider->setPageStep(30);  // about a month
    connect(m_asOfDate, &QDateEdit::dateChanged, this, &DashboardWidget::setAsOf);
    connect(m_asOfSlider, &QSlider::valueChanged, this,
            [this](int days) { setAsOf(m_lifeStart.addDays(days)); });
    auto *asOfRow = new QHBoxLayout;
    asOfRow->addWidget(m_asOfLabel);
    asOfRow->addWidget(m_asOfDate);
    asOfRow->addWidget(m_asOfSlider, 1);

    createCeilingChart();
    createTimelineChart();
    createMinistryChart();
    createWorkUnitChart();
    auto *charts = new QWidget(m_content);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    grid->addWidget(addChartView(m_ceilingChart, QStringLiteral("ceilingChart")), 0, 0);
    grid->addWidget(addChartView(m_timelineChart, QStringLiteral("timelineChart")), 0, 1);
    grid->addWidget(addChartView(m_ministryChart, QStringLiteral("ministryChart")), 1, 0);
    grid->addWidget(addChartView(m_workUnitChart, QStringLiteral("workUnitChart")), 1, 1);

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
    m_splitter->addWidget(charts);
    m_splitter->addWidget(alertsPanel);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({520, 110});

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(4);
    content->addWidget(m_title);
    content->addLayout(headline);
    content->addLayout(asOfRow);
    content->addWidget(m_splitter, 1);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_placeholder);
    outer->addWidget(m_content, 1);
}

QChartView *DashboardWidget::addChartView(QChart *chart, const QString &objectName)
{
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setLocalizeNumbers(true);
    auto *view = new QChartView(chart, m_content);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    // Two by two beside the contracts tree on a 1366 × 768 screen, with the headline and the alerts.
    view->setMinimumSize(320, 200);
    return view;
}

void DashboardWidget::createCeilingChart()
{
    m_ceilingChart = new QChart;
    m_ceilingBars = new QStackedBarSeries(m_ceilingChart);
    m_ceilingBars->setObjectName(QStringLiteral("ceilingSeries"));
    // The mapper rebuilds its bar sets on every model reset: colour and connect each new one.
    connect(m_ceilingBars, &QAbstractBarSeries::barsetsAdded, this, [this](const QList<QBarSet *> &sets) {
        for (QBarSet *set : sets) {
            connect(set, &QBarSet::hovered, this,
                    [this](bool status, int row) { showBarToolTip(m_ceilingChart, row, status); });
        }
        styleBarSets();
    });
    m_ceilingChart->addSeries(m_ceilingBars);
    m_ceilingLots = new QBarCategoryAxis(m_ceilingChart);
    m_ceilingPercent = new QValueAxis(m_ceilingChart);
    m_ceilingPercent->setLabelFormat(QStringLiteral("%.0f"));
    m_ceilingAcross = new QValueAxis(m_ceilingChart);
    m_ceilingAcross->setRange(0, 1);
    m_ceilingChart->addAxis(m_ceilingLots, Qt::AlignBottom);
    m_ceilingChart->addAxis(m_ceilingAcross, Qt::AlignBottom);
    m_ceilingChart->addAxis(m_ceilingPercent, Qt::AlignLeft);
    m_ceilingAcross->setVisible(false);
    m_ceilingBars->attachAxis(m_ceilingLots);
    m_ceilingBars->attachAxis(m_ceilingPercent);

    m_ceilingMapper = new QVBarModelMapper(this);
    m_ceilingMapper->setFirstBarSetColumn(LotConsumptionModel::PaidColumn);
    m_ceilingMapper->setLastBarSetColumn(LotConsumptionModel::OrderedNotDoneColumn);
    m_ceilingMapper->setModel(m_lotValues);
    m_ceilingMapper->setSeries(m_ceilingBars);
}

void DashboardWidget::createTimelineChart()
{
    m_timelineChart = new QChart;
    const auto line = [this](const char *name) {
        auto *series = new QLineSeries(m_timelineChart);
        series->setObjectName(QLatin1String(name));
        m_timelineChart->addSeries(series);
        return series;
    };
    m_orderedLine = line("orderedSeries");
    m_forecastLine = line("forecastSeries");
    m_maximumLine = line("maximumSeries");
    m_asOfLine = line("asOfSeries");
    connect(m_orderedLine, &QXYSeries::hovered, this,
            [this](const QPointF &point, bool state) { showTimelineToolTip(point, state, false); });
    connect(m_forecastLine, &QXYSeries::hovered, this,
            [this](const QPointF &point, bool state) { showTimelineToolTip(point, state, true); });

    m_timeAxis = new QDateTimeAxis(m_timelineChart);
    m_timeAxis->setFormat(QStringLiteral("MMM yyyy"));
    m_timeAxis->setTickCount(5);
    m_amountAxis = new QValueAxis(m_timelineChart);
    m_amountAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_timelineChart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_timelineChart->addAxis(m_amountAxis, Qt::AlignLeft);
    for (QLineSeries *series : {m_orderedLine, m_forecastLine, m_maximumLine, m_asOfLine}) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_amountAxis);
    }

    // Recorded months and projected ones are two views of the same rows: the projection starts at the last
    // recorded point, so that the two lines join.
    m_orderedMapper = new QVXYModelMapper(this);
    m_orderedMapper->setXColumn(ConsumptionSeriesModel::MonthColumn);
    m_orderedMapper->setYColumn(ConsumptionSeriesModel::CumulativeOrderedColumn);
    m_orderedMapper->setModel(m_seriesValues);
    m_orderedMapper->setSeries(m_orderedLine);
    m_forecastMapper = new QVXYModelMapper(this);
    m_forecastMapper->setXColumn(ConsumptionSeriesModel::MonthColumn);
    m_forecastMapper->setYColumn(ConsumptionSeriesModel::CumulativeOrderedColumn);
    m_forecastMapper->setModel(m_seriesValues);
    m_forecastMapper->setSeries(m_forecastLine);
}

void DashboardWidget::createMinistryChart()
{
    m_ministryChart = new QChart;
    m_ministryBars = new QHorizontalBarSeries(m_ministryChart);
    m_ministryBars->setObjectName(QStringLiteral("ministrySeries"));
    m_ministryBars->setBarWidth(0.7);
    connect(m_ministryBars, &QAbstractBarSeries::barsetsAdded, this, [this](const QList<QBarSet *> &sets) {
        for (QBarSet *set : sets) {
            connect(set, &QBarSet::hovered, this, [this](bool status, int bar) {
                showBarToolTip(m_ministryChart, sourceRow(m_ministryValues, bar), status);
            });
            connect(set, &QBarSet::clicked, this,
                    [this](int bar) { activateMinistry(sourceRow(m_ministryValues, bar)); });
        }
        styleBarSets();
    });
    m_ministryChart->addSeries(m_ministryBars);
    m_ministryNames = new QBarCategoryAxis(m_ministryChart);
    // Qt Charts 6.4 elides every label of a vertical category axis ("…") even when they fit.
    m_ministryNames->setTruncateLabels(false);
    m_ministryAmounts = new QValueAxis(m_ministryChart);
    m_ministryAmounts->setLabelFormat(QStringLiteral("%.0f"));
    m_ministryChart->addAxis(m_ministryNames, Qt::AlignLeft);
    m_ministryChart->addAxis(m_ministryAmounts, Qt::AlignBottom);
    m_ministryBars->attachAxis(m_ministryNames);
    m_ministryBars->attachAxis(m_ministryAmounts);
    m_ministryChart->legend()->hide(); // one series, named by the title

    m_ministryMapper = new QVBarModelMapper(this);
    m_ministryMapper->setFirstBarSetColumn(MinistrySpendingModel::OrderedColumn);
    m_ministryMapper->setLastBarSetColumn(MinistrySpendingModel::OrderedColumn);
    m_ministryMapper->setModel(m_ministryValues);
    m_ministryMapper->setSeries(m_ministryBars);
}

void DashboardWidget::createWorkUnitChart()
{
    m_workUnitChart = new QChart;
    m_workUnitBars = new QHorizontalBarSeries(m_workUnitChart);
    m_workUnitBars->setObjectName(QStringLiteral("workUnitSeries"));
    connect(m_workUnitBars, &QAbstractBarSeries::barsetsAdded, this, [this](const QList<QBarSet *> &sets) {
        for (QBarSet *set : sets) {
            connect(set, &QBarSet::hovered, this, [this](bool status, int bar) {
                showBarToolTip(m_workUnitChart, sourceRow(m_workUnitValues, bar), status);
            });
        }
        styleBarSets();
    });
    m_workUnitChart->addSeries(m_workUnitBars);
    m_workUnitCodes = new QBarCategoryAxis(m_workUnitChart);
    m_workUnitCodes->setTruncateLabels(false);
    m_workUnitPercent = new QValueAxis(m_workUnitChart);
    m_workUnitPercent->setLabelFormat(QStringLiteral("%.0f"));
    m_workUnitAcross = new QValueAxis(m_workUnitChart);
    m_workUnitAcross->setRange(0, 1);
    m_workUnitChart->addAxis(m_workUnitCodes, Qt::AlignLeft);
    m_workUnitChart->addAxis(m_workUnitAcross, Qt::AlignLeft);
    m_workUnitChart->addAxis(m_workUnitPercent, Qt::AlignBottom);
    m_workUnitAcross->setVisible(false);
    m_workUnitBars->attachAxis(m_workUnitCodes);
    m_workUnitBars->attachAxis(m_workUnitPercent);

    m_budgetLine = new QLineSeries(m_workUnitChart);
    m_budgetLine->setObjectName(QStringLiteral("budgetSeries"));
    m_budgetLine->append(100, 0);
    m_budgetLine->append(100, 1);
    m_workUnitChart->addSeries(m_budgetLine);
    m_budgetLine->attachAxis(m_workUnitPercent);
    m_budgetLine->attachAxis(m_workUnitAcross);

    m_workUnitMapper = new QVBarModelMapper(this);
    m_workUnitMapper->setFirstBarSetColumn(WorkUnitMixModel::ShareColumn);
    m_workUnitMapper->setLastBarSetColumn(WorkUnitMixModel::PercentOfBudgetColumn);
    m_workUnitMapper->setModel(m_workUnitValues);
    m_workUnitMapper->setSeries(m_workUnitBars);
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
        syncDateControls(); // a date outside the life was typed: show where it was brought
        return;
    }
    m_asOf = clamped;
    syncDateControls();
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
    Repository &repo = m_workspace->repository();
    const std::optional<Contract> contract = repo.contract(m_contractId);
    if (!contract || !contract->startOn.isValid())
        return;
    // The whole life, every amendment's extension included, so that the slider's range does not move with it.
    int months = contract->durationMonths;
    for (const Amendment &a : repo.amendments(m_contractId))
        months += a.deltaMonths;
    m_lifeStart = contract->startOn;
    m_lifeEnd = std::max(m_lifeStart, m_lifeStart.addMonths(months).addDays(-1));
    // Today by default; after the end, the end (the demo's contracts are over).
    if (!m_asOf.isValid())
        m_asOf = QDate::currentDate();
    m_asOf = std::clamp(m_asOf, m_lifeStart, m_lifeEnd);
    syncDateControls();
}

void DashboardWidget::syncDateControls()
{
    const QSignalBlocker dateBlocker(m_asOfDate);
    const QSignalBlocker sliderBlocker(m_asOfSlider);
    if (!m_lifeStart.isValid()) {
        m_asOfSlider->setRange(0, 0);
        return;
    }
    m_asOfDate->setDateRange(m_lifeStart, m_lifeEnd);
    m_asOfDate->setDate(m_asOf);
    m_asOfSlider->setRange(0, int(m_lifeStart.daysTo(m_lifeEnd)));
    m_asOfSlider->setValue(int(m_lifeStart.daysTo(m_asOf)));
}

void DashboardWidget::compute()
{
    if (!m_workspace->isOpen() || !m_contractId || !m_lifeStart.isValid()) {
        clearAll(m_workspace->isOpen() ? tr("Choose a contract or a lot on the left to see its dashboard.")
                                       : tr("No database is open."));
        return;
    }
    // One computation per change, never one per paint: the models keep its result and the charts read them.
    // At demo scale it takes a few milliseconds. With 200,000 orders it would freeze the window for a
    // noticeable time: it should then run on a worker thread with its own database connection and post its
    // result back here (a decision left to the lead).
    QString error;
    std::optional<ContractConsumption> result =
        ConsumptionEngine::compute(m_workspace->repository(), m_contractId, m_asOf, {}, &error);
    if (!result) {
        clearAll(tr("The dashboard cannot be computed: %1").arg(error));
        return;
    }
    m_consumption = std::move(result);
    // A lot that no longer exists (deleted, or undone) leaves its contract's dashboard.
    const bool lotExists = std::any_of(m_consumption->lots.cbegin(), m_consumption->lots.cend(),
                                       [this](const LotConsumption &lot) { return lot.lotId == m_lotId; });
    if (!lotExists)
        m_lotId = 0;
    const Id lot = m_lotId;
    m_lots->setConsumption(*m_consumption, lot);
    // From the first row until updateCharts() sets the new ranges: the old ones may lie past the new rows.
    m_forecastMapper->setFirstRow(0);
    m_series->setConsumption(*m_consumption, lot);
    m_ministries->setConsumption(*m_consumption, lot);
    m_workUnits->setConsumption(*m_consumption, lot);
    m_alerts->setConsumption(*m_consumption, lot);
    m_placeholder->hide();
    m_content->show();
    updateHeadline();
    updateCharts();
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

void DashboardWidget::updateHeadline()
{
    if (!m_consumption)
        return;
    const ContractConsumption &c = *m_consumption;
    const LotConsumption *lot = nullptr;
    for (const LotConsumption &l : c.lots) {
        if (m_lotId && l.lotId == m_lotId)
            lot = &l;
    }
    const QLocale locale;
    const QString contractTitle = tr("%1 — %2").arg(c.reference, c.title);
    m_title->setText(lot ? tr("%1 · Lot %2 — %3").arg(contractTitle, locale.toString(lot->number), lot->title)
                         : contractTitle);

    const CeilingState &ceiling = lot ? lot->ceiling : c.ceiling;
    const StepAmounts &amounts = lot ? lot->amounts : c.amounts;
    const Forecast &forecast = lot ? lot->forecast : c.forecast;
    m_maximum->setText(ceiling.maximum.toString(locale));
    m_ordered->setText(amounts.orderedHt.toString(locale));
    m_ordered->setToolTip(tr("Service done %1 · invoiced %2 · paid %3 (excl. VAT)")
                              .arg(amounts.doneHt.toString(locale), amounts.invoicedHt.toString(locale),
                                   amounts.paidHt.toString(locale)));
    m_remaining->setText(ceiling.remaining.toString(locale));
    m_percent->setText(DashboardValues::percentText(ceiling.percentHundredths, locale));

    // The percentage takes the colour of the most severe ceiling alert on what is shown.
    std::optional<Alert::Severity> severity;
    for (const Alert &a : c.alerts) {
        if (a.lotId != (lot ? lot->lotId : 0))
            continue;
        if (a.kind != Alert::Kind::Threshold && a.kind != Alert::Kind::OverMaximum)
            continue;
        if (!severity || int(a.severity) > int(*severity))
            severity = a.severity;
    }
    const Colours colours = coloursFor(isDark());
    QPalette palette = m_percent->parentWidget()->palette();
    QString state = QStringLiteral("none");
    if (severity == Alert::Severity::Critical) {
        palette.setColor(QPalette::WindowText, colours.critical);
        state = QStringLiteral("critical");
    } else if (severity == Alert::Severity::Warning) {
        palette.setColor(QPalette::WindowText, colours.warning);
        state = QStringLiteral("warning");
    } else if (severity == Alert::Severity::Info) {
        palette.setColor(QPalette::WindowText, colours.info);
        state = QStringLiteral("info");
    }
    m_percent->setPalette(palette);
    m_percent->setProperty("alertState", state);
    m_percent->setToolTip(ceiling.thresholdReached
                              ? tr("The %1% threshold is reached.").arg(locale.toString(ceiling.thresholdReached))
                              : tr("No threshold is reached."));

    if (ceiling.remaining.cents() <= 0)
        m_forecast->setText(tr("Already reached"));
    else if (forecast.notBeforeEnd || !forecast.maxReachedOn)
        m_forecast->setText(tr("Not before the end"));
    else
        m_forecast->setText(locale.toString(*forecast.maxReachedOn, QLocale::ShortFormat));
    m_forecast->setToolTip(tr("At %1 a month, the rate of the last %n month(s); the contract ends on %2.", nullptr,
                              forecast.windowMonths)
                               .arg(forecast.burnRatePerMonthHt.toString(locale),
                                    locale.toString(c.endOn, QLocale::ShortFormat)));
    m_alertsLabel->setText(tr("&Alerts (%1)").arg(locale.toString(m_alerts->rowCount())));
}

void DashboardWidget::updateCharts()
{
    if (!m_consumption)
        return;
    const ContractConsumption &c = *m_consumption;

    // Chart 1: the lots as categories; the axis goes at least to the maximum, and beyond it when a lot does.
    QStringList lots;
    double top = 100;
    for (int row = 0; row < m_lots->rowCount(); ++row) {
        lots << m_lots->index(row, LotConsumptionModel::LotColumn).data().toString();
        top = std::max(top, m_lots->index(row, LotConsumptionModel::OrderedColumn).data(ChartValueRole).toDouble());
    }
    for (const int threshold : c.thresholdsPercent)
        top = std::max(top, double(threshold));
    m_ceilingLots->setCategories(lots);
    m_ceilingBars->setBarWidth(lots.size() == 1 ? 0.35 : 0.6); // one lot: a bar, not a wall
    m_ceilingChart->setTitle(m_lotId ? tr("Consumption of the lot, in % of its maximum")
                                     : tr("Consumption of each lot, in % of its maximum"));
    setPercentRange(m_ceilingPercent, top);
    QList<int> thresholds = c.thresholdsPercent;
    if (!thresholds.contains(100))
        thresholds << 100; // the maximum is always marked
    const bool sameLines = thresholds.size() == m_thresholdLines.size()
        && std::equal(thresholds.cbegin(), thresholds.cend(), m_thresholdLines.cbegin(),
                      [](int t, const QLineSeries *line) { return line->property("threshold").toInt() == t; });
    if (!sameLines) {
        for (QLineSeries *line : std::as_const(m_thresholdLines)) {
            m_ceilingChart->removeSeries(line);
            delete line;
        }
        m_thresholdLines.clear();
        for (const int threshold : std::as_const(thresholds)) {
            auto *line = new QLineSeries(m_ceilingChart);
            line->setObjectName(QStringLiteral("threshold%1").arg(threshold));
            line->setProperty("threshold", threshold);
            line->append(0, threshold);
            line->append(1, threshold);
            m_ceilingChart->addSeries(line);
            line->attachAxis(m_ceilingAcross);
            line->attachAxis(m_ceilingPercent);
            m_thresholdLines << line;
        }
        nameThresholdLines();
        styleSeries();
    }

    // Chart 2: the recorded rows, then the projected ones from the last recorded point.
    // A mapper never gets an empty range of a non-empty model (Qt warns about it): without a projection, the
    // forecast line maps the last recorded point alone and is hidden.
    const int recorded = m_series->recordedRowCount();
    const int rows = m_series->rowCount();
    m_orderedMapper->setRowCount(std::max(1, recorded));
    m_orderedLine->setVisible(recorded > 0);
    m_forecastMapper->setFirstRow(std::max(0, recorded - 1));
    m_forecastMapper->setRowCount(rows > recorded ? rows - std::max(0, recorded - 1) : 1);
    m_forecastLine->setVisible(rows > recorded && recorded > 0);
    const CeilingState *ceiling = &c.ceiling;
    for (const LotConsumption &lot : c.lots) {
        if (m_lotId && lot.lotId == m_lotId)
            ceiling = &lot.ceiling;
    }
    const double maximum = DashboardValues::kiloEuros(ceiling->maximum);
    double highest = maximum;
    for (int row = 0; row < rows; ++row)
        highest = std::max(highest, DashboardValues::kiloEuros(m_series->point(row).cumulativeOrdered));
    setAmountRange(m_amountAxis, highest);
    const double amountTop = m_amountAxis->max();
    m_timeAxis->setRange(m_lifeStart.startOfDay(), m_lifeEnd.startOfDay());
    m_maximumLine->replace({QPointF(DashboardValues::time(m_lifeStart), maximum),
                            QPointF(DashboardValues::time(m_lifeEnd), maximum)});
    m_asOfLine->replace({QPointF(DashboardValues::time(m_asOf), 0), QPointF(DashboardValues::time(m_asOf), amountTop)});
    m_asOfLine->setName(tr("As of %1").arg(QLocale().toString(m_asOf, QLocale::ShortFormat)));

    // Chart 3: ministries by name, the largest at the top.
    QStringList ministries;
    double largest = 0;
    for (int row = 0; row < m_ministries->rowCount(); ++row) {
        ministries << m_ministries->index(row, MinistrySpendingModel::CodeColumn).data().toString();
        largest = std::max(largest, DashboardValues::kiloEuros(m_ministries->ministry(row).ordered));
    }
    std::reverse(ministries.begin(), ministries.end()); // as the reversed proxy lists them
    m_ministryNames->setCategories(ministries);
    setAmountRange(m_ministryAmounts, largest);

    // Chart 4: the work units by code; the axis reaches 100 % of the budget at least.
    QStringList codes;
    double widest = 100;
    for (int row = 0; row < m_workUnits->rowCount(); ++row) {
        codes << m_workUnits->workUnit(row).code;
        for (const int column : {int(WorkUnitMixModel::ShareColumn), int(WorkUnitMixModel::PercentOfBudgetColumn)})
            widest = std::max(widest, m_workUnits->index(row, column).data(ChartValueRole).toDouble());
    }
    std::reverse(codes.begin(), codes.end());
    m_workUnitCodes->setCategories(codes);
    setPercentRange(m_workUnitPercent, widest);
}

void DashboardWidget::activateMinistry(int row)
{
    if (row < 0 || row >= m_ministries->rowCount())
        return;
    if (const Id id = m_ministries->ministry(row).beneficiaryId)
        emit ministryClicked(id);
}

void DashboardWidget::showBarToolTip(QChart *chart, int row, bool status)
{
    if (!status) {
        QToolTip::hideText();
        return;
    }
    const QLocale locale;
    QStringList lines;
    if (chart == m_ceilingChart && row < m_lots->rowCount()) {
        const LotConsumption &lot = m_lots->lot(row);
        lines << QStringLiteral("<b>%1</b>").arg(tr("Lot %1 — %2").arg(locale.toString(lot.number), lot.title).toHtmlEscaped());
        for (const int column : {LotConsumptionModel::MaximumColumn, LotConsumptionModel::OrderedColumn,
                                 LotConsumptionModel::PaidColumn, LotConsumptionModel::InvoicedNotPaidColumn,
                                 LotConsumptionModel::DoneNotInvoicedColumn, LotConsumptionModel::OrderedNotDoneColumn,
                                 LotConsumptionModel::RemainingColumn}) {
            const Money amount = *LotConsumptionModel::amount(lot, LotConsumptionModel::Column(column));
            const QString header = m_lots->headerData(column, Qt::Horizontal).toString();
            if (column == LotConsumptionModel::MaximumColumn) {
                lines << tr("%1: %2").arg(header, amount.toString(locale)).toHtmlEscaped();
            } else {
                const qint64 percent =
                    DashboardValues::percentHundredths(amount.cents(), lot.ceiling.maximum.cents()).value_or(0);
                lines << tr("%1: %2 (%3)")
                             .arg(header, amount.toString(locale), DashboardValues::percentText(percent, locale))
                             .toHtmlEscaped();
            }
        }
    } else if (chart == m_ministryChart && row < m_ministries->rowCount()) {
        const MinistrySpendingModel::Row &m = m_ministries->ministry(row);
        const QString name = m_ministries->index(row, MinistrySpendingModel::NameColumn).data().toString();
        lines << QStringLiteral("<b>%1</b>").arg(m.beneficiaryId ? tr("%1 — %2").arg(m.code, name).toHtmlEscaped()
                                                                  : name.toHtmlEscaped());
        lines << tr("Ordered: %1 (%2 of the total), directions and bodies included")
                     .arg(m.ordered.toString(locale),
                          m_ministries->index(row, MinistrySpendingModel::ShareColumn).data().toString())
                     .toHtmlEscaped();
        if (m.beneficiaryId)
            lines << QStringLiteral("<i>%1</i>").arg(tr("Click to list its orders.").toHtmlEscaped());
    } else if (chart == m_workUnitChart && row < m_workUnits->rowCount()) {
        const WorkUnitMixModel::Row &w = m_workUnits->workUnit(row);
        const auto text = [&](int column) { return m_workUnits->index(row, column).data().toString(); };
        lines << QStringLiteral("<b>%1</b>")
                     .arg(tr("%1 — %2").arg(w.code, text(WorkUnitMixModel::LabelColumn)).toHtmlEscaped());
        lines << tr("Ordered: %1 (%2 of the amount)")
                     .arg(w.ordered.toString(locale), text(WorkUnitMixModel::ShareColumn))
                     .toHtmlEscaped();
        lines << (w.budgetQuantityMilli ? tr("Quantity: %1 of a budget of %2 (%3)")
                                              .arg(text(WorkUnitMixModel::OrderedQuantityColumn),
                                                   text(WorkUnitMixModel::BudgetQuantityColumn),
                                                   text(WorkUnitMixModel::PercentOfBudgetColumn))
                                        : tr("Quantity: %1, no budget set").arg(text(WorkUnitMixModel::OrderedQuantityColumn)))
                     .toHtmlEscaped();
    }
    if (!lines.isEmpty())
        QToolTip::showText(QCursor::pos(), lines.join(QStringLiteral("<br>")), this);
}

void DashboardWidget::showTimelineToolTip(const QPointF &point, bool status, bool forecast)
{
    if (!status || m_series->rowCount() == 0) {
        QToolTip::hideText();
        return;
    }
    // The row nearest to the pointer, among the recorded or the projected ones.
    const int first = forecast ? std::max(0, m_series->recordedRowCount() - 1) : 0;
    const int last = forecast ? m_series->rowCount() - 1 : m_series->recordedRowCount() - 1;
    int nearest = first;
    for (int row = first; row <= last; ++row) {
        if (std::abs(DashboardValues::time(m_series->point(row).date) - point.x())
            < std::abs(DashboardValues::time(m_series->point(nearest).date) - point.x()))
            nearest = row;
    }
    const ConsumptionSeriesModel::Point &p = m_series->point(nearest);
    const QLocale locale;
    const QString date = locale.toString(p.date, QLocale::ShortFormat);
    const QString text = p.forecast ? tr("Forecast for %1: %2 ordered").arg(date, p.cumulativeOrdered.toString(locale))
                                    : tr("Ordered by %1: %2 (%3 in the month)")
                                          .arg(date, p.cumulativeOrdered.toString(locale), p.orderedInMonth.toString(locale));
    QToolTip::showText(QCursor::pos(), text, this);
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
    m_maximumCaption->setText(tr("Maximum excl. VAT"));
    m_orderedCaption->setText(tr("Ordered"));
    m_remainingCaption->setText(tr("Remaining"));
    m_percentCaption->setText(tr("Consumed"));
    m_forecastCaption->setText(tr("Maximum reached (forecast)"));
    m_asOfLabel->setText(tr("A&s of:"));
    m_asOfDate->setLocale(QLocale());
    m_asOfDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_asOfSlider->setToolTip(tr("Move through the contract's life: every figure and chart follows."));
    m_alertsView->setToolTip(tr("Double-click or press Enter on an alert to show its lot."));

    m_ceilingChart->setTitle(m_lotId ? tr("Consumption of the lot, in % of its maximum")
                                     : tr("Consumption of each lot, in % of its maximum"));
    m_timelineChart->setTitle(tr("Cumulative amount ordered, in k€ excl. VAT"));
    m_ministryChart->setTitle(tr("Spending per ministry, in k€ excl. VAT"));
    m_workUnitChart->setTitle(tr("Work-unit mix and budget used, in %"));
    m_orderedLine->setName(tr("Ordered"));
    m_forecastLine->setName(tr("Forecast"));
    m_maximumLine->setName(tr("Maximum"));
    m_budgetLine->setName(tr("Budget (100%)"));
    nameThresholdLines();
    for (QChart *chart : {m_ceilingChart, m_timelineChart, m_ministryChart, m_workUnitChart})
        chart->setLocale(QLocale());

    // Headers name the bar sets (through the mappers) and the tables' columns.
    for (ConsumptionTableModel *model :
         std::initializer_list<ConsumptionTableModel *>{m_lots, m_series, m_ministries, m_workUnits, m_alerts})
        model->retranslate();
    styleBarSets(); // the slices' short legend names
    if (m_consumption) {
        updateHeadline();
        updateCharts();
    } else if (m_workspace->isOpen()) {
        m_placeholder->setText(tr("Choose a contract or a lot on the left to see its dashboard."));
    } else {
        m_placeholder->setText(tr("No database is open."));
    }
}

void DashboardWidget::nameThresholdLines()
{
    bool firstBelow = true;
    for (QLineSeries *line : std::as_const(m_thresholdLines)) {
        const bool isMaximum = line->property("threshold").toInt() == 100;
        line->setName(isMaximum ? tr("Maximum") : tr("Thresholds"));
        // One legend entry for all the thresholds below the maximum.
        const bool shown = isMaximum || firstBelow;
        if (!isMaximum)
            firstBelow = false;
        for (QLegendMarker *marker : m_ceilingChart->legend()->markers(line))
            marker->setVisible(shown);
    }
}

bool DashboardWidget::isDark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

void DashboardWidget::applyTheme()
{
    // The chart theme that matches the palette, then the palette's own colours for text and background so
    // that the charts sit in the window rather than on a theme's gradient.
    const bool dark = isDark();
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(dark ? 140 : 110);
    for (QChart *chart : {m_ceilingChart, m_timelineChart, m_ministryChart, m_workUnitChart}) {
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(pal.color(QPalette::Base));
        chart->setBackgroundPen(QPen(pal.color(QPalette::Mid)));
        chart->setBackgroundRoundness(0);
        chart->setTitleBrush(text);
        QFont titleFont = font();
        titleFont.setBold(true);
        chart->setTitleFont(titleFont);
        chart->legend()->setLabelColor(text);
        const QFont small = scaled(font(), 0.9);
        chart->legend()->setFont(small);
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsBrush(text);
            axis->setLabelsFont(small);
            axis->setTitleBrush(text);
            axis->setGridLineColor(grid);
            axis->setLinePenColor(pal.color(QPalette::Mid));
        }
    }
    styleSeries();
    styleBarSets();
    if (m_consumption)
        updateHeadline();
}

void DashboardWidget::styleSeries()
{
    const Colours colours = coloursFor(isDark());
    m_orderedLine->setPen(linePen(colours.line, 2.5));
    m_forecastLine->setPen(linePen(colours.line, 2, Qt::DashLine));
    m_maximumLine->setPen(linePen(colours.maximum, 2));
    m_asOfLine->setPen(linePen(colours.asOf, 1.5, Qt::DotLine));
    m_budgetLine->setPen(linePen(colours.maximum, 1.5, Qt::DashLine));
    for (QLineSeries *line : std::as_const(m_thresholdLines)) {
        line->setPen(line->property("threshold").toInt() == 100 ? linePen(colours.maximum, 2)
                                                                 : linePen(colours.threshold, 1.5, Qt::DashLine));
    }
}

void DashboardWidget::styleBarSets()
{
    const Colours colours = coloursFor(isDark());
    const auto paint = [](QBarSet *set, const QColor &colour) {
        set->setColor(colour);
        set->setBorderColor(colour);
    };
    const QList<QBarSet *> slices = m_ceilingBars->barSets();
    const QList<QColor> sliceColours{colours.paid, colours.invoiced, colours.done, colours.ordered};
    // The legend names each slice by the step its top reaches (the stack is cumulative): the table's
    // "Invoiced, not paid" would not fit six entries across a chart half a screen wide.
    const QStringList legend{tr("Paid"), tr("Invoiced"), tr("Service done"), tr("Ordered")};
    for (qsizetype i = 0; i < slices.size() && i < sliceColours.size(); ++i) {
        paint(slices.at(i), sliceColours.at(i));
        for (QLegendMarker *marker : m_ceilingChart->legend()->markers(m_ceilingBars)) {
            if (static_cast<QBarLegendMarker *>(marker)->barset() == slices.at(i))
                marker->setLabel(legend.at(i));
        }
    }
    for (QBarSet *set : m_ministryBars->barSets())
        paint(set, colours.ministry);
    const QList<QBarSet *> mix = m_workUnitBars->barSets();
    const QList<QColor> mixColours{colours.share, colours.budget};
    for (qsizetype i = 0; i < mix.size() && i < mixColours.size(); ++i)
        paint(mix.at(i), mixColours.at(i));
}

} // namespace Plafond
