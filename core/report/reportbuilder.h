// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/consumption.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QPainter;

namespace Plafond {

struct Stores;

struct ReportOptions
{
    QString contractReference; // the contract of the report; ignored with `all`
    bool all = false;          // the portfolio: one page per contract, then a table of them all
    QDate asOf;                // the date of the figures
    // "fr" or "en": the report's language (Catalogue::forLanguage), for its texts, amounts, dates and
    // numbers. It is the report's own: the application's translators and default locale are neither used nor
    // changed, so that a report in one language can be built, on any thread, while the interface is in the
    // other.
    QString language = QStringLiteral("en");
    bool pdfA = false;          // PDF/A-1b: fonts embedded, metadata in XMP
    QDateTime generatedAt;      // shown in the footers; now when invalid. Never part of the fingerprint.
};

// The PDF summary of one contract, or of every contract (the portfolio), at a date (issue 4).
//
// Two passes: prepare() reads everything from the stores, computes the fingerprint and lays the pages
// out (so that every footer knows the page count); writePdf() and renderPage() then draw those pages with
// no database access, on any thread. A builder is used by one thread at a time. Long work reports its
// progress through the callback and stops, between pages and between rows, as soon as the cancel flag is
// set: it then fails with Failure::Cancelled and writes no file.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
public:
    enum class Failure { None, UnknownContract, Storage, Cancelled, Write };
    // done / total steps of the current call (prepare: contracts then orders laid out; writePdf: pages).
    using ProgressCallback = std::function<void(int done, int total)>;

    ReportBuilder();
    ~ReportBuilder();
    ReportBuilder(const ReportBuilder &) = delete;
    ReportBuilder &operator=(const ReportBuilder &) = delete;

    void setProgressCallback(ProgressCallback callback);
    void setCancelFlag(const std::atomic_bool *cancel);

    bool prepare(Stores &stores, const ReportOptions &options, QString *error = nullptr);

    // After prepare().
    int pageCount() const;
    // SHA-256 over a canonical text of the exported figures (every amount in cents, every order line), as
    // lower-case hex. Same data and date: same fingerprint, whatever the language and the time of generation.
    QString fingerprint() const;
    // The text the fingerprint is computed from, for tests and for an auditor who wants to recompute it.
    QByteArray canonicalFigures() const;
    QString title() const;

    // The page drawn on an image of `dpi` dots per inch (the preview); a null image when cancelled.
    QImage renderPage(int index, int dpi) const;
    // The whole document, written atomically: on failure or cancellation the file is not created (an
    // existing file is left as it was).
    bool writePdf(const QString &path, QString *error = nullptr);

    Failure failure() const { return m_failure; }

    // The A4 page in millimetres, for the preview's aspect ratio.
    static QSizeF pageSizeMillimetres() { return QSizeF(210, 297); }

    // Everything at once, for a worker thread: opens its own connection to the database at `location`
    // (connections belong to the thread that opens them), prepares, writes.
    static bool build(const QString &location, const ReportOptions &options, const QString &path,
                      const ProgressCallback &progress = {}, const std::atomic_bool *cancel = nullptr,
                      QString *error = nullptr, Failure *failure = nullptr);

private:
    struct Data;
    bool cancelled() const;
    bool fail(Failure failure, const QString &message, QString *error);
    void layout();
    void drawPage(QPainter &painter, int index) const;

    std::unique_ptr<Data> m_data;
    ProgressCallback m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    Failure m_failure = Failure::None;
};

} // namespace Plafond
