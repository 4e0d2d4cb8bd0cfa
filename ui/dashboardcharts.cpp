// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardcharts.h"

#include "dashboardstyle.h"

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
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QVXYModelMapper>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Plafond {

using namespace DashboardStyle;

namespace {

// A percentage axis from 0 past `top`, with ticks on round values: every 20 % up to 140 %, else every 50 %.
void setPercentRange(QValueAxis *axis, double top)
{
    const double step = top * 1.05 <= 140 ? 20 : 50;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, std::ceil(top * 1.05 / step) * step);
}

struct PercentAxes
{
    QValueAxis *percent;
    QValueAxis *across;
};

// The axes of a bar chart in percent: `categories` along `side`, the percentages in whole numbers along the
// other side, and along `side` too a hidden axis from 0 to 1 for lines drawn at one percentage.
PercentAxes addPercentAxes(QChart *chart, QAbstractBarSeries *bars, QBarCategoryAxis *categories, Qt::Alignment side)
{
    auto *percent = new QValueAxis(chart);
    percent->setLabelFormat(QStringLiteral("%.0f"));
    auto *across = new QValueAxis(chart);
    across->setRange(0, 1);
    chart->addAxis(categories, side);
    chart->addAxis(across, side);
    chart->addAxis(percent, side == Qt::AlignBottom ? Qt::AlignLeft : Qt::AlignBottom);
    across->setVisible(false);
    bars->attachAxis(categories);
    bars->attachAxis(percent);
    return {percent, across};
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

} // namespace

DashboardCharts::DashboardCharts(LotConsumptionModel *lots, ConsumptionSeriesModel *series,
                                 MinistrySpendingModel *ministries, WorkUnitMixModel *workUnits, QWidget *parent)
    : QWidget(parent), m_lots(lots), m_series(series), m_ministries(ministries), m_workUnits(workUnits),
      m_lotValues(new ChartValueProxy(this)), m_seriesValues(new ChartValueProxy(this)),
      m_ministryValues(new ChartValueProxy(this)), m_workUnitValues(new ChartValueProxy(this))
{
    m_lotValues->setSourceModel(m_lots);
    m_seriesValues->setSourceModel(m_series);
    m_ministryValues->setSourceModel(m_ministries);
    m_workUnitValues->setSourceModel(m_workUnits);
    // Horizontal bars are drawn from the bottom: reversed, the largest ministry and the first work unit
    // come at the top.
    m_ministryValues->setReversed(true);
    m_workUnitValues->setReversed(true);
    createCeilingChart();
    createTimelineChart();
    createMinistryChart();
    createWorkUnitChart();
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    grid->addWidget(addChartView(m_ceilingChart, QStringLiteral("ceilingChart")), 0, 0);
    grid->addWidget(addChartView(m_timelineChart, QStringLiteral("timelineChart")), 0, 1);
    grid->addWidget(addChartView(m_ministryChart, QStringLiteral("ministryChart")), 1, 0);
    grid->addWidget(addChartView(m_workUnitChart, QStringLiteral("workUnitChart")), 1, 1);
}

QChartView *DashboardCharts::addChartView(QChart *chart, const QString &objectName)
{
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setLocalizeNumbers(true);
    auto *view = new QChartView(chart, this);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    // Two by two beside the contracts tree on a 1366 × 768 screen, with the headline and the alerts.
    view->setMinimumSize(320, 200);
    return view;
}

void DashboardCharts::createCeilingChart()
{
    m_ceilingChart = new QChart;
    m_ceilingBars = new QStackedBarSeries(m_ceilingChart);
    m_ceilingBars->setObjectName(QStringLiteral("ceilingSeries"));
    followBarSets(m_ceilingBars, m_ceilingChart);
    m_ceilingChart->addSeries(m_ceilingBars);
    m_ceilingLots = new QBarCategoryAxis(m_ceilingChart);
    const PercentAxes ceilingAxes = addPercentAxes(m_ceilingChart, m_ceilingBars, m_ceilingLots, Qt::AlignBottom);
    m_ceilingPercent = ceilingAxes.percent;
    m_ceilingAcross = ceilingAxes.across;

    m_ceilingMapper = mapBarSets(m_ceilingBars, m_lotValues, LotConsumptionModel::PaidColumn,
                                 LotConsumptionModel::OrderedNotDoneColumn);
}

void DashboardCharts::createTimelineChart()
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

void DashboardCharts::createMinistryChart()
{
    m_ministryChart = new QChart;
    m_ministryBars = new QHorizontalBarSeries(m_ministryChart);
    m_ministryBars->setObjectName(QStringLiteral("ministrySeries"));
    m_ministryBars->setBarWidth(0.7);
    followBarSets(m_ministryBars, m_ministryChart, m_ministryValues, &DashboardCharts::ministryActivated);
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

    m_ministryMapper = mapBarSets(m_ministryBars, m_ministryValues, MinistrySpendingModel::OrderedColumn,
                                  MinistrySpendingModel::OrderedColumn);
}

void DashboardCharts::createWorkUnitChart()
{
    m_workUnitChart = new QChart;
    m_workUnitBars = new QHorizontalBarSeries(m_workUnitChart);
    m_workUnitBars->setObjectName(QStringLiteral("workUnitSeries"));
    followBarSets(m_workUnitBars, m_workUnitChart, m_workUnitValues);
    m_workUnitChart->addSeries(m_workUnitBars);
    m_workUnitCodes = new QBarCategoryAxis(m_workUnitChart);
    m_workUnitCodes->setTruncateLabels(false);
    const PercentAxes workUnitAxes = addPercentAxes(m_workUnitChart, m_workUnitBars, m_workUnitCodes, Qt::AlignLeft);
    m_workUnitPercent = workUnitAxes.percent;
    m_workUnitAcross = workUnitAxes.across;

    m_budgetLine = new QLineSeries(m_workUnitChart);
    m_budgetLine->setObjectName(QStringLiteral("budgetSeries"));
    m_budgetLine->append(100, 0);
    m_budgetLine->append(100, 1);
    m_workUnitChart->addSeries(m_budgetLine);
    m_budgetLine->attachAxis(m_workUnitPercent);
    m_budgetLine->attachAxis(m_workUnitAcross);

    m_workUnitMapper = mapBarSets(m_workUnitBars, m_workUnitValues, WorkUnitMixModel::ShareColumn,
                                  WorkUnitMixModel::PercentOfBudgetColumn);
}

void DashboardCharts::resetForecastRange()
{
    m_forecastMapper->setFirstRow(0);
}

void DashboardCharts::setCeilingTitle()
{
    m_ceilingChart->setTitle(m_lotId ? tr("Consumption of the lot, in % of its maximum")
                                     : tr("Consumption of each lot, in % of its maximum"));
}

void DashboardCharts::retranslate()
{
    setCeilingTitle();
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
    styleBarSets(); // the slices' short legend names
}

void DashboardCharts::update(const ContractConsumption &c, Id lotId, const QDate &lifeStart, const QDate &lifeEnd,
                             const QDate &asOf)
{
    m_lotId = lotId;

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
    setCeilingTitle();
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
    m_timeAxis->setRange(lifeStart.startOfDay(), lifeEnd.startOfDay());
    m_maximumLine->replace({QPointF(DashboardValues::time(lifeStart), maximum),
                            QPointF(DashboardValues::time(lifeEnd), maximum)});
    m_asOfLine->replace({QPointF(DashboardValues::time(asOf), 0), QPointF(DashboardValues::time(asOf), amountTop)});
    m_asOfLine->setName(tr("As of %1").arg(QLocale().toString(asOf, QLocale::ShortFormat)));

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

void DashboardCharts::followBarSets(QAbstractBarSeries *bars, QChart *chart, const ChartValueProxy *values,
                                    void (DashboardCharts::*activated)(int))
{
    connect(bars, &QAbstractBarSeries::barsetsAdded, this, [=](const QList<QBarSet *> &sets) {
        for (QBarSet *set : sets) {
            connect(set, &QBarSet::hovered, this, [=](bool status, int bar) {
                showBarToolTip(chart, values ? sourceRow(values, bar) : bar, status);
            });
            if (activated)
                connect(set, &QBarSet::clicked, this, [=](int bar) { emit(this->*activated)(sourceRow(values, bar)); });
        }
        styleBarSets();
    });
}

QVBarModelMapper *DashboardCharts::mapBarSets(QAbstractBarSeries *bars, QAbstractItemModel *model, int first, int last)
{
    auto *mapper = new QVBarModelMapper(this);
    mapper->setFirstBarSetColumn(first);
    mapper->setLastBarSetColumn(last);
    mapper->setModel(model);
    mapper->setSeries(bars);
    return mapper;
}

void DashboardCharts::showBarToolTip(QChart *chart, int row, bool status)
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

void DashboardCharts::showTimelineToolTip(const QPointF &point, bool status, bool forecast)
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

void DashboardCharts::nameThresholdLines()
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

void DashboardCharts::applyTheme(const QPalette &pal, const QFont &font)
{
    // The chart theme that matches the palette, then the palette's own colours for text and background so
    // that the charts sit in the window rather than on a theme's gradient.
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    m_dark = dark;
    const QColor text = pal.color(QPalette::Text);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(dark ? 140 : 110);
    for (QChart *chart : {m_ceilingChart, m_timelineChart, m_ministryChart, m_workUnitChart}) {
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(pal.color(QPalette::Base));
        chart->setBackgroundPen(QPen(pal.color(QPalette::Mid)));
        chart->setBackgroundRoundness(0);
        chart->setTitleBrush(text);
        QFont titleFont = font;
        titleFont.setBold(true);
        chart->setTitleFont(titleFont);
        chart->legend()->setLabelColor(text);
        const QFont small = scaled(font, 0.9);
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
}

void DashboardCharts::styleSeries()
{
    const Colours colours = coloursFor(m_dark);
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

void DashboardCharts::styleBarSets()
{
    const Colours colours = coloursFor(m_dark);
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
