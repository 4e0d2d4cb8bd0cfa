// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace.h"

#include <QMessageBox>

#include <functional>

namespace Plafond {

// One addition, change or removal of an entity from an editor, as one undoable command on the workspace's
// stack. On failure the editor's window says why, under `failureTitle`, and it returns false; on success
// `savedId` receives the identifier of what was saved (a new entity's included).
template <typename T>
bool saveEntity(Workspace *workspace, QWidget *window, const QString &text, const std::optional<T> &before,
                const std::optional<T> &after, typename SaveEntityCommand<T>::Save save,
                typename SaveEntityCommand<T>::Remove remove, const QString &failureTitle, Id *savedId = nullptr)
{
    auto *command = new SaveEntityCommand<T>(workspace, text, before, after, save, remove);
    QString error;
    if (!workspace->execute(command, &error)) { // the command is deleted on failure
        QMessageBox::warning(window, failureTitle, error);
        return false;
    }
    if (savedId && command->after())
        *savedId = command->after()->id; // the stack owns the command now; it is still alive
    return true;
}

// An editor's OK, before it closes: true when there is no `commit` or when `commit` takes `edited`;
// otherwise the editor's window says why, under `failureTitle`, and stays open.
template <typename T>
bool commitEdit(QWidget *window, const std::function<bool(const T &, QString *)> &commit, const T &edited,
                const QString &failureTitle)
{
    if (!commit)
        return true;
    QString error;
    if (commit(edited, &error))
        return true;
    QMessageBox::warning(window, failureTitle, error);
    return false;
}

} // namespace Plafond
