// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDate>
#include <QMetaType>
#include <QVariant>

namespace Plafond::SqlValues {

// How storage writes and reads the values every table shares, once for every repository file: dates as
// 'YYYY-MM-DD' text (NULL when unset), optional identifiers as NULL when 0.
inline QVariant date(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

inline QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

inline QVariant optionalId(Id id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace Plafond::SqlValues
