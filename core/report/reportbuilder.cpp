// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilder.h"

#include "io/outputfile.h"
#include "reportfingerprint.h"
#include "reportlayout.h"
#include "reportsections.h"
#include "reportstyle.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QCryptographicHash>
#include <QFontMetricsF>
#include <QHash>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace Plafond {

namespace {

using S = ReportStyle;
using namespace ReportLayout;

// Order lines, like every other figure, are read once; a progress report every so many rows is enough.
constexpr int RowsPerTick = 25;

// Orders that existed on the date: created (or, without a creation date, issued) on or before it.
bool existedOn(const PurchaseOrder &order, const QDate &on)
{
    const QDate first = order.createdOn.isValid() ? order.createdOn : order.issuedOn;
    return !first.isValid() || first <= on;
}

} // namespace

struct ReportBuilder::Data
{
    ReportOptions options;
    std::shared_ptr<const Catalogue> language; // the report's own: texts, amounts, dates
    QList<ContractReport> contracts;
    QHash<Id, Beneficiary> beneficiaries;
    QByteArray canonical;
    QString fingerprint;
    QString title;
    QString subject;
    QList<ReportLayout::Page> pages;
    int orderCount = 0;
    // The header and footer texts, translated once at layout time.
    QString headerRight;
    QString footerLeft;
    QString pageOf; // "Page %1 of %2"
};

ReportBuilder::ReportBuilder() = default;
ReportBuilder::~ReportBuilder() = default;

void ReportBuilder::setProgressCallback(ProgressCallback callback)
{
    m_progress = std::move(callback);
}

void ReportBuilder::setCancelFlag(const std::atomic_bool *cancel)
{
    m_cancel = cancel;
}

bool ReportBuilder::cancelled() const
{
    return m_cancel && m_cancel->load();
}

bool ReportBuilder::fail(Failure failure, const QString &message, QString *error)
{
    m_failure = failure;
    if (error)
        *error = message;
    return false;
}

int ReportBuilder::pageCount() const
{
    return m_data ? int(m_data->pages.size()) : 0;
}

QString ReportBuilder::fingerprint() const
{
    return m_data ? m_data->fingerprint : QString();
}

QByteArray ReportBuilder::canonicalFigures() const
{
    return m_data ? m_data->canonical : QByteArray();
}

QString ReportBuilder::title() const
{
    return m_data ? m_data->title : QString();
}

