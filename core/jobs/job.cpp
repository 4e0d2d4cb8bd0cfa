// SPDX-License-Identifier: GPL-3.0-or-later
#include "job.h"

#include "storage/stores.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QMutex>
#include <QThread>

namespace Plafond {

// What the job's thread and the job's owner share; it outlives whichever of them stops last.
class JobState
{
public:
    std::atomic_bool cancel{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    // A progress delivery is queued and not yet run: the next reports only update the figures.
    std::atomic_bool progressQueued{false};
    std::function<void(qint64, qint64)> hook;
    Database *database = nullptr;
    Stores *stores = nullptr;
    // Written by the job's thread before it ends, read by the owner after.
    Status status;
    QString openError;
    bool opened = false;
    // Set by the owner: where progress reports go (null once the job is gone). Guarded by jobLock: the
    // job's thread posts to it while the owner's thread may be destroying it.
    QMutex jobLock;
    Job *job = nullptr;
};

Database &JobContext::database()
{
    return *m_state->database;
}

Stores &JobContext::stores()
{
    return *m_state->stores;
}

bool JobContext::isCancelled() const
{
    return m_state->cancel.load();
}

const std::atomic_bool *JobContext::cancelFlag() const
{
    return &m_state->cancel;
}

bool JobContext::progress(qint64 done, qint64 total)
{
    m_state->done = done;
    m_state->total = total;
    if (!m_state->progressQueued.exchange(true)) {
        // Posting under the lock: the job cannot be destroyed meanwhile, and once it is, Qt drops the events
        // posted to it, so the delivery never runs on a deleted job.
        QMutexLocker locker(&m_state->jobLock);
        if (Job *job = m_state->job)
            QMetaObject::invokeMethod(job, [job]() { job->deliverProgress(); }, Qt::QueuedConnection);
    }
    // After the notice is queued: a hook that holds the worker (the tests' gates) must not hold back the
    // report of the figures it was called with, or the bar would show the previous report for as long.
    if (m_state->hook)
        m_state->hook(done, total);
    return !m_state->cancel.load();
}

std::function<bool(qint64, qint64)> JobContext::progressCallback()
{
    return [state = m_state](qint64 done, qint64 total) { return JobContext(state).progress(done, total); };
}

Job::Job(const QString &title, const QString &location, Access access, Work work, QObject *parent)
    : QObject(parent), m_title(title), m_location(location), m_access(access), m_work(std::move(work)),
      m_state(std::make_shared<JobState>())
{
    m_state->job = this;
}

Job::~Job()
{
    m_state->cancel = true;
    {
        QMutexLocker locker(&m_state->jobLock);
        m_state->job = nullptr;
    }
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void Job::start()
{
    if (m_outcome != Outcome::NotStarted)
        return;
    m_outcome = Outcome::Running;
    const std::shared_ptr<JobState> state = m_state;
    const QString location = m_location;
    const Database::OpenMode mode = m_access == Access::ReadOnly ? Database::OpenMode::ReadOnly
        : m_access == Access::Create                              ? Database::OpenMode::CreateIfMissing
                                                                  : Database::OpenMode::MustExist;
    Work work = m_work;
    m_thread = QThread::create([state, location, mode, work]() {
        Database database;
        if (!database.open(location, mode, &state->openError))
            return;
        state->opened = true;
        Stores stores(database);
        state->database = &database;
        state->stores = &stores;
        JobContext context(state);
        state->status = work(context);
        state->stores = nullptr;
        state->database = nullptr;
    });
    m_thread->setObjectName(QStringLiteral("job: ") + m_title);
    emit started();
    connect(m_thread, &QThread::finished, this, &Job::deliverFinished);
    m_thread->start();
}

void Job::cancel()
{
    m_state->cancel = true;
}

qint64 Job::done() const
{
    return m_state->done.load();
}

qint64 Job::total() const
{
    return m_state->total.load();
}

void Job::setProgressHook(std::function<void(qint64, qint64)> hook)
{
    m_state->hook = std::move(hook);
}

void Job::deliverProgress()
{
    m_state->progressQueued = false;
    if (m_outcome == Outcome::Running)
        emit progressChanged(m_state->done.load(), m_state->total.load());
}

void Job::deliverFinished()
{
    if (m_outcome != Outcome::Running)
        return;
    m_thread->wait();
    if (!m_state->opened) {
        m_outcome = Outcome::Failed;
        m_error = m_state->openError;
    } else if (m_state->status) {
        // A cancel that came after the work was done changes nothing: what succeeded stands.
        m_outcome = Outcome::Succeeded;
    } else if (m_state->cancel) {
        m_outcome = Outcome::Cancelled;
    } else {
        m_outcome = Outcome::Failed;
        m_error = m_state->status.message();
    }
    emit finished();
}

bool Job::wait(int timeoutMs)
{
    if (m_outcome != Outcome::Running)
        return true;
    QEventLoop loop;
    connect(this, &Job::finished, &loop, &QEventLoop::quit);
    const QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(timeoutMs));
    while (m_outcome == Outcome::Running && !deadline.hasExpired()) {
        // The thread's end is delivered by a queued call: let it through.
        if (m_thread->wait(10))
            deliverFinished();
        else
            loop.processEvents(QEventLoop::AllEvents, 10);
    }
    return m_outcome != Outcome::Running;
}

JobRunner::JobRunner(QObject *parent) : QObject(parent)
{
}

JobRunner::~JobRunner()
{
    cancelAll();
    // Each job's destructor waits for its thread.
    qDeleteAll(m_jobs);
}

Job *JobRunner::start(const QString &title, Job::Access access, Job::Work work, std::function<void(Job &)> done)
{
    Job *job = prepare(title, access, std::move(work), std::move(done));
    job->start();
    return job;
}

Job *JobRunner::prepare(const QString &title, Job::Access access, Job::Work work, std::function<void(Job &)> done)
{
    auto *job = new Job(title, m_location, access, std::move(work), this);
    m_jobs.append(job);
    connect(job, &Job::finished, this, [this, job, done = std::move(done)]() {
        m_jobs.removeOne(job);
        if (done)
            done(*job);
        emit jobFinished(job);
        job->deleteLater();
    });
    connect(job, &Job::started, this, [this, job]() { emit jobStarted(job); });
    return job;
}

void JobRunner::cancelAll()
{
    for (Job *job : std::as_const(m_jobs))
        job->cancel();
}

bool JobRunner::waitForAll(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(timeoutMs));
    while (!m_jobs.isEmpty()) {
        Job *job = m_jobs.first();
        if (!job->wait(static_cast<int>(deadline.isForever() ? -1 : std::max<qint64>(deadline.remainingTime(), 0))))
            return false;
        // finished() removed it from the list.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

} // namespace Plafond
