// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storebase.h"

#include "domain/indexvalue.h"

namespace Plafond {

// The monthly values of a price revision index (Syntec), in tenths of a point. A value corrected after
// publication supersedes the current one, which stays on record.
class IndexStore : public StoreBase
{
    Q_DECLARE_TR_FUNCTIONS(IndexStore)
public:
    using StoreBase::StoreBase;

    // The values in force, by month then series; with `history`, the superseded ones too (supersededOn set).
    Result<QList<IndexValue>> indexValues(const QString &indexName, bool history = false);
    // Stores a value; true when it changed something. When the month already has a value in that series, a
    // different value is a correction: the old row is kept, superseded on `today`; the same value changes nothing.
    Result<bool> saveIndexValue(const QString &indexName, const IndexValue &value, const QDate &today);
};

} // namespace Plafond
