// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace.h"

#include "domain/lifecycle.h"

namespace Plafond {

// One undoable change to one or more purchase orders: creation (no before), removal (no after), an edit,
// or a lifecycle step applied to a selection. An order saved past its lot's maximum carries the ceiling
// check that the user overrode, and each application records it in the override log.
class SaveOrdersCommand : public EditCommand
{
public:
    struct Change
    {
        std::optional<PurchaseOrder> before;
        std::optional<PurchaseOrder> after;
        std::optional<CeilingCheck> overridden;
    };

    SaveOrdersCommand(Workspace *workspace, const QString &text, QList<Change> changes);
    const QList<Change> &changes() const { return m_changes; }

    // The orders saved and removed, by id: views update those rows only.
    Changes changes(bool forward) const override;

protected:
    bool apply(bool forward) override;

private:
    QList<Change> m_changes;
    bool m_firstDone = false;
};

} // namespace Plafond
