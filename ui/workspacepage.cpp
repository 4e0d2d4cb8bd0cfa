// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacepage.h"

#include <QEvent>

namespace Plafond {

WorkspacePage::WorkspacePage(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace)
{
}

void WorkspacePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        languageChanged();
    QWidget::changeEvent(event);
}

bool WorkspacePage::isNewTreeSelection(qint64 contractId, qint64 lotId)
{
    if (contractId == m_toldContractId && lotId == m_toldLotId)
        return false;
    m_toldContractId = contractId;
    m_toldLotId = lotId;
    return true;
}

} // namespace Plafond
