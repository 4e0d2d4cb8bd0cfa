// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportlayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>

namespace Plafond::ReportLayout {

namespace {

using S = ReportStyle;

// Whether a word of `value` is wider than `width`: such a text (a 300-character name without a space) is
// broken anywhere rather than run off the page. Other texts keep the word wrap they always had.
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

double longestWord(const QFontMetricsF &metrics, const QString &value)
{
    double longest = 0;
    for (const QString &word : value.split(QRegularExpression(QStringLiteral("\\s")), Qt::SkipEmptyParts))
        longest = std::max(longest, metrics.horizontalAdvance(word));
    return longest;
}

} // namespace

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

void paragraph(
    Pager &pager, const QString &value, const QFont &font, const QColor &colour, double after, double indent)
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

void heading(Pager &pager, const QString &value, double keepWithNext)
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

bool table(Pager &pager, const TableSpec &spec, const QList<QList<Row>> &groups,
    const std::function<bool(int)> &tick)
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
                    minimum[c] = std::max(minimum[c],
                        oneLine ? metrics.horizontalAdvance(cell)
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
    auto fontOf = [&](RowStyle style) {
        return style == RowStyle::Normal || style == RowStyle::Detail ? normal : strong;
    };
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
            const QColor colour
                = row.style == RowStyle::Detail || row.style == RowStyle::Label ? S::muted() : S::text();
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

void keyValues(Pager &pager, const QList<QPair<QString, QString>> &pairs)
{
    QList<QList<Row>> groups;
    for (const auto &pair : pairs)
        groups << QList<Row> { Row { { pair.first, pair.second }, RowStyle::Normal } };
    TableSpec spec { { { QString(), 0.3 }, { QString(), 0.7 } }, 8, false };
    // The labels in bold: a group of one row, styled by its first cell only would need another style; the
    // whole row bold reads heavy, so labels are muted instead.
    for (QList<Row> &group : groups)
        group.first().style = RowStyle::Normal;
    table(pager, spec, groups);
}

void chart(
    Pager &pager, const QString &title, double height, std::function<void(QPainter &, const QRectF &)> draw)
{
    const QFont font = S::font(9, true);
    const double titleHeight = textHeight(font, pager.body().width(), title) + S::mm(1.5);
    pager.ensure(titleHeight + height);
    paragraph(pager, title, font, S::text(), S::mm(1.5));
    const QRectF rect(pager.body().left(), pager.y(), pager.body().width(), height);
    pager.add([rect, draw](QPainter &painter) { draw(painter, rect); });
    pager.advance(height + S::mm(6));
}

void blocks(Pager &pager, const QList<ReportSla::Block> &blocks)
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
                spec.columns << Column { block.table.titles.at(i), block.table.widths.value(i, 0.1),
                    block.table.rightAligned.value(i) ? Qt::AlignRight : Qt::AlignLeft };
            QList<QList<Row>> groups;
            for (int i = 0; i < block.table.rows.size(); ++i)
                groups << QList<Row> { Row { block.table.rows.at(i),
                    block.table.lastIsTotal && i == block.table.rows.size() - 1 ? RowStyle::Total
                                                                                : RowStyle::Normal } };
            table(pager, spec, groups);
            break;
        }
        case ReportSla::Block::Kind::Chart:
            chart(pager, block.text, block.height, block.draw);
            break;
        }
    }
}

} // namespace Plafond::ReportLayout
