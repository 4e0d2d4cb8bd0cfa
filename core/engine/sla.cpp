// SPDX-License-Identifier: GPL-3.0-or-later
#include "sla.h"

#include "storage/stores.h"

namespace Plafond {

namespace {

// An event counts when it happened by the instant; later, it has not happened yet.
QDateTime happened(const QDateTime &event, const QDateTime &asOf)
{
    return event.isValid() && event <= asOf ? event : QDateTime();
}

QDateTime firstOf(std::initializer_list<QDateTime> events)
{
    for (const QDateTime &event : events) {
        if (event.isValid())
            return event;
    }
    return QDateTime();
}

} // namespace

QDateTime SlaEngine::endOfDay(const QDate &date)
{
    return Ticket::wallClock(date.addDays(1), QTime(0, 0));
}

TicketSla SlaEngine::evaluate(
    const Ticket &ticket, const SlaTarget *target, const WorkingHours &hours, const QDateTime &asOf)
{
    TicketSla sla;
    sla.ticketId = ticket.id;
    const QDateTime response = firstOf({ happened(ticket.firstResponseAt, asOf),
        happened(ticket.restoredAt, asOf), happened(ticket.closedAt, asOf) });
    const QDateTime restore = firstOf({ happened(ticket.restoredAt, asOf), happened(ticket.closedAt, asOf) });
    sla.responded = response.isValid();
    sla.restored = restore.isValid();
    sla.responseMinutes = workingMinutesBetween(ticket.openedAt, sla.responded ? response : asOf, hours);
    sla.restoreMinutes = workingMinutesBetween(ticket.openedAt, sla.restored ? restore : asOf, hours);
    if (target) {
        sla.hasTarget = true;
        sla.responseBreached = sla.responseMinutes > target->responseMinutes;
        sla.restoreBreached = sla.restoreMinutes > target->restoreMinutes;
    }
    return sla;
}

SlaStatistics SlaEngine::compute(const QList<Ticket> &tickets, const QList<SlaTarget> &targets,
    const QHash<Id, WorkingHours> &hours, const QDateTime &asOf)
{
    QHash<QPair<Id, int>, const SlaTarget *> targetOf;
    for (const SlaTarget &target : targets)
        targetOf.insert(qMakePair(target.lotId, int(target.severity)), &target);
    SlaStatistics statistics;
    statistics.asOf = asOf;
    for (const Ticket &ticket : tickets) {
        if (!ticket.openedAt.isValid() || ticket.openedAt > asOf)
            continue;
        const TicketSla sla = evaluate(ticket, targetOf.value(qMakePair(ticket.lotId, int(ticket.severity))),
            hours.value(ticket.lotId), asOf);
        statistics.tickets << ticket;
        statistics.sla << sla;
        statistics.total.add(sla);
        statistics.perLot[ticket.lotId].add(sla);
        statistics.perComponent[ticket.componentId].add(sla);
        const QDate opened = ticket.openedAt.date();
        statistics.perMonth[QDate(opened.year(), opened.month(), 1)].add(sla);
    }
    return statistics;
}

std::optional<SlaStatistics> SlaEngine::compute(
    Stores &stores, Id contractId, const QDateTime &asOf, Id lotId, QString *error)
{
    const auto tickets = stores.tickets.tickets(contractId, lotId);
    const auto targets = stores.tickets.slaTargets(contractId);
    const auto hours = stores.tickets.contractWorkingHours(contractId);
    if (const Status read = firstFailure({tickets.status(), targets.status(), hours.status()}); !read) {
        if (error)
            *error = read.message();
        return std::nullopt;
    }
    return compute(*tickets, *targets, *hours, asOf);
}

} // namespace Plafond
