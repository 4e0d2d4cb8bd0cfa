// SPDX-License-Identifier: GPL-3.0-or-later
#include "ordercommands.h"

#include "domain/lifecycle.h"
#include "storage/database.h"

#include <QLocale>
#include <QtGlobal>

namespace Plafond {

Changes SaveOrdersCommand::changes(bool forward) const
{
    Changes changes;
    changes.topics = Changes::Orders;
    for (const Change &change : m_changes) {
        const std::optional<PurchaseOrder> &target = forward ? change.after : change.before;
        const std::optional<PurchaseOrder> &other = forward ? change.before : change.after;
        if (target && target->id)
            changes.savedOrders.insert(target->id);
        else if (!target && other)
            changes.removedOrders.insert(other->id);
        else
            changes.allOrders = true; // a new order not saved: nothing to name
    }
    return changes;
}

SaveOrdersCommand::SaveOrdersCommand(Workspace *workspace, const QString &text, QList<Change> changes)
    : EditCommand(workspace, text), m_changes(std::move(changes))
{
}

bool SaveOrdersCommand::apply(bool forward)
{
    Stores &stores = this->stores();
    const bool first = !m_firstDone;
    // All changes or none; and the ceiling, checked by the editor before, checked again under the lock of
    // the write transaction, so that another user's order saved meanwhile cannot slip past it.
    TransactionGuard guard(stores.database());
    if (!guard.isActive())
        return fail(guard.errorText());
    for (Change &change : m_changes) {
        std::optional<PurchaseOrder> &target = forward ? change.after : change.before;
        const std::optional<PurchaseOrder> &other = forward ? change.before : change.after;
        if (!target) {
            if (const Status status = stores.orders.removeOrder(other->id); !status)
                return fail(status.message());
            continue;
        }
        // The first application respects the version that was read (no lost update); undo and redo
        // restore states this command wrote itself.
        if (!first)
            target->rowVersion = 0;
        if (forward && first && !change.overridden && !target->ceilingOverride
            && Lifecycle::countsAsOrdered(target->status)) {
            if (const Status status = stores.contracts.lockLots({target->lotId}); !status)
                return fail(status.message());
            const auto amount = target->totalHt();
            const auto check = stores.orders.lotCeilingCheck(target->lotId, target->id, amount.value_or(Money()));
            if (!check)
                return fail(check.message());
            const bool wasCounted = change.before && Lifecycle::countsAsOrdered(change.before->status)
                && change.before->lotId == target->lotId && change.before->totalHt() >= amount;
            if (!check->withinCeiling && !wasCounted)
                return fail(check->message(QLocale()));
        }
        if (const Status status = stores.orders.saveOrder(*target); !status)
            return fail(status.message());
        if (change.after && !change.after->id)
            change.after->id = target->id;
        if (forward && change.overridden) {
            const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
            if (const Status status = stores.orders.logCeilingOverride(*target, *change.overridden, user); !status)
                return fail(status.message());
        }
    }
    if (!guard.commit())
        return fail(Workspace::tr("The change could not be committed."));
    m_firstDone = true;
    return true;
}

} // namespace Plafond
