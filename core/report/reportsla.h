// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    Q_DECLARE_TR_FUNCTIONS(ReportSla)
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
    };

    // Null when the contract has no ticket opened by the end of `asOf` (the section is then left out), or
    // on a storage error, which *error then says.
    static std::shared_ptr<const SlaReport> read(
        Stores &stores, Id contractId, const QDate &asOf, QString *error = nullptr);
    static QList<Block> blocks(const std::shared_ptr<const SlaReport> &report, const QLocale &locale);
    // The section's figures for the report's fingerprint, one record a line (fields in order).
    static QList<QStringList> figures(const SlaReport &report);
    // Tickets, response and restore breaches per month as grouped bars.
    static void monthlyChart(
        QPainter &painter, const QRectF &rect, const SlaReport &report, const QLocale &locale);
    // "Mon–Fri 09:00–18:00, public holidays off", in the locale's day names.
    static QString calendar(const WorkingHours &hours, const QLocale &locale);
    // "4 h", "1 h 30 min", "45 min".
    static QString duration(qint64 minutes, const QLocale &locale);
};

} // namespace Plafond
