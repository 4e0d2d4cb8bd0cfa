// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/catalogue.h"
#include "domain/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace Plafond {

// The units the dashboard's charts plot, and the texts of its percentages. Money stays in integer cents
// everywhere else: these conversions to double are the chart boundary, written once so that the charts and
// the tests that check them convert the same way.
class DashboardValues
{
    Q_DECLARE_TR_FUNCTIONS(DashboardValues)
public:
    // Amount axes are in thousands of euros: a 12 M€ contract and a 600 k€ lot both read with few digits.
    static double kiloEuros(Money amount) { return double(amount.cents()) / 100000.0; }
    // part / whole in percent; 0 when there is no whole to compare with.
    static double percent(qint64 part, qint64 whole)
    {
        return whole > 0 ? 100.0 * double(part) / double(whole) : 0.0;
    }
    // A quantity in thousandths of a unit, in units.
    static double units(qint64 milli) { return double(milli) / 1000.0; }
    // X coordinate of a date on a QDateTimeAxis: milliseconds since the epoch at the start of the local day,
    // as Qt Charts itself converts dates.
    static double time(const QDate &date) { return double(date.startOfDay().toMSecsSinceEpoch()); }

    // part / whole in hundredths of a percent (9296 = 92.96 %), rounded half away from zero; nothing without
    // a whole.
    static std::optional<qint64> percentHundredths(qint64 part, qint64 whole);
    // "92.96%" / "92,96 %": exact, from hundredths, in the locale's digits.
    static QString percentText(qint64 hundredths, const QLocale &locale = QLocale());
    // The same in a language of its own (the report): its locale, its translation of the sign.
    static QString percentText(qint64 hundredths, const Catalogue &language);
};

} // namespace Plafond
