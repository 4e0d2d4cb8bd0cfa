// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository.h"

#include "identityrestorer.h"
#include "sqlvalues.h"

#include "domain/textrules.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlRecord>

namespace Plafond {

namespace {

using SqlValues::toDate;

QVariant centsValue(const std::optional<Money> &money)
{
    return money ? QVariant(money->cents()) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<Money> toCents(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return Money::fromCents(value.toLongLong());
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// VAT-inclusive amount of one line in SQL, rounded half away from zero with integer arithmetic only,
// which SQLite and PostgreSQL compute identically.
QString lineTtcSql(const QString &amount, const QString &rate)
{
    return QStringLiteral("(%1 + CASE WHEN %1 >= 0 THEN (%1 * %2 * 2 + 10000) / 20000"
                          " ELSE (%1 * %2 * 2 - 10000) / 20000 END)").arg(amount, rate);
}

// SQLite's extended codes are (primary | extra << 8): SQLITE_CONSTRAINT is 19; PostgreSQL's class 23 is
// integrity_constraint_violation.
bool isConstraintError(const QSqlError &error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    return numeric ? (code & 0xff) == 19 : error.nativeErrorCode().startsWith(QLatin1String("23"));
}

// The driver's words, or at least the code when it has none ("Unknown error" says nothing).
QString databaseErrorText(const QSqlError &error)
{
    const QString text = error.text().trimmed();
    if (!text.isEmpty() && !text.contains(QLatin1String("Unknown error")))
        return text;
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("13") ? Repository::tr("the disk is full")
                                       : Repository::tr("error code %1").arg(code.isEmpty() ? QStringLiteral("?") : code);
}

// The columns of an order (table alias o), in the order readOrder() reads them: one reader for every query.
QString orderColumns()
{
    return QStringLiteral("o.id, o.lot_id, o.beneficiary_id, o.number, o.commitment_number, o.status, o.created_on,"
                          " o.issued_on, o.done_on, o.invoiced_on, o.paid_on, o.cancelled_on, o.ceiling_override,"
                          " o.override_reason, o.row_version");
}

PurchaseOrder readOrder(const QSqlQuery &q)
{
    PurchaseOrder o;
    o.id = q.value(0).toLongLong();
    o.lotId = q.value(1).toLongLong();
    o.beneficiaryId = q.value(2).toLongLong();
    o.number = q.value(3).toString();
    o.commitmentNumber = q.value(4).toString();
    o.status = Lifecycle::statusFromKey(q.value(5).toString()).value_or(OrderStatus::Draft);
    o.createdOn = toDate(q.value(6));
    o.issuedOn = toDate(q.value(7));
    o.doneOn = toDate(q.value(8));
    o.invoicedOn = toDate(q.value(9));
    o.paidOn = toDate(q.value(10));
    o.cancelledOn = toDate(q.value(11));
    o.ceilingOverride = q.value(12).toInt() != 0;
    o.overrideReason = q.value(13).toString();
    o.rowVersion = q.value(14).toLongLong();
    return o;
}

} // namespace

Repository::Repository(Database &database)
    : m_database(database)
{
}

QSqlQuery &Repository::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_database.connection());
        query->prepare(sql);
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    // Every caller finishes what it reads, at the latest when it read its one row (SQLite resets a
    // statement read to its end by itself): a statement left at a row keeps the file's read lock, and
    // then no other connection can commit.
    it->second->finish();
    return *it->second;
}

bool Repository::checkTexts(std::initializer_list<std::pair<QString, QString>> fields)
{
    for (const auto &[name, text] : fields) {
        const QString problem = TextRules::problem(text);
        if (!problem.isEmpty())
            return fail(tr("%1 \"%2\": %3").arg(name, TextRules::excerpt(text), problem));
    }
    return true;
}

bool Repository::fail(const QString &message)
{
    m_lastError = message;
    m_lastErrorIsDatabase = false;
    return false;
}

bool Repository::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    const QSqlError error = query.lastError();
    fail(Database::isBusyError(error) ? Database::busyMessage() : tr("Database error: %1").arg(databaseErrorText(error)));
    // A constraint violation is about the data; anything else (read-only, full, I/O, lock) about the database.
    m_lastErrorIsDatabase = !isConstraintError(error);
    return false;
}

