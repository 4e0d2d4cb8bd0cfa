// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardvalues.h"

namespace Plafond {

std::optional<qint64> DashboardValues::percentHundredths(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return mulDivRounded(part, 10000, whole);
}

namespace {

// Built from integers rather than a double, so that 70.00 % is never shown as 69.99 %.
QString percentNumber(qint64 hundredths, const QLocale &locale)
{
    const qint64 magnitude = hundredths < 0 ? -hundredths : hundredths;
    QString number = locale.toString(magnitude / 100) + locale.decimalPoint()
                     + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    if (hundredths < 0)
        number.prepend(locale.negativeSign());
    return number;
}

} // namespace

QString DashboardValues::percentText(qint64 hundredths, const QLocale &locale)
{
    //: A percentage: %1 is the number. French puts a (non-breaking) space before the sign.
    return tr("%1%").arg(percentNumber(hundredths, locale));
}

QString DashboardValues::percentText(qint64 hundredths, const Catalogue &language)
{
    return language.translate("DashboardValues", "%1%").arg(percentNumber(hundredths, language.locale()));
}

} // namespace Plafond
