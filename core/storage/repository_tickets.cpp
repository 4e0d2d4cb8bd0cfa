// SPDX-License-Identifier: GPL-3.0-or-later
// Support tickets, SLA targets and the SLA calendar of lots (issue 5). The ticket times are wall-clock
// times, stored as "YYYY-MM-DDTHH:MM:SS" without an offset (so that text order is time order).
#include "repository.h"

#include "identityrestorer.h"

#include <QSqlError>

namespace Plafond {

namespace {

const QString timeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss");

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toString(timeFormat)) : QVariant(QMetaType::fromType<QString>());
}

QDateTime toTime(const QVariant &value)
{
    if (value.isNull())
        return QDateTime();
    QDateTime time = QDateTime::fromString(value.toString(), timeFormat);
    if (!time.isValid())
        return QDateTime();
    return Ticket::wallClock(time.date(), time.time());
}

QVariant optionalId(Id id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}


} // namespace

QList<Ticket> Repository::tickets(Id contractId, Id lotId)
{
    QList<Ticket> list;
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT t.id, t.reference, t.lot_id, l.contract_id, l.number, t.component_id, c.sill_id, c.name,"
        " t.beneficiary_id, b.code, t.severity, t.title, t.opened_at, t.first_response_at, t.restored_at,"
        " t.closed_at, t.row_version FROM tickets t JOIN lots l ON l.id = t.lot_id"
        " LEFT JOIN components c ON c.id = t.component_id LEFT JOIN beneficiaries b ON b.id = "
        "t.beneficiary_id"
        " WHERE (? = 0 OR l.contract_id = ?) AND (? = 0 OR t.lot_id = ?) ORDER BY t.opened_at, t.reference"));
    q.addBindValue(contractId);
    q.addBindValue(contractId);
    q.addBindValue(lotId);
    q.addBindValue(lotId);
    if (!exec(q))
        return list;
    while (q.next()) {
        Ticket t;
        t.id = q.value(0).toLongLong();
        t.reference = q.value(1).toString();
        t.lotId = q.value(2).toLongLong();
        t.contractId = q.value(3).toLongLong();
        t.lotNumber = q.value(4).toInt();
        t.componentId = q.value(5).toLongLong();
        t.componentSillId = q.value(6).toString();
        t.componentName = q.value(7).toString();
        t.beneficiaryId = q.value(8).toLongLong();
        t.beneficiaryCode = q.value(9).toString();
        // A hand-edited unknown severity reads as major rather than hiding the ticket.
        t.severity = Severities::fromKey(q.value(10).toString()).value_or(Severity::Major);
        t.title = q.value(11).toString();
        t.openedAt = toTime(q.value(12));
        t.firstResponseAt = toTime(q.value(13));
        t.restoredAt = toTime(q.value(14));
        t.closedAt = toTime(q.value(15));
        t.rowVersion = q.value(16).toLongLong();
        list << t;
    }
    return list;
}

bool Repository::saveTicket(Ticket &ticket)
{
    if (ticket.reference.trimmed().isEmpty())
        return fail(tr("A ticket has no reference."));
    if (!ticket.openedAt.isValid())
        return fail(tr("Ticket %1 has no opening time.").arg(ticket.reference));
    IdentityRestorer identity(ticket.id, ticket.rowVersion);
    TransactionGuard guard(m_database);
    if (!guard.isActive())
        return fail(guard.errorText());
    if (!insertOrUpdate(QStringLiteral("tickets"), ticket.id, ticket.rowVersion,
            { QStringLiteral("reference"), QStringLiteral("lot_id"), QStringLiteral("component_id"),
                QStringLiteral("beneficiary_id"), QStringLiteral("severity"), QStringLiteral("title"),
                QStringLiteral("opened_at"), QStringLiteral("first_response_at"),
                QStringLiteral("restored_at"), QStringLiteral("closed_at") },
            { ticket.reference, ticket.lotId, optionalId(ticket.componentId),
                optionalId(ticket.beneficiaryId), Severities::key(ticket.severity), ticket.title,
                timeValue(ticket.openedAt), timeValue(ticket.firstResponseAt), timeValue(ticket.restoredAt),
                timeValue(ticket.closedAt) }))
        return false;
    return identity.keep(guard.commit()) || fail(tr("The change could not be committed."));
}

