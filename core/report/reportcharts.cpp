// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcharts.h"

#include "reportstyle.h"

#include <QFontMetricsF>
#include <QMap>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Plafond {

namespace {

using S = ReportStyle;

// The chart boundary: cents become euros as a double, for coordinates only.
double euros(Money amount)
{
    return double(amount.cents()) / 100.0;
}

void text(QPainter &painter, const QRectF &rect, int flags, const QString &value, const QFont &font,
          const QColor &colour = S::text())
{
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(rect, flags, value);
}

QString elided(const QString &value, const QFont &font, double width)
{
    return QFontMetricsF(font).elidedText(value, Qt::ElideRight, width);
}

QPen pen(const QColor &colour, double points, Qt::PenStyle style = Qt::SolidLine)
{
    QPen p(colour, S::pt(points), style);
    p.setCapStyle(Qt::FlatCap);
    return p;
}

// The painter's state saved for the time of one chart, and restored on every way out of it.
class SavedPainter
{
public:
    explicit SavedPainter(QPainter &painter) : m_painter(painter) { m_painter.save(); }
    ~SavedPainter() { m_painter.restore(); }
    SavedPainter(const SavedPainter &) = delete;
    SavedPainter &operator=(const SavedPainter &) = delete;

private:
    QPainter &m_painter;
};

// The label of a bar, right-aligned in `rect` (the row's height, left of the plot), elided to its width.
void barLabel(QPainter &painter, const QRectF &rect, const QString &label, const QFont &font)
{
    text(painter, rect, Qt::AlignRight | Qt::AlignVCenter, elided(label, font, rect.width()), font);
}

void noData(QPainter &painter, const QRectF &rect, const QString &message)
{
    painter.setPen(pen(S::rule(), 0.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
    text(painter, rect, Qt::AlignCenter, message, S::font(8), S::muted());
}

// One legend entry per (colour, label), left to right from the rectangle's left edge; `line` draws a line
// sample (for series) instead of a filled square (for bars).
struct LegendEntry
{
    QColor colour;
    QString label;
    Qt::PenStyle line = Qt::NoPen;
};

void legend(QPainter &painter, const QRectF &rect, const QList<LegendEntry> &entries)
{
    const QFont font = S::font(7);
    const QFontMetricsF metrics(font);
    double x = rect.left();
    const double box = S::mm(3);
    for (const LegendEntry &entry : entries) {
        const QRectF sample(x, rect.center().y() - box / 2, box, box);
        if (entry.line == Qt::NoPen) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(entry.colour);
            painter.drawRect(sample);
        } else {
            painter.setPen(pen(entry.colour, 1.2, entry.line));
            painter.drawLine(QPointF(sample.left(), sample.center().y()),
                             QPointF(sample.right() + S::mm(2), sample.center().y()));
        }
        x += box + S::mm(entry.line == Qt::NoPen ? 1.2 : 3.2);
        const double width = metrics.horizontalAdvance(entry.label);
        text(painter, QRectF(x, rect.top(), width + S::mm(1), rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
             entry.label, font, S::muted());
        x += width + S::mm(5);
    }
}

QString percentLabel(double percent, const QLocale &locale)
{
    return locale.toString(percent, 'f', 0) + (locale.language() == QLocale::French ? QStringLiteral("\u202f%")
                                                                                      : QStringLiteral("%"));
}

QString hundredthsLabel(qint64 hundredths, const QLocale &locale)
{
    const QString number = locale.toString(double(hundredths) / 100.0, 'f', 2);
    return number + (locale.language() == QLocale::French ? QStringLiteral("\u202f%") : QStringLiteral("%"));
}

// A round step for about `count` ticks up to `maximum`: 1, 2 or 5 times a power of ten.
double niceStep(double maximum, int count)
{
    if (maximum <= 0)
        return 1;
    const double raw = maximum / count;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= factor * power)
            return factor * power;
    }
    return 10 * power;
}

// Axis labels of amounts: thousands or millions of euros, in the locale's digits.
QString amountAxisLabel(double eurosValue, double step, const Catalogue &language)
{
    const QLocale locale = language.locale();
    if (step >= 1000000) {
        return language.translate("ReportCharts", "%1 M€")
            .arg(locale.toString(eurosValue / 1000000.0, 'f', step >= 1000000 ? 0 : 1));
    }
    if (step >= 100000 && eurosValue >= 1000000)
        return language.translate("ReportCharts", "%1 M€")
            .arg(locale.toString(eurosValue / 1000000.0, 'f', 1));
    if (step >= 1000)
        return language.translate("ReportCharts", "%1 k€").arg(locale.toString(eurosValue / 1000.0, 'f', 0));
    return language.translate("ReportCharts", "%1 €").arg(locale.toString(eurosValue, 'f', 0));
}

} // namespace

