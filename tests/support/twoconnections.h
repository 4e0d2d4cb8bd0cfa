// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Two connections to one database, each with its stores: two Plafond windows on the same file, for what one
// sees of the other's writes (stale edits, removed rows).

#include "storage/database.h"
#include "storage/stores.h"

#include <QString>

namespace PlafondTest {

struct TwoConnections
{
    Plafond::Database first;
    Plafond::Database second;
    Plafond::Stores one{first};
    Plafond::Stores two{second};

    // Once `first` is open: the second connection, on the database the first has open.
    bool openSecond(QString *error = nullptr)
    {
        return second.open(first.location(), Plafond::Database::OpenMode::MustExist, error);
    }
};

} // namespace PlafondTest