bool Repository::insertOrUpdate(const QString &table, Id &id, qint64 &rowVersion, const QStringList &columns,
                                const QVariantList &rawValues)
{
    const QString now = nowUtc();
    // The SQL drivers write a null QString as NULL; text columns are NOT NULL, so an unset text is ''.
    // (Typed null variants, used for absent dates and amounts, stay NULL.)
    QVariantList values;
    values.reserve(rawValues.size());
    for (const QVariant &value : rawValues) {
        if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
            values << QVariant(QStringLiteral(""));
        else
            values << value;
    }
    if (id != 0) {
        QStringList assignments;
        for (const QString &column : columns)
            assignments << column + QStringLiteral(" = ?");
        // rowVersion 0 means "restore this state whatever is stored" (undo, redo); otherwise the update
        // only applies to the version that was read, so that a concurrent edit is never overwritten.
        QString sql = QStringLiteral("UPDATE %1 SET %2, updated_at = ?, row_version = row_version + 1 WHERE id = ?")
                          .arg(table, assignments.join(QStringLiteral(", ")));
        if (rowVersion != 0)
            sql += QStringLiteral(" AND row_version = ?");
        QSqlQuery &update = prepared(sql);
        for (const QVariant &value : values)
            update.addBindValue(value);
        update.addBindValue(now);
        update.addBindValue(id);
        if (rowVersion != 0)
            update.addBindValue(rowVersion);
        if (!exec(update))
            return false;
        if (update.numRowsAffected() == 1) {
            QSqlQuery &version = prepared(QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(table));
            version.addBindValue(id);
            if (!exec(version) || !version.next())
                return false;
            rowVersion = version.value(0).toLongLong();
            version.finish();
            return true;
        }
        QSqlQuery &exists = prepared(QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(table));
        exists.addBindValue(id);
        if (!exec(exists))
            return false;
        const bool stillThere = exists.next();
        exists.finish();
        // Gone since it was read: only a forced save (row version 0: undo, redo) brings a row back, never
        // a stale edit of a row that someone else removed.
        if (stillThere || rowVersion != 0)
            return fail(tr("This record was changed by someone else since it was read; reload it and try again."));
    }
    QStringList insertColumns = columns;
    QVariantList insertValues = values;
    if (id != 0) { // restoring a deleted row keeps its identifier, so that references to it hold
        insertColumns.prepend(QStringLiteral("id"));
        insertValues.prepend(id);
    }
    insertColumns << QStringLiteral("created_at") << QStringLiteral("updated_at");
    insertValues << now << now;
    QStringList marks;
    for (int i = 0; i < insertColumns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery &insert = prepared(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                                     .arg(table, insertColumns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    for (const QVariant &value : std::as_const(insertValues))
        insert.addBindValue(value);
    if (!exec(insert) || !insert.next())
        return false;
    id = insert.value(0).toLongLong();
    rowVersion = 1;
    insert.finish();
    return true;
}

bool Repository::removeRow(const QString &table, Id id)
{
    TransactionGuard guard(m_database);
    if (!guard.isActive())
        return fail(guard.errorText());
    QSqlQuery &query = prepared(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    if (!exec(query))
        return false;
    return guard.commit() || fail(tr("The change could not be committed."));
}

// --- Contracts ---------------------------------------------------------------------------------------

static const QString contractColumns = QStringLiteral(
    "reference, title, buyer, notified_on, start_on, duration_months, firm_months, renewal_count, renewal_months,"
    " min_ht_cents, max_ht_cents, awarded_ht_cents, vat_basis_points, revision_index, revision_base_month,"
    " revision_fixed_part, revision_clause, components_in_scope, demo, alert_thresholds, revision_dates,"
    " revision_rounding");

static Contract readContract(const QSqlQuery &q)
{
    Contract c;
    c.id = q.value(0).toLongLong();
    c.reference = q.value(1).toString();
    c.title = q.value(2).toString();
    c.buyer = q.value(3).toString();
    c.notifiedOn = toDate(q.value(4));
    c.startOn = toDate(q.value(5));
    c.durationMonths = q.value(6).toInt();
    c.firmMonths = q.value(7).toInt();
    c.renewalCount = q.value(8).toInt();
    c.renewalMonths = q.value(9).toInt();
    c.minHt = toCents(q.value(10));
    c.maxHt = Money::fromCents(q.value(11).toLongLong());
    c.awardedHt = toCents(q.value(12));
    c.vatBasisPoints = q.value(13).toInt();
    c.revisionIndex = q.value(14).toString();
    c.revisionBaseMonth = q.value(15).toString();
    c.revisionFixedPart = q.value(16).toString();
    c.revisionClause = q.value(17).toString();
    c.componentsInScope = q.value(18).toInt();
    c.demo = q.value(19).toInt() != 0;
    // A hand-edited file with a malformed list keeps the defaults rather than raising no alert at all.
    c.alertThresholds = parseAlertThresholds(q.value(20).toString()).value_or(Contract().alertThresholds);
    c.revisionDates = q.value(QStringLiteral("revision_dates")).toString();
    c.revisionRounding = q.value(QStringLiteral("revision_rounding")).toString();
    c.rowVersion = q.value(QStringLiteral("row_version")).toLongLong(); // by name: the column list grows
    return c;
}

QList<Contract> Repository::contracts()
{
    QList<Contract> list;
    QSqlQuery &q = prepared(QStringLiteral("SELECT id, %1, row_version FROM contracts ORDER BY reference").arg(contractColumns));
    if (!exec(q))
        return list;
    while (q.next())
        list << readContract(q);
    return list;
}

std::optional<Contract> Repository::contract(Id id)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT id, %1, row_version FROM contracts WHERE id = ?").arg(contractColumns));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    const Contract c = readContract(q);
    q.finish();
    return c;
}

std::optional<Contract> Repository::contractByReference(const QString &reference)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT id, %1, row_version FROM contracts WHERE reference = ?").arg(contractColumns));
    q.addBindValue(reference);
    if (!exec(q) || !q.next())
        return std::nullopt;
    const Contract c = readContract(q);
    q.finish();
    return c;
}

bool Repository::saveContract(Contract &c)
{
    if (c.reference.trimmed().isEmpty())
        return fail(tr("A contract needs a reference."));
    if (!checkTexts({{tr("reference"), c.reference}, {tr("title"), c.title}, {tr("buyer"), c.buyer}}))
        return false;
    if (c.maxHt.isNegative())
        return fail(tr("The maximum of contract %1 cannot be negative.").arg(c.reference));
    if (c.minHt && c.maxHt < *c.minHt)
        return fail(tr("The minimum of contract %1 is above its maximum.").arg(c.reference));
    if (!validAlertThresholds(c.alertThresholds))
        return fail(tr("The alert thresholds of contract %1 must be whole percentages between 1 and 200, in"
                       " ascending order, at least one.").arg(c.reference));
    IdentityRestorer identity(c.id, c.rowVersion);
    TransactionGuard guard(m_database);
    if (!guard.isActive())
        return fail(guard.errorText());
    const QVariantList values{c.reference, c.title, c.buyer, SqlValues::date(c.notifiedOn), SqlValues::date(c.startOn),
                              c.durationMonths, c.firmMonths, c.renewalCount, c.renewalMonths, centsValue(c.minHt),
                              c.maxHt.cents(), centsValue(c.awardedHt), c.vatBasisPoints, c.revisionIndex,
                              c.revisionBaseMonth, c.revisionFixedPart, c.revisionClause, c.componentsInScope,
                              c.demo ? 1 : 0, formatAlertThresholds(c.alertThresholds, QStringLiteral(",")),
                              c.revisionDates, c.revisionRounding};
    if (!insertOrUpdate(QStringLiteral("contracts"), c.id, c.rowVersion,
                        contractColumns.split(QStringLiteral(", ")), values))
        return false;
    return identity.keep(guard.commit()) || fail(tr("The change could not be committed."));
}

bool Repository::removeContract(Id id)
{
    // Orders reference lots without cascading (an order is never lost by accident): remove them first.
    TransactionGuard guard(m_database);
    if (!guard.isActive())
        return fail(guard.errorText());
    QSqlQuery &orders = prepared(QStringLiteral("DELETE FROM orders WHERE lot_id IN (SELECT id FROM lots WHERE contract_id = ?)"));
    orders.addBindValue(id);
    if (!exec(orders) || !removeRow(QStringLiteral("contracts"), id))
        return false;
    return guard.commit() || fail(tr("The change could not be committed."));
}

// --- Lots --------------------------------------------------------------------------------------------

static Lot readLot(const QSqlQuery &q)
{
    Lot lot;
    lot.id = q.value(0).toLongLong();
    lot.contractId = q.value(1).toLongLong();
    lot.number = q.value(2).toInt();
    lot.title = q.value(3).toString();
    lot.minHt = toCents(q.value(4));
    lot.maxHt = Money::fromCents(q.value(5).toLongLong());
    lot.rowVersion = q.value(6).toLongLong();
    return lot;
}

static const QString lotSelect = QStringLiteral(
    "SELECT id, contract_id, number, title, min_ht_cents, max_ht_cents, row_version FROM lots");

QList<Lot> Repository::lots(Id contractId)
{
    QList<Lot> list;
    QSqlQuery &q = prepared(lotSelect + QStringLiteral(" WHERE contract_id = ? ORDER BY number"));
    q.addBindValue(contractId);
    if (!exec(q))
        return list;
    while (q.next())
        list << readLot(q);
    q.finish();
    // Holders of all the contract's lots in one query.
    QSqlQuery &h = prepared(QStringLiteral("SELECT h.id, h.lot_id, h.name, h.siret, h.role FROM holders h"
                                           " JOIN lots l ON l.id = h.lot_id WHERE l.contract_id = ? ORDER BY h.position"));
    h.addBindValue(contractId);
    if (!exec(h))
        return list;
    while (h.next()) {
        for (Lot &lot : list) {
            if (lot.id == h.value(1).toLongLong())
                lot.holders << Holder{h.value(0).toLongLong(), lot.id, h.value(2).toString(), h.value(3).toString(),
                                      holderRoleFromKey(h.value(4).toString()).value_or(HolderRole::Lead)};
        }
    }
    return list;
}

std::optional<Lot> Repository::lot(Id id)
{
    QSqlQuery &q = prepared(lotSelect + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    Lot lot = readLot(q);
    q.finish();
    QSqlQuery &h = prepared(QStringLiteral("SELECT id, name, siret, role FROM holders WHERE lot_id = ? ORDER BY position"));
    h.addBindValue(id);
    if (!exec(h))
        return std::nullopt;
    while (h.next())
        lot.holders << Holder{h.value(0).toLongLong(), id, h.value(1).toString(), h.value(2).toString(),
                              holderRoleFromKey(h.value(3).toString()).value_or(HolderRole::Lead)};
    return lot;
}

bool Repository::saveLot(Lot &lot)
{
    if (lot.number <= 0)
        return fail(tr("A lot number must be 1 or more."));
    if (!checkTexts({{tr("title"), lot.title}}))
        return false;
    if (lot.minHt && lot.maxHt < *lot.minHt)
        return fail(tr("The minimum of lot %1 is above its maximum.").arg(lot.number));
    for (const Holder &holder : std::as_const(lot.holders)) {
        if (!checkTexts({{tr("holder"), holder.name}}))
            return false;
        if (holder.name.trimmed().isEmpty())
            return fail(tr("A holder of lot %1 has no name.").arg(lot.number));
        if (!holder.siret.isEmpty() && !isValidSiret(holder.siret))
            return fail(tr("The SIRET %1 of %2 is not valid (wrong length or checksum).").arg(holder.siret, holder.name));
    }
    IdentityRestorer identity(lot.id, lot.rowVersion);
    TransactionGuard guard(m_database);
    if (!guard.isActive())
        return fail(guard.errorText());
    if (!insertOrUpdate(QStringLiteral("lots"), lot.id, lot.rowVersion,
                        {QStringLiteral("contract_id"), QStringLiteral("number"), QStringLiteral("title"),
                         QStringLiteral("min_ht_cents"), QStringLiteral("max_ht_cents")},
                        {lot.contractId, lot.number, lot.title, centsValue(lot.minHt), lot.maxHt.cents()}))
        return false;
    QSqlQuery &clear = prepared(QStringLiteral("DELETE FROM holders WHERE lot_id = ?"));
    clear.addBindValue(lot.id);
    if (!exec(clear))
        return false;
    int position = 0;
    for (Holder &holder : lot.holders) {
        holder.lotId = lot.id;
        qint64 version = 0;
        Id holderId = 0;
        if (!insertOrUpdate(QStringLiteral("holders"), holderId, version,
                            {QStringLiteral("lot_id"), QStringLiteral("position"), QStringLiteral("name"),
                             QStringLiteral("siret"), QStringLiteral("role")},
                            {lot.id, position++, holder.name, holder.siret, holderRoleKey(holder.role)}))
            return false;
        holder.id = holderId;
    }
    return identity.keep(guard.commit()) || fail(tr("The change could not be committed."));
}

bool Repository::removeLot(Id id)
{
    TransactionGuard guard(m_database);
    if (!guard.isActive())
        return fail(guard.errorText());
    QSqlQuery &orders = prepared(QStringLiteral("DELETE FROM orders WHERE lot_id = ?"));
    orders.addBindValue(id);
    if (!exec(orders) || !removeRow(QStringLiteral("lots"), id))
        return false;
    return guard.commit() || fail(tr("The change could not be committed."));
}

std::optional<Money> Repository::effectiveLotMaximum(Id lotId)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT l.max_ht_cents + COALESCE((SELECT SUM(a.delta_max_ht_cents) FROM amendments a WHERE a.lot_id = l.id), 0)"
        " FROM lots l WHERE l.id = ?"));
    q.addBindValue(lotId);
    if (!exec(q) || !q.next())
        return std::nullopt;
    const Money maximum = Money::fromCents(q.value(0).toLongLong());
    q.finish();
    return maximum;
}