void ReportCharts::lotConsumption(
    QPainter &painter, const QRectF &rect, const ContractConsumption &consumption, const Catalogue &language)
{
    const QLocale locale = language.locale();
    const SavedPainter saved(painter);
    const QList<LotConsumption> &lots = consumption.lots;
    if (lots.isEmpty()) {
        noData(painter, rect, language.translate("ReportCharts", "The contract has no lot."));
        return;
    }
    const double legendHeight = S::mm(6);
    const double axisHeight = S::mm(5);
    const double labelWidth = S::mm(30);
    const QRectF plot(rect.left() + labelWidth, rect.top(), rect.width() - labelWidth - S::mm(3),
                      rect.height() - legendHeight - axisHeight);
    double axisMax = 110;
    for (const LotConsumption &lot : lots)
        axisMax = std::max(axisMax, double(lot.ceiling.percentHundredths) / 100.0 + 5);
    auto xOf = [&](double percent) { return plot.left() + plot.width() * percent / axisMax; };

    const double rowHeight = plot.height() / lots.size();
    const double barHeight = std::min(rowHeight * 0.6, S::mm(8));
    const QFont labelFont = S::font(7.5, true);
    const QFont valueFont = S::font(6.5);
    for (int i = 0; i < lots.size(); ++i) {
        const LotConsumption &lot = lots.at(i);
        const double centre = plot.top() + rowHeight * (i + 0.5);
        const QRectF labelRect(rect.left(), centre - rowHeight / 2, labelWidth - S::mm(2), rowHeight / 2);
        text(painter, labelRect, Qt::AlignRight | Qt::AlignBottom,
            language.translate("ReportCharts", "Lot %1").arg(locale.toString(lot.number)), labelFont);
        text(painter, labelRect.translated(0, rowHeight / 2), Qt::AlignRight | Qt::AlignTop,
            lot.ceiling.maximum.isZero() ? language.translate("ReportCharts", "no maximum")
                                         : hundredthsLabel(lot.ceiling.percentHundredths, locale),
            valueFont, S::muted());
        if (lot.ceiling.maximum.cents() <= 0)
            continue;
        const double maximum = euros(lot.ceiling.maximum);
        const StepAmounts &a = lot.amounts;
        // Each step's own part: paid, then what is invoiced but not paid, and so on; never negative.
        const double parts[] = {euros(a.paidHt), euros(a.invoicedHt) - euros(a.paidHt),
                                euros(a.doneHt) - euros(a.invoicedHt), euros(a.orderedHt) - euros(a.doneHt)};
        const QColor colours[] = {S::paid(), S::invoiced(), S::done(), S::ordered()};
        double from = 0;
        painter.setPen(Qt::NoPen);
        for (int p = 0; p < 4; ++p) {
            const double part = std::max(0.0, parts[p]) * 100.0 / maximum;
            if (part <= 0)
                continue;
            const double to = std::min(from + part, axisMax);
            painter.setBrush(colours[p]);
            painter.drawRect(QRectF(QPointF(xOf(from), centre - barHeight / 2), QPointF(xOf(to), centre + barHeight / 2)));
            from = to;
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(pen(S::rule(), 0.4));
        painter.drawRect(QRectF(QPointF(xOf(0), centre - barHeight / 2), QPointF(xOf(100), centre + barHeight / 2)));
    }
    // Thresholds over the bars, so that a bar reaching one shows it.
    QList<int> marks = consumption.thresholdsPercent;
    if (!marks.contains(100))
        marks << 100;
    const QFont axisFont = S::font(6.5);
    painter.setPen(pen(S::rule(), 0.5));
    painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()));
    text(painter, QRectF(plot.left() - S::mm(6), plot.bottom() + S::mm(0.5), S::mm(12), axisHeight),
         Qt::AlignHCenter | Qt::AlignTop, percentLabel(0, locale), axisFont, S::muted());
    for (const int mark : std::as_const(marks)) {
        const double x = xOf(mark);
        painter.setPen(mark >= 100 ? pen(S::danger(), 0.9) : pen(S::warning(), 0.7, Qt::DashLine));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        text(painter, QRectF(x - S::mm(6), plot.bottom() + S::mm(0.5), S::mm(12), axisHeight),
             Qt::AlignHCenter | Qt::AlignTop, percentLabel(mark, locale), axisFont, S::muted());
    }

    legend(painter, QRectF(plot.left(), rect.bottom() - legendHeight, plot.width(), legendHeight),
        { { S::paid(), language.translate("ReportCharts", "Paid") },
            { S::invoiced(), language.translate("ReportCharts", "Invoiced") },
            { S::done(), language.translate("ReportCharts", "Service done") },
            { S::ordered(), language.translate("ReportCharts", "Ordered") },
            { S::warning(), language.translate("ReportCharts", "Thresholds"), Qt::DashLine },
            { S::danger(), language.translate("ReportCharts", "Maximum"), Qt::SolidLine } });
}

