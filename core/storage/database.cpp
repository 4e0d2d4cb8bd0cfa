// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace Plafond {

namespace {

// Schema version 1: the domain of the foundation. Written once and never edited: later changes are
// new versions below, so that any older file migrates step by step.
// %ID% and %TS% are replaced by the dialect's identity column and timestamp default.
const char *const schemaV1[] = {
    "CREATE TABLE meta (id %ID%, key TEXT NOT NULL UNIQUE, value TEXT NOT NULL, %TS%)",
    "CREATE TABLE contracts (id %ID%, reference TEXT NOT NULL UNIQUE, title TEXT NOT NULL, buyer TEXT NOT NULL,"
    " notified_on TEXT, start_on TEXT, duration_months INTEGER NOT NULL DEFAULT 0,"
    " firm_months INTEGER NOT NULL DEFAULT 0, renewal_count INTEGER NOT NULL DEFAULT 0,"
    " renewal_months INTEGER NOT NULL DEFAULT 0, min_ht_cents BIGINT, max_ht_cents BIGINT NOT NULL,"
    " awarded_ht_cents BIGINT, vat_basis_points INTEGER NOT NULL DEFAULT 2000,"
    " revision_index TEXT NOT NULL DEFAULT '', revision_base_month TEXT NOT NULL DEFAULT '',"
    " revision_fixed_part TEXT NOT NULL DEFAULT '', revision_clause TEXT NOT NULL DEFAULT '',"
    " components_in_scope INTEGER NOT NULL DEFAULT 0, demo INTEGER NOT NULL DEFAULT 0, %TS%)",
    "CREATE TABLE lots (id %ID%, contract_id BIGINT NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,"
    " number INTEGER NOT NULL, title TEXT NOT NULL, min_ht_cents BIGINT, max_ht_cents BIGINT NOT NULL, %TS%,"
    " UNIQUE (contract_id, number))",
    "CREATE TABLE holders (id %ID%, lot_id BIGINT NOT NULL REFERENCES lots(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, name TEXT NOT NULL, siret TEXT NOT NULL DEFAULT '', role TEXT NOT NULL, %TS%)",
    "CREATE TABLE beneficiaries (id %ID%, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
    " parent_id BIGINT REFERENCES beneficiaries(id), %TS%)",
    "CREATE TABLE work_units (id %ID%, lot_id BIGINT NOT NULL REFERENCES lots(id) ON DELETE CASCADE,"
    " code TEXT NOT NULL, label_fr TEXT NOT NULL, label_en TEXT NOT NULL, unit TEXT NOT NULL, %TS%,"
    " UNIQUE (lot_id, code))",
    "CREATE TABLE unit_prices (id %ID%, work_unit_id BIGINT NOT NULL REFERENCES work_units(id) ON DELETE CASCADE,"
    " effective_from TEXT NOT NULL, price_ht_cents BIGINT NOT NULL, %TS%, UNIQUE (work_unit_id, effective_from))",
    "CREATE TABLE work_unit_budgets (id %ID%, work_unit_id BIGINT NOT NULL REFERENCES work_units(id) ON DELETE CASCADE,"
    " year INTEGER NOT NULL, quantity_milli BIGINT NOT NULL, %TS%, UNIQUE (work_unit_id, year))",
    "CREATE TABLE allocations (id %ID%, lot_id BIGINT NOT NULL REFERENCES lots(id) ON DELETE CASCADE,"
    " beneficiary_id BIGINT NOT NULL REFERENCES beneficiaries(id), amount_ht_cents BIGINT,"
    " work_unit_id BIGINT REFERENCES work_units(id) ON DELETE CASCADE, quantity_milli BIGINT, %TS%)",
    "CREATE TABLE orders (id %ID%, lot_id BIGINT NOT NULL REFERENCES lots(id),"
    " beneficiary_id BIGINT NOT NULL REFERENCES beneficiaries(id), number TEXT NOT NULL,"
    " commitment_number TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, created_on TEXT, issued_on TEXT,"
    " done_on TEXT, invoiced_on TEXT, paid_on TEXT, cancelled_on TEXT,"
    " ceiling_override INTEGER NOT NULL DEFAULT 0, override_reason TEXT NOT NULL DEFAULT '', %TS%,"
    " UNIQUE (lot_id, number))",
    "CREATE TABLE order_lines (id %ID%, order_id BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, work_unit_id BIGINT NOT NULL REFERENCES work_units(id),"
    " quantity_milli BIGINT NOT NULL, unit_price_ht_cents BIGINT NOT NULL, amount_ht_cents BIGINT NOT NULL, %TS%)",
    "CREATE TABLE amendments (id %ID%, contract_id BIGINT NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,"
    " lot_id BIGINT REFERENCES lots(id) ON DELETE CASCADE, signed_on TEXT NOT NULL,"
    " delta_max_ht_cents BIGINT NOT NULL DEFAULT 0, delta_months INTEGER NOT NULL DEFAULT 0,"
    " reason TEXT NOT NULL DEFAULT '', %TS%)",
};

// Schema version 2: the log of ceiling overrides (who went past a lot's maximum, by how much, and why),
// and the indexes the orders table needs at 200,000 orders.
const char *const schemaV2[] = {
    "CREATE TABLE ceiling_overrides (id %ID%, order_id BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,"
    " lot_id BIGINT NOT NULL REFERENCES lots(id) ON DELETE CASCADE, maximum_ht_cents BIGINT NOT NULL,"
    " ordered_before_ht_cents BIGINT NOT NULL, order_ht_cents BIGINT NOT NULL, reason TEXT NOT NULL,"
    " user_name TEXT NOT NULL DEFAULT '', %TS%)",
    "CREATE INDEX orders_lot ON orders (lot_id)",
    "CREATE INDEX orders_beneficiary ON orders (beneficiary_id)",
    "CREATE INDEX order_lines_order ON order_lines (order_id)",
    "CREATE INDEX lots_contract ON lots (contract_id)",
};

// Schema version 3: alert thresholds per contract, in percent of the maximum, ascending ("70,90,100").
const char *const schemaV3[] = {
    "ALTER TABLE contracts ADD COLUMN alert_thresholds TEXT NOT NULL DEFAULT '70,90,100'",
};

// Schema version 4: the component catalogue (SILL) and which lots cover each component. The SILL identifier
// is the key, so that a re-import updates instead of duplicating.
const char *const schemaV4[] = {
    "CREATE TABLE components (id %ID%, sill_id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
    " function TEXT NOT NULL DEFAULT '', category TEXT NOT NULL DEFAULT '', licence TEXT NOT NULL DEFAULT '',"
    " version_min TEXT NOT NULL DEFAULT '', version_max TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '',"
    " support_contract INTEGER NOT NULL DEFAULT 0, %TS%)",
    "CREATE TABLE component_lots (id %ID%, component_id BIGINT NOT NULL REFERENCES components(id) ON DELETE CASCADE,"
    " lot_id BIGINT NOT NULL REFERENCES lots(id) ON DELETE CASCADE, %TS%, UNIQUE (component_id, lot_id))",
    "CREATE INDEX component_lots_lot ON component_lots (lot_id)",
};

// Schema version 5: the monthly values of the price revision index (Syntec), in tenths of a point. A value
// corrected after publication supersedes the current row, which is kept as history (superseded_on set).
const char *const schemaV5[] = {
    "CREATE TABLE index_values (id %ID%, index_name TEXT NOT NULL, month TEXT NOT NULL, series TEXT NOT NULL,"
    " value_tenths BIGINT NOT NULL, source TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',"
    " superseded_on TEXT, %TS%)",
    "CREATE INDEX index_values_month ON index_values (index_name, month)",
};

// Schema version 6: issues 5 and 6 — support tickets and their SLA, upstream contributions, declared use of
// components, the revision dates and rounding of the price clause, and what the DECP import needs.
const char *const schemaV6[] = {
    // Revision clause: the dates (ascending "YYYY-MM-DD,…"; empty: each anniversary of the start) and the
    // rounding of the clause (see engine/pricerevision.*; empty: the default).
    "ALTER TABLE contracts ADD COLUMN revision_dates TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contracts ADD COLUMN revision_rounding TEXT NOT NULL DEFAULT ''",
    // DECP: the published identifier, the buyer's SIRET and, as JSON, the published fields Plafond does not
    // model (kept so that an export gives back what was imported).
    "ALTER TABLE contracts ADD COLUMN decp_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contracts ADD COLUMN buyer_siret TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contracts ADD COLUMN decp_extra TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE amendments ADD COLUMN decp_id TEXT NOT NULL DEFAULT ''",
    // The SLA calendar of a lot (empty: Monday to Friday, 9:00 to 18:00, French public holidays excluded).
    "ALTER TABLE lots ADD COLUMN working_hours TEXT NOT NULL DEFAULT ''",
    // A development work unit: its order lines must be contributed upstream.
    "ALTER TABLE work_units ADD COLUMN development INTEGER NOT NULL DEFAULT 0",
    "CREATE TABLE sla_targets (id %ID%, lot_id BIGINT NOT NULL REFERENCES lots(id) ON DELETE CASCADE,"
    " severity TEXT NOT NULL, response_minutes INTEGER NOT NULL, restore_minutes INTEGER NOT NULL, %TS%,"
    " UNIQUE (lot_id, severity))",
    "CREATE TABLE tickets (id %ID%, reference TEXT NOT NULL UNIQUE,"
    " lot_id BIGINT NOT NULL REFERENCES lots(id) ON DELETE CASCADE, component_id BIGINT REFERENCES components(id),"
    " beneficiary_id BIGINT REFERENCES beneficiaries(id), severity TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',"
    " opened_at TEXT NOT NULL, first_response_at TEXT, restored_at TEXT, closed_at TEXT, %TS%)",
    "CREATE INDEX tickets_lot ON tickets (lot_id, opened_at)",
    "CREATE TABLE contributions (id %ID%,"
    " order_line_id BIGINT NOT NULL REFERENCES order_lines(id) ON DELETE CASCADE,"
    " component_id BIGINT REFERENCES components(id), url TEXT NOT NULL, state TEXT NOT NULL,"
    " state_on TEXT NOT NULL, %TS%)",
    "CREATE INDEX contributions_line ON contributions (order_line_id)",
    "CREATE TABLE component_uses (id %ID%,"
    " beneficiary_id BIGINT NOT NULL REFERENCES beneficiaries(id) ON DELETE CASCADE,"
    " component_id BIGINT NOT NULL REFERENCES components(id) ON DELETE CASCADE, declared_on TEXT,"
    " note TEXT NOT NULL DEFAULT '', %TS%, UNIQUE (beneficiary_id, component_id))",
};

constexpr int latestVersion = 6;

template <std::size_t N>
QStringList toList(const char *const (&statements)[N])
{
    QStringList list;
    for (const char *statement : statements)
        list << QString::fromLatin1(statement);
    return list;
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("plafond-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    return latestVersion;
}

bool Database::isServerUrl(const QString &location)
{
    return location.startsWith(QStringLiteral("postgresql://")) || location.startsWith(QStringLiteral("postgres://"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = connection();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::displayLocation(const QString &location)
{
    if (!isServerUrl(location))
        return location;
    return QUrl(location).toDisplayString(QUrl::RemovePassword);
}

QString Database::busyMessage()
{
    return tr("The database is busy (another Plafond is writing); try again.");
}

bool Database::isBusyError(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // SQLite: SQLITE_BUSY (5), SQLITE_LOCKED (6) and their extended codes (code & 0xff); PostgreSQL:
    // lock_not_available, serialization_failure, deadlock_detected.
    bool numeric = false;
    const int value = code.toInt(&numeric);
    if (numeric)
        return (value & 0xff) == 5 || (value & 0xff) == 6;
    return code == QLatin1String("55P03") || code == QLatin1String("40001") || code == QLatin1String("40P01");
}

int Database::busyTimeoutMs()
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue("PLAFOND_BUSY_TIMEOUT_MS", &ok);
    return ok && value >= 0 ? value : 5000;
}

bool Database::connect(const QString &location, bool readOnly, QString *error)
{
    close();
    m_location = location;
    m_readOnly = readOnly;
    if (isServerUrl(location)) {
        m_dialect = Dialect::PostgreSQL;
        const QUrl url(location);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            if (error)
                *error = tr("Cannot connect to %1: %2").arg(displayLocation(location), db.lastError().text());
            return false;
        }
        if (readOnly) {
            QSqlQuery session(db);
            session.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
        }
        return true;
    }
    m_dialect = Dialect::SQLite;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(location);
    // Another writer is waited for, up to the busy timeout, instead of failing at once.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs());
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(location, db.lastError().text());
        return false;
    }
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    return true;
}

std::optional<int> Database::readSchemaVersion(QString *error) const
{
    QSqlDatabase db = connection();
    auto failed = [&](const QSqlError &sqlError) -> std::optional<int> {
        if (error)
            *error = isBusyError(sqlError) ? busyMessage()
                                           : tr("Cannot read %1: %2").arg(displayLocation(m_location), sqlError.text());
        return std::nullopt;
    };
    // Asked of the catalogue rather than QSqlDatabase::tables(), which answers "no table" when the file is
    // locked or unreadable: a busy database must never look empty (it would then be given a schema).
    QSqlQuery query(db);
    const QString hasMeta = m_dialect == Dialect::PostgreSQL
        ? QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                         " AND table_name = 'meta'")
        : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
    if (!query.exec(hasMeta) || !query.next())
        return failed(query.lastError());
    if (query.value(0).toLongLong() == 0)
        return 0;
    query.finish();
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(QStringLiteral("schema_version"));
    if (!query.exec())
        return failed(query.lastError());
    return query.next() ? query.value(0).toInt() : 0;
}

int Database::schemaVersion() const
{
    return readSchemaVersion(nullptr).value_or(0);
}

bool Database::hasTables() const
{
    QSqlQuery query(connection());
    const QString count = m_dialect == Dialect::PostgreSQL
        ? QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()")
        : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'");
    return !query.exec(count) || !query.next() || query.value(0).toLongLong() > 0;
}

QStringList Database::migrationStatements(int version) const
{
    QStringList statements;
    if (version == 1)
        statements = toList(schemaV1);
    else if (version == 2)
        statements = toList(schemaV2);
    else if (version == 3)
        statements = toList(schemaV3);
    else if (version == 4)
        statements = toList(schemaV4);
    else if (version == 5)
        statements = toList(schemaV5);
    else if (version == 6)
        statements = toList(schemaV6);
    const QString id = m_dialect == Dialect::PostgreSQL ? QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                                                        : QStringLiteral("INTEGER PRIMARY KEY");
    const QString timestamps = QStringLiteral("created_at TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL DEFAULT '',"
                                              " row_version INTEGER NOT NULL DEFAULT 1");
    for (QString &statement : statements)
        statement.replace(QStringLiteral("%ID%"), id).replace(QStringLiteral("%TS%"), timestamps);
    return statements;
}

bool Database::migrate(int from, int to, QString *error)
{
    TransactionGuard guard(*this);
    QSqlQuery query(connection());
    for (int version = from + 1; version <= to; ++version) {
        for (const QString &statement : migrationStatements(version)) {
            if (!query.exec(statement)) {
                if (error)
                    *error = tr("Migration to schema version %1 failed: %2").arg(QString::number(version), query.lastError().text());
                return false;
            }
        }
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    query.prepare(from == 0 ? QStringLiteral("INSERT INTO meta (key, value, created_at, updated_at) VALUES (:key, :value, :now, :now)")
                            : QStringLiteral("UPDATE meta SET value = :value, updated_at = :now, row_version = row_version + 1"
                                             " WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), QStringLiteral("schema_version"));
    query.bindValue(QStringLiteral(":value"), QString::number(to));
    query.bindValue(QStringLiteral(":now"), now);
    if (!query.exec()) {
        if (error)
            *error = tr("Cannot record schema version %1: %2").arg(QString::number(to), query.lastError().text());
        return false;
    }
    return guard.commit();
}

bool Database::open(const QString &location, OpenMode mode, QString *error)
{
    m_backupPath.clear();
    m_migrationNotice.clear();
    const bool server = isServerUrl(location);
    const bool readOnly = mode == OpenMode::ReadOnly;
    if (!server) {
        const QFileInfo info(location);
        if (info.isDir()) {
            if (error)
                *error = tr("%1 is a folder, not a database file.").arg(location);
            return false;
        }
        if (mode != OpenMode::CreateIfMissing && !info.exists()) {
            if (error)
                *error = tr("%1: no such database file").arg(location);
            return false;
        }
        if (!info.exists() && !info.absoluteDir().exists()) {
            if (error)
                *error = tr("%1: the folder %2 does not exist").arg(location, QDir::toNativeSeparators(info.absolutePath()));
            return false;
        }
        if (readOnly && info.size() == 0) {
            if (error)
                *error = tr("%1 is not a Plafond database (the file is empty).").arg(location);
            return false;
        }
        if (info.size() > 0) {
            // SQLite opens any file and fails only at the first statement: say what the file is not, untouched.
            QFile file(location);
            if (file.open(QIODevice::ReadOnly) && file.read(16) != QByteArray("SQLite format 3\0", 16)) {
                if (error)
                    *error = tr("%1 is not a Plafond database.").arg(location);
                return false;
            }
        }
        if (!readOnly && info.exists() && !info.isWritable()) {
            if (error)
                *error = tr("%1 is read-only: Plafond cannot write to it.").arg(location);
            return false;
        }
    }
    if (!connect(location, readOnly, error))
        return false;
    auto refuse = [&](const QString &message) {
        if (error)
            *error = message;
        close();
        return false;
    };
    const std::optional<int> read = readSchemaVersion(error);
    if (!read) {
        close();
        return false;
    }
    const int version = *read;
    const QString shown = displayLocation(location);
    if (version > latestVersion)
        return refuse(tr("%1 was written by a newer version of Plafond (schema version %2; this version reads up to %3)."
                         " Open it with a newer Plafond.").arg(shown, QString::number(version), QString::number(latestVersion)));
    if (version == 0 && (readOnly || hasTables()))
        return refuse(tr("%1 is not a Plafond database.").arg(shown));
    if (version < latestVersion && readOnly)
        return refuse(tr("%1 has schema version %2, older than this Plafond's %3: open it for writing once (in the window,"
                         " or with an import) to migrate it.").arg(shown, QString::number(version), QString::number(latestVersion)));
    if (version < latestVersion) {
        if (version > 0 && !server) {
            // Keep the file as it was before touching it: a failed or regretted migration loses nothing.
            m_backupPath = location + QStringLiteral(".v%1.bak").arg(version);
            QFile::remove(m_backupPath);
            if (!QFile::copy(location, m_backupPath))
                return refuse(tr("Cannot back up %1 to %2 before migrating it.").arg(location, m_backupPath));
        }
        if (!migrate(version, latestVersion, error)) {
            close();
            return false;
        }
        if (version > 0)
            m_migrationNotice = server
                ? tr("Migrated %1 from schema version %2 to %3.").arg(shown, QString::number(version), QString::number(latestVersion))
                : tr("Migrated %1 from schema version %2 to %3; the previous file is kept as %4.")
                      .arg(shown, QString::number(version), QString::number(latestVersion), m_backupPath);
    }
    if (!readOnly && !server) {
        // Readers keep working while an import writes (write-ahead log); persistent in the file, and set
        // after the backup copy, which keeps the file exactly as it was.
        QSqlQuery pragma(connection());
        if (!pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return refuse(isBusyError(pragma.lastError()) ? busyMessage()
                                                          : tr("Cannot open %1: %2").arg(location, pragma.lastError().text()));
    }
    return true;
}

bool Database::createAtVersion(const QString &path, int version, QString *error)
{
    if (!connect(path, false, error))
        return false;
    return migrate(0, version, error);
}

TransactionGuard::TransactionGuard(Database &database)
    : m_database(database)
{
    if (m_database.transactionDepth == 0) {
        m_database.transactionFailed = false;
        QSqlDatabase db = m_database.connection();
        if (m_database.dialect() == Database::Dialect::SQLite) {
            // IMMEDIATE takes the write lock now (waiting up to the busy timeout for another writer), so that
            // what a transaction reads before it writes (a lot's ceiling) cannot change before its commit.
            QSqlQuery begin(db);
            if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                m_errorText = Database::isBusyError(begin.lastError())
                    ? Database::busyMessage()
                    : Database::tr("Cannot start a transaction: %1").arg(begin.lastError().text());
                return;
            }
        } else if (!db.transaction()) {
            m_errorText = Database::isBusyError(db.lastError())
                ? Database::busyMessage()
                : Database::tr("Cannot start a transaction: %1").arg(db.lastError().text());
            return;
        }
    }
    m_entered = true;
    m_active = !m_database.transactionFailed;
    if (!m_active)
        m_errorText = Database::tr("Cannot start a transaction: an earlier step of this change failed.");
    ++m_database.transactionDepth;
}

TransactionGuard::~TransactionGuard()
{
    if (!m_entered || m_done)
        return;
    m_database.transactionFailed = true;
    if (--m_database.transactionDepth == 0)
        m_database.connection().rollback();
}

bool TransactionGuard::commit()
{
    if (!m_entered || m_done)
        return false;
    m_done = true;
    if (--m_database.transactionDepth > 0)
        return !m_database.transactionFailed;
    if (m_database.transactionFailed || !m_database.connection().commit()) {
        m_database.connection().rollback();
        return false;
    }
    return true;
}

} // namespace Plafond
