// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsla.h"

#include "reportstyle.h"

#include "storage/stores.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace Plafond {

namespace {

using S = ReportStyle;

// The components shown one by one; the others are summed on one line.
constexpr int ComponentRows = 15;

QString percentOnTime(const SlaCounts &counts, int breachedTickets, const QLocale &locale)
{
    if (counts.tickets == 0)
        return QStringLiteral("—");
    // Tenths of a percent, rounded half up, in integers.
    const qint64 tenths
        = (qint64(counts.tickets - breachedTickets) * 2000 + counts.tickets) / (2 * counts.tickets);
    return locale.toString(double(tenths) / 10.0, 'f', 1)
        + (locale.language() == QLocale::French ? QStringLiteral("\u202f%") : QStringLiteral("%"));
}

} // namespace

std::shared_ptr<const SlaReport> ReportSla::read(
    Stores &stores, Id contractId, const QDate &asOf, QString *error)
{
    auto statistics = SlaEngine::compute(stores, contractId, SlaEngine::endOfDay(asOf), 0, error);
    if (!statistics || statistics->tickets.isEmpty())
        return nullptr;
    auto report = std::make_shared<SlaReport>();
    report->asOf = asOf;
    report->statistics = std::move(*statistics);
    auto lots = stores.contracts.lots(contractId);
    auto targets = stores.tickets.slaTargets(contractId);
    auto hours = stores.tickets.contractWorkingHours(contractId);
    if (const Status read = firstFailure({lots.status(), targets.status(), hours.status()}); !read) {
        if (error)
            *error = read.message();
        return nullptr;
    }
    report->lots = std::move(lots).value();
    report->targets = std::move(targets).value();
    report->hours = std::move(hours).value();
    for (const Ticket &ticket : std::as_const(report->statistics.tickets)) {
        if (ticket.componentId)
            report->componentNames.insert(ticket.componentId, ticket.componentName);
    }
    return report;
}

namespace {

QString calendarText(const WorkingHours &hours, const QLocale &locale, const Catalogue &language)
{
    QStringList ranges;
    for (int day = 1; day <= 7; ++day) {
        if (!(hours.weekdays & (1 << (day - 1))))
            continue;
        int last = day;
        while (last < 7 && (hours.weekdays & (1 << last)))
            ++last;
        ranges << (last == day ? locale.dayName(day, QLocale::ShortFormat)
                               : locale.dayName(day, QLocale::ShortFormat) + QStringLiteral("–")
                    + locale.dayName(last, QLocale::ShortFormat));
        day = last;
    }
    auto time = [](int minutes) {
        return QStringLiteral("%1:%2")
            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    };
    const QString span = time(hours.startMinute) + QStringLiteral("–") + time(hours.endMinute);
    return hours.excludeHolidays ? language.translate("ReportSla", "%1 %2, public holidays off")
                                       .arg(ranges.join(QStringLiteral(", ")), span)
                                 : language.translate("ReportSla", "%1 %2, public holidays worked")
                                       .arg(ranges.join(QStringLiteral(", ")), span);
}

} // namespace

QString ReportSla::calendar(const WorkingHours &hours, const QLocale &locale)
{
    return calendarText(hours, locale, Catalogue::application());
}

QString ReportSla::calendar(const WorkingHours &hours, const Catalogue &language)
{
    return calendarText(hours, language.locale(), language);
}

QString ReportSla::duration(qint64 minutes, const Catalogue &language)
{
    const QLocale locale = language.locale();
    const qint64 hours = minutes / 60;
    const qint64 rest = minutes % 60;
    if (hours == 0)
        return language.translate("ReportSla", "%1 min").arg(locale.toString(rest));
    if (rest == 0)
        return language.translate("ReportSla", "%1 h").arg(locale.toString(hours));
    return language.translate("ReportSla", "%1 h %2 min").arg(locale.toString(hours), locale.toString(rest));
}

