// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowactions.h"

#include "workspace.h"

#include <QEvent>
#include <QWidget>

namespace Plafond {

WindowActions::WindowActions(QWidget *window, Workspace *workspace)
    : QObject(window), m_window(window), m_workspace(workspace)
{
}

void WindowActions::start()
{
    connect(m_workspace, &Workspace::opened, this, &WindowActions::updateEnabled);
    m_window->installEventFilter(this);
    retranslate();
    updateEnabled();
}

bool WindowActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace Plafond
