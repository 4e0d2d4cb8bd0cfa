// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqltable.h"

namespace Plafond::Tables {

// Every table the stores write, declared once (the columns in reader and writer order). The schema
// itself, with its history, is in database.cpp's migrations.
const Table &contracts();
const Table &lots();
const Table &holders();
const Table &amendments();
const Table &beneficiaries();
const Table &workUnits();
const Table &unitPrices();
const Table &budgets();
const Table &allocations();
const Table &orders();
const Table &orderLines();
const Table &ceilingOverrides();
const Table &components();
const Table &componentLots();
const Table &componentUses();
const Table &contributions();
const Table &tickets();
const Table &slaTargets();
const Table &indexValues();

} // namespace Plafond::Tables
