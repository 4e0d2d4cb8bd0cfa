// SPDX-License-Identifier: GPL-3.0-or-later
// Price revision clause and revised schedules (engine/revisedschedule.*).
#include "repository.h"

namespace Plafond {

Id Repository::contractIdOfLot(Id lotId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT contract_id FROM lots WHERE id = ?"));
    q.addBindValue(lotId);
    if (!exec(q) || !q.next())
        return 0;
    const Id contractId = q.value(0).toLongLong();
    q.finish();
    return contractId;
}

} // namespace Plafond
