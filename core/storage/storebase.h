// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "identityrestorer.h"
#include "sqltable.h"

#include "domain/result.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <initializer_list>
#include <map>
#include <memory>

namespace Plafond {

// What every store shares: its connection, its prepared statements (prepared once, reused), the
// execution of a statement into a Result, the generated row writes of a declared Table, and the one
// transaction helper. A store is cheap to make: make one where it is needed, on the thread that uses
// its Database (one connection per thread; jobs open their own).
class StoreBase
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
public:
    explicit StoreBase(Database &database);
    virtual ~StoreBase();
    StoreBase(const StoreBase &) = delete;
    StoreBase &operator=(const StoreBase &) = delete;

    Database &database() { return m_database; }

    // Runs work() inside one transaction (joining an outer one when there is one) and commits when it
    // succeeds; rolls everything back when it fails. The only place a store opens a transaction.
    template<typename Work>
    Status withTransaction(Work &&work)
    {
        TransactionGuard guard(m_database);
        if (!guard.isActive())
            return Error::database(guard.errorText());
        if (Status status = work(); !status)
            return status;
        if (!guard.commit())
            return Error::database(tr("The change could not be committed."));
        return {};
    }

protected:
    // A transaction that saves one entity: on failure its identifier and row version get back the values
    // they came with (the ones handed out inside the transaction were never stored).
    template<typename Work>
    Status saveWithIdentity(Id &id, qint64 &rowVersion, Work &&work)
    {
        IdentityRestorer identity(id, rowVersion);
        Status status = withTransaction(std::forward<Work>(work));
        identity.keep(status.ok());
        return status;
    }

    // The statement, prepared once, finished and ready for its values.
    QSqlQuery &prepared(const QString &sql);
    // Prepares, binds and executes: the query positioned before its first row, or the database's error.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values = {});
    Status exec(QSqlQuery &query);

    // Every row of a query, each read by `read(SqlRow &)`.
    template<typename T, typename Read>
    Result<QList<T>> readAll(const QString &sql, const QVariantList &values, Read &&read)
    {
        auto query = run(sql, values);
        if (!query)
            return query.error();
        QList<T> list;
        while ((*query)->next()) {
            SqlRow row(**query);
            list << read(row);
        }
        return list;
    }
    // The first row of a query, or Error::notFound(notFound).
    template<typename T, typename Read>
    Result<T> readOne(const QString &sql, const QVariantList &values, Read &&read, const QString &notFound = QString())
    {
        auto query = run(sql, values);
        if (!query)
            return query.error();
        if (!(*query)->next())
            return Error::notFound(notFound);
        SqlRow row(**query);
        T value = read(row);
        (*query)->finish(); // an open statement keeps a read lock on the file
        return value;
    }
    // The row of a declared table with this identifier, or Error::notFound(notFound).
    template<typename T, typename Read>
    Result<T> readById(const Table &table, Id id, Read &&read, const QString &notFound)
    {
        return readOne<T>(table.select() + QStringLiteral(" WHERE id = ?"), {id}, std::forward<Read>(read), notFound);
    }
    // The first column of the first row as a number (0 when there is no row).
    Result<qint64> readNumber(const QString &sql, const QVariantList &values = {});

    // The data columns of a declared table, written: inserted when new (or removed: undo brings it back
    // with its identifier), updated otherwise. A row version of 0 means "restore this state whatever is
    // stored" (undo, redo); otherwise the update applies only to the version that was read, so that a
    // concurrent edit is never overwritten.
    Status insertOrUpdate(const Table &table, Id &id, qint64 &rowVersion, const QVariantList &values);
    // A new row (with `id` when not 0: restoring a removed one), written at `now`: its identifier. For
    // a batch that writes many rows at one time (an import).
    Result<Id> insertNew(const Table &table, const QVariantList &values, const QString &now, Id id = 0);
    // insertOrUpdate() of a row nobody edits concurrently (lines, holders, logs): no version kept.
    Status insertRow(const Table &table, Id &id, const QVariantList &values);
    Status removeRow(const Table &table, Id id);
    // removeRow() unless `usesSql` (bound to `values`) counts a use of the row: then `inUse` is the error.
    Status removeUnused(const Table &table, Id id, const QString &usesSql, const QVariantList &values,
                        const QString &inUse);
    // The statement run inside its own transaction (joining an outer one).
    Status execInTransaction(const QString &sql, const QVariantList &values);

    static Error fail(const QString &message) { return Error::rule(message); }
    // TextRules::problem() of each (name, text), as the error of the first that fails.
    static Status checkTexts(std::initializer_list<std::pair<QString, QString>> fields);

private:
    Database &m_database;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace Plafond
