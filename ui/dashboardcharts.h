// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "engine/consumption.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAbstractBarSeries;
class QAbstractItemModel;
class QBarCategoryAxis;
class QChart;
class QChartView;
class QDateTimeAxis;
class QHorizontalBarSeries;
class QLineSeries;
class QStackedBarSeries;
class QValueAxis;
class QVBarModelMapper;
class QVXYModelMapper;
QT_END_NAMESPACE

namespace Plafond {

class ChartValueProxy;
class ConsumptionSeriesModel;
class LotConsumptionModel;
class MinistrySpendingModel;
class WorkUnitMixModel;

// The dashboard's four charts, two by two: the consumption of each lot against its maximum, the cumulative
// amount ordered over time with its forecast, the spending per ministry and the work-unit mix. Each is a
// view of one of the dashboard's models through a Qt Charts model mapper; this class sets the axes, the
// lines that are not in the models (thresholds, maximum, as-of date), the colours and the tooltips.
//
// Object names: chart views "ceilingChart", "timelineChart", "ministryChart", "workUnitChart"; series
// "ceilingSeries", "orderedSeries", "forecastSeries", "maximumSeries", "asOfSeries", "ministrySeries",
// "workUnitSeries", "budgetSeries", "threshold<percent>".
class DashboardCharts : public QWidget
{
    Q_OBJECT
public:
    DashboardCharts(LotConsumptionModel *lots, ConsumptionSeriesModel *series, MinistrySpendingModel *ministries,
                    WorkUnitMixModel *workUnits, QWidget *parent = nullptr);

    QChart *ceilingChart() const { return m_ceilingChart; }
    QChart *timelineChart() const { return m_timelineChart; }
    QChart *ministryChart() const { return m_ministryChart; }
    QChart *workUnitChart() const { return m_workUnitChart; }

    // Before the models take a new computation: the forecast's range starts again from the first row, as
    // the old one may lie past the new rows.
    void resetForecastRange();
    // The axes and the extra lines for the computation the models hold, of the contract or of one lot,
    // over the contract's life, at the as-of date.
    void update(const ContractConsumption &c, Id lotId, const QDate &lifeStart, const QDate &lifeEnd,
                const QDate &asOf);
    void retranslate();
    // The chart theme that matches the palette (light or dark), and the palette's own colours for text and
    // background; titles in bold `font`, legends and axes a little smaller.
    void applyTheme(const QPalette &palette, const QFont &font);

signals:
    // The bar of this row of the ministry model was clicked.
    void ministryActivated(int row);

private:
    void createCeilingChart();
    void createTimelineChart();
    void createMinistryChart();
    void createWorkUnitChart();
    QChartView *addChartView(QChart *chart, const QString &objectName);
    void setCeilingTitle();
    void nameThresholdLines();
    void styleSeries();
    void styleBarSets();
    void showBarToolTip(QChart *chart, int row, bool status);
    // The mapper rebuilds the bar sets of `bars` on every model reset: each new one is styled and shows the
    // tooltip of its bar's row (the source row behind `values` when given) and, with `activated`, tells a click.
    void followBarSets(QAbstractBarSeries *bars, QChart *chart, const ChartValueProxy *values = nullptr,
                       void (DashboardCharts::*activated)(int) = nullptr);
    // One bar set of `bars` for each column of `model` from `first` to `last`.
    QVBarModelMapper *mapBarSets(QAbstractBarSeries *bars, QAbstractItemModel *model, int first, int last);
    void showTimelineToolTip(const QPointF &point, bool status, bool forecast);

    LotConsumptionModel *m_lots;
    ConsumptionSeriesModel *m_series;
    MinistrySpendingModel *m_ministries;
    WorkUnitMixModel *m_workUnits;
    ChartValueProxy *m_lotValues;
    ChartValueProxy *m_seriesValues;
    ChartValueProxy *m_ministryValues;
    ChartValueProxy *m_workUnitValues;
    Id m_lotId = 0;
    bool m_dark = false; // the palette of the last applyTheme()

    // Chart 1: consumption of each lot against its maximum, in percent of it.
    QChart *m_ceilingChart = nullptr;
    QStackedBarSeries *m_ceilingBars = nullptr;
    QVBarModelMapper *m_ceilingMapper = nullptr;
    QBarCategoryAxis *m_ceilingLots = nullptr;
    QValueAxis *m_ceilingPercent = nullptr;
    QValueAxis *m_ceilingAcross = nullptr; // hidden: lets the threshold lines span the plot
    QList<QLineSeries *> m_thresholdLines;

    // Chart 2: cumulative ordered over time, forecast, maximum, as-of date.
    QChart *m_timelineChart = nullptr;
    QLineSeries *m_orderedLine = nullptr;
    QLineSeries *m_forecastLine = nullptr;
    QLineSeries *m_maximumLine = nullptr;
    QLineSeries *m_asOfLine = nullptr;
    QVXYModelMapper *m_orderedMapper = nullptr;
    QVXYModelMapper *m_forecastMapper = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_amountAxis = nullptr;

    // Chart 3: spending per ministry.
    QChart *m_ministryChart = nullptr;
    QHorizontalBarSeries *m_ministryBars = nullptr;
    QVBarModelMapper *m_ministryMapper = nullptr;
    QBarCategoryAxis *m_ministryNames = nullptr;
    QValueAxis *m_ministryAmounts = nullptr;

    // Chart 4: the work-unit mix and each unit's budget.
    QChart *m_workUnitChart = nullptr;
    QHorizontalBarSeries *m_workUnitBars = nullptr;
    QVBarModelMapper *m_workUnitMapper = nullptr;
    QBarCategoryAxis *m_workUnitCodes = nullptr;
    QValueAxis *m_workUnitPercent = nullptr;
    QValueAxis *m_workUnitAcross = nullptr; // hidden: lets the 100 % line span the plot
    QLineSeries *m_budgetLine = nullptr;
};

} // namespace Plafond
