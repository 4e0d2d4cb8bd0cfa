// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cataloguestore.h"
#include "contractstore.h"
#include "storebase.h"

#include "domain/entities.h"
#include "domain/lifecycle.h"
#include "domain/orderfacts.h"
#include "domain/readrows.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace Plafond {

// The order aggregate: purchase orders with their lines, the ceiling rule read against what is stored,
// the ceiling override log, and the aggregates the engine, the tables and the exports read (each a fixed
// number of queries, never one per order).
class OrderStore : public StoreBase
{
    Q_DECLARE_TR_FUNCTIONS(OrderStore)
public:
    explicit OrderStore(Database &database);

    Result<PurchaseOrder> order(Id id);
    // Every order with its contract, lot, beneficiary and totals, by contract then number: one query.
    Result<QList<OrderRow>> orderRows();
    // The same row for some orders only (after an edit: the rows concerned, not the whole table).
    Result<QList<OrderRow>> orderRows(const QList<Id> &orderIds);
    // Every order of a contract with its lines, by number: two queries whatever the number of orders.
    Result<QList<PurchaseOrder>> contractOrders(Id contractId);

    // Inserts when new or deleted (undo), updates otherwise. A batch writer that checked the numbers itself
    // (orderNumbers(), one query per contract) passes numberChecked, so that no query runs per order for it.
    Status saveOrder(PurchaseOrder &order, bool numberChecked = false);
    // What the writes of one batch of new orders (an import) read once for all of them: each lot's
    // contract and VAT rate, the beneficiaries that exist, and the one time written on every row.
    struct LotFacts
    {
        Id contractId = 0;
        int vatBasisPoints = 0;
    };
    struct NewOrders
    {
        QHash<Id, LotFacts> lots;
        QSet<Id> beneficiaries;
        QString now;
    };
    // A new order (identifier 0) and its lines, checked as saveOrder() checks them except the number,
    // which the batch's caller checks for the whole file under its lock. Inside the caller's transaction.
    Status insertNewOrder(PurchaseOrder &order, NewOrders &batch);
    Status removeOrder(Id id);
    // Every order number of a contract, in one query.
    Result<QSet<QString>> orderNumbers(Id contractId);
    Result<bool> orderNumberTaken(Id contractId, const QString &number, Id exceptOrderId);
    Result<QString> nextOrderNumber(Id contractId, int year);

    // What counts against a lot's maximum today, without one order (the one being edited).
    Result<Money> orderedOnLot(Id lotId, Id exceptOrderId);
    // The ceiling rule against what is stored: the lot's effective maximum, what its orders other than
    // `exceptOrderId` hold (plus `alsoOrdered`, not stored yet), and `amount`. The one place that reads a
    // ceiling: the order editor, the lifecycle actions, the save command and the orders import use it.
    Result<CeilingCheck> lotCeilingCheck(Id lotId, Id exceptOrderId, Money amount, Money alsoOrdered = Money());
    Status logCeilingOverride(const PurchaseOrder &order, const CeilingCheck &check, const QString &userName);
    // How many times the ceiling of the order's lot was overridden for it (the override log).
    Result<int> ceilingOverrideCount(Id orderId);

    // Totals per lot of a contract at a date (steps dated after it do not count).
    Result<QList<LotTotals>> lotTotals(Id contractId, const QDate &asOf);
    // Every step dated on or before `asOf` of the contract's non-draft orders: issues (even of orders
    // cancelled later), cancellations of issued orders, and done, invoiced, paid of orders not cancelled by
    // then, summed per lot, beneficiary, work unit, step and month. Ordered at a date d = issues on or
    // before d − cancellations on or before d. One query.
    Result<QList<StepSum>> stepSums(Id contractId, const QDate &asOf);
    // The facts of every counted order of one contract (0: of every contract) and of their lines, in two
    // sequential reads (docs/ARCHITECTURE.md, "The engine's facts"). What the engine computes from them
    // equals what lotTotals() and stepSums() compute in SQL, to the cent (tests/tst_orderfacts.cpp).
    Result<OrderFacts> orderFacts(Id contractId = 0);

private:
    // saveOrder()'s checks of the content, the lot, the beneficiary and (numberFree, when given) the number,
    // in that order, reading through the functions given.
    Status checkOrder(PurchaseOrder &order, const std::function<Result<LotFacts>(Id)> &lotOf,
                      const std::function<Status(Id)> &beneficiaryExists, const std::function<Status(Id)> &numberFree);
    Result<LotFacts> lotFacts(Id lotId);

    ContractStore m_contracts;
    CatalogueStore m_catalogue;
};

} // namespace Plafond
