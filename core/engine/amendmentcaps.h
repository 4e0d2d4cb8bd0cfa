// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QCoreApplication>
#include <QList>

namespace Plafond {

// The caps on modifications of a services contract (Code de la commande publique): small modifications may
// add up to 10 % of the initial amount, and no single modification may exceed 50 % of it. A decrease is a
// modification too: amounts count in absolute value. Past a cap the contract needs a new award: a warning,
// since the register records what was signed.
struct AmendmentWarning
{
    Q_DECLARE_TR_FUNCTIONS(AmendmentWarning)
public:
    enum class Kind { CumulatedOver10Percent, SingleOver50Percent };
    Kind kind = Kind::CumulatedOver10Percent;
    Id lotId = 0;       // 0: the contract
    int lotNumber = 0;
    Id amendmentId = 0; // SingleOver50Percent: the amendment; CumulatedOver10Percent: the one that crossed the cap
    QDate signedOn;
    qint64 percentHundredths = 0; // of the initial amount, rounded half away from zero

    QString key() const; // "amendments_over_10_percent", "amendment_over_50_percent"
    QString message() const;
};

class AmendmentCaps
{
public:
    // The warnings of the amendments of one scope (the contract's own, lotId 0, or one lot's) signed on or
    // before `asOf`, against that scope's initial maximum, in signature order.
    static QList<AmendmentWarning> check(Money initialMaximum, QList<Amendment> amendments, const QDate &asOf,
                                         Id lotId = 0, int lotNumber = 0);
};

} // namespace Plafond
