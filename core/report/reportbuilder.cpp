// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilder.h"

#include "domain/lifecycle.h"
#include "io/outputfile.h"
#include "models/dashboardvalues.h"
#include "reportcharts.h"
#include "reportcomponents.h"
#include "reportsla.h"
#include "reportstyle.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QCryptographicHash>
#include <QFontMetricsF>
#include <QHash>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextLayout>
#include <QTextOption>
#include <QUrl>

#include <algorithm>

namespace Plafond {

namespace {

using S = ReportStyle;
using DrawOp = std::function<void(QPainter &)>;

constexpr double PageWidth = S::mm(210);
constexpr double PageHeight = S::mm(297);
constexpr double SideMargin = S::mm(16);
constexpr double BodyTop = S::mm(21);
constexpr double BodyBottom = PageHeight - S::mm(21);
// Order lines, like every other figure, are read once; a progress report every so many rows is enough.
constexpr int RowsPerTick = 25;

struct Page
{
    QString header;
    QList<DrawOp> ops;
};

// The first pass of the layout: places blocks from top to bottom and opens a page when the next block does
// not fit. Nothing is drawn yet: each block leaves a drawing operation on its page.
class Pager
{
public:
    explicit Pager(QList<Page> &pages) : m_pages(pages) { }

    QRectF body() const { return QRectF(SideMargin, BodyTop, PageWidth - 2 * SideMargin, BodyBottom - BodyTop); }
    double y() const { return m_y; }
    void advance(double height) { m_y += height; }
    void setHeader(const QString &header) { m_header = header; }

    void newPage()
    {
        m_pages.append(Page{m_header, {}});
        m_y = BodyTop;
    }
    bool fits(double height) const { return !m_pages.isEmpty() && m_y + height <= BodyBottom; }
    bool atTop() const { return !m_pages.isEmpty() && m_y <= BodyTop + 0.5; }
    // A new page unless the block fits; a block taller than a page starts at the top of one.
    void ensure(double height)
    {
        if (m_pages.isEmpty() || (!fits(height) && !atTop()))
            newPage();
    }
    void add(DrawOp op) { m_pages.last().ops.append(std::move(op)); }

private:
    QList<Page> &m_pages;
    QString m_header;
    double m_y = BodyTop;
};

// Whether a word of `value` is wider than `width`: such a text (a 300-character name without a space) is broken
// anywhere rather than run off the page. Other texts keep the word wrap they always had.
bool hasUnbreakableWord(const QFont &font, double width, const QString &value)
{
    const QFontMetricsF metrics(font);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString &word : value.split(space, Qt::SkipEmptyParts)) {
        if (metrics.horizontalAdvance(word) > width)
            return true;
    }
    return false;
}

QTextOption breakAnywhere(Qt::Alignment alignment)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

double textHeight(const QFont &font, double width, const QString &value)
{
    if (value.isEmpty())
        return QFontMetricsF(font).height();
    if (!hasUnbreakableWord(font, width, value))
        return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e7), Qt::TextWordWrap, value).height();
    QString text = value;
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(text, font);
    layout.setTextOption(breakAnywhere(Qt::AlignLeft));
    layout.beginLayout();
    double height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        height += line.height();
    }
    layout.endLayout();
    return height;
}

// drawText with Qt::TextWordWrap, breaking inside a word only where one is wider than the rectangle.
void drawWrapped(QPainter &painter, const QRectF &rect, Qt::Alignment alignment, const QString &value)
{
    if (!hasUnbreakableWord(painter.font(), rect.width(), value)) {
        painter.drawText(rect, int(alignment) | Qt::TextWordWrap, value);
        return;
    }
    QString text = value;
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    painter.drawText(rect, text, breakAnywhere(alignment));
}

void paragraph(Pager &pager, const QString &value, const QFont &font, const QColor &colour = S::text(),
               double after = S::mm(1.5), double indent = 0)
{
    const double width = pager.body().width() - indent;
    const double height = textHeight(font, width, value);
    pager.ensure(height);
    const QRectF rect(pager.body().left() + indent, pager.y(), width, height);
    pager.add([rect, value, font, colour](QPainter &painter) {
        painter.setFont(font);
        painter.setPen(colour);
        drawWrapped(painter, rect, Qt::AlignLeft | Qt::AlignTop, value);
    });
    pager.advance(height + after);
}

// A section title, kept with the first few millimetres of what follows it.
void heading(Pager &pager, const QString &value, double keepWithNext = S::mm(30))
{
    const QFont font = S::font(12, true);
    const double height = textHeight(font, pager.body().width(), value) + S::mm(1.5);
    if (!pager.atTop())
        pager.advance(S::mm(4));
    pager.ensure(height + keepWithNext);
    const QRectF rect(pager.body().left(), pager.y(), pager.body().width(), height);
    pager.add([rect, value, font](QPainter &painter) {
        painter.setFont(font);
        painter.setPen(S::accent());
        drawWrapped(painter, rect, Qt::AlignLeft | Qt::AlignTop, value);
        painter.setPen(QPen(S::accent(), S::pt(0.8)));
        painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()));
    });
    pager.advance(height + S::mm(2.5));
}

void subheading(Pager &pager, const QString &value)
{
    const QFont font = S::font(9.5, true);
    pager.advance(S::mm(1.5));
    const double height = textHeight(font, pager.body().width(), value);
    pager.ensure(height + S::mm(20));
    paragraph(pager, value, font, S::text(), S::mm(1.5));
}

struct Column
{
    QString title;
    double width; // fraction of the body's width
    Qt::Alignment align = Qt::AlignLeft;
};

enum class RowStyle { Normal, Strong, Detail, Total, Label };

struct Row
{
    QStringList cells;
    RowStyle style = RowStyle::Normal;
};

struct TableSpec
{
    QList<Column> columns;
    double points = 7.5;
    bool header = true;
};

// A table whose rows are never cut across pages: each group of rows (an order and its lines) stays on one
// page when it fits on one, and the header row is drawn again at the top of every page the table reaches.
// `tick` is called before each group; false stops the layout (cancellation).
double longestWord(const QFontMetricsF &metrics, const QString &value)
{
    double longest = 0;
    for (const QString &word : value.split(QRegularExpression(QStringLiteral("\\s")), Qt::SkipEmptyParts))
        longest = std::max(longest, metrics.horizontalAdvance(word));
    return longest;
}