std::optional<CeilingCheck> Repository::lotCeilingCheck(Id lotId, Id exceptOrderId, Money amount, Money alsoOrdered)
{
    const auto maximum = effectiveLotMaximum(lotId);
    const auto stored = orderedOnLot(lotId, exceptOrderId);
    if (!maximum || !stored)
        return std::nullopt;
    const auto before = stored->checkedAdd(alsoOrdered);
    if (!before) {
        fail(tr("The orders of this lot add up to an amount too large."));
        return std::nullopt;
    }
    return CeilingCheck::check(*maximum, *before, amount);
}

bool Repository::lockLots(const QList<Id> &lotIds)
{
    if (m_database.dialect() != Database::Dialect::PostgreSQL)
        return true;
    for (Id lotId : lotIds) {
        QSqlQuery &q = prepared(QStringLiteral("SELECT id FROM lots WHERE id = ? FOR UPDATE"));
        q.addBindValue(lotId);
        if (!exec(q))
            return false;
        q.finish();
    }
    return true;
}

int Repository::vatBasisPointsOfLot(Id lotId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT c.vat_basis_points FROM lots l JOIN contracts c ON c.id = l.contract_id WHERE l.id = ?"));
    q.addBindValue(lotId);
    if (!exec(q) || !q.next())
        return 2000;
    const int rate = q.value(0).toInt();
    q.finish();
    return rate;
}

// --- Beneficiaries -----------------------------------------------------------------------------------

QList<Beneficiary> Repository::beneficiaries()
{
    QList<Beneficiary> list;
    QSqlQuery &q = prepared(QStringLiteral("SELECT id, code, name, parent_id, row_version FROM beneficiaries ORDER BY code"));
    if (!exec(q))
        return list;
    while (q.next())
        list << Beneficiary{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toLongLong(), q.value(4).toLongLong()};
    return list;
}

std::optional<Beneficiary> Repository::beneficiary(Id id)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT id, code, name, parent_id, row_version FROM beneficiaries WHERE id = ?"));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    const Beneficiary b{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                        q.value(4).toLongLong()};
    q.finish();
    return b;
}

bool Repository::saveBeneficiary(Beneficiary &b)
{
    if (b.code.trimmed().isEmpty() || b.name.trimmed().isEmpty())
        return fail(tr("A beneficiary needs a code and a name."));
    if (!checkTexts({{tr("code"), b.code}, {tr("name"), b.name}}))
        return false;
    // The hierarchy must stay a tree: a beneficiary cannot be its own ancestor.
    for (Id parent = b.parentId; parent != 0;) {
        if (parent == b.id && b.id != 0)
            return fail(tr("%1 cannot be placed under itself.").arg(b.code));
        const auto p = beneficiary(parent);
        if (!p)
            return fail(tr("The parent of %1 does not exist.").arg(b.code));
        parent = p->parentId;
    }
    IdentityRestorer identity(b.id, b.rowVersion);
    TransactionGuard guard(m_database);
    if (!guard.isActive())
        return fail(guard.errorText());
    if (!insertOrUpdate(QStringLiteral("beneficiaries"), b.id, b.rowVersion,
                        {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("parent_id")},
                        {b.code, b.name, SqlValues::optionalId(b.parentId)}))
        return false;
    return identity.keep(guard.commit()) || fail(tr("The change could not be committed."));
}

bool Repository::removeBeneficiary(Id id)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT (SELECT COUNT(*) FROM orders WHERE beneficiary_id = ?)"
                                           " + (SELECT COUNT(*) FROM beneficiaries WHERE parent_id = ?)"));
    q.addBindValue(id);
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return false;
    const bool used = q.value(0).toLongLong() > 0;
    q.finish();
    if (used)
        return fail(tr("This beneficiary has orders or sub-entities: it cannot be removed."));
    return removeRow(QStringLiteral("beneficiaries"), id);
}

// --- Work units --------------------------------------------------------------------------------------

