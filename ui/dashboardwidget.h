// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "engine/consumption.h"
#include "jobs/job.h"

#include <QWidget>

#include <optional>

class QLabel;
class QSplitter;
class QTableView;

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace Plafond {

class AlertsModel;
class AsOfControl;
class ConsumptionSeriesModel;
class DashboardCharts;
class DashboardFigures;
class LotConsumptionModel;
class MinistrySpendingModel;
class WorkUnitMixModel;
class Workspace;

// The dashboard of one contract, or of one of its lots: headline figures, four charts, the alerts, all at an
// as-of date chosen with a date field or a slider over the contract's life. Everything shown comes from one
// ConsumptionEngine::compute() per change (selection, date, edit, undo, redo), put into the dashboard models;
// each chart is a view of one of them through a Qt Charts model mapper, never a second computation.
//
// The pieces: the headline (DashboardFigures), the as-of date (AsOfControl), the charts (DashboardCharts)
// and, below them, the alerts table.
//
// Object names, for tests and accessibility: headline labels "dashboardTitle", "maximumValue",
// "orderedValue", "remainingValue", "percentValue" (property "alertState": none, info, warning,
// critical), "forecastValue"; "asOfDate", "asOfSlider"; chart views "ceilingChart", "timelineChart",
// "ministryChart", "workUnitChart"; the alerts table "alerts".
class DashboardWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardWidget(Workspace *workspace, QWidget *parent = nullptr);
    ~DashboardWidget() override;

    // What the dashboard shows: a contract (lotId 0), one of its lots, or nothing (0, 0).
    void setSelection(Id contractId, Id lotId);
    Id contractId() const { return m_contractId; }
    Id lotId() const { return m_lotId; }

    // The date the figures are computed at, within the contract's life (a date outside is brought inside).
    QDate asOf() const { return m_asOf; }
    void setAsOf(const QDate &date);
    // The as-of date of the selection, settled even while the dashboard is hidden and has not computed yet
    // (today, brought within the contract's life): the one date the window's other figures use too.
    QDate effectiveAsOf();
    // First and last day of the contract's life, amendments included: the slider's range.
    QDate lifeStart() const { return m_lifeStart; }
    QDate lifeEnd() const { return m_lifeEnd; }

    // Recomputes every figure and chart, in a job: computed() says when they are on screen. Called after
    // every edit, undo and redo; while the dashboard is hidden, the computation waits until it is shown.
    void refresh();
    bool isComputing() const { return m_computing.isRunning(); }
    // Runs the events until the last computation started is on screen (tests); false on timeout.
    bool waitUntilComputed(int timeoutMs = 60000);

    // The computation shown (none when nothing is selected or it failed).
    const std::optional<ContractConsumption> &consumption() const { return m_consumption; }

    LotConsumptionModel *lotModel() const { return m_lots; }
    ConsumptionSeriesModel *seriesModel() const { return m_series; }
    MinistrySpendingModel *ministryModel() const { return m_ministries; }
    WorkUnitMixModel *workUnitModel() const { return m_workUnits; }
    AlertsModel *alertsModel() const { return m_alerts; }

    QChart *ceilingChart() const;
    QChart *timelineChart() const;
    QChart *ministryChart() const;
    QChart *workUnitChart() const;

public slots:
    // The ministry of this row of ministryModel() was chosen (its bar clicked): emits ministryClicked() with
    // its beneficiary, not for "Others".
    void activateMinistry(int row);

signals:
    // Show the orders of this ministry and of its directions.
    void ministryClicked(Id beneficiaryId);
    // Show this lot (0: the contract of the dashboard).
    void lotActivated(Id lotId);
    // The as-of date moved (date field, slider, or another contract's default).
    void asOfChanged(const QDate &date);
    // The figures and charts show the last computation started (or the placeholder says why not).
    void computed();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createWidgets();
    void retranslateUi();
    void applyTheme();
    void updateLife();
    void compute();
    void showComputed(ContractConsumption consumption);
    void showConsumption();
    void clearAll(const QString &message);
    bool isDark() const;

    Workspace *m_workspace;
    Id m_contractId = 0;
    Id m_lotId = 0;
    QDate m_asOf;
    QDate m_lifeStart;
    QDate m_lifeEnd;
    bool m_stale = false; // a computation is due the next time the dashboard is shown
    std::optional<ContractConsumption> m_consumption;
    LatestJob m_computing;

    LotConsumptionModel *m_lots;
    ConsumptionSeriesModel *m_series;
    MinistrySpendingModel *m_ministries;
    WorkUnitMixModel *m_workUnits;
    AlertsModel *m_alerts;

    QLabel *m_placeholder = nullptr;
    QWidget *m_content = nullptr;
    DashboardFigures *m_figures = nullptr;
    AsOfControl *m_asOfControl = nullptr;
    DashboardCharts *m_charts = nullptr;
    QLabel *m_alertsLabel = nullptr;
    QTableView *m_alertsView = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace Plafond
