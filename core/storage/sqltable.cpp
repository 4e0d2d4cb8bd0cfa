// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqltable.h"

#include "sqlvalues.h"

namespace Plafond {

namespace {

QString insertOf(const QString &table, QStringList columns, bool withId)
{
    if (withId)
        columns.prepend(QStringLiteral("id"));
    columns << QStringLiteral("created_at") << QStringLiteral("updated_at");
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
        .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
}

QString updateOf(const QString &table, const QStringList &columns, bool checkVersion)
{
    QStringList assignments;
    for (const QString &column : columns)
        assignments << column + QStringLiteral(" = ?");
    QString sql = QStringLiteral("UPDATE %1 SET %2, updated_at = ?, row_version = row_version + 1 WHERE id = ?")
                      .arg(table, assignments.join(QStringLiteral(", ")));
    if (checkVersion)
        sql += QStringLiteral(" AND row_version = ?");
    return sql;
}

} // namespace

Table::Table(QString name, QStringList columns)
    : m_name(std::move(name)), m_columns(std::move(columns)),
      m_insert{insertOf(m_name, m_columns, false), insertOf(m_name, m_columns, true)},
      m_update{updateOf(m_name, m_columns, false), updateOf(m_name, m_columns, true)}
{
}

QString Table::selectList(const QString &alias) const
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QStringList list{prefix + QStringLiteral("id")};
    for (const QString &column : m_columns)
        list << prefix + column;
    list << prefix + QStringLiteral("row_version");
    return list.join(QStringLiteral(", "));
}

QString Table::select(const QString &alias) const
{
    return QStringLiteral("SELECT %1 FROM %2%3")
        .arg(selectList(alias), m_name, alias.isEmpty() ? QString() : QLatin1Char(' ') + alias);
}

std::optional<Money> SqlRow::optionalMoney()
{
    const QVariant value = raw();
    if (value.isNull())
        return std::nullopt;
    return Money::fromCents(value.toLongLong());
}

std::optional<qint64> SqlRow::optionalInt64()
{
    const QVariant value = raw();
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QDate SqlRow::date()
{
    return SqlValues::toDate(raw());
}

QDate SqlRow::month()
{
    const QVariant value = raw();
    return value.isNull() ? QDate() : QDate::fromString(value.toString() + QStringLiteral("-01"), Qt::ISODate);
}

} // namespace Plafond
