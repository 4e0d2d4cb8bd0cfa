// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportsections.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>

namespace Plafond::ReportFingerprint {

// The canonical text of every figure the report shows, and every order line, in a fixed order: what the
// report's fingerprint (SHA-256) is computed from. Same data and date, same text, whatever the language.
QByteArray canonicalFigures(const QList<ContractReport> &contracts,
    const QHash<Id, Beneficiary> &beneficiaries, const QDate &asOf, bool all);

} // namespace Plafond::ReportFingerprint
