// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QSqlError;

namespace Plafond {

// One open database: an SQLite file, or a PostgreSQL server named by a postgresql:// URL.
// The only place that knows the dialect differences; every table it creates has an integer primary key,
// created_at / updated_at timestamps and a row_version for optimistic locking.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    // CreateIfMissing and MustExist open for writing: they migrate an older schema (after a backup copy) and
    // say so in migrationNotice(). ReadOnly never writes: an empty file, a file of an older schema or a
    // server database without Plafond's schema is refused, untouched.
    enum class OpenMode { CreateIfMissing, MustExist, ReadOnly };
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
    // "Migrated … from schema version N to M; the previous file is kept as …", after open() migrated.
    QString migrationNotice() const { return m_migrationNotice; }
    bool isReadOnly() const { return m_readOnly; }

    // The location as it may be shown or stored: a server URL without its password.
    static QString displayLocation(const QString &location);
    // The message for a database another connection holds locked past the busy timeout.
    static QString busyMessage();
    // Whether an SQL error means "locked by another connection" (SQLite BUSY or LOCKED, PostgreSQL lock
    // timeouts and serialization failures).
    static bool isBusyError(const QSqlError &error);
    // How long SQLite waits for another writer before giving up, in milliseconds (PLAFOND_BUSY_TIMEOUT_MS,
    // default 5000).
    static int busyTimeoutMs();

    static int latestSchemaVersion();
    static bool isServerUrl(const QString &location);

    // For tests of the migration path: create a database exactly as schema version `version` left it.
    bool createAtVersion(const QString &path, int version, QString *error = nullptr);

    // Nesting of TransactionGuard: only the outermost guard talks to the server.
    int transactionDepth = 0;
    bool transactionFailed = false;

private:
    bool connect(const QString &location, bool readOnly, QString *error);
    // The schema version, 0 for a database without Plafond's meta table; nullopt (and *error) when the
    // database cannot be read, busy or not.
    std::optional<int> readSchemaVersion(QString *error) const;
    bool hasTables() const; // true when in doubt
    bool migrate(int from, int to, QString *error);
    QStringList migrationStatements(int version) const;

    QString m_connectionName;
    QString m_location;
    QString m_backupPath;
    QString m_migrationNotice;
    bool m_readOnly = false;
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
    // Why the transaction could not start: busyMessage() when another connection writes, else the
    // database's own words.
    QString errorText() const { return m_errorText; }

private:
    Database &m_database;
    bool m_entered = false; // this guard counts in the database's nesting depth
    bool m_active = false;
    bool m_done = false;
    QString m_errorText;
};

} // namespace Plafond
