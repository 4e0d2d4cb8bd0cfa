// SPDX-License-Identifier: GPL-3.0-or-later
// The window at a purchasing service's size (plafond generate --scale 20): launch to a painted window, the
// orders in the table, the dashboard recomputed at a new as-of date, one order edited; for each, the wall time
// and the longest stall of the event loop meanwhile, measured by a timer probe that ticks every 5 ms (a tick
// late by more than that is a stall). One JSON line per measure, as bench_scale.
//   cmake --build build --target bench_gui && QT_QPA_PLATFORM=offscreen ./build/tests/bench/bench_gui [--runs 5]
//     [--db /tmp/plafond-bench-scale20.sqlite]   (bench_scale generates the file)
#include "dashboardwidget.h"
#include "mainwindow.h"
#include "workspace.h"

#include "models/ordersfilterproxy.h"
#include "models/orderstablemodel.h"
#include "storage/stores.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Plafond;

namespace {

// Ticks every 5 ms and keeps the longest gap between two ticks since reset(): how long the event loop was
// kept from running.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_sinceTick.restart());
        });
        m_timer.start();
        m_sinceTick.start();
    }
    void reset()
    {
        m_longest = 0;
        m_sinceTick.restart();
    }
    // The longest gap, including the one still open.
    qint64 longestMs() const { return std::max(m_longest, m_sinceTick.elapsed()); }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

// The first paint of the window, whichever widget of it paints first.
class PaintWatch : public QObject
{
public:
    qint64 firstPaintMs = -1;
    QElapsedTimer clock;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && firstPaintMs < 0)
            firstPaintMs = clock.elapsed();
        return QObject::eventFilter(watched, event);
    }
};

void print(const QJsonObject &line)
{
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Plafond-bench")); // the user's settings stay untouched
    const QStringList args = app.arguments();
    auto option = [&args](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const int runs = std::max(1, option(QStringLiteral("--runs"), QStringLiteral("5")).toInt());
    const QString source = option(QStringLiteral("--db"), QStringLiteral("/tmp/plafond-bench-scale20.sqlite"));
    if (!QFileInfo::exists(source)) {
        std::fprintf(stderr, "%s does not exist: run bench_scale first, or plafond generate --scale 20\n", qPrintable(source));
        return 1;
    }
    // The edits go to a copy: the generated file stays the same for every benchmark.
    const QString db = QStringLiteral("/tmp/plafond-bench-gui.sqlite");
    QFile::remove(db);
    if (!QFile::copy(source, db)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(source));
        return 1;
    }

    StallProbe probe;
    PaintWatch paint;
    paint.clock.start();
    app.installEventFilter(&paint);
    QElapsedTimer clock;
    clock.start();
    probe.reset();
    MainWindow window;
    QString error;
    if (!window.openDatabase(db, false, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    window.show();
    while (paint.firstPaintMs < 0 && clock.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 painted = paint.firstPaintMs;
    const qint64 stallToPaint = probe.longestMs();
    probe.reset();
    if (!window.waitUntilLoaded(120000)) {
        std::fprintf(stderr, "the orders did not load\n");
        return 1;
    }
    const qint64 loaded = clock.elapsed();
    print(QJsonObject{{QStringLiteral("measure"), QStringLiteral("launch_to_painted_window")},
                      {QStringLiteral("ms"), painted},
                      {QStringLiteral("longest_stall_ms"), stallToPaint},
                      {QStringLiteral("target"), QStringLiteral("< 1 s; the table fills in afterwards")}});
    print(QJsonObject{{QStringLiteral("measure"), QStringLiteral("launch_to_orders_loaded")},
                      {QStringLiteral("ms"), loaded},
                      {QStringLiteral("rows"), window.ordersModel()->rowCount()},
                      {QStringLiteral("longest_stall_ms"), probe.longestMs()},
                      {QStringLiteral("target"), QStringLiteral("event loop never blocked > 100 ms")}});

    // The dashboard of the first contract, then the as-of date moved month by month.
    const auto contract = window.workspace()->stores().contracts.contractByReference(QStringLiteral("GEN-001"));
    if (!contract) {
        std::fprintf(stderr, "no contract GEN-001\n");
        return 1;
    }
    window.selectContractOrLot(contract->id, 0);
    window.showDashboard();
    DashboardWidget *dashboard = window.dashboard();
    dashboard->waitUntilComputed(120000);
    std::vector<double> asOfTimes;
    qint64 asOfStall = 0;
    QDate day(2023, 1, 31);
    for (int i = 0; i < runs; ++i, day = day.addMonths(1)) {
        probe.reset();
        clock.restart();
        dashboard->setAsOf(day);
        dashboard->waitUntilComputed(120000);
        asOfTimes.push_back(clock.elapsed());
        asOfStall = std::max(asOfStall, probe.longestMs());
    }
    print(QJsonObject{{QStringLiteral("measure"), QStringLiteral("dashboard_as_of_moved")},
                      {QStringLiteral("median_ms"), median(asOfTimes)},
                      {QStringLiteral("runs"), runs},
                      {QStringLiteral("longest_stall_ms"), asOfStall},
                      {QStringLiteral("target"), QStringLiteral("< 100 ms for every figure and chart")}});

    // One issued order of the contract marked done, as the user does from the table (the dashboard shown).
    std::vector<double> editTimes;
    std::vector<double> dashboardTimes;
    qint64 editStall = 0;
    OrdersTableModel *model = window.ordersModel();
    int edited = 0;
    for (int row = 0; row < model->rowCount() && edited < runs; ++row) {
        const OrderRow &order = model->orderRow(row);
        if (order.status != OrderStatus::Issued || order.contractId != contract->id)
            continue;
        const QModelIndex shown = window.ordersProxy()->mapFromSource(model->index(row, 0));
        if (!shown.isValid())
            continue;
        window.ordersView()->clearSelection();
        window.ordersView()->selectRow(shown.row());
        probe.reset();
        clock.restart();
        QString refused;
        if (!window.moveSelectedOrders(OrderStatus::Done, order.issuedOn.addDays(1), &refused)) {
            std::fprintf(stderr, "edit refused: %s\n", qPrintable(refused));
            continue;
        }
        const double blocked = clock.elapsed(); // the table and the totals are current when the call returns
        window.dashboard()->waitUntilComputed(120000);
        dashboardTimes.push_back(clock.elapsed()); // and the dashboard's figures and charts
        editTimes.push_back(blocked);
        editStall = std::max(editStall, probe.longestMs());
        ++edited;
    }
    print(QJsonObject{{QStringLiteral("measure"), QStringLiteral("one_order_edited")},
                      {QStringLiteral("median_ms"), median(editTimes)},
                      {QStringLiteral("dashboard_current_median_ms"), median(dashboardTimes)},
                      {QStringLiteral("runs"), edited},
                      {QStringLiteral("longest_stall_ms"), editStall},
                      {QStringLiteral("target"), QStringLiteral("table and dashboard current < 50 ms")}});
    return 0;
}