void ReportCharts::cumulativeOrdered(
    QPainter &painter, const QRectF &rect, const ContractConsumption &consumption, const Catalogue &language)
{
    const QLocale locale = language.locale();
    const SavedPainter saved(painter);
    if (!consumption.startOn.isValid() || consumption.months.isEmpty()) {
        noData(
            painter, rect, language.translate("ReportCharts", "Nothing ordered by the date of the figures."));
        return;
    }
    const double legendHeight = S::mm(6);
    const double axisHeight = S::mm(5);
    const double valueWidth = S::mm(18);
    const QRectF plot(rect.left() + valueWidth, rect.top() + S::mm(4), rect.width() - valueWidth - S::mm(4),
                      rect.height() - legendHeight - axisHeight - S::mm(4));

    const QDate first = std::min(consumption.startOn, consumption.months.first().month);
    const QDate asOf = consumption.asOf;
    const Forecast &forecast = consumption.forecast;
    QDate last = std::max({consumption.endOn.isValid() ? consumption.endOn : asOf, asOf, first.addMonths(1)});
    const Money ordered = consumption.amounts.orderedHt;
    const double maximum = euros(consumption.ceiling.maximum);

    // The projection: to the day the maximum is reached when that falls within the contract, else to its end
    // at the trailing rate (a double from here on: it is only drawn).
    QDate projectedOn;
    double projected = 0;
    if (forecast.maxReachedOn && !forecast.notBeforeEnd && *forecast.maxReachedOn > asOf) {
        projectedOn = *forecast.maxReachedOn;
        projected = maximum;
    } else if (!forecast.burnRatePerMonthHt.isZero() && last > asOf) {
        projectedOn = last;
        projected = euros(ordered) + euros(forecast.burnRatePerMonthHt) * double(asOf.daysTo(last)) / (365.25 / 12.0);
    }
    last = std::max(last, projectedOn.isValid() ? projectedOn : last);

    double top = std::max({maximum, projected, 1.0});
    for (const MonthAmounts &month : consumption.months)
        top = std::max(top, euros(month.cumulativeOrderedHt));
    const double step = niceStep(top * 1.05, 5);
    top = std::ceil(top * 1.05 / step) * step;

    const double span = std::max<qint64>(1, first.daysTo(last));
    auto xOf = [&](const QDate &date) { return plot.left() + plot.width() * double(first.daysTo(date)) / span; };
    auto yOf = [&](double value) { return plot.bottom() - plot.height() * value / top; };

    // Grid and axes.
    const QFont axisFont = S::font(6.5);
    for (double value = 0; value <= top + step / 2; value += step) {
        const double y = yOf(value);
        painter.setPen(pen(value == 0 ? S::muted() : S::shade().darker(108), 0.4));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        text(painter, QRectF(rect.left(), y - S::mm(2), valueWidth - S::mm(1.5), S::mm(4)),
            Qt::AlignRight | Qt::AlignVCenter, amountAxisLabel(value, step, language), axisFont, S::muted());
    }
    const int years = last.year() - first.year();
    const int yearStep = years > 12 ? 5 : years > 6 ? 2 : 1;
    for (int year = first.year() + 1; year <= last.year(); year += yearStep) {
        const double x = xOf(QDate(year, 1, 1));
        painter.setPen(pen(S::rule(), 0.4));
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + S::mm(1)));
        text(painter, QRectF(x - S::mm(8), plot.bottom() + S::mm(1), S::mm(16), axisHeight - S::mm(1)),
             Qt::AlignHCenter | Qt::AlignTop, QString::number(year), axisFont, S::muted());
    }

    // The maximum.
    painter.setPen(pen(S::danger(), 1.0));
    painter.drawLine(QPointF(plot.left(), yOf(maximum)), QPointF(plot.right(), yOf(maximum)));
    text(painter,
        QRectF(plot.left() + S::mm(1), yOf(maximum) - S::mm(4), plot.width() - S::mm(2), S::mm(3.8)),
        Qt::AlignLeft | Qt::AlignBottom,
        language.translate("ReportCharts", "Maximum %1").arg(consumption.ceiling.maximum.toString(locale)),
        S::font(6.5), S::danger());

    // Cumulative ordered, at the end of each month (the as-of date for the last one), from zero at the start.
    QPainterPath path;
    path.moveTo(xOf(first), yOf(0));
    for (const MonthAmounts &month : consumption.months) {
        const QDate end = std::min(month.month.addMonths(1).addDays(-1), asOf);
        path.lineTo(xOf(end), yOf(euros(month.cumulativeOrderedHt)));
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(pen(S::accent(), 1.4));
    painter.drawPath(path);

    if (projectedOn.isValid()) {
        painter.setPen(pen(S::warning(), 1.2, Qt::DashLine));
        painter.drawLine(QPointF(xOf(asOf), yOf(euros(ordered))), QPointF(xOf(projectedOn), yOf(projected)));
    }

    // The as-of date.
    const double asOfX = xOf(asOf);
    painter.setPen(pen(S::muted(), 0.6, Qt::DotLine));
    painter.drawLine(QPointF(asOfX, rect.top() + S::mm(3.5)), QPointF(asOfX, plot.bottom()));
    const QString asOfText
        = language.translate("ReportCharts", "As of %1").arg(locale.toString(asOf, QLocale::ShortFormat));
    const double asOfWidth = QFontMetricsF(axisFont).horizontalAdvance(asOfText) + S::mm(1);
    const bool leftOfLine = asOfX + asOfWidth > rect.right();
    text(painter, QRectF(leftOfLine ? asOfX - asOfWidth - S::mm(0.5) : asOfX + S::mm(0.5), rect.top(), asOfWidth, S::mm(3.5)),
         (leftOfLine ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, asOfText, axisFont, S::muted());

    legend(painter, QRectF(plot.left(), rect.bottom() - legendHeight, plot.width(), legendHeight),
        { { S::accent(), language.translate("ReportCharts", "Ordered (cumulative)"), Qt::SolidLine },
            { S::danger(), language.translate("ReportCharts", "Maximum"), Qt::SolidLine },
            { S::warning(), language.translate("ReportCharts", "Forecast"), Qt::DashLine },
            { S::muted(), language.translate("ReportCharts", "Date of the figures"), Qt::DotLine } });
}

void ReportCharts::ministrySpending(
    QPainter &painter, const QRectF &rect, const ContractConsumption &consumption, const Catalogue &language)
{
    const QLocale locale = language.locale();
    const SavedPainter saved(painter);
    struct Row
    {
        QString label;
        Money ordered;
    };
    QList<Row> rows;
    for (const BeneficiaryConsumption &b : consumption.beneficiaries) {
        if (b.parentId == 0 && b.rolledUp.orderedHt.cents() > 0)
            rows << Row{b.code + QStringLiteral(" – ") + b.name, b.rolledUp.orderedHt};
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.ordered > b.ordered; });
    constexpr int shown = 10;
    if (rows.size() > shown) {
        // The long tail in one bar, so that the chart stays readable with 26 beneficiaries.
        Money rest;
        for (qsizetype i = shown - 1; i < rows.size(); ++i)
            rest = Money::fromCents(rest.cents() + rows.at(i).ordered.cents());
        const qsizetype others = rows.size() - (shown - 1);
        rows.resize(shown - 1);
        rows << Row { language.translate("ReportCharts", "%n other ministries", nullptr, int(others)), rest };
    }
    if (rows.isEmpty()) {
        noData(painter, rect,
            language.translate("ReportCharts", "No ministry has ordered by the date of the figures."));
        return;
    }
    const double labelWidth = S::mm(62);
    const double valueWidth = S::mm(28);
    const QRectF plot(rect.left() + labelWidth, rect.top(), rect.width() - labelWidth - valueWidth, rect.height());
    const double rowHeight = std::min(plot.height() / rows.size(), S::mm(9));
    const double barHeight = rowHeight * 0.6;
    const double top = euros(rows.first().ordered);
    const QFont labelFont = S::font(7);
    painter.setPen(pen(S::rule(), 0.5));
    painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.top() + rowHeight * rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const double centre = plot.top() + rowHeight * (i + 0.5);
        barLabel(painter, QRectF(rect.left(), centre - rowHeight / 2, labelWidth - S::mm(2), rowHeight),
                 rows.at(i).label, labelFont);
        const double width = top > 0 ? plot.width() * euros(rows.at(i).ordered) / top : 0;
        painter.setPen(Qt::NoPen);
        painter.setBrush(S::accent());
        painter.drawRect(QRectF(plot.left(), centre - barHeight / 2, width, barHeight));
        text(painter, QRectF(plot.left() + width + S::mm(1.5), centre - rowHeight / 2, valueWidth + plot.width() - width,
                             rowHeight),
             Qt::AlignLeft | Qt::AlignVCenter, rows.at(i).ordered.toString(locale), labelFont, S::muted());
    }
}