QList<WorkUnit> Repository::workUnits(Id lotId)
{
    QList<WorkUnit> list;
    QSqlQuery &q = prepared(QStringLiteral("SELECT id, lot_id, code, label_fr, label_en, unit, row_version, development"
                                           " FROM work_units WHERE lot_id = ? ORDER BY code"));
    q.addBindValue(lotId);
    if (!exec(q))
        return list;
    QHash<Id, qsizetype> index;
    while (q.next()) {
        WorkUnit unit;
        unit.id = q.value(0).toLongLong();
        unit.lotId = q.value(1).toLongLong();
        unit.code = q.value(2).toString();
        unit.labelFr = q.value(3).toString();
        unit.labelEn = q.value(4).toString();
        unit.unit = q.value(5).toString();
        unit.rowVersion = q.value(6).toLongLong();
        unit.development = q.value(7).toInt() != 0;
        index.insert(unit.id, list.size());
        list << unit;
    }
    q.finish();
    QSqlQuery &p = prepared(QStringLiteral("SELECT p.id, p.work_unit_id, p.effective_from, p.price_ht_cents FROM unit_prices p"
                                           " JOIN work_units w ON w.id = p.work_unit_id WHERE w.lot_id = ?"
                                           " ORDER BY p.effective_from"));
    p.addBindValue(lotId);
    if (!exec(p))
        return list;
    while (p.next()) {
        const Id unitId = p.value(1).toLongLong();
        if (index.contains(unitId))
            list[index.value(unitId)].prices << UnitPrice{p.value(0).toLongLong(), unitId, toDate(p.value(2)),
                                                          Money::fromCents(p.value(3).toLongLong())};
    }
    return list;
}

std::optional<WorkUnit> Repository::workUnit(Id id)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT lot_id FROM work_units WHERE id = ?"));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    const Id lotId = q.value(0).toLongLong();
    q.finish();
    for (const WorkUnit &unit : workUnits(lotId)) {
        if (unit.id == id)
            return unit;
    }
    return std::nullopt;
}

bool Repository::saveWorkUnit(WorkUnit &unit)
{
    if (unit.code.trimmed().isEmpty())
        return fail(tr("A work unit needs a code."));
    if (!checkTexts({{tr("code"), unit.code}, {tr("label"), unit.labelFr}, {tr("label"), unit.labelEn}, {tr("unit"), unit.unit}}))
        return false;
    for (const UnitPrice &price : std::as_const(unit.prices)) {
        if (!price.effectiveFrom.isValid())
            return fail(tr("A price of work unit %1 has no start date.").arg(unit.code));
        if (price.priceHt.isNegative())
            return fail(tr("A price of work unit %1 is negative.").arg(unit.code));
    }
    IdentityRestorer identity(unit.id, unit.rowVersion);
    TransactionGuard guard(m_database);
    if (!guard.isActive())
        return fail(guard.errorText());
    if (!insertOrUpdate(QStringLiteral("work_units"), unit.id, unit.rowVersion,
                        {QStringLiteral("lot_id"), QStringLiteral("code"), QStringLiteral("label_fr"),
                         QStringLiteral("label_en"), QStringLiteral("unit"), QStringLiteral("development")},
                        {unit.lotId, unit.code, unit.labelFr, unit.labelEn, unit.unit, unit.development ? 1 : 0}))
        return false;
    QSqlQuery &clear = prepared(QStringLiteral("DELETE FROM unit_prices WHERE work_unit_id = ?"));
    clear.addBindValue(unit.id);
    if (!exec(clear))
        return false;
    std::sort(unit.prices.begin(), unit.prices.end(),
              [](const UnitPrice &a, const UnitPrice &b) { return a.effectiveFrom < b.effectiveFrom; });
    for (UnitPrice &price : unit.prices) {
        price.workUnitId = unit.id;
        price.id = 0;
        qint64 version = 0;
        if (!insertOrUpdate(QStringLiteral("unit_prices"), price.id, version,
                            {QStringLiteral("work_unit_id"), QStringLiteral("effective_from"), QStringLiteral("price_ht_cents")},
                            {unit.id, SqlValues::date(price.effectiveFrom), price.priceHt.cents()}))
            return false;
    }
    return identity.keep(guard.commit()) || fail(tr("The change could not be committed."));
}

bool Repository::removeWorkUnit(Id id)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE work_unit_id = ?"));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return false;
    const bool used = q.value(0).toLongLong() > 0;
    q.finish();
    if (used)
        return fail(tr("This work unit is used by orders: it cannot be removed."));
    return removeRow(QStringLiteral("work_units"), id);
}

QList<WorkUnitBudget> Repository::budgets(Id lotId)
{
    QList<WorkUnitBudget> list;
    QSqlQuery &q = prepared(QStringLiteral("SELECT b.id, b.work_unit_id, b.year, b.quantity_milli FROM work_unit_budgets b"
                                           " JOIN work_units w ON w.id = b.work_unit_id WHERE w.lot_id = ?"
                                           " ORDER BY w.code, b.year"));
    q.addBindValue(lotId);
    if (!exec(q))
        return list;
    while (q.next())
        list << WorkUnitBudget{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toLongLong()};
    return list;
}

bool Repository::saveBudget(WorkUnitBudget &budget)
{
    if (budget.quantityMilli < 0)
        return fail(tr("A budgeted quantity cannot be negative."));
    TransactionGuard guard(m_database);
    if (!guard.isActive())
        return fail(guard.errorText());
    qint64 version = 0;
    IdentityRestorer identity(budget.id, version);
    if (!insertOrUpdate(QStringLiteral("work_unit_budgets"), budget.id, version,
                        {QStringLiteral("work_unit_id"), QStringLiteral("year"), QStringLiteral("quantity_milli")},
                        {budget.workUnitId, budget.year, budget.quantityMilli}))
        return false;
    return identity.keep(guard.commit()) || fail(tr("The change could not be committed."));
}

QList<Allocation> Repository::allocations(Id lotId)
{
    QList<Allocation> list;
    QSqlQuery &q = prepared(QStringLiteral("SELECT id, lot_id, beneficiary_id, amount_ht_cents, work_unit_id, quantity_milli"
                                           " FROM allocations WHERE lot_id = ? ORDER BY id"));
    q.addBindValue(lotId);
    if (!exec(q))
        return list;
    while (q.next()) {
        Allocation a;
        a.id = q.value(0).toLongLong();
        a.lotId = q.value(1).toLongLong();
        a.beneficiaryId = q.value(2).toLongLong();
        a.amountHt = toCents(q.value(3));
        a.workUnitId = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            a.quantityMilli = q.value(5).toLongLong();
        list << a;
    }
    return list;
}

bool Repository::saveAllocation(Allocation &a)
{
    if (!a.amountHt && !a.quantityMilli)
        return fail(tr("An allocation needs an amount or a quantity of work units."));
    if (a.quantityMilli && a.workUnitId == 0)
        return fail(tr("An allocation in work units needs its work unit."));
    TransactionGuard guard(m_database);
    if (!guard.isActive())
        return fail(guard.errorText());
    qint64 version = 0;
    IdentityRestorer identity(a.id, version);
    if (!insertOrUpdate(QStringLiteral("allocations"), a.id, version,
                        {QStringLiteral("lot_id"), QStringLiteral("beneficiary_id"), QStringLiteral("amount_ht_cents"),
                         QStringLiteral("work_unit_id"), QStringLiteral("quantity_milli")},
                        {a.lotId, a.beneficiaryId, centsValue(a.amountHt), SqlValues::optionalId(a.workUnitId),
                         a.quantityMilli ? QVariant(*a.quantityMilli) : QVariant(QMetaType::fromType<qint64>())}))
        return false;
    return identity.keep(guard.commit()) || fail(tr("The change could not be committed."));
}

// --- Amendments --------------------------------------------------------------------------------------

