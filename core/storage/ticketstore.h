// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storebase.h"

#include "domain/ticket.h"
#include "domain/workinghours.h"

#include <QHash>

namespace Plafond {

// Support tickets, the SLA targets of each lot and severity, and each lot's SLA calendar. Ticket times
// are wall-clock times, stored as "YYYY-MM-DDTHH:MM:SS" without an offset (so that text order is time order).
class TicketStore : public StoreBase
{
    Q_DECLARE_TR_FUNCTIONS(TicketStore)
public:
    using StoreBase::StoreBase;

    // Tickets of a contract (0: of every contract), of one of its lots when lotId is set, by opening time
    // then reference, with their lot number, component and beneficiary codes: one query.
    Result<QList<Ticket>> tickets(Id contractId = 0, Id lotId = 0);
    Status saveTicket(Ticket &ticket); // inserts when new or removed (undo), updates otherwise
    Status removeTicket(Id id);

    // The SLA targets of every lot of a contract, by lot then severity: one query.
    Result<QList<SlaTarget>> slaTargets(Id contractId);
    Status saveSlaTarget(SlaTarget &target);
    Status removeSlaTarget(Id id);

    // The SLA calendar of a lot (lots.working_hours; empty or malformed text: the default calendar).
    Result<WorkingHours> lotWorkingHours(Id lotId);
    // The calendars of every lot of a contract, by lot id: one query.
    Result<QHash<Id, WorkingHours>> contractWorkingHours(Id contractId);
    Status setLotWorkingHours(Id lotId, const WorkingHours &hours); // the default is stored as ''
};

} // namespace Plafond
