// SPDX-License-Identifier: GPL-3.0-or-later
// The job runner on a real SQLite file: the work runs in a thread of its own on its own connection, its
// result and its progress reach the thread that started it, and a cancelled write leaves nothing behind.
#include "jobs/job.h"
#include "storage/database.h"
#include "storage/stores.h"
#include "storecheck.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Plafond;

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
};

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
