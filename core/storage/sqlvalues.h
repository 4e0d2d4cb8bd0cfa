// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QVariant>

namespace Plafond::SqlValues {

// How storage writes and reads the values every table shares, once for every store: dates as
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

// An optional amount in cents, or a typed NULL.
inline QVariant cents(const std::optional<Money> &money)
{
    return money ? QVariant(money->cents()) : QVariant(QMetaType::fromType<qint64>());
}

inline QVariant optionalInt64(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

// The one format of created_at and updated_at: UTC, ISO 8601 with milliseconds.
inline QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace Plafond::SqlValues