bool ReportBuilder::prepare(Stores &stores, const ReportOptions &options, QString *error)
{
    m_failure = Failure::None;
    m_data.reset();
    auto data = std::make_unique<Data>();
    data->options = options;
    if (!data->options.generatedAt.isValid())
        data->options.generatedAt = QDateTime::currentDateTime();
    // To the second: the footer shows no more, and the XMP dates must equal the PDF's own.
    data->options.generatedAt = data->options.generatedAt.addMSecs(-data->options.generatedAt.time().msec());
    // The report's language is its own: nothing of the application's (translators, default locale) is used.
    data->language = Catalogue::forLanguage(options.language);
    const Catalogue &language = *data->language;
    const QDate asOf = options.asOf;
    if (!asOf.isValid())
        return fail(Failure::Storage, tr("The date of the figures is not valid."), error);

    QList<Contract> contracts;
    if (options.all) {
        auto all = stores.contracts.contracts();
        if (!all)
            return fail(Failure::Storage, all.message(), error);
        contracts = std::move(all).value();
        std::sort(contracts.begin(), contracts.end(),
                  [](const Contract &a, const Contract &b) { return a.reference < b.reference; });
    } else {
        const auto contract = stores.contracts.contractByReference(options.contractReference);
        if (!contract) {
            if (!contract.isNotFound())
                return fail(Failure::Storage, contract.message(), error);
            return fail(Failure::UnknownContract,
                        tr("%1 is not the reference of a contract in this database.").arg(options.contractReference),
                        error);
        }
        contracts << *contract;
    }
    if (contracts.isEmpty())
        return fail(Failure::UnknownContract, tr("There is no contract in this database."), error);

    const auto beneficiaries = stores.catalogue.beneficiaries();
    if (!beneficiaries)
        return fail(Failure::Storage, beneficiaries.message(), error);
    for (const Beneficiary &beneficiary : *beneficiaries)
        data->beneficiaries.insert(beneficiary.id, beneficiary);
    for (int i = 0; i < contracts.size(); ++i) {
        if (cancelled())
            return fail(Failure::Cancelled, tr("The report was cancelled."), error);
        ContractReport report;
        report.contract = contracts.at(i);
        QString engineError;
        auto consumption = ConsumptionEngine::compute(stores, report.contract.id, asOf, {}, &engineError);
        if (!consumption)
            return fail(Failure::Storage, engineError, error);
        report.consumption = std::make_shared<const ContractConsumption>(std::move(*consumption));
        auto lots = stores.contracts.lots(report.contract.id);
        auto amendments = stores.contracts.amendments(report.contract.id);
        const auto units = stores.catalogue.contractWorkUnits(report.contract.id);
        const auto orders = stores.orders.contractOrders(report.contract.id);
        if (const Status read = firstFailure({lots.status(), amendments.status(), units.status(), orders.status()}); !read)
            return fail(Failure::Storage, read.message(), error);
        report.lots = std::move(lots).value();
        report.amendments = std::move(amendments).value();
        for (const WorkUnit &unit : *units)
            report.workUnits.insert(unit.id, unit);
        QString readError;
        report.sla = ReportSla::read(stores, report.contract.id, asOf, &readError);
        if (!readError.isEmpty())
            return fail(Failure::Storage, readError, error);
        report.components = ReportComponents::read(stores, report.contract, asOf, &readError);
        if (!report.components)
            return fail(Failure::Storage, readError, error);
        for (const Lot &lot : std::as_const(report.lots))
            report.lotNumbers.insert(lot.id, lot.number);
        for (const PurchaseOrder &order : *orders) {
            if (existedOn(order, asOf))
                report.orders << order;
        }
        data->orderCount += int(report.orders.size());
        data->contracts << report;
        if (m_progress)
            m_progress(i + 1, int(contracts.size()));
    }

    // The fingerprint: every figure the report shows, and every order line, in a fixed order.
    data->canonical
        = ReportFingerprint::canonicalFigures(data->contracts, data->beneficiaries, asOf, options.all);
    data->fingerprint = QString::fromLatin1(QCryptographicHash::hash(data->canonical, QCryptographicHash::Sha256).toHex());

    const QString asOfText = ReportSections::date(asOf, language.locale());
    if (options.all) {
        data->title
            = language.translate("ReportBuilder", "Portfolio of framework contracts as of %1").arg(asOfText);
        data->subject
            = language
                  .translate("ReportBuilder",
                      "Consumption of every contract against its maximum as of %1: ordered, service done, "
                      "invoiced, paid, alerts and forecasts.")
                  .arg(asOfText);
    } else {
        const Contract &k = data->contracts.first().contract;
        data->title = language.translate("ReportBuilder", "Summary of contract %1 as of %2")
                          .arg(k.reference, asOfText);
        data->subject
            = language
                  .translate("ReportBuilder",
                      "%1 (%2): orders, service done, invoices and payments against the maximum as of %3, "
                      "with every purchase order.")
                  .arg(k.title, k.reference, asOfText);
    }
    m_data = std::move(data);
    layout();
    if (cancelled()) {
        m_data.reset();
        return fail(Failure::Cancelled, tr("The report was cancelled."), error);
    }
    return true;
}

