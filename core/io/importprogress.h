// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Plafond {

// The progress of one import step (prepare or apply), told to an optional callback (Importer::Options::progress)
// that may cancel it. The callback is asked once every `interval` units of work, not at each one, so that a
// caller that updates a progress bar from it costs nothing noticeable; once it has answered false the import
// is cancelled and stays so until the next start().
class ImportProgress
{
    Q_DECLARE_TR_FUNCTIONS(ImportProgress)
public:
    using Callback = std::function<bool(qint64 done, qint64 total)>;
    static constexpr qint64 defaultInterval = 100;

    void setCallback(Callback callback) { m_callback = std::move(callback); }
    void setInterval(qint64 interval) { m_interval = interval > 0 ? interval : 1; }

    // A new step of `total` units (0 when unknown); reports 0 done. False when cancelled there.
    bool start(qint64 total);
    // `done` units of the step are done; the callback is asked when a whole interval has passed since it was
    // last asked. False when cancelled.
    bool advance(qint64 done);
    // The whole step is done; the callback is asked once more. False when cancelled, even at the very end.
    bool finish();
    bool isCancelled() const { return m_cancelled; }

    // The error an import reports when it was cancelled: "FILE: the import was cancelled; nothing was written".
    static QString cancelledMessage(const QString &fileName);

private:
    bool ask(qint64 done);

    Callback m_callback;
    qint64 m_interval = defaultInterval;
    qint64 m_total = 0;
    qint64 m_lastAsked = 0;
    bool m_cancelled = false;
};

} // namespace Plafond
