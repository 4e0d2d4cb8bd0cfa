// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue.h"
#include "entities.h"

#include <QCoreApplication>

namespace Plafond {

// The order lifecycle: draft → issued → done → invoiced → paid; draft or issued → cancelled.
class Lifecycle
{
    Q_DECLARE_TR_FUNCTIONS(Lifecycle)
public:
    // Translated, for display: by the application's translators, or in the given language (the report).
    static QString statusName(OrderStatus status, const Catalogue &language = Catalogue::application());
    static QString statusKey(OrderStatus status);        // "draft", "issued"… for storage and files
    static std::optional<OrderStatus> statusFromKey(const QString &key);
    static QList<OrderStatus> allStatuses();

    static bool canMove(OrderStatus from, OrderStatus to);
    // Moves the order to the step, dated; on refusal leaves it unchanged and explains why.
    static bool move(PurchaseOrder &order, OrderStatus to, const QDate &on, QString *error = nullptr);
    // Whether an order at this status counts as ordered (issued and later, not cancelled).
    static bool countsAsOrdered(OrderStatus status);
    // The step an order had reached on a date, from its dated steps (a cancellation by then wins): what the
    // figures as of that date count it as.
    static OrderStatus statusOn(const PurchaseOrder &order, const QDate &on);
};

// The ceiling rule: an order may not take a lot past its (effective) maximum without an explicit override.
struct CeilingCheck
{
    Q_DECLARE_TR_FUNCTIONS(CeilingCheck)
public:
    bool withinCeiling = true;
    Money maximum;
    Money orderedBefore; // other orders already counted against the maximum
    Money orderAmount;
    Money excess; // how far past the maximum the order would go; zero when within

    static CeilingCheck check(Money maximum, Money orderedBefore, Money orderAmount);
    // What the lot would hold with the order, in hundredths of a percent of its maximum, rounded half away
    // from zero as the engine rounds (0 without a maximum).
    qint64 percentHundredthsAfter() const;
    QString message(const QLocale &locale = QLocale()) const;
};

// SIRET: 14 digits with a Luhn checksum (La Poste's establishments use a digit-sum rule instead).
bool isValidSiret(const QString &siret);

} // namespace Plafond