QList<ReportSla::Block> ReportSla::blocks(
    const std::shared_ptr<const SlaReport> &shared, const std::shared_ptr<const Catalogue> &catalogue)
{
    const Catalogue &language = *catalogue;
    const QLocale l = language.locale();
    const SlaReport &report = *shared;
    const SlaStatistics &s = report.statistics;
    QList<Block> blocks;
    auto add = [&](Block::Kind kind, const QString &text) { blocks << Block::of(kind, text); };
    // Tickets with any breach, per lot and per component, for the "on time" share.
    QHash<Id, int> breachedPerLot;
    QHash<Id, int> breachedPerComponent;
    int breached = 0;
    for (int i = 0; i < s.tickets.size(); ++i) {
        if (s.sla.at(i).breached()) {
            ++breached;
            ++breachedPerLot[s.tickets.at(i).lotId];
            ++breachedPerComponent[s.tickets.at(i).componentId];
        }
    }
    add(Block::Kind::Paragraph,
        language
            .translate("ReportSla",
                "%n ticket(s) opened by %1: %2 late for the first response, %3 late for the restoration of "
                "service.",
                nullptr, s.total.tickets)
            .arg(l.toString(report.asOf, QLocale::LongFormat), l.toString(s.total.responseBreaches),
                l.toString(s.total.restoreBreaches)));
    add(Block::Kind::Note,
        language.translate("ReportSla",
            "The SLA clocks run in each lot's working hours, from the opening of a ticket to its first "
            "response and "
            "to the restoration of service; a ticket still waiting on the date counts up to the end of that "
            "day. A "
            "ticket without a target for its lot and severity is counted but never late."));

    add(Block::Kind::Subheading, language.translate("ReportSla", "Targets"));
    Block targets = Block::tableOf(
        { language.translate("ReportSla", "Lot"), language.translate("ReportSla", "Severity"),
            language.translate("ReportSla", "First response"), language.translate("ReportSla", "Restoration"),
            language.translate("ReportSla", "Working hours") },
        { 0.08, 0.14, 0.16, 0.16, 0.46 }, { false, false, true, true, false });
    QHash<Id, int> numberOf;
    for (const Lot &lot : report.lots)
        numberOf.insert(lot.id, lot.number);
    for (const SlaTarget &target : report.targets) {
        const WorkingHours hours = report.hours.value(target.lotId);
        targets.table.rows << QStringList { l.toString(numberOf.value(target.lotId)),
            Severities::name(target.severity, language), duration(target.responseMinutes, language),
            duration(target.restoreMinutes, language), calendar(hours, language) };
    }
    if (targets.table.rows.isEmpty())
        add(Block::Kind::Paragraph,
            language.translate("ReportSla", "No SLA target is set: no ticket can be late."));
    else
        blocks << targets;

    add(Block::Kind::Subheading, language.translate("ReportSla", "Per lot"));
    // Tickets and breaches per lot, then per component: the same columns after the first.
    auto countsTable = [&](const QString &first) {
        return Block::tableOf({ first, language.translate("ReportSla", "Tickets"),
                                  language.translate("ReportSla", "Late response"),
                                  language.translate("ReportSla", "Late restoration"),
                                  language.translate("ReportSla", "On time") },
            { 0.40, 0.15, 0.15, 0.15, 0.15 }, { false, true, true, true, true });
    };
    auto countsRow = [&](const QString &first, const SlaCounts &counts, int breachedTickets) {
        return QStringList { first, l.toString(counts.tickets), l.toString(counts.responseBreaches),
            l.toString(counts.restoreBreaches), percentOnTime(counts, breachedTickets, l) };
    };
    Block lots = countsTable(language.translate("ReportSla", "Lot"));
    for (const Lot &lot : report.lots) {
        const SlaCounts counts = s.perLot.value(lot.id);
        if (counts.tickets == 0)
            continue;
        lots.table.rows << countsRow(
            language.translate("ReportSla", "%1 – %2").arg(l.toString(lot.number), lot.title), counts,
            breachedPerLot.value(lot.id));
    }
    lots.table.rows << countsRow(language.translate("ReportSla", "Contract"), s.total, breached);
    lots.table.lastIsTotal = true;
    blocks << lots;

    add(Block::Kind::Subheading, language.translate("ReportSla", "Per component"));
    QList<Id> components = s.perComponent.keys();
    std::sort(components.begin(), components.end(), [&](Id a, Id b) {
        const int ta = s.perComponent.value(a).tickets;
        const int tb = s.perComponent.value(b).tickets;
        if (ta != tb)
            return ta > tb;
        return report.componentNames.value(a) < report.componentNames.value(b);
    });
    Block perComponent = countsTable(language.translate("ReportSla", "Component"));
    SlaCounts others;
    int othersBreached = 0;
    int otherCount = 0;
    for (int i = 0; i < components.size(); ++i) {
        const Id id = components.at(i);
        const SlaCounts counts = s.perComponent.value(id);
        if (i >= ComponentRows) {
            others.tickets += counts.tickets;
            others.responseBreaches += counts.responseBreaches;
            others.restoreBreaches += counts.restoreBreaches;
            othersBreached += breachedPerComponent.value(id);
            ++otherCount;
            continue;
        }
        perComponent.table.rows << countsRow(
            id ? report.componentNames.value(id) : language.translate("ReportSla", "No component named"),
            counts, breachedPerComponent.value(id));
    }
    if (otherCount > 0)
        perComponent.table.rows << countsRow(
            language.translate("ReportSla", "%n other component(s)", nullptr, otherCount), others,
            othersBreached);
    blocks << perComponent;

    Block chart;
    chart.kind = Block::Kind::Chart;
    chart.text = language.translate("ReportSla", "Tickets and breaches per month");
    chart.height = S::mm(60);
    chart.draw = [shared, catalogue](QPainter &painter, const QRectF &rect) {
        monthlyChart(painter, rect, *shared, *catalogue);
    };
    blocks << chart;
    return blocks;
}

