// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

namespace Plafond {

// Puts an entity's identifier and row version back when its save fails: the transaction rolled back, so
// the ones handed out inside it were never stored, and keeping them would make the corrected save look
// like a concurrent edit (or like the restoration of a removed row).
class IdentityRestorer
{
public:
    IdentityRestorer(Id &id, qint64 &rowVersion)
        : m_id(id), m_rowVersion(rowVersion), m_savedId(id), m_savedRowVersion(rowVersion)
    {
    }
    ~IdentityRestorer()
    {
        if (!m_kept) {
            m_id = m_savedId;
            m_rowVersion = m_savedRowVersion;
        }
    }
    IdentityRestorer(const IdentityRestorer &) = delete;
    IdentityRestorer &operator=(const IdentityRestorer &) = delete;

    bool keep(bool saved)
    {
        m_kept = saved;
        return saved;
    }

private:
    Id &m_id;
    qint64 &m_rowVersion;
    const Id m_savedId;
    const qint64 m_savedRowVersion;
    bool m_kept = false;
};

} // namespace Plafond
