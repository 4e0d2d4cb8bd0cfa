// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ticket.h"
#include "domain/workinghours.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>

#include <optional>

namespace Plafond {

struct Stores;

// The SLA of one ticket at an instant (as of). Clocks run in the working hours of the ticket's lot, from the
// opening time to the event: the first response (or, when none is recorded, the restoration, then the
// closing) for the response clock; the restoration (or, when none is recorded, the closing) for the restore
// clock. An event after the instant has not happened yet: its clock runs to the instant, and a running
// clock past its target is a breach already.
// A ticket without an SLA target for its lot and severity is counted but never breached.
struct TicketSla
{
    Id ticketId = 0;
    bool hasTarget = false;
    qint64 responseMinutes = 0; // working minutes to the response, or so far
    qint64 restoreMinutes = 0;
    bool responded = false; // the response clock has stopped by the instant
    bool restored = false;
    bool responseBreached = false;
    bool restoreBreached = false;
    bool breached() const { return responseBreached || restoreBreached; }
};

struct SlaCounts
{
    int tickets = 0;
    int responseBreaches = 0;
    int restoreBreaches = 0;

    void add(const TicketSla &sla)
    {
        ++tickets;
        responseBreaches += sla.responseBreached ? 1 : 0;
        restoreBreaches += sla.restoreBreached ? 1 : 0;
    }
    bool operator==(const SlaCounts &other) const
    {
        return tickets == other.tickets && responseBreaches == other.responseBreaches
            && restoreBreaches == other.restoreBreaches;
    }
};

// The statistics of a contract's tickets at an instant, from one pass over them. Tickets opened after the
// instant do not count anywhere.
struct SlaStatistics
{
    QDateTime asOf;
    QList<Ticket> tickets; // those counted, by opening time
    QList<TicketSla> sla; // one per ticket, same order
    SlaCounts total;
    QMap<Id, SlaCounts> perLot; // by lot id
    QMap<Id, SlaCounts> perComponent; // by component id; 0: no component named
    QMap<QDate, SlaCounts> perMonth; // by the first day of the month the ticket was opened

    // The tickets counted of a lot (0: every lot).
    SlaCounts lot(Id lotId) const { return lotId ? perLot.value(lotId) : total; }
};

class SlaEngine
{
    Q_DECLARE_TR_FUNCTIONS(SlaEngine)
public:
    // The instant a date's figures stop at: the end of that day (the next day at 0:00).
    static QDateTime endOfDay(const QDate &date);

    // One ticket against its target (null: none), in the given working hours.
    static TicketSla evaluate(
        const Ticket &ticket, const SlaTarget *target, const WorkingHours &hours, const QDateTime &asOf);

    // Every ticket of the list, with the targets and calendars of their lots (a lot without a calendar has
    // the default one).
    static SlaStatistics compute(const QList<Ticket> &tickets, const QList<SlaTarget> &targets,
        const QHash<Id, WorkingHours> &hours, const QDateTime &asOf);

    // The tickets of a contract (of one lot when lotId is set): three queries whatever their number.
    static std::optional<SlaStatistics> compute(
        Stores &stores, Id contractId, const QDateTime &asOf, Id lotId = 0, QString *error = nullptr);
};

} // namespace Plafond
