// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardstyle.h"

namespace Plafond::DashboardStyle {

Colours coloursFor(bool dark)
{
    if (dark) {
        return {QColor(0x43a047), QColor(0x9ccc65), QColor(0x4fc3f7), QColor(0x90a4ae),
                QColor(0x64b5f6), QColor(0xef5350), QColor(0xffb74d), QColor(0xbdbdbd),
                QColor(0x64b5f6), QColor(0x90a4ae), QColor(0xb39ddb),
                QColor(0xffe082), QColor(0xffab40), QColor(0xff6e6e)};
    }
    return {QColor(0x2e7d32), QColor(0x8bc34a), QColor(0x29b6f6), QColor(0xb0bec5),
            QColor(0x1565c0), QColor(0xc62828), QColor(0xef6c00), QColor(0x616161),
            QColor(0x1e88e5), QColor(0x90a4ae), QColor(0x5e35b1),
            QColor(0x8a6d00), QColor(0xd35400), QColor(0xc62828)};
}

QFont scaled(QFont font, qreal factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qRound(font.pixelSize() * factor));
    return font;
}

QPen linePen(const QColor &colour, qreal width, Qt::PenStyle style)
{
    QPen pen(colour, width, style);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

} // namespace Plafond::DashboardStyle
