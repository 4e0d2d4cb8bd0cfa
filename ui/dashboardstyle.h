// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPen>

namespace Plafond {

// The dashboard's look, shared by its figures, its charts and its alerts table.
namespace DashboardStyle {

// Colours that read on the light and on the dark palette alike, each in a light and a dark variant.
struct Colours
{
    QColor paid, invoiced, done, ordered;
    QColor line, maximum, threshold, asOf;
    QColor ministry, share, budget;
    QColor info, warning, critical; // alert severities, as text
};

Colours coloursFor(bool dark);

// The font, larger or smaller; a font sized in pixels (some platform themes) is scaled in pixels.
QFont scaled(QFont font, qreal factor);

QPen linePen(const QColor &colour, qreal width, Qt::PenStyle style = Qt::SolidLine);

} // namespace DashboardStyle

} // namespace Plafond
