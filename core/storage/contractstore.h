// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storebase.h"

#include "domain/entities.h"
#include "domain/lifecycle.h"
#include "domain/readrows.h"

#include <QPair>

namespace Plafond {

// The contract aggregate: contracts, their lots with their holders, their amendments, and what the DECP
// exchange keeps beside them.
class ContractStore : public StoreBase
{
    Q_DECLARE_TR_FUNCTIONS(ContractStore)
public:
    using StoreBase::StoreBase;

    Result<QList<Contract>> contracts(); // by reference
    Result<Contract> contract(Id id);
    Result<Contract> contractByReference(const QString &reference);
    Status saveContract(Contract &contract);
    Status removeContract(Id id); // with its lots and their orders

    // Lots with their holders: two queries whatever the number of lots.
    Result<QList<Lot>> lots(Id contractId); // by number
    // Every lot of every contract, by contract then number: what the contract tree shows, in two queries.
    Result<QList<Lot>> allLots();
    Result<Lot> lot(Id id);
    Status saveLot(Lot &lot);
    Status removeLot(Id id); // with its orders
    // The contract of a lot, without reading the lot's holders.
    Result<Id> contractIdOfLot(Id lotId);
    // The VAT rate of a lot's contract, in basis points.
    Result<int> vatBasisPointsOfLot(Id lotId);
    // Initial maximum plus every amendment on that lot (the one the ceiling rule checks against today).
    Result<Money> effectiveLotMaximum(Id lotId);
    // The same for every lot, by lot id: one query.
    Result<QHash<Id, Money>> effectiveLotMaxima();
    // Inside a write transaction, before a rule that reads a lot's figures and then writes (the ceiling):
    // locks the lots' rows until the commit on PostgreSQL (SELECT … FOR UPDATE). On SQLite the
    // transaction already holds the write lock (BEGIN IMMEDIATE), so there is nothing more to take.
    Status lockLots(const QList<Id> &lotIds);

    Result<QList<Amendment>> amendments(Id contractId); // by signature date
    Status saveAmendment(Amendment &amendment);
    Status removeAmendment(Id id);

    // --- DECP import and export (io/decp*).
    Result<QList<DecpFields>> decpContracts(); // every contract imported from DECP (decp_id not empty)
    Result<DecpFields> decpFields(Id contractId);
    Status saveDecpFields(const DecpFields &fields);
    Result<QList<Lot>> decpLots(); // with their holders: two queries
    // The amendments of every contract imported from DECP (or of one contract when contractId is set), each
    // with its DECP modification identifier, by contract then signature date: one query.
    Result<QList<QPair<Amendment, QString>>> decpAmendments(Id contractId = 0);
    Status setAmendmentDecpId(Id amendmentId, const QString &decpId);

private:
    Result<QList<Lot>> lotsWithHolders(const QString &lotWhere, const QString &holderWhere, const QVariantList &values);
};

} // namespace Plafond