void ReportBuilder::layout()
{
    Data &d = *m_data;
    d.pages.clear();
    ReportLayout::Pager pager(d.pages);
    const Catalogue &language = *d.language;
    const QLocale l = language.locale();
    const QString asOf = ReportSections::date(d.options.asOf, l);
    d.headerRight = language.translate("ReportBuilder", "Plafond · as of %1").arg(asOf);
    d.footerLeft
        = language.translate("ReportBuilder", "Generated on %1 at %2 · figures as of %3 · fingerprint %4")
              .arg(l.toString(d.options.generatedAt.date(), QLocale::ShortFormat),
                  l.toString(d.options.generatedAt.time(), QStringLiteral("HH:mm:ss")), asOf,
                  d.fingerprint.left(16));
    d.pageOf = language.translate("ReportBuilder", "Page %1 of %2");
    int done = 0;
    const int total = std::max(1, d.orderCount);
    const ReportSections::Context context { d.language, d.options.asOf, d.beneficiaries,
        [this, total](int index) {
            if (m_progress && index % RowsPerTick == 0)
                m_progress(index, total);
            return !cancelled();
        } };
    if (!d.options.all) {
        if (!ReportSections::contractSummary(pager, d.contracts.first(), context, done))
            return;
    } else {
        for (const ContractReport &report : std::as_const(d.contracts)) {
            ReportSections::portfolioPage(pager, report, context);
            if (cancelled())
                return;
        }
        ReportSections::portfolioTable(pager, d.contracts, context);
    }
    ReportSections::fingerprint(pager, d.fingerprint, context);
}

void ReportBuilder::drawPage(QPainter &painter, int index) const
{
    const Data &d = *m_data;
    const ReportLayout::Page &page = d.pages.at(index);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    // Header: the contract (or portfolio) on the left, the application on the right, a rule under both.
    const QFont headerFont = S::font(7.5);
    const double headerTop = S::mm(9);
    const double headerWidth = PageWidth - 2 * SideMargin;
    const QString &right = d.headerRight;
    const double rightWidth = QFontMetricsF(headerFont).horizontalAdvance(right) + S::mm(2);
    painter.setFont(headerFont);
    painter.setPen(S::muted());
    painter.drawText(QRectF(SideMargin, headerTop, headerWidth - rightWidth, S::mm(5)), Qt::AlignLeft | Qt::AlignBottom,
                     QFontMetricsF(headerFont).elidedText(page.header, Qt::ElideRight, headerWidth - rightWidth - S::mm(3)));
    painter.drawText(QRectF(SideMargin, headerTop, headerWidth, S::mm(5)), Qt::AlignRight | Qt::AlignBottom, right);
    painter.setPen(QPen(S::rule(), S::pt(0.5)));
    painter.drawLine(QPointF(SideMargin, headerTop + S::mm(6)), QPointF(PageWidth - SideMargin, headerTop + S::mm(6)));

    for (const ReportLayout::DrawOp &op : page.ops) {
        painter.save();
        op(painter);
        painter.restore();
    }

    // Footer: generation, date of the figures and fingerprint on the left, the page number on the right.
    const double footerTop = PageHeight - S::mm(16);
    painter.setPen(QPen(S::rule(), S::pt(0.5)));
    painter.drawLine(QPointF(SideMargin, footerTop), QPointF(PageWidth - SideMargin, footerTop));
    const QFont footerFont = S::font(6.5);
    painter.setFont(footerFont);
    painter.setPen(S::muted());
    const QString &generated = d.footerLeft;
    const QString pageText = QString(d.pageOf).arg(
        d.language->locale().toString(index + 1), d.language->locale().toString(d.pages.size()));
    painter.drawText(QRectF(SideMargin, footerTop + S::mm(1.5), headerWidth, S::mm(4)), Qt::AlignLeft | Qt::AlignTop,
                     generated);
    painter.drawText(QRectF(SideMargin, footerTop + S::mm(1.5), headerWidth, S::mm(4)), Qt::AlignRight | Qt::AlignTop,
                     pageText);
    painter.restore();
}

