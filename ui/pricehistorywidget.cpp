// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricehistorywidget.h"

#include "formfields.h"
#include "tablepage.h"
#include "workspace.h"

#include "models/indexseriesmodel.h"
#include "models/pricehistorymodel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace Plafond {

namespace {

QChart *makeChart(QLineSeries *line, QScatterSeries *points, QLineSeries *extraLine, QLineSeries *extraLine2)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *time = new QDateTimeAxis(chart);
    time->setFormat(QStringLiteral("yyyy-MM"));
    auto *values = new QValueAxis(chart);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    for (QXYSeries *series : std::initializer_list<QXYSeries *>{line, extraLine, extraLine2, points}) {
        if (!series)
            continue;
        chart->addSeries(series);
        series->attachAxis(time);
        series->attachAxis(values);
    }
    return chart;
}

// Fits the axes of a chart to its points, with a small margin above and below.
void fitAxes(QChart *chart)
{
    double minX = 0, maxX = 0, minY = 0, maxY = 0;
    bool any = false;
    for (QAbstractSeries *abstract : chart->series()) {
        for (const QPointF &point : static_cast<QXYSeries *>(abstract)->points()) {
            if (!any) {
                minX = maxX = point.x();
                minY = maxY = point.y();
                any = true;
            }
            minX = std::min(minX, point.x());
            maxX = std::max(maxX, point.x());
            minY = std::min(minY, point.y());
            maxY = std::max(maxY, point.y());
        }
    }
    auto *time = static_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).value(0));
    auto *values = static_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    if (!any) {
        values->setRange(0, 1);
        return;
    }
    const double margin = std::max((maxY - minY) * 0.1, 0.01);
    time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(minX), QTimeZone::utc()),
                   QDateTime::fromMSecsSinceEpoch(qint64(maxX), QTimeZone::utc()));
    values->setRange(minY - margin, maxY + margin);
}

} // namespace

PriceHistoryWidget::PriceHistoryWidget(Workspace *workspace, QWidget *parent)
    : WorkspacePage(workspace, parent),
      m_history(new PriceHistoryModel(this)),
      m_index(new IndexSeriesModel(this)),
      m_lotLabel(new QLabel(this)),
      m_lot(new QComboBox(this)),
      m_clause(FormFields::makeNote(QStringLiteral("pricesClause"), this)),
      m_problems(FormFields::makeNote(QStringLiteral("pricesProblems"), this, FormFields::Note::Warning)),
      m_table(new QTableView(this)),
      m_oldSeries(new QLineSeries),
      m_revisedSeries(new QLineSeries),
      m_linkedSeries(new QLineSeries),
      m_linkPoints(new QScatterSeries),
      m_coefficientSeries(new QLineSeries),
      m_revisionPoints(new QScatterSeries)
{
    setObjectName(QStringLiteral("pricesPage"));
    m_lot->setObjectName(QStringLiteral("pricesLot"));
    TablePage::setUpTable(m_table, QStringLiteral("pricesTable"), m_history, TablePage::SelectRows,
                          PriceHistoryModel::EventColumn);

    m_oldSeries->setObjectName(QStringLiteral("oldSeries"));
    m_revisedSeries->setObjectName(QStringLiteral("revisedSeries"));
    m_linkedSeries->setObjectName(QStringLiteral("linkedSeries"));
    QPen dashed = m_linkedSeries->pen();
    dashed.setStyle(Qt::DashLine);
    m_linkedSeries->setPen(dashed);
    m_linkPoints->setObjectName(QStringLiteral("linkPoints"));
    m_linkPoints->setMarkerSize(9);
    m_coefficientSeries->setObjectName(QStringLiteral("coefficientSeries"));
    m_revisionPoints->setObjectName(QStringLiteral("revisionPoints"));
    m_revisionPoints->setMarkerSize(9);
    for (QXYSeries *series : std::initializer_list<QXYSeries *>{m_oldSeries, m_revisedSeries, m_coefficientSeries})
        series->setPointsVisible(true);
    m_indexChart = makeChart(m_oldSeries, m_linkPoints, m_revisedSeries, m_linkedSeries);
    m_coefficientChart = makeChart(m_coefficientSeries, m_revisionPoints, nullptr, nullptr);
    auto *indexView = new QChartView(m_indexChart, this);
    indexView->setObjectName(QStringLiteral("indexChart"));
    indexView->setRenderHint(QPainter::Antialiasing);
    indexView->setMinimumHeight(220);
    auto *coefficientView = new QChartView(m_coefficientChart, this);
    coefficientView->setObjectName(QStringLiteral("coefficientChart"));
    coefficientView->setRenderHint(QPainter::Antialiasing);
    coefficientView->setMinimumHeight(220);

    auto *charts = new QHBoxLayout;
    charts->addWidget(indexView, 1);
    charts->addWidget(coefficientView, 1);
    auto *chartsWidget = new QWidget(this);
    chartsWidget->setLayout(charts);
    charts->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(chartsWidget);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(TablePage::labelledRow(m_lotLabel, m_lot));
    layout->addWidget(m_clause);
    layout->addWidget(m_problems);
    layout->addWidget(splitter, 1);

    connect(m_lot, &QComboBox::currentIndexChanged, this, [this]() {
        m_lotId = m_lot->currentData().toLongLong();
        reload();
    });
    reloadOnChanges(Changes::Catalogue | Changes::Indexes | Changes::Contracts, [this] { reload(); });
    retranslateUi();
}