bool table(Pager &pager, const TableSpec &spec, const QList<QList<Row>> &groups,
           const std::function<bool(int)> &tick = {})
{
    const double padX = S::mm(1.2);
    const double padY = S::mm(0.7);
    const double width = pager.body().width();
    const qsizetype count = spec.columns.size();

    // Column widths: the given shares, widened so that no amount or date wraps (right-aligned columns keep
    // their text on one line) and no word is cut, taken from the columns that have room to spare; when the
    // table cannot fit even so, its font shrinks.
    double points = spec.points;
    const double maxWordWidth = S::mm(60);
    QList<double> widths;
    for (int attempt = 0; attempt < 4; ++attempt) {
        const QFontMetricsF normalMetrics(S::font(points));
        const QFontMetricsF strongMetrics(S::font(points, true));
        QList<double> minimum(count, 0.0);
        for (qsizetype c = 0; c < count; ++c)
            minimum[c] = longestWord(strongMetrics, spec.columns.at(c).title);
        for (const QList<Row> &group : groups) {
            for (const Row &row : group) {
                const QFontMetricsF &metrics = row.style == RowStyle::Normal || row.style == RowStyle::Detail
                    ? normalMetrics
                    : strongMetrics;
                for (qsizetype c = 0; c < count && c < row.cells.size(); ++c) {
                    const QString &cell = row.cells.at(c);
                    if (cell.isEmpty())
                        continue;
                    const bool oneLine = spec.columns.at(c).align & Qt::AlignRight;
                    // A word longer than any real one (a name of 300 letters without a space) is broken
                    // anywhere in its cell rather than widen the column over the whole table.
                    minimum[c] = std::max(minimum[c], oneLine ? metrics.horizontalAdvance(cell)
                                                              : std::min(longestWord(metrics, cell), maxWordWidth));
                }
            }
        }
        double needed = 0;
        for (double &m : minimum) {
            m += 2 * padX + S::mm(0.2);
            needed += m;
        }
        if (needed > width && points > 5.0) {
            points = std::max(5.0, points * width / needed * 0.98);
            continue;
        }
        widths.clear();
        double excess = 0;
        double spare = 0;
        for (qsizetype c = 0; c < count; ++c) {
            widths << std::max(spec.columns.at(c).width * width, minimum.at(c));
            excess += widths.last() - spec.columns.at(c).width * width;
            spare += std::max(0.0, spec.columns.at(c).width * width - minimum.at(c));
        }
        if (excess > 0 && spare > 0) {
            const double ratio = std::min(1.0, excess / spare);
            for (qsizetype c = 0; c < count; ++c) {
                if (widths.at(c) > minimum.at(c))
                    widths[c] -= (widths.at(c) - minimum.at(c)) * ratio;
            }
        }
        break;
    }
    const QFont normal = S::font(points);
    const QFont strong = S::font(points, true);
    QList<double> lefts;
    double x = pager.body().left();
    for (const double w : std::as_const(widths)) {
        lefts << x;
        x += w;
    }
    auto fontOf = [&](RowStyle style) { return style == RowStyle::Normal || style == RowStyle::Detail ? normal : strong; };
    auto heightOf = [&](const QStringList &cells, const QFont &font) {
        double height = QFontMetricsF(font).height();
        for (int c = 0; c < cells.size() && c < widths.size(); ++c) {
            if (!cells.at(c).isEmpty())
                height = std::max(height, textHeight(font, widths.at(c) - 2 * padX, cells.at(c)));
        }
        return height + 2 * padY;
    };
    QStringList titles;
    for (const Column &column : spec.columns)
        titles << column.title;
    const double headerHeight = spec.header ? heightOf(titles, strong) : 0;
    QList<Qt::Alignment> aligns;
    for (const Column &column : spec.columns)
        aligns << column.align;

    auto drawCells = [lefts, widths, aligns, padX, padY](QPainter &painter, double top, double height,
                                                           const QStringList &cells, const QFont &font, const QColor &colour) {
        painter.setFont(font);
        painter.setPen(colour);
        for (int c = 0; c < cells.size() && c < lefts.size(); ++c) {
            if (cells.at(c).isEmpty())
                continue;
            const QRectF rect(lefts.at(c) + padX, top + padY, widths.at(c) - 2 * padX, height - 2 * padY);
            drawWrapped(painter, rect, aligns.at(c) | Qt::AlignTop, cells.at(c));
        }
    };
    auto placeHeader = [&]() {
        if (!spec.header)
            return;
        const QRectF band(pager.body().left(), pager.y(), width, headerHeight);
        pager.add([band, titles, strong, drawCells](QPainter &painter) {
            painter.fillRect(band, S::shade().darker(104));
            drawCells(painter, band.top(), band.height(), titles, strong, S::text());
            painter.setPen(QPen(S::muted(), S::pt(0.6)));
            painter.drawLine(band.bottomLeft(), band.bottomRight());
        });
        pager.advance(headerHeight);
    };

    bool started = false;
    for (int g = 0; g < groups.size(); ++g) {
        if (tick && !tick(g))
            return false;
        const QList<Row> &group = groups.at(g);
        QList<double> heights;
        double total = 0;
        for (const Row &row : group) {
            heights << heightOf(row.cells, fontOf(row.style));
            total += heights.last();
        }
        if (!started) {
            pager.ensure(headerHeight + (heights.isEmpty() ? 0 : total));
            placeHeader();
            started = true;
        } else if (!pager.fits(total) && total <= BodyBottom - BodyTop - headerHeight) {
            pager.newPage();
            placeHeader();
        }
        const bool shaded = g % 2 == 1;
        const double groupTop = pager.y();
        for (int r = 0; r < group.size(); ++r) {
            if (!pager.fits(heights.at(r))) {
                // Only a group taller than a whole page gets here: break it between rows, never inside one.
                pager.newPage();
                placeHeader();
            }
            const Row &row = group.at(r);
            const QRectF band(pager.body().left(), pager.y(), width, heights.at(r));
            const QFont font = fontOf(row.style);
            const QColor colour = row.style == RowStyle::Detail || row.style == RowStyle::Label ? S::muted() : S::text();
            const RowStyle style = row.style;
            const QStringList cells = row.cells;
            pager.add([band, cells, font, colour, shaded, style, drawCells](QPainter &painter) {
                if (shaded)
                    painter.fillRect(band, S::shade());
                if (style == RowStyle::Total) {
                    painter.setPen(QPen(S::muted(), S::pt(0.6)));
                    painter.drawLine(band.topLeft(), band.topRight());
                }
                drawCells(painter, band.top(), band.height(), cells, font, colour);
            });
            pager.advance(heights.at(r));
        }
        if (pager.y() > groupTop) {
            const double lineY = pager.y();
            const double left = pager.body().left();
            pager.add([lineY, left, width](QPainter &painter) {
                painter.setPen(QPen(S::rule(), S::pt(0.3)));
                painter.drawLine(QPointF(left, lineY), QPointF(left + width, lineY));
            });
        }
    }
    if (!started) {
        pager.ensure(headerHeight);
        placeHeader();
    }
    pager.advance(S::mm(2));
    return true;
}

