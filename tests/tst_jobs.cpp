// SPDX-License-Identifier: GPL-3.0-or-later
// The job runner on a real SQLite file: the work runs in a thread of its own on its own connection, its
// result and its progress reach the thread that started it, and a cancelled write leaves nothing behind.
// LatestJob, the one read a view keeps going: only the last one started delivers, once, and never to a view
// that is gone.
#include "jobs/job.h"
#include "storage/database.h"
#include "storage/stores.h"
#include "storecheck.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <memory>

using namespace Plafond;

namespace {

// Holds each job the runner starts at its first progress report, until the test lets that one go: the
// job's test hook, set when the job starts and before its thread runs. The semaphores are shared with the
// hooks, so that a job let go late never touches a gate that is gone.
class Gate
{
public:
    explicit Gate(JobRunner &runner)
    {
        QObject::connect(&runner, &JobRunner::jobStarted, &m_receiver, [this](Job *job) {
            auto held = std::make_shared<Hold>();
            m_holds.append(held);
            job->setProgressHook([held](qint64, qint64) {
                held->reached.release();
                held->open.acquire();
            });
        });
    }
    ~Gate()
    {
        for (const auto &held : std::as_const(m_holds))
            held->open.release();
    }
    // The `index`th job started (from 0) is held at its gate.
    bool isHeld(int index, int timeoutMs = 10000)
    {
        return index < m_holds.size() && m_holds.at(index)->reached.tryAcquire(1, timeoutMs);
    }
    void letGo(int index) { m_holds.at(index)->open.release(); }

private:
    struct Hold
    {
        QSemaphore reached;
        QSemaphore open;
    };
    QObject m_receiver;
    QList<std::shared_ptr<Hold>> m_holds;
};

// What the LatestJob tests share: a runner on a fresh database whose jobs are held at their gate, and reads
// that give their own number, delivered into `delivered`. A read does not stop when cancelled, so that a
// superseded one still finishes with a result, which LatestJob must drop.
struct LatestReads
{
    explicit LatestReads(const QString &location) : gate(runner) { runner.setLocation(location); }

    void start(LatestJob &latest, QObject *owner, int value)
    {
        latest.run<int>(
            runner, owner, QStringLiteral("read %1").arg(value),
            [value](JobContext &context) -> Result<int> {
                context.progress(1, 1);
                return value;
            },
            [this](Result<int> result) { delivered << result.valueOr(-1); });
    }

    JobRunner runner;
    Gate gate; // after the runner: let go before the runner waits for its jobs
    QList<int> delivered;
};

// A view that keeps its read going, as OrdersPanel and DashboardWidget do: the owner of its LatestJob.
class View : public QObject
{
public:
    LatestJob latest;
};

} // namespace

class TestJobs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    // A fresh database with `beneficiaries` beneficiaries B001, B002…
    QString freshDatabase(int beneficiaries)
    {
        const QString path = m_dir.filePath(QStringLiteral("jobs-%1.plafond").arg(++m_count));
        Database database;
        QString error;
        if (!database.open(path, Database::OpenMode::CreateIfMissing, &error))
            qFatal("%s", qPrintable(error));
        Stores stores(database);
        for (int i = 1; i <= beneficiaries; ++i) {
            Beneficiary beneficiary{0, QStringLiteral("B%1").arg(i, 3, 10, QLatin1Char('0')),
                                    QStringLiteral("Beneficiary %1").arg(i), 0, 0};
            if (!stores.catalogue.saveBeneficiary(beneficiary))
                qFatal("cannot save a beneficiary");
        }
        return path;
    }

    static int beneficiaryCount(const QString &path)
    {
        Database database;
        if (!database.open(path, Database::OpenMode::ReadOnly))
            return -1;
        Stores stores(database);
        return static_cast<int>(stores.catalogue.beneficiaries().value().size());
    }

