// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "jobs/job.h"
#include "report/reportbuilder.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressDialog;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace Plafond {

// File → Export PDF summary…: the contract, the date of the figures, the language and PDF/A; a preview of
// the pages; then the file. The report is prepared and written off the GUI thread, on its own database
// connection, with a progress dialog that can cancel it.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportDialog(const QString &location, const QList<Contract> &contracts, Id currentContractId,
                 QWidget *parent = nullptr);
    ~ReportDialog() override;

    // For tests: the builder of the last preview (null before one), and the file last written.
    const ReportBuilder *preparedReport() const { return m_builder.get(); }
    QString writtenFile() const { return m_written; }

public slots:
    void preview();
    void save();

private:
    ReportOptions options() const;
    // Prepares (and writes when `path` is not empty) in a job; `done` runs on the GUI thread after, with the
    // prepared report, unless it failed (a message says why) or was cancelled.
    void run(const QString &path, std::function<void(std::unique_ptr<ReportBuilder>)> done);
    void showPage(int index);
    void optionsChanged();

    QString m_location;
    QComboBox *m_contract = nullptr;
    QDateEdit *m_asOf = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_pdfA = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QSpinBox *m_page = nullptr;
    QLabel *m_pageCount = nullptr;
    QLabel *m_image = nullptr;
    QScrollArea *m_scroll = nullptr;
    QProgressDialog *m_progress = nullptr;
    Job *m_running = nullptr; // the preview or save under way
    std::unique_ptr<ReportBuilder> m_builder; // the previewed report, drawn page by page on demand
    ReportOptions m_builderOptions;
    QString m_written;
    // Last, so that it goes first: a job still running is cancelled and waited for while the dialog is whole.
    JobRunner m_runner;
};

} // namespace Plafond