// Two columns, label and value, no header: the identity of a contract.
void keyValues(Pager &pager, const QList<QPair<QString, QString>> &pairs)
{
    QList<QList<Row>> groups;
    for (const auto &pair : pairs)
        groups << QList<Row>{Row{{pair.first, pair.second}, RowStyle::Normal}};
    TableSpec spec{{{QString(), 0.3}, {QString(), 0.7}}, 8, false};
    // The labels in bold: a group of one row, styled by its first cell only would need another style; the
    // whole row bold reads heavy, so labels are muted instead.
    for (QList<Row> &group : groups)
        group.first().style = RowStyle::Normal;
    table(pager, spec, groups);
}

QString percentText(qint64 hundredths, const QLocale &locale)
{
    return DashboardValues::percentText(hundredths, locale);
}

QString optionalMoney(const std::optional<Money> &amount, const QLocale &locale)
{
    return amount ? amount->toString(locale) : ReportBuilder::tr("none");
}

QString signedMoney(Money amount, const QLocale &locale)
{
    return (amount.cents() > 0 ? QStringLiteral("+") : QString()) + amount.toString(locale);
}

QString date(const QDate &value, const QLocale &locale)
{
    return value.isValid() ? locale.toString(value, QLocale::ShortFormat) : QString();
}

QString holderRole(HolderRole role)
{
    switch (role) {
    case HolderRole::Lead: return ReportBuilder::tr("lead contractor");
    case HolderRole::CoContractor: return ReportBuilder::tr("co-contractor");
    case HolderRole::Subcontractor: return ReportBuilder::tr("subcontractor");
    }
    return {};
}


// Orders that existed on the date: created (or, without a creation date, issued) on or before it.
bool existedOn(const PurchaseOrder &order, const QDate &on)
{
    const QDate first = order.createdOn.isValid() ? order.createdOn : order.issuedOn;
    return !first.isValid() || first <= on;
}

// Canonical text: one record a line, fields separated by '|', text percent-encoded so that no value can
// forge a separator; amounts in cents, quantities in thousandths, dates ISO.
class Canonical
{
public:
    Canonical &field(const QString &value)
    {
        m_line << QString::fromLatin1(QUrl::toPercentEncoding(value));
        return *this;
    }
    Canonical &field(qint64 value)
    {
        m_line << QString::number(value);
        return *this;
    }
    Canonical &field(Money value) { return field(value.cents()); }
    Canonical &field(const std::optional<Money> &value)
    {
        m_line << (value ? QString::number(value->cents()) : QStringLiteral("-"));
        return *this;
    }
    Canonical &field(const QDate &value)
    {
        m_line << (value.isValid() ? value.toString(Qt::ISODate) : QStringLiteral("-"));
        return *this;
    }
    void record(const char *kind)
    {
        m_text += QByteArray(kind) + '=' + m_line.join(QLatin1Char('|')).toUtf8() + '\n';
        m_line.clear();
    }
    Canonical &steps(const StepAmounts &a)
    {
        return field(a.orderedHt).field(a.doneHt).field(a.invoicedHt).field(a.paidHt).field(a.orderedTtc)
            .field(a.doneTtc).field(a.invoicedTtc).field(a.paidTtc);
    }
    Canonical &ceiling(const CeilingState &c)
    {
        return field(c.maximum).field(c.minimum).field(c.remaining).field(c.percentHundredths);
    }
    QByteArray text() const { return m_text; }

private:
    QStringList m_line;
    QByteArray m_text;
};

} // namespace

struct ContractReport
{
    Contract contract;
    QList<Lot> lots;
    QList<Amendment> amendments;
    std::shared_ptr<const ContractConsumption> consumption;
    QList<PurchaseOrder> orders; // those that existed on the date, by number
    QHash<Id, WorkUnit> workUnits;
    QHash<Id, int> lotNumbers;
    std::shared_ptr<const SlaReport> sla; // report/reportsla.*: null when the contract has no ticket
    std::shared_ptr<const ComponentsReport> components; // report/reportcomponents.*
};

