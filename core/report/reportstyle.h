// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>

namespace Plafond {

// The report's units, fonts and colours, shared by the page layout and the charts.
// Everything is laid out in dots of a 1200 dpi page (QPdfWriter's own resolution), with fonts sized in
// pixels of that page: the same numbers then draw the same page on the PDF and, through a scaled painter,
// on a preview image of any resolution, with no point-size conversion depending on the device.
struct ReportStyle
{
    static constexpr int Dpi = 1200;
    static constexpr double mm(double millimetres) { return millimetres * Dpi / 25.4; }
    static constexpr double pt(double points) { return points * Dpi / 72.0; }

    static QFont font(double points, bool bold = false)
    {
        // DejaVu Sans is on every Debian desktop and has the narrow no-break space French amounts use;
        // the style hint picks another sans-serif elsewhere. No hinting: metrics must not depend on the device.
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setStyleHint(QFont::SansSerif);
        f.setHintingPreference(QFont::PreferNoHinting);
        f.setPixelSize(int(pt(points) + 0.5));
        // Any letter spacing makes Qt shape without ligatures: "fi" stays two letters in the PDF's text, so
        // that searching and copying "Beneficiary" finds it (a ligature would come out as U+FB01). A 64th of
        // a dot at 1200 dpi does not show.
        f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
        f.setBold(bold);
        return f;
    }

    static QColor text() { return QColor(0x20, 0x20, 0x20); }
    static QColor muted() { return QColor(0x60, 0x60, 0x60); }
    static QColor rule() { return QColor(0xb0, 0xb0, 0xb0); }
    static QColor shade() { return QColor(0xf0, 0xf2, 0xf5); }
    static QColor accent() { return QColor(0x1f, 0x4e, 0x8c); }
    static QColor danger() { return QColor(0xc0, 0x39, 0x2b); }
    static QColor warning() { return QColor(0xe6, 0x7e, 0x22); }
    // Lifecycle steps, from the least to the most advanced: ordered, done, invoiced, paid.
    static QColor ordered() { return QColor(0xa9, 0xc7, 0xe8); }
    static QColor done() { return QColor(0x6f, 0xa0, 0xd4); }
    static QColor invoiced() { return QColor(0x3a, 0x73, 0xb5); }
    static QColor paid() { return QColor(0x1f, 0x4e, 0x8c); }
};

} // namespace Plafond
