// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/consumption.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRectF>

class QPainter;

namespace Plafond {

// The dashboard's four charts drawn as vectors with QPainter, for the PDF report (and its preview): lines,
// rectangles and real text, so that they print sharp and their labels can be searched. Each draws inside
// `rect` (report units, see ReportStyle) from the engine's figures alone; money leaves integer cents only
// here, to become coordinates.
class ReportCharts
{
public:
    // Each lot's ordered amount stacked by step (paid, invoiced, done, ordered) against its maximum, on a
    // percentage axis (lots differ too much in size for one amount axis), with the contract's thresholds.
    static void lotConsumption(QPainter &painter, const QRectF &rect, const ContractConsumption &consumption,
        const Catalogue &language);
    // The cumulative ordered amount month by month, the maximum, the as-of date and the forecast.
    static void cumulativeOrdered(QPainter &painter, const QRectF &rect,
        const ContractConsumption &consumption, const Catalogue &language);
    // Ordered per ministry (top-level beneficiaries, their directions rolled up), largest first.
    static void ministrySpending(QPainter &painter, const QRectF &rect,
        const ContractConsumption &consumption, const Catalogue &language);
    // Ordered quantity of each work-unit code (lots summed) against its budget, and its share of the amount.
    static void workUnitMix(QPainter &painter, const QRectF &rect, const ContractConsumption &consumption,
        const Catalogue &language);
};

} // namespace Plafond