struct ReportBuilder::Data
{
    ReportOptions options;
    QLocale locale;
    QList<ContractReport> contracts;
    QHash<Id, Beneficiary> beneficiaries;
    QByteArray canonical;
    QString fingerprint;
    QString title;
    QString subject;
    QList<Page> pages;
    int orderCount = 0;
    // The header and footer texts, translated once at layout time: drawing needs no translator, so that the
    // pages can be drawn after the application's language has changed back (the dialog's preview).
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
    data->locale = options.language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                            : QLocale(QLocale::English, QLocale::UnitedKingdom);
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
    Canonical c;
    c.field(QStringLiteral("plafond-report")).field(1).record("format");
    c.field(asOf).field(options.all ? QStringLiteral("all") : QStringLiteral("contract")).record("scope");
    for (const ContractReport &report : std::as_const(data->contracts)) {
        const Contract &k = report.contract;
        const ContractConsumption &cc = *report.consumption;
        c.field(k.reference).field(k.title).field(k.buyer).field(k.notifiedOn).field(k.startOn).field(k.durationMonths)
            .field(k.firmMonths).field(k.renewalCount).field(k.renewalMonths).field(k.minHt).field(k.maxHt)
            .field(k.awardedHt).field(k.vatBasisPoints).field(k.revisionIndex).field(k.revisionBaseMonth)
            .field(k.revisionFixedPart).field(k.revisionClause).field(k.componentsInScope)
            .field(formatAlertThresholds(k.alertThresholds, QStringLiteral(","))).record("contract");
        c.field(cc.startOn).field(cc.endOn).field(cc.firmEndOn).ceiling(cc.ceiling).steps(cc.amounts).record("consumption");
        for (const Amendment &a : report.amendments)
            c.field(a.signedOn).field(report.lotNumbers.value(a.lotId)).field(a.deltaMaxHt).field(a.deltaMonths)
                .field(a.reason).record("amendment");
        for (const Lot &lot : report.lots) {
            c.field(lot.number).field(lot.title).field(lot.maxHt).field(lot.minHt).record("lot");
            for (const Holder &holder : lot.holders)
                c.field(lot.number).field(holder.name).field(holder.siret).field(holderRoleKey(holder.role)).record("holder");
        }
        for (const LotConsumption &lot : cc.lots)
            c.field(lot.number).ceiling(lot.ceiling).steps(lot.amounts).field(lot.forecast.burnRatePerMonthHt)
                .field(lot.forecast.maxReachedOn.value_or(QDate())).record("lot_consumption");
        for (const BeneficiaryConsumption &b : cc.beneficiaries)
            c.field(b.code).field(b.name).field(data->beneficiaries.value(b.parentId).code).steps(b.own).steps(b.rolledUp)
                .field(b.allocationHt).record("beneficiary");
        for (const WorkUnitConsumption &w : cc.workUnits) {
            c.field(w.lotNumber).field(w.code).field(w.orderedQuantityMilli).field(w.budgetQuantityMilli.value_or(-1))
                .field(w.orderedHt).record("work_unit");
            for (const WorkUnitYear &y : w.years)
                c.field(w.lotNumber).field(w.code).field(y.year).field(y.orderedQuantityMilli)
                    .field(y.budgetQuantityMilli.value_or(-1)).field(y.orderedHt).record("work_unit_year");
        }
        for (const MonthAmounts &m : cc.months)
            c.field(m.month).steps(m.inMonth).field(m.cumulativeOrderedHt).record("month");
        c.field(cc.forecast.windowMonths).field(cc.forecast.burnRatePerMonthHt)
            .field(cc.forecast.maxReachedOn.value_or(QDate())).field(cc.forecast.notBeforeEnd ? 1 : 0)
            .field(cc.forecast.endOn).record("forecast");
        for (const Alert &alert : cc.alerts)
            c.field(alert.key()).field(alert.lotNumber).field(alert.value).field(alert.beneficiaryCode)
                .field(alert.workUnitCode).field(alert.year).field(alert.date).record("alert");
        if (report.sla) {
            for (const QStringList &record : ReportSla::figures(*report.sla)) {
                for (const QString &value : record.mid(1))
                    c.field(value);
                c.record(qPrintable(record.first()));
            }
        }
        for (const QStringList &record : ReportComponents::figures(*report.components)) {
            for (const QString &value : record.mid(1))
                c.field(value);
            c.record(qPrintable(record.first()));
        }
        for (const PurchaseOrder &order : report.orders) {
            c.field(order.number).field(report.lotNumbers.value(order.lotId))
                .field(data->beneficiaries.value(order.beneficiaryId).code)
                .field(Lifecycle::statusKey(Lifecycle::statusOn(order, asOf))).field(order.commitmentNumber).field(order.createdOn)
                .field(order.issuedOn).field(order.doneOn).field(order.invoicedOn).field(order.paidOn)
                .field(order.cancelledOn).field(order.totalHt().value_or(Money())).record("order");
            for (const OrderLine &line : order.lines)
                c.field(report.workUnits.value(line.workUnitId).code).field(line.quantityMilli).field(line.unitPriceHt)
                    .field(line.amountHt).record("line");
        }
    }
    data->canonical = c.text();
    data->fingerprint = QString::fromLatin1(QCryptographicHash::hash(data->canonical, QCryptographicHash::Sha256).toHex());

    const QString asOfText = date(asOf, data->locale);
    if (options.all) {
        data->title = tr("Portfolio of framework contracts as of %1").arg(asOfText);
        data->subject = tr("Consumption of every contract against its maximum as of %1: ordered, service done, "
                           "invoiced, paid, alerts and forecasts.").arg(asOfText);
    } else {
        const Contract &k = data->contracts.first().contract;
        data->title = tr("Summary of contract %1 as of %2").arg(k.reference, asOfText);
        data->subject = tr("%1 (%2): orders, service done, invoices and payments against the maximum as of %3, "
                           "with every purchase order.").arg(k.title, k.reference, asOfText);
    }
    m_data = std::move(data);
    layout();
    if (cancelled()) {
        m_data.reset();
        return fail(Failure::Cancelled, tr("The report was cancelled."), error);
    }
    return true;
}

