// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Plafond {

struct Stores;

// The Syntec index values of the demo (issue 6), called by DemoData::write inside its transaction: the real
// monthly values shipped as resources/syntec/syntec_2019_2025.csv (see resources/syntec/README.md), imported
// with the same importer as `plafond import syntec`, so that the demo's Prices tab shows the revisions of
// MEF-ELL-2020 (base month June 2020). The orders keep their explicit prices. Deterministic: no clock, no
// random draw.
bool writeDemoIndex(Stores &stores, QString *error);

} // namespace Plafond