QList<Amendment> Repository::amendments(Id contractId)
{
    QList<Amendment> list;
    QSqlQuery &q = prepared(QStringLiteral("SELECT id, contract_id, lot_id, signed_on, delta_max_ht_cents, delta_months, reason"
                                           " FROM amendments WHERE contract_id = ? ORDER BY signed_on, id"));
    q.addBindValue(contractId);
    if (!exec(q))
        return list;
    while (q.next())
        list << Amendment{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), toDate(q.value(3)),
                          Money::fromCents(q.value(4).toLongLong()), q.value(5).toInt(), q.value(6).toString()};
    return list;
}

bool Repository::saveAmendment(Amendment &a)
{
    if (!a.signedOn.isValid())
        return fail(tr("An amendment needs its signature date."));
    TransactionGuard guard(m_database);
    if (!guard.isActive())
        return fail(guard.errorText());
    qint64 version = 0;
    IdentityRestorer identity(a.id, version);
    if (!insertOrUpdate(QStringLiteral("amendments"), a.id, version,
                        {QStringLiteral("contract_id"), QStringLiteral("lot_id"), QStringLiteral("signed_on"),
                         QStringLiteral("delta_max_ht_cents"), QStringLiteral("delta_months"), QStringLiteral("reason")},
                        {a.contractId, SqlValues::optionalId(a.lotId), SqlValues::date(a.signedOn), a.deltaMaxHt.cents(), a.deltaMonths, a.reason}))
        return false;
    return identity.keep(guard.commit()) || fail(tr("The change could not be committed."));
}

bool Repository::removeAmendment(Id id)
{
    return removeRow(QStringLiteral("amendments"), id);
}

// --- Orders ------------------------------------------------------------------------------------------

std::optional<PurchaseOrder> Repository::order(Id id)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT %1 FROM orders o WHERE o.id = ?").arg(orderColumns()));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    PurchaseOrder o = readOrder(q);
    q.finish();
    QSqlQuery &l = prepared(QStringLiteral("SELECT id, work_unit_id, quantity_milli, unit_price_ht_cents, amount_ht_cents"
                                           " FROM order_lines WHERE order_id = ? ORDER BY position"));
    l.addBindValue(id);
    if (!exec(l))
        return std::nullopt;
    while (l.next())
        o.lines << OrderLine{l.value(0).toLongLong(), id, l.value(1).toLongLong(), l.value(2).toLongLong(),
                             Money::fromCents(l.value(3).toLongLong()), Money::fromCents(l.value(4).toLongLong())};
    return o;
}

QList<OrderRow> Repository::orderRows()
{
    QList<OrderRow> rows;
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT o.id, o.number, c.id, c.reference, l.id, l.number, b.id, b.code, b.name, o.commitment_number, o.status,"
        " o.issued_on, o.created_on, o.done_on, o.invoiced_on, o.paid_on, o.cancelled_on,"
        " COALESCE(t.ht, 0), COALESCE(t.ttc, 0), o.ceiling_override"
        " FROM orders o JOIN lots l ON l.id = o.lot_id JOIN contracts c ON c.id = l.contract_id"
        " JOIN beneficiaries b ON b.id = o.beneficiary_id"
        " LEFT JOIN (SELECT ol.order_id, SUM(ol.amount_ht_cents) AS ht, SUM(%1) AS ttc"
        "   FROM order_lines ol JOIN orders oo ON oo.id = ol.order_id JOIN lots ll ON ll.id = oo.lot_id"
        "   JOIN contracts cc ON cc.id = ll.contract_id GROUP BY ol.order_id) t ON t.order_id = o.id"
        " ORDER BY c.reference, o.number").arg(lineTtcSql(QStringLiteral("ol.amount_ht_cents"), QStringLiteral("cc.vat_basis_points"))));
    if (!exec(q))
        return rows;
    while (q.next()) {
        OrderRow r;
        r.id = q.value(0).toLongLong();
        r.number = q.value(1).toString();
        r.contractId = q.value(2).toLongLong();
        r.contractReference = q.value(3).toString();
        r.lotId = q.value(4).toLongLong();
        r.lotNumber = q.value(5).toInt();
        r.beneficiaryId = q.value(6).toLongLong();
        r.beneficiaryCode = q.value(7).toString();
        r.beneficiaryName = q.value(8).toString();
        r.commitmentNumber = q.value(9).toString();
        r.status = Lifecycle::statusFromKey(q.value(10).toString()).value_or(OrderStatus::Draft);
        r.issuedOn = toDate(q.value(11));
        const int stepColumn[] = {12, 11, 13, 14, 15, 16};
        r.lastStepOn = toDate(q.value(stepColumn[static_cast<int>(r.status)]));
        r.totalHt = Money::fromCents(q.value(17).toLongLong());
        r.totalTtc = Money::fromCents(q.value(18).toLongLong());
        r.ceilingOverride = q.value(19).toInt() != 0;
        rows << r;
    }
    return rows;
}

bool Repository::orderNumberTaken(Id contractId, const QString &number, Id exceptOrderId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT COUNT(*) FROM orders o JOIN lots l ON l.id = o.lot_id"
                                           " WHERE l.contract_id = ? AND o.number = ? AND o.id <> ?"));
    q.addBindValue(contractId);
    q.addBindValue(number);
    q.addBindValue(exceptOrderId);
    const bool taken = exec(q) && q.next() && q.value(0).toLongLong() > 0;
    q.finish();
    return taken;
}

QString Repository::nextOrderNumber(Id contractId, int year)
{
    const QString prefix = QStringLiteral("BC-%1-").arg(year);
    QSqlQuery &q = prepared(QStringLiteral("SELECT o.number FROM orders o JOIN lots l ON l.id = o.lot_id"
                                           " WHERE l.contract_id = ? AND o.number LIKE ?"));
    q.addBindValue(contractId);
    q.addBindValue(prefix + QLatin1Char('%'));
    int highest = 0;
    if (exec(q)) {
        while (q.next())
            highest = std::max(highest, q.value(0).toString().mid(prefix.size()).toInt());
    }
    return prefix + QString::number(highest + 1).rightJustified(4, QLatin1Char('0'));
}

std::optional<Money> Repository::orderedOnLot(Id lotId, Id exceptOrderId)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT COALESCE(SUM(ol.amount_ht_cents), 0) FROM order_lines ol JOIN orders o ON o.id = ol.order_id"
        " WHERE o.lot_id = ? AND o.id <> ? AND o.status NOT IN ('draft', 'cancelled')"));
    q.addBindValue(lotId);
    q.addBindValue(exceptOrderId);
    if (!exec(q) || !q.next())
        return std::nullopt;
    const Money ordered = Money::fromCents(q.value(0).toLongLong());
    q.finish();
    return ordered;
}

std::optional<QSet<QString>> Repository::orderNumbers(Id contractId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT o.number FROM orders o JOIN lots l ON l.id = o.lot_id WHERE l.contract_id = ?"));
    q.addBindValue(contractId);
    if (!exec(q))
        return std::nullopt;
    QSet<QString> numbers;
    while (q.next())
        numbers.insert(q.value(0).toString());
    return numbers;
}

