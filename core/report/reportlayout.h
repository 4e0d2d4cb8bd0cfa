// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportsla.h"
#include "reportstyle.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;

// The report's page layout: pages made of drawing operations, a pager that breaks blocks across them, and
// the blocks every section is made of (paragraphs, headings, tables, charts). Nothing here knows what a
// contract is; the sections (reportsections.*) say what to show, this file how it is set on the page.
namespace Plafond::ReportLayout {

using DrawOp = std::function<void(QPainter &)>;

constexpr double PageWidth = ReportStyle::mm(210);
constexpr double PageHeight = ReportStyle::mm(297);
constexpr double SideMargin = ReportStyle::mm(16);
constexpr double BodyTop = ReportStyle::mm(21);
constexpr double BodyBottom = PageHeight - ReportStyle::mm(21);

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
    explicit Pager(QList<Page> &pages)
        : m_pages(pages)
    {
    }

    QRectF body() const
    {
        return QRectF(SideMargin, BodyTop, PageWidth - 2 * SideMargin, BodyBottom - BodyTop);
    }
    double y() const { return m_y; }
    void advance(double height) { m_y += height; }
    void setHeader(const QString &header) { m_header = header; }

    void newPage()
    {
        m_pages.append(Page { m_header, {} });
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

struct Column
{
    QString title;
    double width; // fraction of the body's width
    Qt::Alignment align = Qt::AlignLeft;
};

enum class RowStyle
{
    Normal,
    Strong,
    Detail,
    Total,
    Label
};

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

// The height of `value` wrapped in `width`, and its drawing, breaking inside a word only where one is wider
// than the rectangle.
double textHeight(const QFont &font, double width, const QString &value);
void drawWrapped(QPainter &painter, const QRectF &rect, Qt::Alignment alignment, const QString &value);

void paragraph(Pager &pager, const QString &value, const QFont &font,
    const QColor &colour = ReportStyle::text(), double after = ReportStyle::mm(1.5), double indent = 0);
// A section title, kept with the first few millimetres of what follows it.
void heading(Pager &pager, const QString &value, double keepWithNext = ReportStyle::mm(30));
void subheading(Pager &pager, const QString &value);

// A table whose rows are never cut across pages: each group of rows (an order and its lines) stays on one
// page when it fits on one, and the header row is drawn again at the top of every page the table reaches.
// `tick` is called before each group; false stops the layout (cancellation).
bool table(Pager &pager, const TableSpec &spec, const QList<QList<Row>> &groups,
    const std::function<bool(int)> &tick = {});
// Two columns, label and value, no header: the identity of a contract.
void keyValues(Pager &pager, const QList<QPair<QString, QString>> &pairs);
// A chart of a given height, kept whole on one page.
void chart(
    Pager &pager, const QString &title, double height, std::function<void(QPainter &, const QRectF &)> draw);
// A section described as blocks by another file (report/reportsla.*, report/reportcomponents.*).
void blocks(Pager &pager, const QList<ReportSla::Block> &blocks);

} // namespace Plafond::ReportLayout
