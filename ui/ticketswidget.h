// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "workspacepage.h"

#include <QDateTime>

class QBarSeries;
class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QVBarModelMapper;

namespace Plafond {

class SlaCountsModel;
class TicketsFilterProxy;
class TicketsModel;

// The "Tickets" tab: the support tickets of the contract chosen in the tree (of every contract when none is),
// filtered on the lot chosen there, on severity and on breach; statistics per lot and per component; a chart
// of tickets and breaches per month (bar sets mapped from the per-month model). SLA targets and working hours
// open in SlaTargetsDialog. Reloads itself whenever the workspace opens or changes.
class TicketsWidget : public WorkspacePage
{
    Q_OBJECT
public:
    explicit TicketsWidget(Workspace *workspace, QWidget *parent = nullptr);

    void setSelection(Id contractId, Id lotId);
    // The instant the clocks run to; now (as a wall-clock time) when not set. For tests.
    void setAsOf(const QDateTime &asOf);
    void reload();

    TicketsModel *model() const { return m_model; }
    TicketsFilterProxy *proxy() const { return m_proxy; }
    SlaCountsModel *monthModel() const { return m_perMonth; }
    QBarSeries *monthSeries() const { return m_series; }

public slots:
    void editSlaTargets();

protected:
    void retranslateUi() override;
    void languageChanged() override;

private:
    void applyFilters();

    Id m_contractId = 0;
    Id m_lotId = 0;
    QDateTime m_asOf;
    TicketsModel *m_model;
    TicketsFilterProxy *m_proxy;
    SlaCountsModel *m_perLot;
    SlaCountsModel *m_perComponent;
    SlaCountsModel *m_perMonth;
    QLabel *m_summary;
    QLabel *m_severityLabel;
    QComboBox *m_severity;
    QCheckBox *m_breachedOnly;
    QPushButton *m_targets;
    QTableView *m_table;
    QTableView *m_lotTable;
    QTableView *m_componentTable;
    QChart *m_chart;
    QChartView *m_chartView;
    QBarSeries *m_series;
    QVBarModelMapper *m_mapper;
};

} // namespace Plafond
