// SPDX-License-Identifier: GPL-3.0-or-later
// The figures of the issue "Scale": each command of Plafond at a purchasing service's size (plafond generate
// --scale 20: 200,000 orders, ~600,000 lines), run as a user runs it, side by side with the plain-SQL floor
// of the same work by the sqlite3 shell, in one run. One JSON line per measure (median of --runs runs,
// wall time and peak resident memory of the child process), after one line that describes the machine.
//   cmake --build build-rel --target bench_scale plafond && ./build-rel/tests/bench/bench_scale [--runs 3]
//     [--db /tmp/plafond-bench-scale20.sqlite] [--work /tmp/plafond-bench-work] [--only summary,import]
// Needs the sqlite3 shell (Debian package sqlite3). docs/BENCHMARKS.md records the results.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QThread>

#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <optional>
#include <vector>

namespace {

struct Run
{
    double seconds = 0;
    double peakMegabytes = 0;
    int exitCode = -1;
};

// Runs `program arguments…` with its standard input from `input` (or /dev/null) and its standard output to
// `output` (or /dev/null); the wall time and the child's own peak resident set (wait4: this child only).
Run runOnce(const QStringList &command, const QString &input = {}, const QString &output = {})
{
    std::vector<QByteArray> storage;
    for (const QString &part : command)
        storage.push_back(part.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &part : storage)
        argv.push_back(part.data());
    argv.push_back(nullptr);
    const QByteArray in = input.isEmpty() ? QByteArray("/dev/null") : QFile::encodeName(input);
    const QByteArray out = output.isEmpty() ? QByteArray("/dev/null") : QFile::encodeName(output);

    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        const int inFd = open(in.constData(), O_RDONLY);
        const int outFd = open(out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (inFd < 0 || outFd < 0)
            _exit(126);
        const int errFd = open("/tmp/plafond-bench-stderr.log", O_WRONLY | O_CREAT | O_APPEND, 0644);
        dup2(inFd, 0);
        dup2(outFd, 1);
        if (errFd >= 0)
            dup2(errFd, 2); // what the children say goes to the log, not between the JSON lines
        execvp(argv[0], argv.data());
        _exit(127);
    }
    Run run;
    if (pid < 0)
        return run;
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.peakMegabytes = usage.ru_maxrss / 1024.0; // kilobytes on Linux
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

struct Measure
{
    double medianSeconds = 0;
    double peakMegabytes = 0;
    bool ok = true;
};

// The median of `runs` runs; `prepare` runs before each (not timed): a fresh copy for an import.
template <typename Prepare>
Measure measure(int runs, const QStringList &command, Prepare prepare, const QString &input = {}, const QString &output = {})
{
    std::vector<double> times;
    Measure m;
    for (int i = 0; i < runs; ++i) {
        prepare();
        const Run run = runOnce(command, input, output);
        if (run.exitCode != 0) {
            std::fprintf(stderr, "failed (exit %d): %s\n", run.exitCode, qPrintable(command.join(u' ')));
            m.ok = false;
        }
        times.push_back(run.seconds);
        m.peakMegabytes = std::max(m.peakMegabytes, run.peakMegabytes);
    }
    std::sort(times.begin(), times.end());
    m.medianSeconds = times[times.size() / 2];
    return m;
}

Measure measure(int runs, const QStringList &command, const QString &input = {}, const QString &output = {})
{
    return measure(runs, command, [] {}, input, output);
}

double rounded(double value, int digits = 3)
{
    const double scale = std::pow(10.0, digits);
    return std::round(value * scale) / scale;
}

void print(const QJsonObject &line)
{
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

void report(const QString &name, const QString &what, const Measure &plafond, const QString &floorWhat,
            std::optional<Measure> floor, const QString &target, qint64 items = 0, const QString &itemName = {})
{
    QJsonObject line{{QStringLiteral("measure"), name},
                     {QStringLiteral("what"), what},
                     {QStringLiteral("median_s"), rounded(plafond.medianSeconds)},
                     {QStringLiteral("peak_mb"), rounded(plafond.peakMegabytes, 1)},
                     {QStringLiteral("ok"), plafond.ok},
                     {QStringLiteral("target"), target}};
    if (items > 0 && plafond.medianSeconds > 0)
        line.insert(itemName + QStringLiteral("_per_s"), qRound64(items / plafond.medianSeconds));
    line.insert(QStringLiteral("floor"), floorWhat);
    if (floor) {
        line.insert(QStringLiteral("floor_median_s"), rounded(floor->medianSeconds));
        line.insert(QStringLiteral("ratio_to_floor"), floor->medianSeconds > 0 ? rounded(plafond.medianSeconds / floor->medianSeconds, 2) : 0.0);
    }
    print(line);
}

QString firstLineOf(const QString &path, const QString &prefix)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // /proc files have no size: read them whole rather than up to an end they do not report.
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(prefix))
            return prefix.isEmpty() ? line.trimmed() : line.mid(line.indexOf(u':') + 1).trimmed();
    }
    return {};
}

