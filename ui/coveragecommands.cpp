// SPDX-License-Identifier: GPL-3.0-or-later
#include "coveragecommands.h"

#include <QCoreApplication>

namespace Plafond {

SetCoverageCommand::SetCoverageCommand(Workspace *workspace, Id componentId, Id lotId, bool covered, const QString &text)
    : EditCommand(workspace, text), m_componentId(componentId), m_lotId(lotId), m_covered(covered)
{
}

bool SetCoverageCommand::apply(bool forward)
{
    Stores &stores = this->stores();
    if (const Status status = stores.components.setComponentCovered(m_componentId, m_lotId, forward ? m_covered : !m_covered); !status)
        return fail(status.message());
    return true;
}

bool setComponentUsed(Workspace *workspace, Id beneficiaryId, Id componentId, bool used, const QDate &today,
                      QString *error)
{
    Stores &stores = workspace->stores();
    std::optional<ComponentUse> before;
    for (const ComponentUse &use : stores.components.componentUses(beneficiaryId)) {
        if (use.componentId == componentId)
            before = use;
    }
    if (before.has_value() == used)
        return true; // nothing to change
    std::optional<ComponentUse> after;
    QString text;
    if (used) {
        after = ComponentUse{0, beneficiaryId, componentId, today, QString(), 0};
        text = QCoreApplication::translate("ComponentUses", "Declare a component used");
    } else {
        text = QCoreApplication::translate("ComponentUses", "Withdraw a declared use");
    }
    return workspace->execute(new SaveComponentUseCommand(workspace, text, before, after, &ComponentStore::saveComponentUse,
                                                          &ComponentStore::removeComponentUse),
                              error);
}

} // namespace Plafond
