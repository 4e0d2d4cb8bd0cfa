// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QString>

namespace Plafond {

// A free-software component of the catalogue, as the SILL describes it. The SILL identifier is the key: names
// change between editions ("Gimp" became "GIMP"), the identifier does not.
struct Component
{
    Id id = 0;
    QString sillId;
    QString name;
    QString function;
    QString category;
    QString licence; // SPDX expression, as published
    QString versionMin;
    QString versionMax;
    QString status;               // R recommended, O in observation, FR no longer recommended
    bool supportContract = false; // the SILL says the interministerial support contract covers it
    qint64 rowVersion = 0;

    bool sameContent(const Component &other) const
    {
        return sillId == other.sillId && name == other.name && function == other.function
            && category == other.category && licence == other.licence && versionMin == other.versionMin
            && versionMax == other.versionMax && status == other.status && supportContract == other.supportContract;
    }
};

} // namespace Plafond