void ReportCharts::workUnitMix(
    QPainter &painter, const QRectF &rect, const ContractConsumption &consumption, const Catalogue &language)
{
    const QLocale locale = language.locale();
    const SavedPainter saved(painter);
    // One row per code, lots summed, as the dashboard shows the mix of a contract.
    struct Row
    {
        QString code;
        QString label;
        qint64 quantityMilli = 0;
        std::optional<qint64> budgetMilli;
        Money ordered;
    };
    QList<Row> rows;
    QMap<QString, qsizetype> indexOf;
    Money total;
    for (const WorkUnitConsumption &unit : consumption.workUnits) {
        auto found = indexOf.constFind(unit.code);
        if (found == indexOf.constEnd()) {
            found = indexOf.insert(unit.code, rows.size());
            rows << Row{unit.code, locale.language() == QLocale::French || unit.labelEn.isEmpty() ? unit.labelFr : unit.labelEn,
                        0, std::nullopt, Money()};
        }
        Row &row = rows[*found];
        row.quantityMilli += unit.orderedQuantityMilli;
        if (unit.budgetQuantityMilli)
            row.budgetMilli = row.budgetMilli.value_or(0) + *unit.budgetQuantityMilli;
        row.ordered = Money::fromCents(row.ordered.cents() + unit.orderedHt.cents());
        total = Money::fromCents(total.cents() + unit.orderedHt.cents());
    }
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [](const Row &row) { return row.quantityMilli == 0 && !row.budgetMilli; }),
               rows.end());
    if (rows.isEmpty()) {
        noData(painter, rect, language.translate("ReportCharts", "No work unit ordered or budgeted."));
        return;
    }
    const double labelWidth = S::mm(55);
    const double valueWidth = S::mm(50);
    const double legendHeight = S::mm(6);
    const double axisHeight = S::mm(5);
    const QRectF plot(rect.left() + labelWidth, rect.top(), rect.width() - labelWidth - valueWidth,
                      rect.height() - legendHeight - axisHeight);
    double axisMax = 110;
    for (const Row &row : std::as_const(rows)) {
        if (row.budgetMilli && *row.budgetMilli > 0)
            axisMax = std::max(axisMax, 100.0 * double(row.quantityMilli) / double(*row.budgetMilli) + 5);
    }
    auto xOf = [&](double percent) { return plot.left() + plot.width() * std::min(percent, axisMax) / axisMax; };
    const double rowHeight = std::min(plot.height() / rows.size(), S::mm(9));
    const double barHeight = rowHeight * 0.6;
    const QFont labelFont = S::font(7);
    const QFont valueFont = S::font(6.5);
    const double bottom = plot.top() + rowHeight * rows.size();

    painter.setPen(pen(S::rule(), 0.5));
    painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), bottom));
    painter.setPen(pen(S::danger(), 0.9));
    painter.drawLine(QPointF(xOf(100), plot.top()), QPointF(xOf(100), bottom));
    for (const int mark : {0, 50, 100}) {
        text(painter, QRectF(xOf(mark) - S::mm(6), bottom + S::mm(0.5), S::mm(12), axisHeight),
             Qt::AlignHCenter | Qt::AlignTop, percentLabel(mark, locale), valueFont, S::muted());
    }
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        const double centre = plot.top() + rowHeight * (i + 0.5);
        barLabel(painter, QRectF(rect.left(), centre - rowHeight / 2, labelWidth - S::mm(2), rowHeight),
                 row.code + QStringLiteral(" – ") + row.label, labelFont);
        QString value = Quantity::fromMilli(row.quantityMilli).toString(locale);
        if (row.budgetMilli && *row.budgetMilli > 0) {
            const double percent = 100.0 * double(row.quantityMilli) / double(*row.budgetMilli);
            painter.setPen(Qt::NoPen);
            painter.setBrush(percent > 100 ? S::danger() : S::accent());
            painter.drawRect(QRectF(QPointF(xOf(0), centre - barHeight / 2), QPointF(xOf(percent), centre + barHeight / 2)));
            value = language.translate("ReportCharts", "%1 of %2")
                        .arg(value, Quantity::fromMilli(*row.budgetMilli).toString(locale));
        } else {
            value = language.translate("ReportCharts", "%1, no budget").arg(value);
        }
        const qint64 share = total.cents() > 0 ? mulDivRounded(row.ordered.cents(), 10000, total.cents()).value_or(0) : 0;
        value += QStringLiteral(" · ")
            + language.translate("ReportCharts", "%1 of the amount").arg(hundredthsLabel(share, locale));
        text(painter, QRectF(plot.right() + S::mm(2), centre - rowHeight / 2, valueWidth - S::mm(2), rowHeight),
             Qt::AlignLeft | Qt::AlignVCenter, value, valueFont, S::muted());
    }
    legend(painter,
        QRectF(plot.left(), rect.bottom() - legendHeight, plot.width() + valueWidth, legendHeight),
        { { S::accent(), language.translate("ReportCharts", "Ordered quantity, in % of the budget") },
            { S::danger(), language.translate("ReportCharts", "Budget"), Qt::SolidLine } });
}

} // namespace Plafond
