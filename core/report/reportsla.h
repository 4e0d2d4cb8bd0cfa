// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/catalogue.h"
#include "engine/sla.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRectF>
#include <QStringList>

#include <functional>
#include <memory>

class QPainter;

namespace Plafond {

struct Stores;

// What the "Support and SLA" section of a contract's report shows (issue 5): read once in the report's
// first pass, drawn in the second without the database.
struct SlaReport
{
    QDate asOf;
    SlaStatistics statistics;
    QList<Lot> lots;
    QList<SlaTarget> targets;
    QHash<Id, WorkingHours> hours;
    QHash<Id, QString> componentNames;
};

// The section "Support and SLA" of a contract's PDF summary: the SLA targets and calendars, the tickets and
// their breaches per lot and per component, and a chart of tickets and breaches per month. The section is
// described as blocks (subheadings, paragraphs, tables, charts) that the report builder lays out with its
// own page breaking, so that it looks and breaks like every other section.
class ReportSla
{
public:
    struct Table
    {
        QStringList titles;
        QList<double> widths; // fractions of the body's width
        QList<bool> rightAligned;
        QList<QStringList> rows;
        bool lastIsTotal = false;
    };
    struct Block
    {
        enum class Kind
        {
            Subheading,
            Paragraph,
            Note,
            Table,
            Chart
        };
        Kind kind = Kind::Paragraph;
        QString text; // subheading, paragraph, note, or the chart's title
        Table table;
        double height = 0; // of the chart, in report units (ReportStyle)
        std::function<void(QPainter &, const QRectF &)> draw;

        static Block of(Kind kind, const QString &text)
        {
            Block block;
            block.kind = kind;
            block.text = text;
            return block;
        }
        // A table block with its header and columns; the rows are added after.
        static Block tableOf(
            const QStringList &titles, const QList<double> &widths, const QList<bool> &rightAligned)
        {
            Block block;
            block.kind = Kind::Table;
            block.table.titles = titles;
            block.table.widths = widths;
            block.table.rightAligned = rightAligned;
            return block;
        }
    };

    // Null when the contract has no ticket opened by the end of `asOf` (the section is then left out), or
    // on a storage error, which *error then says.
    static std::shared_ptr<const SlaReport> read(
        Stores &stores, Id contractId, const QDate &asOf, QString *error = nullptr);
    // In the report's language, which the chart keeps for its drawing.
    static QList<Block> blocks(
        const std::shared_ptr<const SlaReport> &report, const std::shared_ptr<const Catalogue> &language);
    // The section's figures for the report's fingerprint, one record a line (fields in order).
    static QList<QStringList> figures(const SlaReport &report);
    // Tickets, response and restore breaches per month as grouped bars.
    static void monthlyChart(
        QPainter &painter, const QRectF &rect, const SlaReport &report, const Catalogue &language);
    // "Mon–Fri 09:00–18:00, public holidays off", in the locale's day names.
    // The application's translation with `locale` (the interface), or the given language's (the report).
    static QString calendar(const WorkingHours &hours, const QLocale &locale);
    static QString calendar(const WorkingHours &hours, const Catalogue &language);
    // "4 h", "1 h 30 min", "45 min".
    static QString duration(qint64 minutes, const Catalogue &language);
};

} // namespace Plafond
