// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacepage.h"

#include "workspace.h"

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

void WorkspacePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        m_reload();
    }
}

void WorkspacePage::reloadOnChanges(unsigned topics, std::function<void()> reload)
{
    m_topics = topics;
    m_reload = std::move(reload);
    connect(m_workspace, &Workspace::changed, this, [this](const Changes &changes) { changed(changes.topics); });
}

void WorkspacePage::changed(unsigned topics)
{
    if (!(topics & m_topics))
        return; // an edit of orders does not concern the catalogue's pages, and so on
    // A tab behind another in a shown window waits until it is chosen: an edit reloads only what is seen.
    if (isVisible() || !window()->isVisible())
        m_reload();
    else
        m_stale = true;
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
