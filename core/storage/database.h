// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Plafond {

// One open database: an SQLite file, or a PostgreSQL server named by a postgresql:// URL.
// The only place that knows the dialect differences; every table it creates has an integer primary key,
// created_at / updated_at timestamps and a row_version for optimistic locking.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class OpenMode { CreateIfMissing, MustExist };
    enum class Dialect { SQLite, PostgreSQL };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (and, for a file, creates) the database, then migrates an older schema after a backup copy.
    // A database of a newer schema is refused, untouched.
    bool open(const QString &location, OpenMode mode, QString *error = nullptr);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    Dialect dialect() const { return m_dialect; }
    QString location() const { return m_location; }
    int schemaVersion() const;
    QString backupPath() const { return m_backupPath; } // the copy made before the last migration, if any

    static int latestSchemaVersion();
    static bool isServerUrl(const QString &location);

    // For tests of the migration path: create a database exactly as schema version `version` left it.
    bool createAtVersion(const QString &path, int version, QString *error = nullptr);

    // Nesting of TransactionGuard: only the outermost guard talks to the server.
    int transactionDepth = 0;
    bool transactionFailed = false;

private:
    bool connect(const QString &location, QString *error);
    bool migrate(int from, int to, QString *error);
    QStringList migrationStatements(int version) const;

    QString m_connectionName;
    QString m_location;
    QString m_backupPath;
    Dialect m_dialect = Dialect::SQLite;
};

// RAII transaction: rolls back unless commit() was called. Nested guards join the outer transaction,
// and a nested guard that is not committed makes the whole transaction roll back.
class TransactionGuard
{
public:
    explicit TransactionGuard(Database &database);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    Database &m_database;
    bool m_entered = false; // this guard counts in the database's nesting depth
    bool m_active = false;
    bool m_done = false;
};

} // namespace Plafond