bool Repository::saveOrder(PurchaseOrder &o, bool numberChecked)
{
    if (o.number.trimmed().isEmpty())
        return fail(tr("An order needs a number."));
    if (!checkTexts({{tr("order number"), o.number}, {tr("commitment number"), o.commitmentNumber},
                     {tr("override reason"), o.overrideReason}}))
        return false;
    const auto lotOfOrder = lot(o.lotId);
    if (!lotOfOrder)
        return fail(tr("Order %1: its lot does not exist.").arg(o.number));
    if (!beneficiary(o.beneficiaryId))
        return fail(tr("Order %1: its beneficiary does not exist.").arg(o.number));
    if (!numberChecked && orderNumberTaken(lotOfOrder->contractId, o.number, o.id))
        return fail(tr("Order number %1 is already used in this contract.").arg(o.number));
    for (OrderLine &line : o.lines) {
        if (line.quantityMilli <= 0)
            return fail(tr("Order %1: a line has a quantity of zero or less.").arg(o.number));
        if (line.unitPriceHt.isNegative())
            return fail(tr("Order %1: a line has a negative unit price.").arg(o.number));
        if (!line.computeAmount())
            return fail(tr("Order %1: a line amount is too large.").arg(o.number));
    }
    if (!o.totalTtc(vatBasisPointsOfLot(o.lotId)))
        return fail(tr("Order %1: the total is too large.").arg(o.number));
    IdentityRestorer identity(o.id, o.rowVersion);
    TransactionGuard guard(m_database);
    if (!guard.isActive())
        return fail(guard.errorText());
    if (!insertOrUpdate(QStringLiteral("orders"), o.id, o.rowVersion,
                        {QStringLiteral("lot_id"), QStringLiteral("beneficiary_id"), QStringLiteral("number"),
                         QStringLiteral("commitment_number"), QStringLiteral("status"), QStringLiteral("created_on"),
                         QStringLiteral("issued_on"), QStringLiteral("done_on"), QStringLiteral("invoiced_on"),
                         QStringLiteral("paid_on"), QStringLiteral("cancelled_on"), QStringLiteral("ceiling_override"),
                         QStringLiteral("override_reason")},
                        {o.lotId, o.beneficiaryId, o.number, o.commitmentNumber, Lifecycle::statusKey(o.status),
                         SqlValues::date(o.createdOn), SqlValues::date(o.issuedOn), SqlValues::date(o.doneOn), SqlValues::date(o.invoicedOn),
                         SqlValues::date(o.paidOn), SqlValues::date(o.cancelledOn), o.ceilingOverride ? 1 : 0, o.overrideReason}))
        return false;
    // Lines are updated in place by identifier, so that what refers to a line (its upstream contributions)
    // survives an edit of the order; only the lines no longer in the order are deleted.
    QSqlQuery &existing = prepared(QStringLiteral("SELECT id FROM order_lines WHERE order_id = ?"));
    existing.addBindValue(o.id);
    if (!exec(existing))
        return false;
    QSet<Id> stored;
    while (existing.next())
        stored.insert(existing.value(0).toLongLong());
    existing.finish();
    // On failure the lines get back the identifiers they came with, as the order does.
    struct LinesRestorer
    {
        QList<OrderLine> &lines;
        const QList<OrderLine> saved;
        bool kept = false;
        ~LinesRestorer()
        {
            if (!kept)
                lines = saved;
        }
    } linesRestorer{o.lines, o.lines};
    QSet<Id> kept;
    for (OrderLine &line : o.lines) {
        // A line of another order (a copy), a second copy of a line, or one removed since is inserted anew,
        // with its identifier when free (undo of a removal brings it back as it was).
        if (line.id == 0)
            continue;
        if (kept.contains(line.id)) {
            line.id = 0;
            continue;
        }
        if (stored.contains(line.id)) {
            kept.insert(line.id);
            continue;
        }
        QSqlQuery &owner = prepared(QStringLiteral("SELECT order_id FROM order_lines WHERE id = ?"));
        owner.addBindValue(line.id);
        if (!exec(owner))
            return false;
        if (owner.next())
            line.id = 0;
        owner.finish();
    }
    for (Id id : std::as_const(stored)) {
        if (kept.contains(id))
            continue;
        QSqlQuery &remove = prepared(QStringLiteral("DELETE FROM order_lines WHERE id = ?"));
        remove.addBindValue(id);
        if (!exec(remove))
            return false;
    }
    int position = 0;
    for (OrderLine &line : o.lines) {
        line.orderId = o.id;
        qint64 version = 0;
        if (!insertOrUpdate(QStringLiteral("order_lines"), line.id, version,
                            {QStringLiteral("order_id"), QStringLiteral("position"), QStringLiteral("work_unit_id"),
                             QStringLiteral("quantity_milli"), QStringLiteral("unit_price_ht_cents"),
                             QStringLiteral("amount_ht_cents")},
                            {o.id, position++, line.workUnitId, line.quantityMilli, line.unitPriceHt.cents(),
                             line.amountHt.cents()}))
            return false;
    }
    linesRestorer.kept = identity.keep(guard.commit());
    return linesRestorer.kept || fail(tr("The change could not be committed."));
}

bool Repository::removeOrder(Id id)
{
    return removeRow(QStringLiteral("orders"), id);
}

bool Repository::logCeilingOverride(const PurchaseOrder &order, const CeilingCheck &check, const QString &userName)
{
    TransactionGuard guard(m_database);
    if (!guard.isActive())
        return fail(guard.errorText());
    Id id = 0;
    qint64 version = 0;
    if (!insertOrUpdate(QStringLiteral("ceiling_overrides"), id, version,
                        {QStringLiteral("order_id"), QStringLiteral("lot_id"), QStringLiteral("maximum_ht_cents"),
                         QStringLiteral("ordered_before_ht_cents"), QStringLiteral("order_ht_cents"),
                         QStringLiteral("reason"), QStringLiteral("user_name")},
                        {order.id, order.lotId, check.maximum.cents(), check.orderedBefore.cents(),
                         check.orderAmount.cents(), order.overrideReason, userName}))
        return false;
    return guard.commit() || fail(tr("The change could not be committed."));
}

QList<LotTotals> Repository::lotTotals(Id contractId, const QDate &asOf)
{
    // A step counts when it is dated on or before the as-of date; a cancellation by then removes the order.
    QList<LotTotals> list;
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT l.id,"
        " COALESCE(SUM(CASE WHEN o.issued_on <= ? AND (o.cancelled_on IS NULL OR o.cancelled_on > ?) THEN ol.amount_ht_cents END), 0),"
        " COALESCE(SUM(CASE WHEN o.done_on <= ? THEN ol.amount_ht_cents END), 0),"
        " COALESCE(SUM(CASE WHEN o.invoiced_on <= ? THEN ol.amount_ht_cents END), 0),"
        " COALESCE(SUM(CASE WHEN o.paid_on <= ? THEN ol.amount_ht_cents END), 0)"
        " FROM lots l LEFT JOIN orders o ON o.lot_id = l.id AND o.status <> 'draft'"
        " LEFT JOIN order_lines ol ON ol.order_id = o.id"
        " WHERE l.contract_id = ? GROUP BY l.id, l.number ORDER BY l.number"));
    const QString day = asOf.toString(Qt::ISODate);
    for (int i = 0; i < 5; ++i)
        q.addBindValue(day);
    q.addBindValue(contractId);
    if (!exec(q))
        return list;
    while (q.next())
        list << LotTotals{q.value(0).toLongLong(), Money::fromCents(q.value(1).toLongLong()),
                          Money::fromCents(q.value(2).toLongLong()), Money::fromCents(q.value(3).toLongLong()),
                          Money::fromCents(q.value(4).toLongLong())};
    return list;
}

int Repository::ceilingOverrideCount(Id orderId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT COUNT(*) FROM ceiling_overrides WHERE order_id = ?"));
    q.addBindValue(orderId);
    if (!exec(q) || !q.next())
        return -1;
    const int count = q.value(0).toInt();
    q.finish(); // an open statement keeps a read lock on the file
    return count;
}

// --- Consumption engine ------------------------------------------------------------------------------

