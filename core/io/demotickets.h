// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Plafond {

struct Stores;

// The support tickets of the demo (issue 5), called by DemoData::write inside its transaction: SLA targets
// for the lots of ACIM-2012 (critical 4 h / 16 h, major 8 h / 40 h, minor 16 h / 80 h, response / restore, in
// working hours) and about three hundred illustrative tickets over the contract's period on the components
// its lots cover, some of them late. Deterministic: its own fixed-seed generator, fixed dates.
bool writeDemoTickets(Stores &stores, QString *error);

} // namespace Plafond