QImage ReportBuilder::renderPage(int index, int dpi) const
{
    if (!m_data || index < 0 || index >= m_data->pages.size() || cancelled())
        return {};
    QImage image(qRound(210 / 25.4 * dpi), qRound(297 / 25.4 * dpi), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    // The layout is in 1200 dpi dots with pixel-sized fonts: one scale draws it at any resolution.
    painter.scale(double(dpi) / S::Dpi, double(dpi) / S::Dpi);
    drawPage(painter, index);
    painter.end();
    return image;
}

namespace {

QByteArray xmpMetadata(const QString &title, const QString &subject, const QString &creator, const QDateTime &at,
                       bool pdfA)
{
    const QString when = at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODate);
    QString xmp = QStringLiteral(
        "<?xpacket begin=\"\xef\xbb\xbf\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        "   <dc:format>application/pdf</dc:format>\n"
        "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
        "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%2</rdf:li></rdf:Alt></dc:description>\n"
        "  </rdf:Description>\n"
        "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
        "   <xmp:CreatorTool>%3</xmp:CreatorTool>\n"
        "   <xmp:CreateDate>%4</xmp:CreateDate>\n"
        "   <xmp:ModifyDate>%4</xmp:ModifyDate>\n"
        "   <xmp:MetadataDate>%4</xmp:MetadataDate>\n"
        "  </rdf:Description>\n"
        "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
        "   <pdf:Producer>%5</pdf:Producer>\n"
        "  </rdf:Description>\n")
                      .arg(title.toHtmlEscaped(), subject.toHtmlEscaped(), creator.toHtmlEscaped(), when,
                           QStringLiteral("Qt " QT_VERSION_STR));
    if (pdfA) {
        xmp += QStringLiteral("  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                              "   <pdfaid:part>1</pdfaid:part>\n"
                              "   <pdfaid:conformance>B</pdfaid:conformance>\n"
                              "  </rdf:Description>\n");
    }
    xmp += QStringLiteral(" </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return xmp.toUtf8();
}

} // namespace

bool ReportBuilder::writePdf(const QString &path, QString *error)
{
    m_failure = Failure::None;
    if (!m_data)
        return fail(Failure::Write, tr("There is no report to write."), error);
    const Data &d = *m_data;
    OutputFile file(path);
    QString openError;
    if (!file.open(&openError))
        return fail(Failure::Write, openError, error);
    {
        QPdfWriter writer(file.device());
        writer.setPdfVersion(d.options.pdfA ? QPagedPaintDevice::PdfVersion_A1b : QPagedPaintDevice::PdfVersion_1_4);
#ifdef PLAFOND_VERSION
        const QString creator = QStringLiteral("Plafond " PLAFOND_VERSION);
#else
        const QString creator = QStringLiteral("Plafond");
#endif
        writer.setTitle(d.title);
        writer.setCreator(creator);
        // Qt 6.4 has no subject field: the subject goes in the XMP packet (Dublin Core description), which
        // then also carries the title, creator and dates, as PDF/A requires them to match the document's.
        writer.setDocumentXmpMetadata(xmpMetadata(d.title, d.subject, creator, d.options.generatedAt, d.options.pdfA));
        writer.setResolution(S::Dpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancel();
            return fail(Failure::Write, tr("%1: cannot write the file.").arg(path), error);
        }
        for (int i = 0; i < d.pages.size(); ++i) {
            if (cancelled()) {
                painter.end();
                file.cancel();
                return fail(Failure::Cancelled, tr("The report was cancelled."), error);
            }
            if (i > 0)
                writer.newPage();
            drawPage(painter, i);
            if (m_progress)
                m_progress(i + 1, int(d.pages.size()));
        }
        painter.end();
    }
    QString commitError;
    if (!file.commit(&commitError))
        return fail(Failure::Write, commitError, error);
    return true;
}

bool ReportBuilder::build(const QString &location, const ReportOptions &options, const QString &path,
                          const ProgressCallback &progress, const std::atomic_bool *cancel, QString *error,
                          Failure *failure)
{
    Database database;
    QString message;
    if (!database.open(location, Database::OpenMode::ReadOnly, &message)) {
        if (error)
            *error = message;
        if (failure)
            *failure = Failure::Storage;
        return false;
    }
    Stores stores(database);
    ReportBuilder builder;
    builder.setProgressCallback(progress);
    builder.setCancelFlag(cancel);
    const bool ok = builder.prepare(stores, options, error) && builder.writePdf(path, error);
    if (failure)
        *failure = builder.failure();
    return ok;
}

} // namespace Plafond
