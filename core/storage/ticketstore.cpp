// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketstore.h"

#include "sqlvalues.h"
#include "tables.h"

namespace Plafond {

namespace {

const QString timeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss");

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toString(timeFormat)) : QVariant(QMetaType::fromType<QString>());
}

QDateTime readTime(SqlRow &r)
{
    const QVariant value = r.raw();
    if (value.isNull())
        return QDateTime();
    const QDateTime time = QDateTime::fromString(value.toString(), timeFormat);
    return time.isValid() ? Ticket::wallClock(time.date(), time.time()) : QDateTime();
}

WorkingHours readHours(SqlRow &r)
{
    return WorkingHours::fromText(r.text()).value_or(WorkingHours());
}

} // namespace

Result<QList<Ticket>> TicketStore::tickets(Id contractId, Id lotId)
{
    return readAll<Ticket>(
        QStringLiteral("SELECT t.id, t.reference, t.lot_id, l.contract_id, l.number, t.component_id, c.sill_id, c.name,"
                       " t.beneficiary_id, b.code, t.severity, t.title, t.opened_at, t.first_response_at, t.restored_at,"
                       " t.closed_at, t.row_version FROM tickets t JOIN lots l ON l.id = t.lot_id"
                       " LEFT JOIN components c ON c.id = t.component_id LEFT JOIN beneficiaries b ON b.id = t.beneficiary_id"
                       " WHERE (? = 0 OR l.contract_id = ?) AND (? = 0 OR t.lot_id = ?) ORDER BY t.opened_at, t.reference"),
        {contractId, contractId, lotId, lotId}, [](SqlRow &r) {
            Ticket t;
            t.id = r.id();
            t.reference = r.text();
            t.lotId = r.id();
            t.contractId = r.id();
            t.lotNumber = r.integer();
            t.componentId = r.optionalId();
            t.componentSillId = r.text();
            t.componentName = r.text();
            t.beneficiaryId = r.optionalId();
            t.beneficiaryCode = r.text();
            // A hand-edited unknown severity reads as major rather than hiding the ticket.
            t.severity = Severities::fromKey(r.text()).value_or(Severity::Major);
            t.title = r.text();
            t.openedAt = readTime(r);
            t.firstResponseAt = readTime(r);
            t.restoredAt = readTime(r);
            t.closedAt = readTime(r);
            t.rowVersion = r.int64();
            return t;
        });
}

Status TicketStore::saveTicket(Ticket &ticket)
{
    if (ticket.reference.trimmed().isEmpty())
        return fail(tr("A ticket has no reference."));
    if (!ticket.openedAt.isValid())
        return fail(tr("Ticket %1 has no opening time.").arg(ticket.reference));
    return saveWithIdentity(ticket.id, ticket.rowVersion, [&]() {
        return insertOrUpdate(Tables::tickets(), ticket.id, ticket.rowVersion,
                              {ticket.reference, ticket.lotId, SqlValues::optionalId(ticket.componentId),
                               SqlValues::optionalId(ticket.beneficiaryId), Severities::key(ticket.severity), ticket.title,
                               timeValue(ticket.openedAt), timeValue(ticket.firstResponseAt), timeValue(ticket.restoredAt),
                               timeValue(ticket.closedAt)});
    });
}

Status TicketStore::removeTicket(Id id)
{
    return removeRow(Tables::tickets(), id);
}

Result<QList<SlaTarget>> TicketStore::slaTargets(Id contractId)
{
    // The keys sort alphabetically in severity order: critical, major, minor.
    auto targets = readAll<std::optional<SlaTarget>>(
        Tables::slaTargets().select(QStringLiteral("s"))
            + QStringLiteral(" JOIN lots l ON l.id = s.lot_id WHERE l.contract_id = ? ORDER BY l.number, s.severity"),
        {contractId}, [](SqlRow &r) -> std::optional<SlaTarget> {
            SlaTarget target;
            target.id = r.id();
            target.lotId = r.id();
            const auto severity = Severities::fromKey(r.text());
            if (!severity)
                return std::nullopt; // not one of the fixed set: no ticket can be measured against it
            target.severity = *severity;
            target.responseMinutes = r.int64();
            target.restoreMinutes = r.int64();
            target.rowVersion = r.int64();
            return target;
        });
    if (!targets)
        return targets.error();
    QList<SlaTarget> list;
    for (const auto &target : *targets) {
        if (target)
            list << *target;
    }
    return list;
}

Status TicketStore::saveSlaTarget(SlaTarget &target)
{
    if (target.responseMinutes <= 0 || target.restoreMinutes <= 0)
        return fail(tr("An SLA target must be longer than zero minutes."));
    return saveWithIdentity(target.id, target.rowVersion, [&]() {
        return insertOrUpdate(Tables::slaTargets(), target.id, target.rowVersion,
                              {target.lotId, Severities::key(target.severity), target.responseMinutes, target.restoreMinutes});
    });
}

Status TicketStore::removeSlaTarget(Id id)
{
    return removeRow(Tables::slaTargets(), id);
}

Result<WorkingHours> TicketStore::lotWorkingHours(Id lotId)
{
    return readOne<WorkingHours>(QStringLiteral("SELECT working_hours FROM lots WHERE id = ?"), {lotId}, readHours,
                                 tr("This lot no longer exists."));
}

Result<QHash<Id, WorkingHours>> TicketStore::contractWorkingHours(Id contractId)
{
    auto rows = readAll<QPair<Id, WorkingHours>>(QStringLiteral("SELECT id, working_hours FROM lots WHERE contract_id = ?"),
                                                 {contractId}, [](SqlRow &r) {
                                                     const Id lotId = r.id();
                                                     return qMakePair(lotId, readHours(r));
                                                 });
    if (!rows)
        return rows.error();
    QHash<Id, WorkingHours> hours;
    for (const auto &[lotId, calendar] : *rows)
        hours.insert(lotId, calendar);
    return hours;
}

Status TicketStore::setLotWorkingHours(Id lotId, const WorkingHours &hours)
{
    return withTransaction([&]() -> Status {
        // The row version is left alone: saveLot() never writes this column, so no edit of the lot can be lost.
        auto update = run(QStringLiteral("UPDATE lots SET working_hours = ?, updated_at = ? WHERE id = ?"),
                          {hours == WorkingHours() ? QStringLiteral("") : hours.toText(), SqlValues::now(), lotId});
        if (!update)
            return update.status();
        if ((*update)->numRowsAffected() != 1)
            return fail(tr("This lot no longer exists."));
        return {};
    });
}

} // namespace Plafond
