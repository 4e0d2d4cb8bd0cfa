// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

namespace Plafond {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{
}

Workspace::~Workspace()
{
    close();
}

bool Workspace::open(const QString &location, Database::OpenMode mode, QString *error)
{
    auto database = std::make_unique<Database>();
    if (!database->open(location, mode, error))
        return false; // the workspace keeps the database it had
    close();
    m_database = std::move(database);
    m_stores = std::make_unique<Stores>(*m_database);
    m_jobs.setLocation(m_database->location());
    emit opened();
    emit changed(Changes::everything());
    return true;
}

void Workspace::close()
{
    m_jobs.cancelAll();
    m_jobs.waitForAll();
    m_jobs.setLocation(QString());
    m_undoStack.clear();
    m_stores.reset();
    m_database.reset();
}

bool Workspace::isOpen() const
{
    return m_database && m_database->isOpen();
}

QString Workspace::location() const
{
    return m_database ? m_database->location() : QString();
}

Stores &Workspace::stores()
{
    Q_ASSERT(m_stores);
    return *m_stores;
}

bool Workspace::execute(EditCommand *command, QString *error)
{
    if (!command->run(true)) {
        if (error)
            *error = command->error();
        delete command;
        return false;
    }
    m_undoStack.push(command); // its first redo() is skipped: already applied
    emit changed(command->changes(true));
    return true;
}

void Workspace::notify(const Changes &changes)
{
    if (!changes.isEmpty())
        emit changed(changes);
}

Changes EditCommand::changes(bool) const
{
    return Changes::everything();
}

EditCommand::EditCommand(Workspace *workspace, const QString &text)
    : QUndoCommand(text), m_workspace(workspace)
{
}

bool EditCommand::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool EditCommand::run(bool forward)
{
    m_error.clear();
    TransactionGuard guard(m_workspace->stores().database());
    const bool ok = apply(forward) && guard.commit();
    if (!ok && m_error.isEmpty())
        m_error = Workspace::tr("The change could not be written to the database.");
    return ok;
}

void EditCommand::redo()
{
    if (!m_pushed) { // QUndoStack::push() calls redo(): execute() has applied it already
        m_pushed = true;
        return;
    }
    if (!run(true))
        emit m_workspace->errorOccurred(m_error);
    emit m_workspace->changed(changes(true));
}

void EditCommand::undo()
{
    if (!run(false))
        emit m_workspace->errorOccurred(m_error);
    emit m_workspace->changed(changes(false));
}

} // namespace Plafond
