// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Plafond {

// One table, declared once (storage/tables.cpp): its name and its data columns, in the order in which
// the row's reader reads them and its writer lists their values. Every statement on a whole row (the
// select list, the insert, the update) is generated from the declaration, so that adding a column is one
// line here plus one in the reader and one in the writer. Every table also has id, created_at,
// updated_at and row_version (storage/database.cpp creates them), which the declaration leaves implicit.
class Table
{
public:
    Table(QString name, QStringList columns);

    const QString &name() const { return m_name; }
    const QStringList &columns() const { return m_columns; }

    // "a.id, a.c1, …, a.cN, a.row_version": what readers read, in that order (SqlRow).
    QString selectList(const QString &alias = QString()) const;
    // "SELECT <selectList> FROM name alias".
    QString select(const QString &alias = QString()) const;
    // INSERT of the data columns (and of the id, to restore a removed row), created_at and updated_at,
    // RETURNING the id.
    const QString &insertStatement(bool withId) const { return m_insert[withId ? 1 : 0]; }
    // UPDATE of the data columns and updated_at by id, bumping the row version; with checkVersion, only
    // when the row version is still the one that was read.
    const QString &updateStatement(bool checkVersion) const { return m_update[checkVersion ? 1 : 0]; }

private:
    QString m_name;
    QStringList m_columns;
    // Generated once, with the declaration: a write of a row does not build its SQL again.
    QString m_insert[2];
    QString m_update[2];
};

// Reads one row column after column, in the order of a Table's selectList() (id first, row version last)
// or of any select list: each row type is read by one function that calls these in that order.
class SqlRow
{
public:
    explicit SqlRow(const QSqlQuery &query, int first = 0) : m_query(query), m_next(first) {}

    QVariant raw() { return m_query.value(m_next++); }
    Id id() { return raw().toLongLong(); }
    Id optionalId() { return raw().toLongLong(); } // NULL reads as 0
    QString text() { return raw().toString(); }
    int integer() { return raw().toInt(); }
    qint64 int64() { return raw().toLongLong(); }
    bool flag() { return raw().toInt() != 0; }
    Money money() { return Money::fromCents(raw().toLongLong()); }
    std::optional<Money> optionalMoney();
    std::optional<qint64> optionalInt64();
    QDate date();
    // "YYYY-MM" as the first day of that month.
    QDate month();
    void skip(int columns = 1) { m_next += columns; }

private:
    const QSqlQuery &m_query;
    int m_next;
};

} // namespace Plafond
