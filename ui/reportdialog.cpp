// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdialog.h"

#include "language.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Plafond {

namespace {
// The preview's resolution: a page about as wide as the dialog, readable without zooming.
constexpr int PreviewDpi = 80;
} // namespace

ReportDialog::ReportDialog(const QString &location, const QList<Contract> &contracts, Id currentContractId,
                           QWidget *parent)
    : QDialog(parent), m_location(location)
{
    setWindowTitle(tr("Export PDF summary"));
    m_contract = new QComboBox(this);
    for (const Contract &contract : contracts) {
        m_contract->addItem(contract.reference + QStringLiteral(" — ") + contract.title, contract.reference);
        if (contract.id == currentContractId)
            m_contract->setCurrentIndex(m_contract->count() - 1);
    }
    m_contract->addItem(tr("All contracts (portfolio)"), QString());
    m_asOf = new QDateEdit(QDate::currentDate(), this);
    m_asOf->setCalendarPopup(true);
    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(Language::current() == QLatin1String("fr") ? 0 : 1);
    m_pdfA = new QCheckBox(tr("PDF/A-1b, for archiving"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Contract:"), m_contract);
    form->addRow(tr("Figures &as of:"), m_asOf);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_pdfA);

    m_image = new QLabel(this);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setText(tr("Press Preview to see the pages."));
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_image);
    m_scroll->setWidgetResizable(true);
    m_scroll->setMinimumSize(700, 520);
    m_page = new QSpinBox(this);
    m_page->setEnabled(false);
    m_pageCount = new QLabel(this);
    auto *pages = new QHBoxLayout;
    pages->addWidget(new QLabel(tr("Page:"), this));
    pages->addWidget(m_page);
    pages->addWidget(m_pageCount);
    pages->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_previewButton = buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    m_saveButton = buttons->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    // AcceptRole would close the dialog: the save decides itself when it is done.
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_saveButton, &QPushButton::clicked, this, &ReportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_page, &QSpinBox::valueChanged, this, [this](int page) { showPage(page - 1); });
    for (QComboBox *combo : {m_contract, m_language})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReportDialog::optionsChanged);
    connect(m_asOf, &QDateEdit::dateChanged, this, &ReportDialog::optionsChanged);
    connect(m_pdfA, &QCheckBox::toggled, this, &ReportDialog::optionsChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(pages);
    layout->addWidget(buttons);
}

ReportDialog::~ReportDialog() = default;

ReportOptions ReportDialog::options() const
{
    ReportOptions options;
    options.contractReference = m_contract->currentData().toString();
    options.all = options.contractReference.isEmpty();
    options.asOf = m_asOf->date();
    options.language = m_language->currentData().toString();
    options.pdfA = m_pdfA->isChecked();
    return options;
}

void ReportDialog::optionsChanged()
{
    // The preview no longer shows what would be saved.
    m_builder.reset();
    m_page->setEnabled(false);
    m_pageCount->clear();
    m_image->setPixmap(QPixmap());
    m_image->setText(tr("Press Preview to see the pages."));
}

void ReportDialog::run(const QString &path, std::function<void(std::unique_ptr<ReportBuilder>)> done)
{
    if (m_running)
        return;
    const ReportOptions options = this->options();
    m_progress = new QProgressDialog(path.isEmpty() ? tr("Preparing the report…") : tr("Writing the report…"),
                                     tr("Cancel"), 0, 0, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_previewButton->setEnabled(false);
    m_saveButton->setEnabled(false);

    // The report takes its language from the options (its own catalogue and locale): the interface's
    // translators are left alone while the job prepares it.
    const auto prepared = std::make_shared<std::unique_ptr<ReportBuilder>>();
    m_runner.setLocation(m_location);
    m_running = m_runner.prepare(windowTitle(), Job::Access::ReadOnly,
        [options, path, prepared](JobContext &context) -> Status {
            auto builder = std::make_unique<ReportBuilder>();
            builder->setCancelFlag(context.cancelFlag());
            builder->setProgressCallback(
                [&context](int value, int total) { context.progress(value, total); });
            QString error;
            const bool ok = builder->prepare(context.stores(), options, &error)
                && (path.isEmpty() || builder->writePdf(path, &error));
            // Nothing of the job stays behind: the callbacks point into it.
            builder->setProgressCallback({});
            builder->setCancelFlag(nullptr);
            if (!ok)
                return Error::rule(error);
            *prepared = std::move(builder);
            return {};
        },
        [this, prepared, done](Job &job) {
            m_running = nullptr;
            if (m_progress) {
                m_progress->deleteLater();
                m_progress = nullptr;
            }
            m_previewButton->setEnabled(true);
            m_saveButton->setEnabled(true);
            if (job.outcome() == Job::Outcome::Cancelled)
                return;
            if (job.outcome() != Job::Outcome::Succeeded) {
                QMessageBox::warning(this, windowTitle(), job.errorMessage());
                return;
            }
            done(std::move(*prepared));
        });
    connect(m_progress, &QProgressDialog::canceled, m_running, &Job::cancel);
    connect(m_running, &Job::progressChanged, m_progress, [this](qint64 value, qint64 total) {
        m_progress->setMaximum(static_cast<int>(total));
        m_progress->setValue(static_cast<int>(value));
    });
    m_running->start();
}

void ReportDialog::preview()
{
    const ReportOptions options = this->options();
    run(QString(), [this, options](std::unique_ptr<ReportBuilder> builder) {
        m_builder = std::move(builder);
        m_builderOptions = options;
        m_page->setEnabled(true);
        m_page->setRange(1, m_builder->pageCount());
        m_pageCount->setText(tr("of %1").arg(m_builder->pageCount()));
        m_page->setValue(1);
        showPage(0);
    });
}

void ReportDialog::showPage(int index)
{
    if (!m_builder)
        return;
    const QImage image = m_builder->renderPage(index, qRound(PreviewDpi * devicePixelRatioF()));
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    m_image->setPixmap(pixmap);
}

void ReportDialog::save()
{
    const ReportOptions options = this->options();
    const QString suggested = options.all ? QStringLiteral("portfolio-%1.pdf").arg(options.asOf.toString(Qt::ISODate))
                                          : QStringLiteral("%1-%2.pdf").arg(options.contractReference,
                                                                            options.asOf.toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF summary"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    run(path, [this, path](std::unique_ptr<ReportBuilder>) {
        m_written = path;
        accept();
    });
}

} // namespace Plafond
