// SPDX-License-Identifier: GPL-3.0-or-later
#include "storebase.h"

#include "sqlvalues.h"

#include "domain/textrules.h"

#include <QSqlError>

namespace Plafond {

namespace {

// SQLite's extended codes are (primary | extra << 8): SQLITE_CONSTRAINT is 19; PostgreSQL's class 23 is
// integrity_constraint_violation.
bool isConstraintError(const QSqlError &error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    return numeric ? (code & 0xff) == 19 : error.nativeErrorCode().startsWith(QLatin1String("23"));
}

} // namespace

StoreBase::StoreBase(Database &database)
    : m_database(database)
{
}

StoreBase::~StoreBase() = default;

QSqlQuery &StoreBase::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_database.connection());
        query->setForwardOnly(true); // read once, front to back: no driver-side copy of every row
        query->prepare(sql);
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    // Every caller finishes what it reads, at the latest when it read its one row (SQLite resets a
    // statement read to its end by itself): a statement left at a row keeps the file's read lock, and
    // then no other connection can commit.
    it->second->finish();
    return *it->second;
}

Status StoreBase::exec(QSqlQuery &query)
{
    if (query.exec())
        return {};
    const QSqlError error = query.lastError();
    if (Database::isBusyError(error))
        return Error::database(Database::busyMessage());
    // The driver's words, or at least the code when it has none ("Unknown error" says nothing).
    QString text = error.text().trimmed();
    if (text.isEmpty() || text.contains(QLatin1String("Unknown error"))) {
        const QString code = error.nativeErrorCode();
        text = code == QLatin1String("13") ? tr("the disk is full")
                                           : tr("error code %1").arg(code.isEmpty() ? QStringLiteral("?") : code);
    }
    const QString message = tr("Database error: %1").arg(text);
    // A constraint violation is about the data; anything else (read-only, full, I/O, lock) about the database.
    return isConstraintError(error) ? Error::rule(message) : Error::database(message);
}

Result<QSqlQuery *> StoreBase::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery &query = prepared(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (Status status = exec(query); !status)
        return status.error();
    return &query;
}

Result<qint64> StoreBase::readNumber(const QString &sql, const QVariantList &values)
{
    auto query = run(sql, values);
    if (!query)
        return query.error();
    const qint64 number = (*query)->next() ? (*query)->value(0).toLongLong() : 0;
    (*query)->finish();
    return number;
}

Status StoreBase::checkTexts(std::initializer_list<std::pair<QString, QString>> fields)
{
    for (const auto &[name, text] : fields) {
        const QString problem = TextRules::problem(text);
        if (!problem.isEmpty())
            return fail(tr("%1 \"%2\": %3").arg(name, TextRules::excerpt(text), problem));
    }
    return {};
}

namespace {

// The SQL drivers write a null QString as NULL; text columns are NOT NULL, so an unset text is ''.
// (Typed null variants, used for absent dates and amounts, stay NULL.)
QVariantList storable(const QVariantList &rawValues)
{
    QVariantList values;
    values.reserve(rawValues.size() + 3);
    for (const QVariant &value : rawValues) {
        if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
            values << QVariant(QStringLiteral(""));
        else
            values << value;
    }
    return values;
}

} // namespace

Result<Id> StoreBase::insertNew(const Table &table, const QVariantList &rawValues, const QString &now, Id id)
{
    Q_ASSERT(rawValues.size() == table.columns().size());
    QVariantList values = storable(rawValues);
    if (id != 0) // restoring a deleted row keeps its identifier, so that references to it hold
        values.prepend(id);
    values << now << now;
    auto insert = run(table.insertStatement(id != 0), values);
    if (!insert)
        return insert.error();
    if (!(*insert)->next())
        return Error::database(tr("Database error: %1").arg(tr("no identifier returned")));
    const Id inserted = (*insert)->value(0).toLongLong();
    (*insert)->finish();
    return inserted;
}

Status StoreBase::insertOrUpdate(const Table &table, Id &id, qint64 &rowVersion, const QVariantList &rawValues)
{
    Q_ASSERT(rawValues.size() == table.columns().size());
    const QString now = SqlValues::now();
    if (id != 0) {
        const QVariantList values = storable(rawValues);
        QSqlQuery &update = prepared(table.updateStatement(rowVersion != 0));
        for (const QVariant &value : values)
            update.addBindValue(value);
        update.addBindValue(now);
        update.addBindValue(id);
        if (rowVersion != 0)
            update.addBindValue(rowVersion);
        if (Status status = exec(update); !status)
            return status;
        const bool updated = update.numRowsAffected() == 1;
        const auto version = readNumber(QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(table.name()), {id});
        if (!version)
            return version.status();
        if (updated) {
            rowVersion = *version;
            return {};
        }
        // Gone since it was read: only a forced save (row version 0: undo, redo) brings a row back, never
        // a stale edit of a row that someone else removed.
        if (*version != 0 || rowVersion != 0)
            return fail(tr("This record was changed by someone else since it was read; reload it and try again."));
    }
    const auto inserted = insertNew(table, rawValues, now, id);
    if (!inserted)
        return inserted.status();
    id = *inserted;
    rowVersion = 1;
    return {};
}

Status StoreBase::insertRow(const Table &table, Id &id, const QVariantList &values)
{
    qint64 version = 0;
    return insertOrUpdate(table, id, version, values);
}

Status StoreBase::removeRow(const Table &table, Id id)
{
    return execInTransaction(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table.name()), {id});
}

Status StoreBase::removeUnused(const Table &table, Id id, const QString &usesSql, const QVariantList &values,
                               const QString &inUse)
{
    const auto used = readNumber(usesSql, values);
    if (!used)
        return used.status();
    if (*used > 0)
        return fail(inUse);
    return removeRow(table, id);
}

Status StoreBase::execInTransaction(const QString &sql, const QVariantList &values)
{
    return withTransaction([&]() { return run(sql, values).status(); });
}

} // namespace Plafond
