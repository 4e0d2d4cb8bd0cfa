// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "storage/database.h"

#include <QList>
#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace Plafond {

struct Stores;
class JobState;

// What a job's work sees, in the job's own thread: its own connection to the database (QSqlDatabase
// connections belong to the thread that opened them), the cancel flag, and a way to report progress.
class JobContext
{
public:
    Database &database();
    Stores &stores();
    bool isCancelled() const;
    // For code that takes a flag to poll (ReportBuilder, the engine).
    const std::atomic_bool *cancelFlag() const;
    // Reports progress; cheap enough to call for every record (the GUI hears at most one report per event
    // loop turn). Returns false once the job is cancelled, so that `if (!context.progress(…)) stop`.
    bool progress(qint64 done, qint64 total);
    // The same, as the callback the importers and the report builder take; it may outlive the job (it then
    // reports to nobody and says "cancelled").
    std::function<bool(qint64, qint64)> progressCallback();

private:
    friend class Job;
    explicit JobContext(std::shared_ptr<JobState> state) : m_state(std::move(state)) {}
    std::shared_ptr<JobState> m_state;
};

// One piece of long work run off the GUI thread: it opens its own connection to the database at
// `location`, runs `work` there, and tells the thread that started it (finished(), progressChanged()) through
// queued signals. Cancel sets a flag the work polls; a cancelled write rolls back in the work's transaction.
// The job object may be deleted while the work runs: the destructor cancels it and waits for it to stop.
class Job : public QObject
{
    Q_OBJECT
public:
    // Create: read-write, and a missing SQLite file is created (the generated database).
    enum class Access { ReadOnly, ReadWrite, Create };
    enum class Outcome { NotStarted, Running, Succeeded, Failed, Cancelled };
    using Work = std::function<Status(JobContext &context)>;

    Job(const QString &title, const QString &location, Access access, Work work, QObject *parent = nullptr);
    ~Job() override;

    QString title() const { return m_title; }
    void start();
    void cancel();
    bool isRunning() const { return m_outcome == Outcome::Running; }
    Outcome outcome() const { return m_outcome; }
    // Why it failed: the database could not be opened, or the work's own error.
    QString errorMessage() const { return m_error; }
    // The last progress the work reported (0, 0 before any).
    qint64 done() const;
    qint64 total() const;
    // Blocks until the work has stopped and finished() was emitted (the command line, tests); false on
    // timeout. Runs the events of the calling thread meanwhile.
    bool wait(int timeoutMs = -1);

    // For tests: called in the job's thread at each progress report, before the cancel flag is read, so that
    // a test may hold the work at a known point.
    void setProgressHook(std::function<void(qint64 done, qint64 total)> hook);

signals:
    void started();
    void progressChanged(qint64 done, qint64 total);
    // Once, in the thread that owns the job, after the work has stopped; outcome() and errorMessage() say how.
    void finished();

private:
    friend class JobContext;
    void deliverProgress();
    void deliverFinished();

    QString m_title;
    QString m_location;
    Access m_access;
    Work m_work;
    std::shared_ptr<JobState> m_state;
    QThread *m_thread = nullptr;
    Outcome m_outcome = Outcome::NotStarted;
    QString m_error;
};

// The jobs of one open database: starts them, keeps them until they have finished, cancels and waits for
// them all when the database is closed. One per Workspace; the command line makes its own.
class JobRunner : public QObject
{
    Q_OBJECT
public:
    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;

    void setLocation(const QString &location) { m_location = location; }
    QString location() const { return m_location; }

    // Starts `work`; `done` runs on this object's thread when it has stopped (whatever the outcome), then
    // the job is deleted. The job returned is the runner's: use it to cancel or follow progress, not after
    // its finished() signal.
    Job *start(const QString &title, Job::Access access, Job::Work work, std::function<void(Job &)> done = {});
    // The same, not started yet: connect to it or set its hook, then call start().
    Job *prepare(const QString &title, Job::Access access, Job::Work work, std::function<void(Job &)> done = {});

    // A typed result: `work` returns Result<T>; `done` gets it (a failure carries the job's error, and a
    // cancelled job gives isCancelled == true with a failed result).
    template <typename T>
    Job *run(const QString &title, Job::Access access, std::function<Result<T>(JobContext &)> work,
             std::function<void(Result<T> result, bool isCancelled)> done)
    {
        auto slot = std::make_shared<std::optional<Result<T>>>();
        auto typed = [work = std::move(work), slot](JobContext &context) -> Status {
            slot->emplace(work(context));
            return (**slot).status();
        };
        return start(title, access, std::move(typed), [slot, done = std::move(done)](Job &job) {
            // No result when the work never ran (the database could not be opened).
            Result<T> result = *slot ? std::move(**slot) : Result<T>(Error::database(job.errorMessage()));
            if (done)
                done(std::move(result), job.outcome() == Job::Outcome::Cancelled);
        });
    }

    QList<Job *> running() const { return m_jobs; }
    void cancelAll();
    // Cancels nothing; waits until every job has finished (tests, closing).
    bool waitForAll(int timeoutMs = -1);

signals:
    void jobStarted(Plafond::Job *job);
    void jobFinished(Plafond::Job *job);

private:
    QString m_location;
    QList<Job *> m_jobs;
};

// The one read a view keeps going (its orders, its dashboard): starting it again cancels the one running and
// only the last one delivers, so that a result never lands on top of a newer one. `owner` is the view, which
// holds this LatestJob as a member (it must not outlive it): a result that comes after it is gone is dropped
// without touching either.
class LatestJob
{
public:
    template <typename T>
    void run(JobRunner &runner, QObject *owner, const QString &title, std::function<Result<T>(JobContext &)> work,
             std::function<void(Result<T> result)> deliver)
    {
        cancel();
        const quint64 serial = m_serial;
        const QPointer<QObject> guard(owner);
        m_job = runner.run<T>(title, Job::Access::ReadOnly, std::move(work),
                              [this, guard, serial, deliver = std::move(deliver)](Result<T> result, bool isCancelled) {
                                  if (!guard || serial != m_serial)
                                      return;
                                  m_job = nullptr;
                                  if (!isCancelled)
                                      deliver(std::move(result));
                              });
    }
    bool isRunning() const { return m_job != nullptr; }
    // The running one stops delivering; nothing runs afterwards.
    void cancel()
    {
        if (m_job)
            m_job->cancel();
        m_job = nullptr;
        ++m_serial;
    }
    // Runs the events until the last one started has delivered (a result may start another: that one too);
    // false on timeout.
    bool wait(int timeoutMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (m_job) {
            if (!m_job->wait(static_cast<int>(std::max<qint64>(deadline.remainingTime(), 0))))
                return false;
        }
        return true;
    }

private:
    Job *m_job = nullptr; // the runner's, until it delivers
    quint64 m_serial = 0;
};

} // namespace Plafond