namespace {

struct LayoutContext
{
    const QLocale &locale;
    QDate asOf;
    const QHash<Id, Beneficiary> &beneficiaries;
    std::function<bool(int)> tick; // called per order of the annex; false: cancelled
};

QList<Column> amountColumns(const QString &first, double firstWidth)
{
    const double rest = (1.0 - firstWidth - 0.085) / 6.0;
    return {{first, firstWidth},
            {ReportBuilder::tr("Maximum"), rest, Qt::AlignRight},
            {ReportBuilder::tr("Ordered"), rest, Qt::AlignRight},
            {ReportBuilder::tr("Service done"), rest, Qt::AlignRight},
            {ReportBuilder::tr("Invoiced"), rest, Qt::AlignRight},
            {ReportBuilder::tr("Paid"), rest, Qt::AlignRight},
            {ReportBuilder::tr("Remaining"), rest, Qt::AlignRight},
            {ReportBuilder::tr("%"), 0.085, Qt::AlignRight}};
}

void lotTable(Pager &pager, const ContractReport &report, const LayoutContext &context)
{
    const ContractConsumption &cc = *report.consumption;
    const QLocale &l = context.locale;
    QList<QList<Row>> groups;
    for (const LotConsumption &lot : cc.lots) {
        groups << QList<Row>{Row{{ReportBuilder::tr("%1 – %2").arg(l.toString(lot.number), lot.title),
                                  lot.ceiling.maximum.toString(l), lot.amounts.orderedHt.toString(l),
                                  lot.amounts.doneHt.toString(l), lot.amounts.invoicedHt.toString(l),
                                  lot.amounts.paidHt.toString(l), lot.ceiling.remaining.toString(l),
                                  percentText(lot.ceiling.percentHundredths, l)}}};
    }
    groups << QList<Row>{Row{{ReportBuilder::tr("Contract"), cc.ceiling.maximum.toString(l),
                              cc.amounts.orderedHt.toString(l), cc.amounts.doneHt.toString(l),
                              cc.amounts.invoicedHt.toString(l), cc.amounts.paidHt.toString(l),
                              cc.ceiling.remaining.toString(l), percentText(cc.ceiling.percentHundredths, l)},
                             RowStyle::Total}};
    table(pager, TableSpec{amountColumns(ReportBuilder::tr("Lot"), 0.19), 7}, groups);
}

QString alertLine(const Alert &alert)
{
    const QString severity = alert.severity == Alert::Severity::Critical ? ReportBuilder::tr("Critical")
        : alert.severity == Alert::Severity::Warning                     ? ReportBuilder::tr("Warning")
                                                                          : ReportBuilder::tr("Information");
    return ReportBuilder::tr("%1: %2").arg(severity, alert.message());
}

void alertsAndForecast(Pager &pager, const ContractConsumption &cc, const QLocale &l, bool compact)
{
    if (!compact)
        subheading(pager, ReportBuilder::tr("Alerts"));
    if (cc.alerts.isEmpty())
        paragraph(pager, ReportBuilder::tr("No alert as of %1.").arg(date(cc.asOf, l)), S::font(8.5));
    // The portfolio keeps to one page a contract: the contract's and lots' own alerts there, the budgets'
    // and allocations' (a hundred on a large contract) counted only.
    QList<Alert> shown;
    int others = 0;
    for (const Alert &alert : cc.alerts) {
        const bool detail = alert.kind == Alert::Kind::BudgetThreshold || alert.kind == Alert::Kind::AllocationThreshold;
        if (compact && detail)
            ++others;
        else
            shown << alert;
    }
    for (const Alert &alert : std::as_const(shown)) {
        const QColor colour = alert.severity == Alert::Severity::Critical ? S::danger()
            : alert.severity == Alert::Severity::Warning                  ? S::warning().darker(130)
                                                                          : S::text();
        paragraph(pager, QStringLiteral("• ") + alertLine(alert), S::font(8.5), colour, S::mm(1), S::mm(2));
    }
    if (others > 0)
        paragraph(pager,
                  QStringLiteral("• ")
                      + ReportBuilder::tr("%n more alert(s) on work-unit budgets and allocations: see the contract's "
                                          "own summary.", nullptr, others),
                  S::font(8.5), S::muted(), S::mm(1), S::mm(2));
    if (!compact)
        subheading(pager, ReportBuilder::tr("Forecast"));
    const Forecast &f = cc.forecast;
    QString reached;
    if (f.maxReachedOn && !f.notBeforeEnd) {
        reached = ReportBuilder::tr("At this rate the maximum will be reached on %1.").arg(date(*f.maxReachedOn, l));
    } else {
        reached = ReportBuilder::tr("At this rate the maximum will not be reached before the end of the contract (%1).")
                      .arg(date(f.endOn, l));
    }
    paragraph(pager,
              ReportBuilder::tr("Ordered over the last %n month(s): %1 a month on average.", nullptr, f.windowMonths)
                      .arg(f.burnRatePerMonthHt.toString(l))
                  + QLatin1Char(' ') + reached,
              S::font(8.5));
}

void identity(Pager &pager, const ContractReport &report, const LayoutContext &context)
{
    const Contract &k = report.contract;
    const ContractConsumption &cc = *report.consumption;
    const QLocale &l = context.locale;
    int effectiveMonths = k.durationMonths;
    for (const Amendment &a : report.amendments) {
        if (a.signedOn <= context.asOf)
            effectiveMonths += a.deltaMonths;
    }
    QList<QPair<QString, QString>> rows{
        {ReportBuilder::tr("Reference"), k.reference},
        {ReportBuilder::tr("Title"), k.title},
        {ReportBuilder::tr("Buyer"), k.buyer.isEmpty() ? ReportBuilder::tr("not provided") : k.buyer}};
    if (k.notifiedOn.isValid())
        rows << qMakePair(ReportBuilder::tr("Notified on"), date(k.notifiedOn, l));
    QString period = ReportBuilder::tr("%1 to %2").arg(date(cc.startOn, l), date(cc.endOn, l));
    if (cc.endOn != k.endOn())
        period += QLatin1Char(' ') + ReportBuilder::tr("(initially to %1, extended by amendment)").arg(date(k.endOn(), l));
    rows << qMakePair(ReportBuilder::tr("Dates"), period)
         << qMakePair(ReportBuilder::tr("Duration"),
                      effectiveMonths == k.durationMonths
                          ? ReportBuilder::tr("%n month(s)", nullptr, effectiveMonths)
                          : ReportBuilder::tr("%n month(s)", nullptr, effectiveMonths) + QLatin1Char(' ')
                              + ReportBuilder::tr("(%n initially)", nullptr, k.durationMonths));
    const int firm = k.firmMonths > 0 ? k.firmMonths : k.durationMonths;
    rows << qMakePair(ReportBuilder::tr("Firm period"),
                      ReportBuilder::tr("%n month(s), to %1", nullptr, firm).arg(date(cc.firmEndOn, l)));
    rows << qMakePair(ReportBuilder::tr("Renewals"),
                      k.renewalCount > 0 ? ReportBuilder::tr("%n renewal(s)", nullptr, k.renewalCount) + QStringLiteral(" × ")
                                               + ReportBuilder::tr("%n month(s)", nullptr, k.renewalMonths)
                                         : ReportBuilder::tr("none"));
    rows << qMakePair(ReportBuilder::tr("Minimum excl. VAT"), optionalMoney(k.minHt, l))
         << qMakePair(ReportBuilder::tr("Maximum excl. VAT"), k.maxHt.toString(l));
    if (cc.ceiling.maximum != k.maxHt)
        rows << qMakePair(ReportBuilder::tr("Maximum with amendments"),
                          ReportBuilder::tr("%1 as of %2").arg(cc.ceiling.maximum.toString(l), date(context.asOf, l)));
    if (k.awardedHt)
        rows << qMakePair(ReportBuilder::tr("Amount at award"), k.awardedHt->toString(l));
    rows << qMakePair(ReportBuilder::tr("VAT rate"), percentText(k.vatBasisPoints, l))
         << qMakePair(ReportBuilder::tr("Alert thresholds"), [&]() {
                QStringList list;
                for (const int threshold : k.alertThresholds)
                    list << l.toString(threshold) + (l.language() == QLocale::French ? QStringLiteral("\u202f%")
                                                                                     : QStringLiteral("%"));
                return list.join(QStringLiteral(", "));
            }());
    if (k.componentsInScope > 0)
        rows << qMakePair(ReportBuilder::tr("Software components in scope"), l.toString(k.componentsInScope));
    QString revision;
    if (k.revisionIndex.isEmpty()) {
        revision = ReportBuilder::tr("No price revision clause.");
    } else {
        revision = ReportBuilder::tr("Index %1, base month %2, fixed part %3: P = P0 × (a + (1 − a) × S / S0).")
                       .arg(k.revisionIndex, k.revisionBaseMonth, k.revisionFixedPart);
        if (!k.revisionClause.isEmpty())
            revision += QLatin1Char('\n') + k.revisionClause;
    }
    rows << qMakePair(ReportBuilder::tr("Price revision"), revision);
    keyValues(pager, rows);

    subheading(pager, ReportBuilder::tr("Amendments"));
    if (report.amendments.isEmpty()) {
        paragraph(pager, ReportBuilder::tr("No amendment."), S::font(8.5));
        return;
    }
    QList<QList<Row>> groups;
    for (const Amendment &a : report.amendments) {
        const QString scope = a.lotId == 0 ? ReportBuilder::tr("Contract")
                                           : ReportBuilder::tr("Lot %1").arg(l.toString(report.lotNumbers.value(a.lotId)));
        QString effect;
        if (!a.deltaMaxHt.isZero())
            effect = ReportBuilder::tr("maximum %1").arg(signedMoney(a.deltaMaxHt, l));
        if (a.deltaMonths != 0) {
            if (!effect.isEmpty())
                effect += QStringLiteral(", ");
            effect += ReportBuilder::tr("duration %1")
                          .arg((a.deltaMonths > 0 ? QStringLiteral("+") : QString())
                               + ReportBuilder::tr("%n month(s)", nullptr, a.deltaMonths));
        }
        if (a.signedOn > context.asOf)
            effect += QLatin1Char(' ') + ReportBuilder::tr("(signed after the date of the figures: not counted)");
        groups << QList<Row>{Row{{date(a.signedOn, l), scope, effect, a.reason}}};
    }
    table(pager,
          TableSpec{{{ReportBuilder::tr("Signed on"), 0.13},
                     {ReportBuilder::tr("Applies to"), 0.13},
                     {ReportBuilder::tr("Effect"), 0.39},
                     {ReportBuilder::tr("Reason"), 0.35}},
                    7.5},
          groups);
}

void holders(Pager &pager, const ContractReport &report, const LayoutContext &context)
{
    QList<QList<Row>> groups;
    for (const Lot &lot : report.lots) {
        QList<Row> group;
        const QString number = context.locale.toString(lot.number);
        if (lot.holders.isEmpty())
            group << Row{{number, lot.title, ReportBuilder::tr("not provided"), QString(), QString()}};
        for (int i = 0; i < lot.holders.size(); ++i) {
            const Holder &holder = lot.holders.at(i);
            group << Row{{i == 0 ? number : QString(), i == 0 ? lot.title : QString(), holder.name,
                          holderRole(holder.role), holder.siret.isEmpty() ? ReportBuilder::tr("not provided") : holder.siret}};
        }
        groups << group;
    }
    table(pager,
          TableSpec{{{ReportBuilder::tr("Lot"), 0.07},
                     {ReportBuilder::tr("Title"), 0.38},
                     {ReportBuilder::tr("Holder"), 0.22},
                     {ReportBuilder::tr("Role"), 0.16},
                     {ReportBuilder::tr("SIRET"), 0.17}},
                    7.5},
          groups);
}

void ministries(Pager &pager, const ContractReport &report, const LayoutContext &context)
{
    const ContractConsumption &cc = *report.consumption;
    const QLocale &l = context.locale;
    // Ministries (top level) with their directions under them, each with its amounts rolled up.
    QHash<Id, QList<const BeneficiaryConsumption *>> children;
    QList<const BeneficiaryConsumption *> roots;
    QSet<Id> present;
    for (const BeneficiaryConsumption &b : cc.beneficiaries)
        present.insert(b.beneficiaryId);
    for (const BeneficiaryConsumption &b : cc.beneficiaries) {
        if (b.parentId == 0 || !present.contains(b.parentId))
            roots << &b;
        else
            children[b.parentId] << &b;
    }
    QList<QList<Row>> groups;
    std::function<void(const BeneficiaryConsumption *, int, QList<Row> &)> add =
        [&](const BeneficiaryConsumption *b, int depth, QList<Row> &group) {
            const StepAmounts &a = b->rolledUp;
            QString remaining = QStringLiteral("—");
            QString percent = QStringLiteral("—");
            if (b->allocationHt) {
                if (const auto left = b->allocationHt->checkedSub(a.orderedHt))
                    remaining = left->toString(l);
                if (const auto hundredths = DashboardValues::percentHundredths(a.orderedHt.cents(), b->allocationHt->cents()))
                    percent = percentText(*hundredths, l);
            }
            const QString indent = depth > 0 ? QString(depth * 2, QChar(0x00a0)) + QStringLiteral("↳ ") : QString();
            group << Row{{indent + b->code + QStringLiteral(" – ") + b->name,
                          b->allocationHt ? b->allocationHt->toString(l) : QStringLiteral("—"), a.orderedHt.toString(l),
                          a.doneHt.toString(l), a.invoicedHt.toString(l), a.paidHt.toString(l), remaining, percent},
                         depth == 0 ? RowStyle::Strong : RowStyle::Normal};
            for (const BeneficiaryConsumption *child : children.value(b->beneficiaryId))
                add(child, depth + 1, group);
        };
    for (const BeneficiaryConsumption *root : std::as_const(roots)) {
        QList<Row> group;
        add(root, 0, group);
        groups << group;
    }
    if (groups.isEmpty()) {
        paragraph(pager, ReportBuilder::tr("No beneficiary has ordered by the date of the figures."), S::font(8.5));
        return;
    }
    QList<Column> columns = amountColumns(ReportBuilder::tr("Beneficiary"), 0.25);
    columns[1].title = ReportBuilder::tr("Allocation");
    table(pager, TableSpec{columns, 7}, groups);
    paragraph(pager,
              ReportBuilder::tr("A ministry's amounts include its directions'. Remaining and percentage are against "
                                "the beneficiary's allocation, when it has one."),
              S::font(7), S::muted());
}

// A chart of a given height, kept whole on one page.
void chart(Pager &pager, const QString &title, double height,
           std::function<void(QPainter &, const QRectF &)> draw)
{
    const QFont font = S::font(9, true);
    const double titleHeight = textHeight(font, pager.body().width(), title) + S::mm(1.5);
    pager.ensure(titleHeight + height);
    paragraph(pager, title, font, S::text(), S::mm(1.5));
    const QRectF rect(pager.body().left(), pager.y(), pager.body().width(), height);
    pager.add([rect, draw](QPainter &painter) { draw(painter, rect); });
    pager.advance(height + S::mm(6));
}

void charts(Pager &pager, const ContractReport &report, const LayoutContext &context)
{
    const std::shared_ptr<const ContractConsumption> cc = report.consumption;
    const QLocale locale = context.locale;
    const double lotHeight = std::max(S::mm(40), S::mm(11) * double(cc->lots.size()) + S::mm(14));
    chart(pager, ReportBuilder::tr("Consumption per lot against its maximum"), lotHeight,
          [cc, locale](QPainter &painter, const QRectF &rect) { ReportCharts::lotConsumption(painter, rect, *cc, locale); });
    chart(pager, ReportBuilder::tr("Cumulative amount ordered, maximum and forecast"), S::mm(80),
          [cc, locale](QPainter &painter, const QRectF &rect) { ReportCharts::cumulativeOrdered(painter, rect, *cc, locale); });
    int ministries = 0;
    for (const BeneficiaryConsumption &b : cc->beneficiaries)
        ministries += b.parentId == 0 && b.rolledUp.orderedHt.cents() > 0 ? 1 : 0;
    chart(pager, ReportBuilder::tr("Amount ordered per ministry"),
          std::max(S::mm(25), S::mm(7.5) * std::min(ministries, 10) + S::mm(4)),
          [cc, locale](QPainter &painter, const QRectF &rect) { ReportCharts::ministrySpending(painter, rect, *cc, locale); });
    QSet<QString> codes;
    for (const WorkUnitConsumption &w : cc->workUnits) {
        if (w.orderedQuantityMilli != 0 || w.budgetQuantityMilli)
            codes.insert(w.code);
    }
    chart(pager, ReportBuilder::tr("Work-unit mix against the budget"),
          std::max(S::mm(30), S::mm(7.5) * double(codes.size()) + S::mm(14)),
          [cc, locale](QPainter &painter, const QRectF &rect) { ReportCharts::workUnitMix(painter, rect, *cc, locale); });
}

// A section described as blocks by another file (report/reportsla.*), laid out with this file's helpers.
void reportBlocks(Pager &pager, const QList<ReportSla::Block> &blocks)
{
    for (const ReportSla::Block &block : blocks) {
        switch (block.kind) {
        case ReportSla::Block::Kind::Subheading:
            subheading(pager, block.text);
            break;
        case ReportSla::Block::Kind::Paragraph:
            paragraph(pager, block.text, S::font(8.5));
            break;
        case ReportSla::Block::Kind::Note:
            paragraph(pager, block.text, S::font(7), S::muted());
            break;
        case ReportSla::Block::Kind::Table: {
            TableSpec spec;
            for (int i = 0; i < block.table.titles.size(); ++i)
                spec.columns << Column{block.table.titles.at(i), block.table.widths.value(i, 0.1),
                                       block.table.rightAligned.value(i) ? Qt::AlignRight : Qt::AlignLeft};
            QList<QList<Row>> groups;
            for (int i = 0; i < block.table.rows.size(); ++i)
                groups << QList<Row>{Row{block.table.rows.at(i), block.table.lastIsTotal && i == block.table.rows.size() - 1
                                                                      ? RowStyle::Total
                                                                      : RowStyle::Normal}};
            table(pager, spec, groups);
            break;
        }
        case ReportSla::Block::Kind::Chart:
            chart(pager, block.text, block.height, block.draw);
            break;
        }
    }
}

bool annex(Pager &pager, const ContractReport &report, const LayoutContext &context, int &done)
{
    const QLocale &l = context.locale;
    paragraph(pager,
              ReportBuilder::tr("%n purchase order(s), with the step each had reached on %1. Amounts excluding VAT; "
                                "drafts and cancelled orders count nowhere.", nullptr, int(report.orders.size()))
                  .arg(date(context.asOf, l)),
              S::font(8), S::muted());
    if (report.orders.isEmpty())
        return true;
    QList<QList<Row>> groups;
    groups.reserve(report.orders.size());
    for (const PurchaseOrder &order : report.orders) {
        QList<Row> group;
        const Beneficiary beneficiary = context.beneficiaries.value(order.beneficiaryId);
        group << Row{{order.number, l.toString(report.lotNumbers.value(order.lotId)), beneficiary.code,
                      Lifecycle::statusName(Lifecycle::statusOn(order, context.asOf)),
                      order.issuedOn <= context.asOf ? date(order.issuedOn, l) : QString(), QString(), QString(),
                      QString(), order.totalHt().value_or(Money()).toString(l)},
                     RowStyle::Strong};
        for (const OrderLine &line : order.lines) {
            const WorkUnit unit = report.workUnits.value(line.workUnitId);
            group << Row{{QString(), QString(), QString(), QString(), QString(),
                          unit.code + QStringLiteral(" – ") + unit.label(l),
                          Quantity::fromMilli(line.quantityMilli).toString(l), line.unitPriceHt.toString(l),
                          line.amountHt.toString(l)},
                         RowStyle::Detail};
        }
        groups << group;
    }
    const int start = done;
    return table(pager,
                 TableSpec{{{ReportBuilder::tr("Order"), 0.13},
                            {ReportBuilder::tr("Lot"), 0.045},
                            {ReportBuilder::tr("Beneficiary"), 0.1},
                            {ReportBuilder::tr("Status"), 0.1},
                            {ReportBuilder::tr("Issued"), 0.09},
                            {ReportBuilder::tr("Work unit"), 0.2},
                            {ReportBuilder::tr("Quantity"), 0.075, Qt::AlignRight},
                            {ReportBuilder::tr("Unit price excl. VAT"), 0.125, Qt::AlignRight},
                            {ReportBuilder::tr("Amount excl. VAT"), 0.135, Qt::AlignRight}},
                           7},
                 groups, [&done, start, &context](int index) {
                     done = start + index;
                     return context.tick(done);
                 });
}

} // namespace

