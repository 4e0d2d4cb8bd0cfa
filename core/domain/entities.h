// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Plafond {

// Database identifier; 0 means "not stored yet".
using Id = qint64;

struct Contract
{
    Id id = 0;
    QString reference;
    QString title;
    QString buyer;
    QDate notifiedOn;
    QDate startOn;
    int durationMonths = 0;
    int firmMonths = 0;      // the firm period (tranche ferme)
    int renewalCount = 0;    // number of optional renewals
    int renewalMonths = 0;   // length of each renewal
    std::optional<Money> minHt;
    Money maxHt;
    std::optional<Money> awardedHt; // the amount announced at award, when it differs from the maximum
    int vatBasisPoints = 2000;       // 20 %
    // Price revision clause, stored now and applied by the price revision engine.
    QString revisionIndex;     // "SYNTEC"
    QString revisionBaseMonth; // "2020-06"
    QString revisionFixedPart; // "0.15", a decimal string: never a double
    QString revisionClause;    // the clause's wording
    // Revision dates, ascending "2021-09-01,2022-09-01" (empty: each anniversary of the start), and the rounding
    // of the coefficient before it applies: "" exact, "N" rounded to N decimals (0 to 6), halves away from zero.
    // Parsed and checked by RevisionClause (engine/revisedschedule.h).
    QString revisionDates;
    QString revisionRounding;
    int componentsInScope = 0; // software components the contract says it covers
    bool demo = false;         // illustrative data, shown with a banner
    // Percentages of the maximum that raise an alert (lot, contract, budgets, allocations): whole numbers,
    // strictly ascending, each in 1..200 (see validAlertThresholds()).
    QList<int> alertThresholds{70, 90, 100};
    qint64 rowVersion = 0;

    QDate endOn() const { return startOn.isValid() ? startOn.addMonths(durationMonths).addDays(-1) : QDate(); }
};

enum class HolderRole { Lead, CoContractor, Subcontractor };
// "lead", "co-contractor", "subcontractor": the role as stored and as the contract definition writes it.
QString holderRoleKey(HolderRole role);
std::optional<HolderRole> holderRoleFromKey(const QString &key);

struct Holder
{
    Id id = 0;
    Id lotId = 0;
    QString name;
    QString siret; // empty when not provided
    HolderRole role = HolderRole::Lead;
};

struct Lot
{
    Id id = 0;
    Id contractId = 0;
    int number = 0;
    QString title;
    std::optional<Money> minHt;
    Money maxHt;
    QList<Holder> holders; // empty when the holders are not public
    qint64 rowVersion = 0;
};

struct UnitPrice
{
    Id id = 0;
    Id workUnitId = 0;
    QDate effectiveFrom;
    Money priceHt;
};

struct WorkUnit
{
    Id id = 0;
    Id lotId = 0;
    QString code;
    QString labelFr;
    QString labelEn;
    QString unit; // "day", "ticket", "package"…
    QList<UnitPrice> prices; // the unit price schedule, ordered by effectiveFrom
    bool development = false; // its order lines must be contributed upstream (issue 5)
    qint64 rowVersion = 0;

    QString label(const QLocale &locale) const
    {
        return locale.language() == QLocale::French || labelEn.isEmpty() ? labelFr : labelEn;
    }
    // The price in force on a date: the latest price effective on or before it.
    std::optional<Money> priceOn(const QDate &date) const;
};

struct WorkUnitBudget
{
    Id id = 0;
    Id workUnitId = 0;
    int year = 0;
    qint64 quantityMilli = 0;
};

// A beneficiary's drawing right on a lot: an amount, or a quantity of one work unit.
struct Allocation
{
    Id id = 0;
    Id lotId = 0;
    Id beneficiaryId = 0;
    std::optional<Money> amountHt;
    Id workUnitId = 0;
    std::optional<qint64> quantityMilli;
};

struct Beneficiary
{
    Id id = 0;
    QString code;
    QString name;
    Id parentId = 0; // ministry → direction → body
    qint64 rowVersion = 0;
};

enum class OrderStatus { Draft, Issued, Done, Invoiced, Paid, Cancelled };

struct OrderLine
{
    Id id = 0;
    Id orderId = 0;
    Id workUnitId = 0;
    qint64 quantityMilli = 0;
    Money unitPriceHt;
    Money amountHt; // quantity × unit price, rounded once

    // Recomputes amountHt; false when it would overflow.
    bool computeAmount();
};

struct PurchaseOrder
{
    Id id = 0;
    Id lotId = 0;
    Id beneficiaryId = 0;
    QString number;
    QString commitmentNumber; // EJ
    OrderStatus status = OrderStatus::Draft;
    QDate createdOn;
    QDate issuedOn;
    QDate doneOn;
    QDate invoicedOn;
    QDate paidOn;
    QDate cancelledOn;
    bool ceilingOverride = false; // the user accepted going past the lot's maximum
    QString overrideReason;
    QList<OrderLine> lines;
    qint64 rowVersion = 0;

    // Sum of the rounded lines; nothing on overflow.
    std::optional<Money> totalHt() const;
    // Sum over lines of each line's rounded VAT-inclusive amount.
    std::optional<Money> totalTtc(int vatBasisPoints) const;
    QDate dateOf(OrderStatus step) const;
};

// Alert thresholds as stored and typed: "70,90,100" or "70, 90, 100". Nothing when the text is not a list of
// valid thresholds (validAlertThresholds()).
std::optional<QList<int>> parseAlertThresholds(const QString &text);
// "70,90,100" with separator ",", "70, 90, 100" with ", ".
QString formatAlertThresholds(const QList<int> &thresholds, const QString &separator);
// At least one; each a whole percentage in 1..200; strictly ascending (so "the highest reached" is the last).
bool validAlertThresholds(const QList<int> &thresholds);

struct Amendment
{
    Id id = 0;
    Id contractId = 0;
    Id lotId = 0; // 0: the whole contract
    QDate signedOn;
    Money deltaMaxHt;
    int deltaMonths = 0;
    QString reason;
};

} // namespace Plafond