bool Repository::removeTicket(Id id)
{
    return removeRow(QStringLiteral("tickets"), id);
}

QList<SlaTarget> Repository::slaTargets(Id contractId)
{
    QList<SlaTarget> list;
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT s.id, s.lot_id, s.severity, s.response_minutes, s.restore_minutes, s.row_version FROM "
        "sla_targets s"
        " JOIN lots l ON l.id = s.lot_id WHERE l.contract_id = ? ORDER BY l.number, s.severity"));
    // The keys sort alphabetically in severity order: critical, major, minor.
    q.addBindValue(contractId);
    if (!exec(q))
        return list;
    while (q.next()) {
        const auto severity = Severities::fromKey(q.value(2).toString());
        if (!severity)
            continue; // not one of the fixed set: no ticket can be measured against it
        SlaTarget target;
        target.id = q.value(0).toLongLong();
        target.lotId = q.value(1).toLongLong();
        target.severity = *severity;
        target.responseMinutes = q.value(3).toLongLong();
        target.restoreMinutes = q.value(4).toLongLong();
        target.rowVersion = q.value(5).toLongLong();
        list << target;
    }
    return list;
}

bool Repository::saveSlaTarget(SlaTarget &target)
{
    if (target.responseMinutes <= 0 || target.restoreMinutes <= 0)
        return fail(tr("An SLA target must be longer than zero minutes."));
    IdentityRestorer identity(target.id, target.rowVersion);
    TransactionGuard guard(m_database);
    if (!guard.isActive())
        return fail(guard.errorText());
    if (!insertOrUpdate(QStringLiteral("sla_targets"), target.id, target.rowVersion,
            { QStringLiteral("lot_id"), QStringLiteral("severity"), QStringLiteral("response_minutes"),
                QStringLiteral("restore_minutes") },
            { target.lotId, Severities::key(target.severity), target.responseMinutes,
                target.restoreMinutes }))
        return false;
    return identity.keep(guard.commit()) || fail(tr("The change could not be committed."));
}

bool Repository::removeSlaTarget(Id id)
{
    return removeRow(QStringLiteral("sla_targets"), id);
}

WorkingHours Repository::lotWorkingHours(Id lotId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT working_hours FROM lots WHERE id = ?"));
    q.addBindValue(lotId);
    if (!exec(q) || !q.next())
        return WorkingHours();
    const QString text = q.value(0).toString();
    q.finish();
    return WorkingHours::fromText(text).value_or(WorkingHours());
}

QHash<Id, WorkingHours> Repository::contractWorkingHours(Id contractId)
{
    QHash<Id, WorkingHours> hours;
    QSqlQuery &q = prepared(QStringLiteral("SELECT id, working_hours FROM lots WHERE contract_id = ?"));
    q.addBindValue(contractId);
    if (!exec(q))
        return hours;
    while (q.next())
        hours.insert(
            q.value(0).toLongLong(), WorkingHours::fromText(q.value(1).toString()).value_or(WorkingHours()));
    return hours;
}

bool Repository::setLotWorkingHours(Id lotId, const WorkingHours &hours)
{
    TransactionGuard guard(m_database);
    if (!guard.isActive())
        return fail(guard.errorText());
    QSqlQuery &q = prepared(QStringLiteral("UPDATE lots SET working_hours = ?, updated_at = ? WHERE id = ?"));
    // The row version is left alone: saveLot() never writes this column, so no edit of the lot can be lost.
    q.addBindValue(hours == WorkingHours() ? QStringLiteral("") : hours.toText());
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(lotId);
    if (!exec(q))
        return false;
    if (q.numRowsAffected() != 1)
        return fail(tr("This lot no longer exists."));
    return guard.commit() || fail(tr("The change could not be committed."));
}

} // namespace Plafond
