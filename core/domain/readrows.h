// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QDate>
#include <QString>

namespace Plafond {

// Rows the stores compute in SQL for the engine, the models and the exchange formats: plain values, one
// query for all of them (never one per row). Defined here, in the domain, so that storage holds no engine
// or view types and the readers hold no SQL.

// One row of the orders table: an order with its contract, lot, beneficiary and totals.
struct OrderRow
{
    Id id = 0;
    QString number;
    Id contractId = 0;
    QString contractReference;
    Id lotId = 0;
    int lotNumber = 0;
    Id beneficiaryId = 0;
    QString beneficiaryCode;
    QString beneficiaryName;
    QString commitmentNumber;
    OrderStatus status = OrderStatus::Draft;
    QDate issuedOn;
    QDate lastStepOn; // date of the current status
    Money totalHt;
    Money totalTtc;
    bool ceilingOverride = false;
};

// Totals of one lot as of a date, by lifecycle step (see docs/DOMAIN.md: "ordered" counts issued and later).
struct LotTotals
{
    Id lotId = 0;
    Money ordered;
    Money done;
    Money invoiced;
    Money paid;
};

// Order lines of one lot, beneficiary and work unit whose step falls in one month, summed. The step is
// the lifecycle's own (OrderStatus: Issued, Done, Invoiced, Paid, or Cancelled, the negative of the issue
// it undoes); there is no second numbering of the lifecycle.
struct StepSum
{
    Id lotId = 0;
    Id beneficiaryId = 0;
    Id workUnitId = 0;
    OrderStatus step = OrderStatus::Issued;
    QDate month;      // first day of the month of the step's date
    QDate issueMonth; // Cancelled only: first day of the month the cancelled orders were issued
    qint64 quantityMilli = 0;
    Money amountHt;
    Money amountTtc; // VAT rounded per line, then summed
};

// One order of a contract with development lines that count as ordered at a date, with the sum of those
// lines and the sum of those of them that have at least one contribution merged by then.
struct DevelopmentOrderAmounts
{
    Id orderId = 0;
    QString number;
    Id lotId = 0;
    int lotNumber = 0;
    QString beneficiaryCode;
    QDate issuedOn;
    Money developmentHt;
    Money mergedHt;
};

// What the DECP import keeps beside a contract: the published identifier (unique per buyer only), the
// buyer's SIRET and, as JSON text, the published fields Plafond does not model.
struct DecpFields
{
    Id contractId = 0;
    QString decpId;
    QString buyerSiret;
    QString extra;
};

} // namespace Plafond