QString sqlite3Version()
{
    const QString out = QDir::temp().filePath(QStringLiteral("plafond-bench-sqlite-version"));
    runOnce({QStringLiteral("sqlite3"), QStringLiteral("--version")}, {}, out);
    QFile file(out);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).section(u' ', 0, 0) : QString();
}

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&args](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const int runs = std::max(1, option(QStringLiteral("--runs"), QStringLiteral("3")).toInt());
    const QString db = option(QStringLiteral("--db"), QStringLiteral("/tmp/plafond-bench-scale20.sqlite"));
    const QString work = option(QStringLiteral("--work"), QStringLiteral("/tmp/plafond-bench-work"));
    const QString plafond = option(QStringLiteral("--plafond"), QStringLiteral(PLAFOND_BINARY));
    const QString sqlite3 = QStringLiteral("sqlite3");
    // --only summary,export: the measures whose name starts with one of these.
    const QStringList only = option(QStringLiteral("--only"), QString()).split(u',', Qt::SkipEmptyParts);
    auto wanted = [&only](const QString &name) {
        return only.isEmpty() || std::any_of(only.cbegin(), only.cend(), [&name](const QString &o) { return name.startsWith(o); });
    };
    QDir().mkpath(work);
    auto at = [&work](const QString &name) { return QDir(work).filePath(name); };

    if (!QFileInfo::exists(db)) {
        const Run generated = runOnce({plafond, QStringLiteral("generate"), QStringLiteral("--db"), db, QStringLiteral("--scale"), QStringLiteral("20")});
        if (generated.exitCode != 0) {
            std::fprintf(stderr, "cannot generate %s\n", qPrintable(db));
            return 1;
        }
    }

    print(QJsonObject{{QStringLiteral("machine"),
                       QJsonObject{{QStringLiteral("cpu"), firstLineOf(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name"))},
                                   {QStringLiteral("cores"), QThread::idealThreadCount()},
                                   {QStringLiteral("memory"), firstLineOf(QStringLiteral("/proc/meminfo"), QStringLiteral("MemTotal"))},
                                   {QStringLiteral("os"), QSysInfo::prettyProductName()},
                                   {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                                   {QStringLiteral("sqlite3"), sqlite3Version()},
                                   {QStringLiteral("load"), firstLineOf(QStringLiteral("/proc/loadavg"), QString()).section(u' ', 0, 2)},
                                   {QStringLiteral("runs"), runs},
                                   {QStringLiteral("database"), db}}}});

    // summary of every contract, against the four aggregates it shows (lot × stage, beneficiary, work unit,
    // month) in plain SQL.
    const QString aggregates = at(QStringLiteral("aggregates.sql"));
    writeText(aggregates, QStringLiteral(
        "SELECT o.lot_id, o.status, SUM(ol.amount_ht_cents) FROM orders o JOIN order_lines ol ON ol.order_id = o.id"
        " WHERE o.status <> 'draft' GROUP BY o.lot_id, o.status;\n"
        "SELECT o.beneficiary_id, o.status, SUM(ol.amount_ht_cents) FROM orders o JOIN order_lines ol ON ol.order_id = o.id"
        " WHERE o.status <> 'draft' GROUP BY o.beneficiary_id, o.status;\n"
        "SELECT ol.work_unit_id, SUM(ol.quantity_milli), SUM(ol.amount_ht_cents) FROM orders o JOIN order_lines ol"
        " ON ol.order_id = o.id WHERE o.status <> 'draft' GROUP BY ol.work_unit_id;\n"
        "SELECT l.contract_id, substr(o.issued_on, 1, 7), SUM(ol.amount_ht_cents) FROM orders o JOIN lots l ON l.id = o.lot_id"
        " JOIN order_lines ol ON ol.order_id = o.id WHERE o.status <> 'draft' GROUP BY l.contract_id, substr(o.issued_on, 1, 7);\n"));
    if (wanted(QStringLiteral("summary_all_contracts")))
        report(QStringLiteral("summary_all_contracts"), QStringLiteral("plafond summary, 20 contracts, JSON"),
           measure(runs, {plafond, QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--as-of"), QStringLiteral("2024-12-31")}),
           QStringLiteral("the four aggregates in plain SQL by the sqlite3 shell"), measure(runs, {sqlite3, db}, aggregates),
           QStringLiteral("< 1 s and ≤ 0.4× the floor"));

    // export of every order line, against the joined CSV export of the same rows.
    const QString csv = at(QStringLiteral("orders.csv"));
    if (!wanted(QStringLiteral("export_orders")) && !wanted(QStringLiteral("import_orders")) && !wanted(QStringLiteral("report")))
        return 0;
    const Measure exported = measure(runs, {plafond, QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("--db"), db,
                                            QStringLiteral("--out"), csv});
    const QString joined = at(QStringLiteral("joined.sql"));
    writeText(joined, QStringLiteral(
        ".mode csv\n.headers on\n"
        "SELECT c.reference, l.number, o.number, b.code, o.status, o.issued_on, o.done_on, o.invoiced_on, o.paid_on,"
        " o.cancelled_on, w.code, ol.quantity_milli, ol.unit_price_ht_cents, ol.amount_ht_cents"
        " FROM order_lines ol JOIN orders o ON o.id = ol.order_id JOIN lots l ON l.id = o.lot_id"
        " JOIN contracts c ON c.id = l.contract_id JOIN beneficiaries b ON b.id = o.beneficiary_id"
        " JOIN work_units w ON w.id = ol.work_unit_id ORDER BY c.reference, o.number, ol.position;\n"));
    report(QStringLiteral("export_orders"), QStringLiteral("plafond export orders, every line"), exported,
           QStringLiteral("the joined CSV export of the same rows by the sqlite3 shell"),
           measure(runs, {sqlite3, db}, joined, at(QStringLiteral("joined.csv"))), QStringLiteral("≤ 1.5× the floor"));

    // import of that CSV into the same contracts without their orders, against sqlite3's .import of it.
    qint64 lines = -1;
    {
        QFile file(csv);
        if (file.open(QIODevice::ReadOnly)) {
            while (!file.atEnd()) {
                file.readLine();
                ++lines;
            }
        }
    }
    const QString empty = at(QStringLiteral("without-orders.sqlite"));
    const QString target = at(QStringLiteral("import-target.sqlite"));
    QFile::remove(empty);
    QFile::copy(db, empty);
    const QString clear = at(QStringLiteral("clear.sql"));
    writeText(clear, QStringLiteral("PRAGMA foreign_keys = OFF; DELETE FROM contributions; DELETE FROM ceiling_overrides;"
                                    " DELETE FROM order_lines; DELETE FROM orders; VACUUM;\n"));
    runOnce({sqlite3, empty}, clear);
    auto freshTarget = [&] {
        QFile::remove(target);
        QFile::copy(empty, target);
    };
    const QString floorTarget = at(QStringLiteral("import-floor.sqlite"));
    if (wanted(QStringLiteral("import_orders")))
        report(QStringLiteral("import_orders"), QStringLiteral("plafond import orders, every line, into the contracts without orders"),
           measure(runs, {plafond, QStringLiteral("import"), QStringLiteral("orders"), csv, QStringLiteral("--db"), target}, freshTarget),
           QStringLiteral("sqlite3 .import of the same file"),
           measure(runs, {sqlite3, QStringLiteral("-cmd"), QStringLiteral(".mode csv"), QStringLiteral("-cmd"),
                                   QStringLiteral(".separator ;"), floorTarget, QStringLiteral(".import %1 raw_lines").arg(csv)},
                   [&] { QFile::remove(floorTarget); }),
           QStringLiteral("≥ 100,000 lines/s, ≤ 3× the floor, peak < 400 MB"), lines, QStringLiteral("lines"));

    // the PDF of one contract with its annex of every order; no floor on this machine (LibreOffice's print of
    // the raw rows is the issue's).
    if (wanted(QStringLiteral("report_one_contract")))
        report(QStringLiteral("report_one_contract"), QStringLiteral("plafond report, GEN-001 and its 10,000-order annex"),
           measure(runs, {plafond, QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--contract"), QStringLiteral("GEN-001"),
                          QStringLiteral("--as-of"), QStringLiteral("2024-12-31"), QStringLiteral("--out"), at(QStringLiteral("GEN-001.pdf"))}),
           QStringLiteral("none measured here (LibreOffice printing the raw rows: 3.4 s in the issue)"), std::nullopt, QStringLiteral("< 2 s"));
    return 0;
}
