// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "engine/revisedschedule.h"
#include "workspacepage.h"

class QChart;
class QComboBox;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QTableView;

namespace Plafond {

class IndexSeriesModel;
class PriceHistoryModel;

// The "Prices" tab: for the selected lot, each work unit's price history (schedule prices, revisions with
// their index S, coefficient and revised price, or the month whose index is missing), and two charts drawn
// from the same models: the index (both series, and the value in force in revised-series units, which shows
// the link of August 2022) and the clause's coefficient over time with the revisions marked.
class PriceHistoryWidget : public WorkspacePage
{
    Q_OBJECT
public:
    explicit PriceHistoryWidget(Workspace *workspace, QWidget *parent = nullptr);

    // The contract and lot selected in the main window (lot 0: the contract's first lot).
    void setSelection(Id contractId, Id lotId);
    void reload();

    PriceHistoryModel *historyModel() const { return m_history; }
    IndexSeriesModel *indexModel() const { return m_index; }
    const RevisedSchedule &schedule() const { return m_schedule; }
    QChart *indexChart() const { return m_indexChart; }
    QChart *coefficientChart() const { return m_coefficientChart; }

protected:
    void retranslateUi() override;

private:
    void fillCharts();

    Id m_contractId = 0;
    Id m_lotId = 0; // the lot shown
    RevisedSchedule m_schedule;
    PriceHistoryModel *m_history;
    IndexSeriesModel *m_index;
    QLabel *m_lotLabel;
    QComboBox *m_lot;
    QLabel *m_clause;
    QLabel *m_problems;
    QTableView *m_table;
    QChart *m_indexChart;
    QChart *m_coefficientChart;
    QLineSeries *m_oldSeries;
    QLineSeries *m_revisedSeries;
    QLineSeries *m_linkedSeries;
    QScatterSeries *m_linkPoints;
    QLineSeries *m_coefficientSeries;
    QScatterSeries *m_revisionPoints;
};

} // namespace Plafond