QList<QStringList> ReportSla::figures(const SlaReport &report)
{
    QList<QStringList> records;
    const SlaStatistics &s = report.statistics;
    auto counts = [](const SlaCounts &c) {
        return QStringList { QString::number(c.tickets), QString::number(c.responseBreaches),
            QString::number(c.restoreBreaches) };
    };
    for (const SlaTarget &t : report.targets)
        records << QStringList { QStringLiteral("sla_target"), QString::number(t.lotId),
            Severities::key(t.severity), QString::number(t.responseMinutes),
            QString::number(t.restoreMinutes), report.hours.value(t.lotId).toText() };
    for (int i = 0; i < s.tickets.size(); ++i) {
        const Ticket &t = s.tickets.at(i);
        const TicketSla &sla = s.sla.at(i);
        records << QStringList { QStringLiteral("ticket"), t.reference, QString::number(t.lotNumber),
            t.componentSillId, t.beneficiaryCode, Severities::key(t.severity),
            t.openedAt.toString(Qt::ISODate), QString::number(sla.responseMinutes),
            QString::number(sla.restoreMinutes), QString::number(sla.responseBreached),
            QString::number(sla.restoreBreached) };
    }
    for (auto it = s.perMonth.cbegin(); it != s.perMonth.cend(); ++it)
        records << QStringList { QStringLiteral("sla_month"), it.key().toString(Qt::ISODate) }
                + counts(it.value());
    records << QStringList { QStringLiteral("sla_total") } + counts(s.total);
    return records;
}

void ReportSla::monthlyChart(
    QPainter &painter, const QRectF &rect, const SlaReport &report, const Catalogue &language)
{
    const QLocale locale = language.locale();
    const QMap<QDate, SlaCounts> &months = report.statistics.perMonth;
    if (months.isEmpty())
        return;
    painter.save();
    // Every month from the first ticket's to the last's, the empty ones too, so that time runs evenly.
    QList<QDate> axis;
    for (QDate month = months.firstKey(); month <= months.lastKey(); month = month.addMonths(1))
        axis << month;
    int maximum = 1;
    for (const SlaCounts &counts : months)
        maximum = std::max(maximum, counts.tickets);
    const double legendHeight = S::mm(6);
    const double axisHeight = S::mm(6);
    const double labelWidth = S::mm(10);
    const QRectF plot(rect.left() + labelWidth, rect.top() + legendHeight, rect.width() - labelWidth,
        rect.height() - legendHeight - axisHeight);
    const QFont font = S::font(6.5);
    painter.setFont(font);
    // Scale: a round step, four or five lines.
    int step = 1;
    for (int candidate : { 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000 }) {
        step = candidate;
        if (maximum / candidate <= 5)
            break;
    }
    const int top = ((maximum + step - 1) / step) * step;
    auto yOf = [&](int value) { return plot.bottom() - plot.height() * double(value) / double(top); };
    for (int value = 0; value <= top; value += step) {
        painter.setPen(QPen(value == 0 ? S::text() : S::rule(), S::pt(value == 0 ? 0.6 : 0.3)));
        painter.drawLine(QPointF(plot.left(), yOf(value)), QPointF(plot.right(), yOf(value)));
        painter.setPen(S::muted());
        painter.drawText(QRectF(rect.left(), yOf(value) - S::mm(2), labelWidth - S::mm(1.5), S::mm(4)),
            Qt::AlignRight | Qt::AlignVCenter, locale.toString(value));
    }
    const double slot = plot.width() / double(axis.size());
    const QColor colours[] = { S::ordered(), S::warning(), S::danger() };
    for (int i = 0; i < axis.size(); ++i) {
        const SlaCounts counts = months.value(axis.at(i));
        const int values[] = { counts.tickets, counts.responseBreaches, counts.restoreBreaches };
        const double barWidth = slot * 0.8 / 3.0;
        for (int k = 0; k < 3; ++k) {
            if (values[k] == 0)
                continue;
            const double x = plot.left() + slot * i + slot * 0.1 + barWidth * k;
            painter.fillRect(QRectF(x, yOf(values[k]), barWidth, plot.bottom() - yOf(values[k])), colours[k]);
        }
        // January (or the first month) under the axis, with its year.
        if (axis.at(i).month() == 1 || i == 0) {
            painter.setPen(S::muted());
            painter.drawText(
                QRectF(plot.left() + slot * i, plot.bottom() + S::mm(1), S::mm(30), axisHeight - S::mm(1)),
                Qt::AlignLeft | Qt::AlignTop, locale.toString(axis.at(i), QStringLiteral("MMM yyyy")));
        }
    }
    const QString labels[]
        = { language.translate("ReportSla", "Tickets"), language.translate("ReportSla", "Late response"),
              language.translate("ReportSla", "Late restoration") };
    double x = plot.left();
    const QFontMetricsF metrics(font);
    for (int k = 0; k < 3; ++k) {
        painter.fillRect(QRectF(x, rect.top() + S::mm(1), S::mm(3), S::mm(3)), colours[k]);
        painter.setPen(S::text());
        painter.drawText(QPointF(x + S::mm(4), rect.top() + S::mm(1) + metrics.ascent()), labels[k]);
        x += S::mm(6) + metrics.horizontalAdvance(labels[k]);
    }
    painter.restore();
}

} // namespace Plafond
