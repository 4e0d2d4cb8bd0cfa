// SPDX-License-Identifier: GPL-3.0-or-later
#include "ordercommands.h"

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
    m_firstDone = true;
    return true;
}

} // namespace Plafond