void PriceHistoryWidget::setSelection(Id contractId, Id lotId)
{
    if (!isNewTreeSelection(contractId, lotId))
        return;
    if (contractId == m_contractId && lotId == 0)
        return; // the contract of the lot shown: keep that lot
    m_contractId = contractId;
    m_lotId = lotId;
    reload();
}

void PriceHistoryWidget::reload()
{
    if (!m_workspace->isOpen() || !m_contractId) {
        m_schedule = RevisedSchedule();
        m_history->clear();
        m_index->clear();
        {
            const QSignalBlocker blocker(m_lot);
            m_lot->clear();
        }
        retranslateUi();
        fillCharts();
        return;
    }
    Stores &stores = m_workspace->stores();
    const QList<Lot> lots = stores.contracts.lots(m_contractId).value();
    {
        const QSignalBlocker blocker(m_lot);
        m_lot->clear();
        TablePage::addLots(m_lot, lots);
        const int found = m_lot->findData(m_lotId);
        m_lot->setCurrentIndex(found >= 0 ? found : (lots.isEmpty() ? -1 : 0));
        m_lotId = m_lot->currentData().toLongLong();
    }
    // The revisions once for the contract; each unit's history is then computed from them.
    m_schedule = RevisedSchedule::load(stores, m_contractId);
    m_history->setHistory(m_schedule, m_lotId ? stores.catalogue.workUnits(m_lotId).value() : QList<WorkUnit>());
    m_index->setSchedule(m_schedule);
    m_table->resizeColumnsToContents();
    retranslateUi();
    fillCharts();
}

void PriceHistoryWidget::fillCharts()
{
    // The charts are views of the index model: one point per month that has a value.
    QList<QPointF> old, revised, linked, coefficient;
    for (int row = 0; row < m_index->rowCount(); ++row) {
        auto value = [this, row](int column) { return m_index->index(row, column).data(ChartValueRole); };
        const double x = value(IndexSeriesModel::MonthColumn).toDouble();
        if (const QVariant v = value(IndexSeriesModel::OldSeriesColumn); v.isValid())
            old << QPointF(x, v.toDouble());
        if (const QVariant v = value(IndexSeriesModel::RevisedSeriesColumn); v.isValid())
            revised << QPointF(x, v.toDouble());
        if (const QVariant v = value(IndexSeriesModel::LinkedColumn); v.isValid())
            linked << QPointF(x, v.toDouble());
        if (const QVariant v = value(IndexSeriesModel::CoefficientColumn); v.isValid())
            coefficient << QPointF(x, v.toDouble());
    }
    m_oldSeries->replace(old);
    m_revisedSeries->replace(revised);
    m_linkedSeries->replace(linked);
    // The link: the last old value and the first revised one, both of August 2022 (280.6 = 286.4 × 0.97975).
    QList<QPointF> link;
    const double change = IndexSeriesModel::chartX(IndexSeries::seriesChange());
    for (const QList<QPointF> *series : {&old, &revised}) {
        for (const QPointF &point : *series) {
            if (point.x() == change)
                link << point;
        }
    }
    m_linkPoints->replace(link);
    m_coefficientSeries->replace(coefficient);
    QList<QPointF> revisions;
    for (const RevisionStep &step : m_schedule.revisions()) {
        if (step.applied())
            revisions << QPointF(IndexSeriesModel::chartX(step.date),
                                 double(step.coefficient->first) / double(step.coefficient->second));
    }
    m_revisionPoints->replace(revisions);
    fitAxes(m_indexChart);
    fitAxes(m_coefficientChart);
}

void PriceHistoryWidget::retranslateUi()
{
    m_lotLabel->setText(tr("&Lot:"));
    m_indexChart->setTitle(tr("Syntec index"));
    m_coefficientChart->setTitle(tr("Revision coefficient a + (1 − a) × S / S0"));
    m_oldSeries->setName(tr("Old series"));
    m_revisedSeries->setName(tr("Revised series"));
    m_linkedSeries->setName(tr("Linked (old × 0.97975)"));
    m_linkPoints->setName(tr("August 2022 change"));
    m_coefficientSeries->setName(tr("Coefficient for the month's index"));
    m_revisionPoints->setName(tr("Revisions applied"));
    const QLocale locale;
    if (!m_schedule.hasClause()) {
        m_clause->setText(m_contractId ? tr("This contract has no price revision clause: its schedule's prices apply as they are.")
                                       : QString());
    } else {
        const RevisionClause &clause = *m_schedule.clause();
        QStringList dates;
        for (const QDate &date : clause.dates)
            dates << locale.toString(date, QLocale::ShortFormat);
        const auto base = m_schedule.baseIndex();
        m_clause->setText(
            tr("P = P0 × (a + (1 − a) × S / S0) with a = %1, S0 the index of %2 (%3), S the index of the month %4"
               " month(s) before each revision; %5. Revisions: %6.")
                .arg(PriceHistoryModel::coefficientText(qMakePair(clause.fixedPartMillionths, qint64(1000000)), locale),
                     clause.baseMonth.toString(QStringLiteral("yyyy-MM")),
                     base ? PriceHistoryModel::indexText(*base, locale) : tr("missing"),
                     locale.toString(clause.lagMonths),
                     clause.roundingDecimals < 0 ? tr("the coefficient is not rounded")
                                                 : tr("the coefficient is rounded to %n decimal(s)", nullptr,
                                                      clause.roundingDecimals),
                     dates.isEmpty() ? tr("none") : dates.join(tr(", "))));
    }
    const QStringList problems = m_schedule.problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

} // namespace Plafond
