// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "formfields.h"
#include "workspace.h"

#include "io/importprogress.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Plafond {

ImportDialog::ImportDialog(Workspace *workspace, Importer::Kind kind, QWidget *parent)
    : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Import"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (Importer::Kind available : Importer::kinds())
        m_kind->addItem(Importer::title(available), static_cast<int>(available));
    m_file = FormFields::makeLineEdit(QStringLiteral("file"), this, tr("Path of the file to import"));
    m_file->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browse"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    m_skipInvalid = new QCheckBox(tr("&Skip malformed entries (they are listed) instead of refusing the file"), this);
    m_skipInvalid->setObjectName(QStringLiteral("skipInvalid"));

    auto *form = new QFormLayout;
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(QString(), m_skipInvalid);

    m_status = FormFields::makeNote(QStringLiteral("status"), this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_errors = new QListWidget(this);
    m_errors->setObjectName(QStringLiteral("errors"));
    m_warnings = new QListWidget(this);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_changes = new QListWidget(this);
    m_changes->setObjectName(QStringLiteral("changes"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("preview"));
    m_tabs->addTab(m_changes, QString());
    m_tabs->addTab(m_warnings, QString());
    m_tabs->addTab(m_errors, QString());
    m_tabs->setMinimumSize(640, 300);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_cancel = new QPushButton(tr("C&ancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    auto *buttons = new QDialogButtonBox(this);
    m_checkButton = buttons->addButton(tr("&Check file"), QDialogButtonBox::ActionRole);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_checkButton->setDefault(true);

    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::import);
    connect(m_closeButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportDialog::inputChanged);
    connect(m_file, &QLineEdit::textChanged, this, &ImportDialog::inputChanged);
    connect(m_skipInvalid, &QCheckBox::toggled, this, &ImportDialog::inputChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(progressRow);
    layout->addWidget(buttons);

    setKind(kind);
    inputChanged();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setKind(Importer::Kind kind)
{
    const int index = m_kind->findData(static_cast<int>(kind));
    if (index >= 0)
        m_kind->setCurrentIndex(index);
}

Importer::Kind ImportDialog::kind() const
{
    return static_cast<Importer::Kind>(m_kind->currentData().toInt());
}

void ImportDialog::setFilePath(const QString &path)
{
    m_file->setText(path);
}

QString ImportDialog::displayName() const
{
    // The messages name the file as the user knows it, not by its whole path.
    return QFileInfo(m_file->text().trimmed()).fileName();
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, Importer::title(kind()), m_file->text(),
                                                      Importer::fileFilter(kind()));
    if (!path.isEmpty())
        m_file->setText(path);
}

void ImportDialog::inputChanged()
{
    if (m_state == State::Checking || m_state == State::Importing)
        return;
    // What was checked is no longer what would be imported.
    m_importer.reset();
    m_skipInvalid->setVisible(Importer::canSkipInvalid(kind()));
    m_errors->clear();
    m_warnings->clear();
    m_changes->clear();
    showPreview();
    setStatus(tr("Choose the file, then check it: nothing is written before you press Import."));
    setState(State::Idle);
}

void ImportDialog::setState(State state)
{
    m_state = state;
    const bool running = state == State::Checking || state == State::Importing;
    m_kind->setEnabled(!running);
    m_file->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_skipInvalid->setEnabled(!running);
    m_checkButton->setEnabled(!running && !m_file->text().trimmed().isEmpty());
    m_importButton->setEnabled(state == State::Checked && m_importer != nullptr);
    m_cancel->setEnabled(running);
    m_closeButton->setEnabled(!running);
    // Enter does the next step: check the file, then import it.
    (state == State::Checked ? m_importButton : m_checkButton)->setDefault(true);
    if (!running) {
        m_progress->setRange(0, 1);
        m_progress->setValue(state == State::Checked || state == State::Imported ? 1 : 0);
    }
}

void ImportDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ImportDialog::showPreview()
{
    m_tabs->setTabText(m_tabs->indexOf(m_changes), tr("C&hanges (%1)").arg(m_changes->count()));
    m_tabs->setTabText(m_tabs->indexOf(m_warnings), tr("&Warnings (%1)").arg(m_warnings->count()));
    m_tabs->setTabText(m_tabs->indexOf(m_errors), tr("&Errors (%1)").arg(m_errors->count()));
}

void ImportDialog::cancel()
{
    if (m_running) {
        m_running->cancel();
        setStatus(tr("Cancelling…"));
        m_cancel->setEnabled(false);
    }
}

void ImportDialog::reject()
{
    // Escape or closing the window while the worker runs cancels it; the dialog stays until it has stopped.
    if (m_running) {
        cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::run(Work work, std::function<void(Run &, bool cancelled)> done)
{
    if (m_running)
        return;
    const auto run = std::make_shared<Run>();
    run->importer = std::move(m_importer);
    if (!run->importer)
        run->importer = Importer::create(kind());

    Importer::Options options;
    options.skipInvalid = Importer::canSkipInvalid(kind()) && m_skipInvalid->isChecked();
    m_progress->setRange(0, 0); // busy until the first report
    m_runner.setLocation(m_workspace->location());
    m_running = m_runner.prepare(windowTitle(), Job::Access::ReadWrite,
        [run, options, work](JobContext &context) -> Status {
            Importer::Options withProgress = options;
            withProgress.progress = context.progressCallback();
            work(*run, context.stores(), withProgress);
            // A refused file is an outcome, not a failure of the job; a Cancel pressed after the work was
            // done changes nothing: what succeeded stands.
            if (context.isCancelled() && !run->ok)
                return Error::rule(run->error);
            return {};
        },
        [this, run, done](Job &job) {
            m_running = nullptr;
            if (job.outcome() == Job::Outcome::Failed && run->error.isEmpty())
                run->error = job.errorMessage();
            done(*run, job.outcome() == Job::Outcome::Cancelled);
            emit finished();
        });
    m_running->setProgressHook(m_hook);
    connect(m_running, &Job::progressChanged, m_progress, [this](qint64 done, qint64 total) {
        // A progress bar counts in int: large totals are scaled down.
        const qint64 scale = total > 1000000 ? total / 1000000 + 1 : 1;
        m_progress->setRange(0, static_cast<int>(total / scale));
        m_progress->setValue(static_cast<int>(std::min(done, total) / scale));
    });
    m_running->start();
}

void ImportDialog::check()
{
    if (m_running || m_file->text().trimmed().isEmpty())
        return;
    const QString path = m_file->text().trimmed();
    const QString name = displayName();
    m_importer.reset();
    m_errors->clear();
    m_warnings->clear();
    m_changes->clear();
    showPreview();
    setStatus(tr("Checking %1…").arg(name));
    setState(State::Checking);
    run(
        [path, name](Run &job, Stores &stores, const Importer::Options &options) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                job.error = tr("Cannot read %1: %2").arg(path, file.errorString());
                return;
            }
            const QByteArray bytes = file.readAll();
            job.ok = job.importer->prepare(stores, bytes, name, options);
        },
        [this, name](Run &job, bool cancelled) {
            if (cancelled) {
                setStatus(tr("Check cancelled: nothing was written."));
                setState(State::Idle);
                return;
            }
            if (!job.importer || (!job.ok && !job.error.isEmpty())) {
                m_errors->addItem(job.error);
                m_tabs->setCurrentWidget(m_errors);
                showPreview();
                setStatus(job.error);
                setState(State::Idle);
                return;
            }
            m_errors->addItems(job.importer->errors());
            m_warnings->addItems(job.importer->warnings());
            // A refused file changes nothing: what its valid part would have done is no preview of anything.
            if (job.ok)
                m_changes->addItems(job.importer->changes());
            showPreview();
            if (!job.ok) {
                m_tabs->setCurrentWidget(m_errors);
                setStatus(tr("%1 cannot be imported as it is: correct the errors listed and check it again. "
                             "Nothing was written.").arg(name));
                setState(State::Idle);
                return;
            }
            m_importer = std::move(job.importer);
            m_tabs->setCurrentWidget(m_changes);
            setStatus(tr("%1 is ready to import: the changes listed are written in one transaction when you "
                         "press Import. An import cannot be undone with Edit → Undo, and it clears the undo "
                         "history.").arg(name));
            setState(State::Checked);
            m_importButton->setFocus();
        });
}

void ImportDialog::import()
{
    if (m_running || m_state != State::Checked || !m_importer)
        return;
    setStatus(tr("Importing %1…").arg(displayName()));
    setState(State::Importing);
    run(
        [](Run &job, Stores &stores, const Importer::Options &options) {
            job.ok = job.importer->apply(stores, options, &job.error);
        },
        [this](Run &job, bool cancelled) {
            // A cancelled or failed apply has rolled back, but the importer may hold what it wrote then (new
            // identifiers): it is checked again before another try.
            if (cancelled || !job.ok) {
                setStatus(cancelled ? tr("Import cancelled: nothing was written.")
                                        : tr("The import failed and nothing was written: %1").arg(job.error));
                setState(State::Idle);
                return;
            }
            m_importedMessage = job.importer->doneMessage(displayName());
            setStatus(m_importedMessage);
            m_importer.reset();
            // The commands recorded before the import may no longer apply to what it wrote.
            m_workspace->undoStack()->clear();
            m_workspace->notify(Changes::everything());
            setState(State::Imported);
            m_closeButton->setFocus();
        });
}

} // namespace Plafond
