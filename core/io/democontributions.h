// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Plafond {

struct Stores;

// Upstream contributions and declared uses of the demo (issue 5), called by DemoData::write inside its
// transaction: the DEV work units of MEF-ELL-2020 and DEV-REVERS of ACIM-2012 become development work units;
// most of their order lines get an illustrative contribution (merged, submitted or refused) on the real
// upstream forge of a component of the lot; fifteen beneficiaries declare the components they use, a few of
// them not covered by any lot. Deterministic: its own fixed-seed generator, dates derived from the orders.
bool writeDemoContributions(Stores &stores, QString *error);

} // namespace Plafond
