// SPDX-License-Identifier: GPL-3.0-or-later
#include "amendmentcaps.h"

#include <QLocale>

#include <algorithm>

namespace Plafond {

namespace {

qint64 absolute(Money amount)
{
    // The smallest qint64 has no positive counterpart; an amendment that large is past every cap anyway.
    return amount.cents() == std::numeric_limits<qint64>::min() ? std::numeric_limits<qint64>::max()
                                                                : qAbs(amount.cents());
}

} // namespace

QString AmendmentWarning::key() const
{
    return kind == Kind::CumulatedOver10Percent ? QStringLiteral("amendments_over_10_percent")
                                                : QStringLiteral("amendment_over_50_percent");
}

QString AmendmentWarning::message() const
{
    const QLocale locale;
    // From the integer hundredths, never through a double.
    const QString percent = QStringLiteral("%1%2%3")
                                .arg(locale.toString(percentHundredths / 100))
                                .arg(locale.decimalPoint())
                                .arg(percentHundredths % 100, 2, 10, QLatin1Char('0'));
    const QString day = locale.toString(signedOn, QLocale::ShortFormat);
    if (kind == Kind::CumulatedOver10Percent) {
        return lotId != 0 ? tr("Lot %1: the amendments add up to %2 % of its initial maximum since %3, past the 10 % "
                               "allowed for small modifications.")
                                .arg(locale.toString(lotNumber), percent, day)
                          : tr("The contract's amendments add up to %1 % of its initial maximum since %2, past the "
                               "10 % allowed for small modifications.")
                                .arg(percent, day);
    }
    return lotId != 0 ? tr("Lot %1: the amendment of %2 changes %3 % of its initial maximum, past the 50 % allowed "
                           "for one modification.")
                            .arg(locale.toString(lotNumber), day, percent)
                      : tr("The amendment of %1 changes %2 % of the contract's initial maximum, past the 50 % "
                           "allowed for one modification.")
                            .arg(day, percent);
}

QList<AmendmentWarning> AmendmentCaps::check(Money initialMaximum, QList<Amendment> amendments, const QDate &asOf,
                                             Id lotId, int lotNumber)
{
    QList<AmendmentWarning> warnings;
    if (initialMaximum.cents() <= 0)
        return warnings; // no amount to measure against (an accord-cadre without a published maximum)
    std::stable_sort(amendments.begin(), amendments.end(),
                     [](const Amendment &a, const Amendment &b) { return a.signedOn < b.signedOn; });
    qint64 cumulated = 0;
    bool cumulatedWarned = false;
    const qint64 initial = initialMaximum.cents();
    auto percentOf = [initial](qint64 cents) { return mulDivRounded(cents, 10000, initial).value_or(std::numeric_limits<qint64>::max()); };
    for (const Amendment &amendment : std::as_const(amendments)) {
        if (amendment.lotId != lotId || (asOf.isValid() && amendment.signedOn > asOf))
            continue;
        const qint64 change = absolute(amendment.deltaMaxHt);
        AmendmentWarning warning;
        warning.lotId = lotId;
        warning.lotNumber = lotNumber;
        warning.amendmentId = amendment.id;
        warning.signedOn = amendment.signedOn;
        // Exact comparisons on integers: change > 50 % ⇔ 2 × change > initial.
        if (change > initial - change) {
            warning.kind = AmendmentWarning::Kind::SingleOver50Percent;
            warning.percentHundredths = percentOf(change);
            warnings << warning;
        }
        cumulated = change > std::numeric_limits<qint64>::max() - cumulated ? std::numeric_limits<qint64>::max()
                                                                            : cumulated + change;
        // Cumulated past 10 %, told once, at the amendment that crossed it.
        // For non-negative integers, 10 × c > i ⇔ c > ⌊i / 10⌋: no product to overflow.
        if (!cumulatedWarned && cumulated > initial / 10) {
            cumulatedWarned = true;
            warning.kind = AmendmentWarning::Kind::CumulatedOver10Percent;
            warning.percentHundredths = percentOf(cumulated);
            warnings << warning;
        }
    }
    return warnings;
}

} // namespace Plafond
