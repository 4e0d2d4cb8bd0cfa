// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace Plafond {

class Workspace;

// Actions a window's menus hold but that live apart from the window: they take their texts again when the
// window's language changes (the window receives the change; actions are not widgets and would not) and
// are enabled again when a database opens. A subclass makes its actions, then calls start().
class WindowActions : public QObject
{
    Q_OBJECT
public:
    WindowActions(QWidget *window, Workspace *workspace);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // The texts and the enabled state of the actions once made; afterwards they follow on their own.
    void start();
    virtual void retranslate() = 0;
    virtual void updateEnabled() = 0;

    QWidget *m_window;
    Workspace *m_workspace;
};

} // namespace Plafond