void ReportBuilder::layout()
{
    Data &d = *m_data;
    d.pages.clear();
    Pager pager(d.pages);
    const QLocale &l = d.locale;
    d.headerRight = tr("Plafond · as of %1").arg(date(d.options.asOf, l));
    d.footerLeft = tr("Generated on %1 at %2 · figures as of %3 · fingerprint %4")
                       .arg(l.toString(d.options.generatedAt.date(), QLocale::ShortFormat),
                            l.toString(d.options.generatedAt.time(), QStringLiteral("HH:mm:ss")),
                            date(d.options.asOf, l), d.fingerprint.left(16));
    d.pageOf = tr("Page %1 of %2");
    int done = 0;
    const int total = std::max(1, d.orderCount);
    LayoutContext context{l, d.options.asOf, d.beneficiaries, [this, total](int index) {
                              if (m_progress && index % RowsPerTick == 0)
                                  m_progress(index, total);
                              return !cancelled();
                          }};
    const QFont titleFont = S::font(17, true);
    const QFont bodyFont = S::font(8.5);

    if (!d.options.all) {
        const ContractReport &report = d.contracts.first();
        const Contract &k = report.contract;
        pager.setHeader(k.reference + QStringLiteral(" — ") + k.title);
        pager.newPage();
        paragraph(pager, tr("Summary of contract %1").arg(k.reference), titleFont, S::accent(), S::mm(1));
        paragraph(pager, k.title, S::font(12), S::text(), S::mm(1.5));
        paragraph(pager, tr("Figures as of %1. Amounts excluding VAT unless stated otherwise.").arg(date(d.options.asOf, l)),
                  bodyFont, S::muted(), S::mm(2));
        if (k.demo)
            paragraph(pager, tr("Demo data: the prices, orders and figures of this contract are illustrative."),
                      S::font(8.5, true), S::danger(), S::mm(2));
        heading(pager, tr("1. Contract identity"));
        identity(pager, report, context);
        heading(pager, tr("2. Holders per lot"));
        holders(pager, report, context);
        heading(pager, tr("3. Consumption"));
        subheading(pager, tr("Per lot"));
        lotTable(pager, report, context);
        subheading(pager, tr("Per ministry"));
        ministries(pager, report, context);
        heading(pager, tr("4. Charts"), S::mm(60));
        charts(pager, report, context);
        heading(pager, tr("5. Alerts and forecast"));
        alertsAndForecast(pager, *report.consumption, l, false);
        int section = 6;
        if (report.sla) {
            heading(pager, tr("%1. Support and SLA").arg(section++));
            reportBlocks(pager, ReportSla::blocks(report.sla, l));
        }
        if (ReportComponents::hasCoverage(*report.components)) {
            heading(pager, tr("%1. Component coverage").arg(section++));
            reportBlocks(pager, ReportComponents::coverageBlocks(*report.components, l));
        }
        if (ReportComponents::hasContributions(*report.components)) {
            heading(pager, tr("%1. Upstream contributions").arg(section++));
            reportBlocks(pager, ReportComponents::contributionBlocks(*report.components, l));
        }
        pager.setHeader(k.reference + QStringLiteral(" — ") + tr("Annex: purchase orders"));
        pager.newPage();
        heading(pager, tr("%1. Annex: purchase orders").arg(section));
        if (!annex(pager, report, context, done))
            return;
    } else {
        for (const ContractReport &report : std::as_const(d.contracts)) {
            const Contract &k = report.contract;
            const ContractConsumption &cc = *report.consumption;
            pager.setHeader(k.reference + QStringLiteral(" — ") + k.title);
            pager.newPage();
            paragraph(pager, k.reference, titleFont, S::accent(), S::mm(1));
            paragraph(pager, k.title, S::font(12), S::text(), S::mm(2));
            if (k.demo)
                paragraph(pager, tr("Demo data: the prices, orders and figures of this contract are illustrative."),
                          S::font(8, true), S::danger(), S::mm(2));
            keyValues(pager, {{tr("Buyer"), k.buyer.isEmpty() ? tr("not provided") : k.buyer},
                              {tr("Dates"), tr("%1 to %2").arg(date(cc.startOn, l), date(cc.endOn, l))},
                              {tr("Minimum excl. VAT"), optionalMoney(cc.ceiling.minimum, l)},
                              {tr("Maximum excl. VAT"), cc.ceiling.maximum.toString(l)},
                              {tr("Ordered"), tr("%1 (%2 of the maximum)")
                                                  .arg(cc.amounts.orderedHt.toString(l),
                                                       percentText(cc.ceiling.percentHundredths, l))}});
            subheading(pager, tr("Consumption per lot"));
            lotTable(pager, report, context);
            subheading(pager, tr("Alerts and forecast"));
            alertsAndForecast(pager, cc, l, true);
            if (cancelled())
                return;
        }
        pager.setHeader(tr("All contracts"));
        pager.newPage();
        heading(pager, tr("All contracts as of %1").arg(date(d.options.asOf, l)));
        QList<QList<Row>> groups;
        for (const ContractReport &report : std::as_const(d.contracts)) {
            const ContractConsumption &cc = *report.consumption;
            const Forecast &f = cc.forecast;
            groups << QList<Row>{Row{{report.contract.reference + QLatin1Char('\n') + report.contract.title,
                                      date(cc.endOn, l), cc.ceiling.maximum.toString(l), cc.amounts.orderedHt.toString(l),
                                      cc.amounts.paidHt.toString(l), cc.ceiling.remaining.toString(l),
                                      percentText(cc.ceiling.percentHundredths, l),
                                      f.maxReachedOn && !f.notBeforeEnd ? date(*f.maxReachedOn, l) : tr("not before the end"),
                                      l.toString(cc.alerts.size())}}};
        }
        table(pager,
              TableSpec{{{tr("Contract"), 0.22},
                         {tr("End"), 0.09},
                         {tr("Maximum"), 0.12, Qt::AlignRight},
                         {tr("Ordered"), 0.12, Qt::AlignRight},
                         {tr("Paid"), 0.12, Qt::AlignRight},
                         {tr("Remaining"), 0.12, Qt::AlignRight},
                         {tr("%"), 0.06, Qt::AlignRight},
                         {tr("Maximum reached"), 0.09},
                         {tr("Alerts"), 0.06, Qt::AlignRight}},
                        7},
              groups);
    }

    // The full fingerprint, once, on the last page; the footers carry its first 16 digits.
    heading(pager, tr("Fingerprint of the figures"), S::mm(20));
    paragraph(pager,
              tr("SHA-256 of every figure of this report (every amount in cents, every order line) as of %1. "
                 "Two reports with the same fingerprint were made from the same data; the footers show its first "
                 "16 digits.").arg(date(d.options.asOf, l)),
              S::font(8), S::muted());
    paragraph(pager, d.fingerprint, S::font(9, true), S::text());
}

void ReportBuilder::drawPage(QPainter &painter, int index) const
{
    const Data &d = *m_data;
    const Page &page = d.pages.at(index);
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

    for (const DrawOp &op : page.ops) {
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
    const QString pageText = QString(d.pageOf).arg(d.locale.toString(index + 1), d.locale.toString(d.pages.size()));
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
