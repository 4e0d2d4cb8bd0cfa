// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace.h"

namespace Plafond {

// Covers or uncovers one component by one lot (a cell of the coverage matrix); undo does the opposite.
class SetCoverageCommand : public EditCommand
{
public:
    SetCoverageCommand(Workspace *workspace, Id componentId, Id lotId, bool covered, const QString &text);

protected:
    bool apply(bool forward) override;

private:
    Id m_componentId;
    Id m_lotId;
    bool m_covered;
};

// Undoable edits of declared uses and contributions: plain entity saves.
using SaveComponentUseCommand = SaveEntityCommand<ComponentUse>;
using SaveContributionCommand = SaveEntityCommand<Contribution>;

// Declares (or withdraws) a beneficiary's use of a component, as one undoable command; false with *error
// when it could not be written.
bool setComponentUsed(Workspace *workspace, Id beneficiaryId, Id componentId, bool used, const QDate &today,
                      QString *error);

} // namespace Plafond
