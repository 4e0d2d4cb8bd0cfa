// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace Plafond {

// One published monthly value of a price index (Syntec), in tenths of a point (280.6 → 2806): never a double.
struct IndexValue
{
    QDate month; // first day of the month
    enum class Series { Old, Revised } series = Series::Revised;
    qint64 tenths = 0;
    QString source;
    QString note;
    QDate supersededOn; // set on a value replaced by a correction, kept as history
};

} // namespace Plafond