private slots:
    void resultReachesTheStartingThread()
    {
        JobRunner runner;
        runner.setLocation(freshDatabase(3));
        QThread *workThread = nullptr;
        QThread *doneThread = nullptr;
        QStringList codes;
        bool cancelled = true;
        runner.run<QStringList>(QStringLiteral("read"), Job::Access::ReadOnly,
            [&workThread](JobContext &context) -> Result<QStringList> {
                workThread = QThread::currentThread();
                const Result<QList<Beneficiary>> all = context.stores().catalogue.beneficiaries();
                if (!all)
                    return all.error();
                QStringList codes;
                for (const Beneficiary &beneficiary : *all)
                    codes << beneficiary.code;
                return codes;
            },
            [&](Result<QStringList> result, bool isCancelled) {
                doneThread = QThread::currentThread();
                codes = result.value();
                cancelled = isCancelled;
            });
        QCOMPARE(runner.running().size(), 1);
        QVERIFY(runner.waitForAll(10000));
        QCOMPARE(codes, (QStringList{QStringLiteral("B001"), QStringLiteral("B002"), QStringLiteral("B003")}));
        QVERIFY(!cancelled);
        QVERIFY(workThread != nullptr);
        QVERIFY(workThread != QThread::currentThread());
        QCOMPARE(doneThread, QThread::currentThread());
        QVERIFY(runner.running().isEmpty());
    }

    void progressIsDeliveredInTheStartingThread()
    {
        JobRunner runner;
        runner.setLocation(freshDatabase(0));
        QSemaphore reported;
        QSemaphore release;
        Job *job = runner.start(QStringLiteral("count"), Job::Access::ReadOnly, [&](JobContext &context) -> Status {
            for (qint64 i = 1; i <= 1000; ++i)
                context.progress(i, 1000);
            reported.release();
            release.acquire(); // held until the test has seen the report
            return {};
        });
        QSignalSpy progress(job, &Job::progressChanged);
        QSignalSpy finished(job, &Job::finished);
        QVERIFY(reported.tryAcquire(1, 10000));
        // A thousand reports, at most a few deliveries; the last one carries the last figures.
        QTRY_VERIFY(!progress.isEmpty());
        QVERIFY(progress.size() < 1000);
        QTRY_COMPARE(progress.last().at(0).toLongLong(), 1000);
        QCOMPARE(progress.last().at(1).toLongLong(), 1000);
        QCOMPARE(job->done(), 1000);
        release.release();
        QVERIFY(finished.wait(10000));
        QCOMPARE(job->outcome(), Job::Outcome::Succeeded);
    }

    // The work writes ten beneficiaries in one transaction and is held at the fourth; Cancel is pressed
    // there: the work stops, its transaction rolls back, and the file holds what it held before.
    void cancelledWriteLeavesNothing()
    {
        const QString path = freshDatabase(2);
        JobRunner runner;
        runner.setLocation(path);
        QSemaphore atFourth;
        QSemaphore goOn;
        int written = 0;
        Job *job = runner.start(QStringLiteral("write"), Job::Access::ReadWrite, [&](JobContext &context) -> Status {
            return context.stores().withTransaction([&]() -> Status {
                for (int i = 1; i <= 10; ++i) {
                    Beneficiary beneficiary{0, QStringLiteral("N%1").arg(i), QStringLiteral("New %1").arg(i), 0, 0};
                    if (const Status saved = context.stores().catalogue.saveBeneficiary(beneficiary); !saved)
                        return saved;
                    ++written;
                    if (!context.progress(i, 10))
                        return Error::rule(QStringLiteral("cancelled after %1").arg(i));
                }
                return {};
            });
        });
        job->setProgressHook([&](qint64 done, qint64) {
            if (done == 4) {
                atFourth.release();
                goOn.acquire();
            }
        });
        QSignalSpy finished(job, &Job::finished);
        QVERIFY(atFourth.tryAcquire(1, 10000));
        job->cancel();
        goOn.release();
        QVERIFY(finished.wait(10000));
        QCOMPARE(job->outcome(), Job::Outcome::Cancelled);
        QCOMPARE(written, 4);
        QCOMPARE(beneficiaryCount(path), 2);
    }

    void aFailureSaysWhy()
    {
        JobRunner runner;
        const QString missing = m_dir.filePath(QStringLiteral("missing.plafond"));
        runner.setLocation(missing);
        bool ran = false;
        QString message;
        runner.run<int>(QStringLiteral("missing"), Job::Access::ReadOnly,
            [&ran](JobContext &) -> Result<int> { ran = true; return 1; },
            [&message](Result<int> result, bool) { message = result.message(); });
        QVERIFY(runner.waitForAll(10000));
        QVERIFY(!ran);
        QCOMPARE(message, missing + QStringLiteral(": no such database file"));
        QVERIFY(!QFile::exists(missing));

        // The work's own error comes back as it was said.
        runner.setLocation(freshDatabase(0));
        runner.run<int>(QStringLiteral("rule"), Job::Access::ReadOnly,
            [](JobContext &) -> Result<int> { return Error::rule(QStringLiteral("no such lot: 7")); },
            [&message](Result<int> result, bool cancelled) {
                QVERIFY(!cancelled);
                message = result.message();
            });
        QVERIFY(runner.waitForAll(10000));
        QCOMPARE(message, QStringLiteral("no such lot: 7"));
    }

    void readOnlyJobCannotWrite()
    {
        const QString path = freshDatabase(1);
        JobRunner runner;
        runner.setLocation(path);
        Status outcome;
        Job *job = runner.start(QStringLiteral("write"), Job::Access::ReadOnly, [&](JobContext &context) -> Status {
            Beneficiary beneficiary{0, QStringLiteral("X"), QStringLiteral("X"), 0, 0};
            outcome = context.stores().catalogue.saveBeneficiary(beneficiary);
            return outcome;
        });
        QSignalSpy finished(job, &Job::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(job->outcome(), Job::Outcome::Failed);
        QVERIFY(!outcome);
        QCOMPARE(job->errorMessage(), outcome.message());
        QCOMPARE(beneficiaryCount(path), 1);
    }

    // Closing while work runs: the runner cancels it and waits; nothing is left running, nothing is written.
    void runnerGoneCancelsAndWaits()
    {
        const QString path = freshDatabase(0);
        QSemaphore started;
        std::atomic_bool sawCancel{false};
        {
            JobRunner runner;
            runner.setLocation(path);
            runner.start(QStringLiteral("long"), Job::Access::ReadWrite, [&](JobContext &context) -> Status {
                started.release();
                while (context.progress(0, 0))
                    QThread::msleep(5);
                sawCancel = true;
                return Error::rule(QStringLiteral("cancelled"));
            });
            QVERIFY(started.tryAcquire(1, 10000));
        }
        QVERIFY(sawCancel);
        QCOMPARE(beneficiaryCount(path), 0);
    }

    // Started again while the first is held: the first is cancelled, and when it finishes all the same its
    // result is dropped; the second's result is delivered once, as it was.
    void latestJobDeliversOnlyTheLastStarted()
    {
        LatestReads reads(freshDatabase(0));
        View view;
        reads.start(view.latest, &view, 1);
        QVERIFY(reads.gate.isHeld(0));
        Job *first = reads.runner.running().constFirst();
        reads.start(view.latest, &view, 2);
        QVERIFY(reads.gate.isHeld(1));
        QCOMPARE(reads.runner.running().size(), 2);

        QSignalSpy finished(&reads.runner, &JobRunner::jobFinished);
        reads.gate.letGo(0);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().at(0).value<Job *>(), first);
        QCOMPARE(reads.delivered, QList<int>());
        QVERIFY(view.latest.isRunning());

        reads.gate.letGo(1);
        QVERIFY(view.latest.wait(10000));
        QVERIFY(reads.runner.waitForAll(10000));
        QCOMPARE(reads.delivered, QList<int>{2});
    }

    // The owner is gone before its result comes: nothing is delivered. The LatestJob outlives it here, so
    // that only the owner's guard can stop the delivery.
    void latestJobDropsTheResultOfAGoneOwner()
    {
        LatestReads reads(freshDatabase(0));
        LatestJob latest;
        auto owner = std::make_unique<QObject>();
        reads.start(latest, owner.get(), 3);
        QVERIFY(reads.gate.isHeld(0));
        owner.reset();
        reads.gate.letGo(0);
        QVERIFY(reads.runner.waitForAll(10000));
        QCOMPARE(reads.delivered, QList<int>());
    }

    void latestJobWaitsUntilDelivered()
    {
        LatestReads reads(freshDatabase(0));
        View view;
        reads.start(view.latest, &view, 42);
        QVERIFY(reads.gate.isHeld(0));
        QVERIFY(view.latest.isRunning());
        QVERIFY(!view.latest.wait(50)); // held: not delivered in time
        QCOMPARE(reads.delivered, QList<int>());
        reads.gate.letGo(0);
        QVERIFY(view.latest.wait(10000));
        QCOMPARE(reads.delivered, QList<int>{42});
        QVERIFY(!view.latest.isRunning());
    }

    void latestJobCancelledDeliversNothing()
    {
        LatestReads reads(freshDatabase(0));
        View view;
        reads.start(view.latest, &view, 5);
        QVERIFY(reads.gate.isHeld(0));
        view.latest.cancel();
        QVERIFY(!view.latest.isRunning());
        reads.gate.letGo(0);
        QVERIFY(reads.runner.waitForAll(10000));
        QCOMPARE(reads.delivered, QList<int>());
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