QList<Repository::StepSum> Repository::stepSums(Id contractId, const QDate &asOf)
{
    // Each line is crossed with the five steps and kept for the steps dated on or before the date, then
    // summed per lot, beneficiary, work unit, step and month. On the benchmark's contract of 10,000 orders
    // this is ~80,000 groups and 400 ms (tests/bench/README.md): narrower groupings are the planned remedy. Dates are 'YYYY-MM-DD' text on both dialects, so substr(…, 1, 7) is the month and
    // text comparison is date comparison. A cancellation keeps the month the order was issued in too,
    // so that the engine can take it off that year's work-unit budget as well as off the month's flow.
    QList<StepSum> list;
    // The steps are numbered as OrderStatus numbers them: %2 issued, %3 done, %4 invoiced, %5 paid, %6 cancelled.
    auto n = [](OrderStatus status) { return QString::number(static_cast<int>(status)); };
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT x.lot_id, x.beneficiary_id, x.work_unit_id, x.step, x.month, x.issue_month,"
        " SUM(x.quantity_milli), SUM(x.amount_ht_cents), SUM(x.amount_ttc_cents)"
        " FROM (SELECT o.lot_id, o.beneficiary_id, ol.work_unit_id, s.step,"
        "   substr(CASE s.step WHEN %2 THEN o.issued_on WHEN %6 THEN o.cancelled_on WHEN %3 THEN o.done_on"
        "     WHEN %4 THEN o.invoiced_on ELSE o.paid_on END, 1, 7) AS month,"
        "   CASE WHEN s.step = %6 THEN substr(o.issued_on, 1, 7) ELSE '' END AS issue_month,"
        "   ol.quantity_milli, ol.amount_ht_cents, %1 AS amount_ttc_cents"
        "   FROM order_lines ol JOIN orders o ON o.id = ol.order_id JOIN lots l ON l.id = o.lot_id"
        "   JOIN contracts c ON c.id = l.contract_id"
        "   CROSS JOIN (SELECT %2 AS step UNION ALL SELECT %3 UNION ALL SELECT %4 UNION ALL SELECT %5"
        "     UNION ALL SELECT %6) s"
        "   WHERE l.contract_id = ? AND o.status <> 'draft' AND o.issued_on IS NOT NULL AND o.issued_on <= ?"
        "   AND (s.step = %2 OR (s.step = %6 AND o.cancelled_on <= ?)"
        "     OR (s.step IN (%3, %4, %5) AND (o.cancelled_on IS NULL OR o.cancelled_on > ?)"
        "       AND CASE s.step WHEN %3 THEN o.done_on WHEN %4 THEN o.invoiced_on ELSE o.paid_on END <= ?))) x"
        " GROUP BY x.lot_id, x.beneficiary_id, x.work_unit_id, x.step, x.month, x.issue_month")
                                .arg(lineTtcSql(QStringLiteral("ol.amount_ht_cents"), QStringLiteral("c.vat_basis_points")),
                                     n(OrderStatus::Issued), n(OrderStatus::Done), n(OrderStatus::Invoiced),
                                     n(OrderStatus::Paid), n(OrderStatus::Cancelled)));
    const QString day = asOf.toString(Qt::ISODate);
    q.addBindValue(contractId);
    for (int i = 0; i < 4; ++i)
        q.addBindValue(day);
    if (!exec(q))
        return list;
    QHash<QString, QDate> months; // a few dozen distinct months: parse each once
    auto monthOf = [&months](const QString &text) {
        auto it = months.constFind(text);
        if (it == months.constEnd())
            it = months.insert(text, QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate));
        return *it;
    };
    while (q.next()) {
        StepSum sum;
        sum.lotId = q.value(0).toLongLong();
        sum.beneficiaryId = q.value(1).toLongLong();
        sum.workUnitId = q.value(2).toLongLong();
        sum.step = static_cast<OrderStatus>(q.value(3).toInt());
        sum.month = monthOf(q.value(4).toString());
        if (sum.step == OrderStatus::Cancelled)
            sum.issueMonth = monthOf(q.value(5).toString());
        sum.quantityMilli = q.value(6).toLongLong();
        sum.amountHt = Money::fromCents(q.value(7).toLongLong());
        sum.amountTtc = Money::fromCents(q.value(8).toLongLong());
        list << sum;
    }
    return list;
}

QList<WorkUnit> Repository::contractWorkUnits(Id contractId)
{
    QList<WorkUnit> list;
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT w.id, w.lot_id, w.code, w.label_fr, w.label_en, w.unit, w.row_version, w.development FROM work_units w"
        " JOIN lots l ON l.id = w.lot_id WHERE l.contract_id = ? ORDER BY l.number, w.code"));
    q.addBindValue(contractId);
    if (!exec(q))
        return list;
    while (q.next()) {
        WorkUnit unit;
        unit.id = q.value(0).toLongLong();
        unit.lotId = q.value(1).toLongLong();
        unit.code = q.value(2).toString();
        unit.labelFr = q.value(3).toString();
        unit.labelEn = q.value(4).toString();
        unit.unit = q.value(5).toString();
        unit.rowVersion = q.value(6).toLongLong();
        unit.development = q.value(7).toInt() != 0;
        list << unit;
    }
    return list;
}

QList<WorkUnitBudget> Repository::contractBudgets(Id contractId)
{
    QList<WorkUnitBudget> list;
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT b.id, b.work_unit_id, b.year, b.quantity_milli FROM work_unit_budgets b"
        " JOIN work_units w ON w.id = b.work_unit_id JOIN lots l ON l.id = w.lot_id"
        " WHERE l.contract_id = ? ORDER BY b.work_unit_id, b.year"));
    q.addBindValue(contractId);
    if (!exec(q))
        return list;
    while (q.next())
        list << WorkUnitBudget{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toLongLong()};
    return list;
}

QList<Allocation> Repository::contractAllocations(Id contractId)
{
    QList<Allocation> list;
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT a.id, a.lot_id, a.beneficiary_id, a.amount_ht_cents, a.work_unit_id, a.quantity_milli"
        " FROM allocations a JOIN lots l ON l.id = a.lot_id WHERE l.contract_id = ? ORDER BY a.id"));
    q.addBindValue(contractId);
    if (!exec(q))
        return list;
    while (q.next()) {
        Allocation a;
        a.id = q.value(0).toLongLong();
        a.lotId = q.value(1).toLongLong();
        a.beneficiaryId = q.value(2).toLongLong();
        a.amountHt = toCents(q.value(3));
        a.workUnitId = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            a.quantityMilli = q.value(5).toLongLong();
        list << a;
    }
    return list;
}

// --- Reports and exports -----------------------------------------------------------------------------

QList<PurchaseOrder> Repository::contractOrders(Id contractId)
{
    QList<PurchaseOrder> list;
    QHash<Id, qsizetype> indexOf;
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT %1 FROM orders o JOIN lots l ON l.id = o.lot_id WHERE l.contract_id = ? ORDER BY o.number, o.id")
                                .arg(orderColumns()));
    q.addBindValue(contractId);
    if (!exec(q))
        return list;
    while (q.next()) {
        PurchaseOrder o = readOrder(q);
        indexOf.insert(o.id, list.size());
        list << o;
    }
    q.finish();
    QSqlQuery &l = prepared(QStringLiteral(
        "SELECT ol.id, ol.order_id, ol.work_unit_id, ol.quantity_milli, ol.unit_price_ht_cents, ol.amount_ht_cents"
        " FROM order_lines ol JOIN orders o ON o.id = ol.order_id JOIN lots l ON l.id = o.lot_id"
        " WHERE l.contract_id = ? ORDER BY ol.order_id, ol.position"));
    l.addBindValue(contractId);
    if (!exec(l))
        return {};
    while (l.next()) {
        const auto index = indexOf.constFind(l.value(1).toLongLong());
        if (index == indexOf.constEnd())
            continue;
        list[*index].lines << OrderLine{l.value(0).toLongLong(), l.value(1).toLongLong(), l.value(2).toLongLong(),
                                        l.value(3).toLongLong(), Money::fromCents(l.value(4).toLongLong()),
                                        Money::fromCents(l.value(5).toLongLong())};
    }
    return list;
}

} // namespace Plafond

