// SPDX-License-Identifier: GPL-3.0-or-later
#include "ordercommands.h"

#include "domain/lifecycle.h"
#include "storage/database.h"

#include <QLocale>
#include <QtGlobal>

namespace Plafond {

SaveOrdersCommand::SaveOrdersCommand(Workspace *workspace, const QString &text, QList<Change> changes)
    : EditCommand(workspace, text), m_changes(std::move(changes))
{
}

bool SaveOrdersCommand::apply(bool forward)
{
    Repository &repo = repository();
    const bool first = !m_firstDone;
    // All changes or none; and the ceiling, checked by the editor before, checked again under the lock of
    // the write transaction, so that another user's order saved meanwhile cannot slip past it.
    TransactionGuard guard(repo.database());
    if (!guard.isActive())
        return fail(guard.errorText());
    for (Change &change : m_changes) {
        std::optional<PurchaseOrder> &target = forward ? change.after : change.before;
        const std::optional<PurchaseOrder> &other = forward ? change.before : change.after;
        if (!target) {
            if (!repo.removeOrder(other->id))
                return fail(repo.lastError());
            continue;
        }
        // The first application respects the version that was read (no lost update); undo and redo
        // restore states this command wrote itself.
        if (!first)
            target->rowVersion = 0;
        if (forward && first && !change.overridden && !target->ceilingOverride
            && Lifecycle::countsAsOrdered(target->status)) {
            if (!repo.lockLots({target->lotId}))
                return fail(repo.lastError());
            const auto amount = target->totalHt();
            const auto check = repo.lotCeilingCheck(target->lotId, target->id, amount.value_or(Money()));
            if (!check)
                return fail(repo.lastError());
            const bool wasCounted = change.before && Lifecycle::countsAsOrdered(change.before->status)
                && change.before->lotId == target->lotId && change.before->totalHt() >= amount;
            if (!check->withinCeiling && !wasCounted)
                return fail(check->message(QLocale()));
        }
        if (!repo.saveOrder(*target))
            return fail(repo.lastError());
        if (change.after && !change.after->id)
            change.after->id = target->id;
        if (forward && change.overridden) {
            const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
            if (!repo.logCeilingOverride(*target, *change.overridden, user))
                return fail(repo.lastError());
        }
    }
    if (!guard.commit())
        return fail(Repository::tr("The change could not be committed."));
    m_firstDone = true;
    return true;
}

} // namespace Plafond
