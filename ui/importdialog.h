// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/importer.h"
#include "jobs/job.h"

#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace Plafond {

class Workspace;

// File → Import: any kind of Importer::kinds(). The user chooses the kind and the file (typed or browsed);
// Check reads the whole file against the database without writing (Importer::prepare) and shows its errors
// ("FILE:LINE: what is wrong"), its warnings and the changes the import would make; Import then writes it
// in one transaction (Importer::apply). Both run in a worker thread on the worker's own database connection,
// with a progress bar and a Cancel button; a cancelled or failed import writes nothing.
// An import is a bulk write that the undo stack cannot take back: the preview says so, and the undo history
// is cleared after a successful import, since the commands recorded before it may no longer apply.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Workspace *workspace, Importer::Kind kind, QWidget *parent = nullptr);
    ~ImportDialog() override;

    enum class State { Idle, Checking, Checked, Importing, Imported };
    State state() const { return m_state; }
    void setFilePath(const QString &path);
    void setKind(Importer::Kind kind);
    Importer::Kind kind() const;
    // What the last successful import wrote, in a sentence (empty before one).
    QString importedMessage() const { return m_importedMessage; }

    // For tests: called in the worker thread each time an importer reports progress, before the Cancel
    // button's flag is read; a test may hold the worker there to cancel at a known point.
    void setWorkerProgressHook(std::function<void(qint64 done, qint64 total)> hook) { m_hook = std::move(hook); }

public slots:
    void check();
    void import();
    void cancel();
    void reject() override;

signals:
    // The last check or import is over (whatever its outcome).
    void finished();

private:
    // What the job's work and the dialog share: the importer and how its step went.
    struct Run
    {
        std::unique_ptr<Importer> importer;
        bool ok = false;
        QString error;
    };
    using Work = std::function<void(Run &, Stores &, const Importer::Options &)>;
    // Runs `work` as a job on its own connection to the workspace's database; `done` on the GUI thread, told
    // whether the user cancelled it.
    void run(Work work, std::function<void(Run &, bool cancelled)> done);
    void browse();
    void inputChanged();
    void showPreview();
    void setState(State state);
    void setStatus(const QString &text);
    QString displayName() const;

    Workspace *m_workspace;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QCheckBox *m_skipInvalid = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QListWidget *m_errors = nullptr;
    QListWidget *m_warnings = nullptr;
    QListWidget *m_changes = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    State m_state = State::Idle;
    std::unique_ptr<Importer> m_importer; // checked and ready to apply, in state Checked
    std::function<void(qint64, qint64)> m_hook;
    QString m_importedMessage;
    Job *m_running = nullptr; // the check or import under way
    // Last, so that it goes first: a job still running is cancelled and waited for while the dialog is whole.
    JobRunner m_runner;
};

} // namespace Plafond