// --- Component catalogue ---------------------------------------------------------------------------------

namespace Plafond {

QList<Component> Repository::components()
{
    QList<Component> list;
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT id, sill_id, name, function, category, licence, version_min, version_max, status, support_contract,"
        " row_version FROM components ORDER BY name, sill_id"));
    if (!exec(q))
        return list;
    while (q.next()) {
        Component c;
        c.id = q.value(0).toLongLong();
        c.sillId = q.value(1).toString();
        c.name = q.value(2).toString();
        c.function = q.value(3).toString();
        c.category = q.value(4).toString();
        c.licence = q.value(5).toString();
        c.versionMin = q.value(6).toString();
        c.versionMax = q.value(7).toString();
        c.status = q.value(8).toString();
        c.supportContract = q.value(9).toInt() != 0;
        c.rowVersion = q.value(10).toLongLong();
        list << c;
    }
    return list;
}

bool Repository::saveComponent(Component &component)
{
    TransactionGuard guard(m_database);
    if (!guard.isActive())
        return fail(guard.errorText());
    IdentityRestorer identity(component.id, component.rowVersion);
    const QStringList columns = {QStringLiteral("sill_id"), QStringLiteral("name"), QStringLiteral("function"),
                                 QStringLiteral("category"), QStringLiteral("licence"), QStringLiteral("version_min"),
                                 QStringLiteral("version_max"), QStringLiteral("status"),
                                 QStringLiteral("support_contract")};
    const QVariantList values = {component.sillId, component.name, component.function, component.category,
                                 component.licence, component.versionMin, component.versionMax, component.status,
                                 component.supportContract ? 1 : 0};
    if (!insertOrUpdate(QStringLiteral("components"), component.id, component.rowVersion, columns, values))
        return false;
    return identity.keep(guard.commit()) || fail(tr("The change could not be committed."));
}

QList<QPair<Id, Id>> Repository::componentLots()
{
    QList<QPair<Id, Id>> list;
    QSqlQuery &q = prepared(QStringLiteral("SELECT component_id, lot_id FROM component_lots ORDER BY component_id, lot_id"));
    if (!exec(q))
        return list;
    while (q.next())
        list << qMakePair(q.value(0).toLongLong(), q.value(1).toLongLong());
    return list;
}

bool Repository::setComponentCovered(Id componentId, Id lotId, bool covered)
{
    TransactionGuard guard(m_database);
    if (!guard.isActive())
        return fail(guard.errorText());
    QSqlQuery &remove = prepared(QStringLiteral("DELETE FROM component_lots WHERE component_id = ? AND lot_id = ?"));
    remove.addBindValue(componentId);
    remove.addBindValue(lotId);
    if (!exec(remove))
        return false;
    if (covered) {
        const QString now = nowUtc();
        QSqlQuery &insert = prepared(QStringLiteral(
            "INSERT INTO component_lots (component_id, lot_id, created_at, updated_at) VALUES (?, ?, ?, ?)"));
        insert.addBindValue(componentId);
        insert.addBindValue(lotId);
        insert.addBindValue(now);
        insert.addBindValue(now);
        if (!exec(insert))
            return false;
    }
    return guard.commit() || fail(tr("The change could not be committed."));
}

int Repository::coveredComponentCount(Id contractId)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT COUNT(DISTINCT cl.component_id) FROM component_lots cl JOIN lots l ON l.id = cl.lot_id"
        " WHERE l.contract_id = ?"));
    q.addBindValue(contractId);
    if (!exec(q) || !q.next())
        return 0;
    const int count = q.value(0).toInt();
    q.finish();
    return count;
}

// --- Price revision index ---------------------------------------------------------------------------

namespace {

QString seriesKey(IndexValue::Series series)
{
    return series == IndexValue::Series::Old ? QStringLiteral("old") : QStringLiteral("revised");
}

} // namespace

QList<IndexValue> Repository::indexValues(const QString &indexName, bool history)
{
    QList<IndexValue> values;
    QSqlQuery &q = prepared(history ? QStringLiteral("SELECT month, series, value_tenths, source, note, superseded_on"
                                                     " FROM index_values WHERE index_name = ?"
                                                     " ORDER BY month, series, id")
                                    : QStringLiteral("SELECT month, series, value_tenths, source, note, superseded_on"
                                                     " FROM index_values WHERE index_name = ? AND superseded_on IS NULL"
                                                     " ORDER BY month, series"));
    q.addBindValue(indexName);
    if (!exec(q))
        return values;
    while (q.next()) {
        IndexValue value;
        value.month = QDate::fromString(q.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        value.series = q.value(1).toString() == QLatin1String("old") ? IndexValue::Series::Old : IndexValue::Series::Revised;
        value.tenths = q.value(2).toLongLong();
        value.source = q.value(3).toString();
        value.note = q.value(4).toString();
        value.supersededOn = toDate(q.value(5));
        values << value;
    }
    return values;
}

bool Repository::saveIndexValue(const QString &indexName, const IndexValue &value, const QDate &today, bool *changed)
{
    if (changed)
        *changed = false;
    const QString month = value.month.toString(QStringLiteral("yyyy-MM"));
    TransactionGuard guard(m_database);
    if (!guard.isActive())
        return fail(guard.errorText());
    QSqlQuery &current = prepared(QStringLiteral("SELECT id, value_tenths FROM index_values WHERE index_name = ?"
                                                 " AND month = ? AND series = ? AND superseded_on IS NULL"));
    current.addBindValue(indexName);
    current.addBindValue(month);
    current.addBindValue(seriesKey(value.series));
    if (!exec(current))
        return false;
    Id currentId = 0;
    qint64 currentTenths = 0;
    if (current.next()) {
        currentId = current.value(0).toLongLong();
        currentTenths = current.value(1).toLongLong();
    }
    current.finish();
    if (currentId != 0 && currentTenths == value.tenths)
        return guard.commit() || fail(tr("The change could not be committed."));
    if (currentId != 0) {
        // A correction: the published value stays on record, superseded.
        QSqlQuery &supersede = prepared(QStringLiteral("UPDATE index_values SET superseded_on = ?, updated_at = ?,"
                                                       " row_version = row_version + 1 WHERE id = ?"));
        supersede.addBindValue(SqlValues::date(today));
        supersede.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        supersede.addBindValue(currentId);
        if (!exec(supersede))
            return false;
    }
    Id id = 0;
    qint64 version = 0;
    if (!insertOrUpdate(QStringLiteral("index_values"), id, version,
                        {QStringLiteral("index_name"), QStringLiteral("month"), QStringLiteral("series"),
                         QStringLiteral("value_tenths"), QStringLiteral("source"), QStringLiteral("note")},
                        {indexName, month, seriesKey(value.series), value.tenths, value.source, value.note}))
        return false;
    if (!guard.commit())
        return fail(tr("The change could not be committed."));
    if (changed)
        *changed = true;
    return true;
}

} // namespace Plafond
