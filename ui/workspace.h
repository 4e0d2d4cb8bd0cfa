// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "storage/repository.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace Plafond {

class EditCommand;

// The open database as the widgets see it: the repository, the undo stack, and one signal after every
// change (an edit, an undo, a redo) so that every view reloads from the same source.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    bool open(const QString &location, Database::OpenMode mode, QString *error);
    void close();
    bool isOpen() const;
    QString location() const;

    Repository &repository();
    QUndoStack *undoStack() { return &m_undoStack; }

    // Applies the command once; on success it goes on the undo stack, on failure it is deleted and the
    // error is returned, with nothing changed.
    bool execute(EditCommand *command, QString *error);

signals:
    void opened();
    void changed();
    void errorOccurred(const QString &message);

private:
    friend class EditCommand;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Repository> m_repository;
    QUndoStack m_undoStack;
};

// An undoable edit of the database. apply(true) makes the new state, apply(false) restores the old one;
// each runs in one transaction. The first redo (on push) is skipped: execute() has already applied it.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(Workspace *workspace, const QString &text);
    void redo() override;
    void undo() override;

    QString error() const { return m_error; }

protected:
    virtual bool apply(bool forward) = 0;
    Repository &repository() { return m_workspace->repository(); }
    bool fail(const QString &message);

private:
    friend class Workspace;
    bool run(bool forward);
    Workspace *m_workspace;
    QString m_error;
    bool m_pushed = false;
};

// Saves a new state of one entity; `before` empty means the entity is created (undo removes it),
// `after` empty means it is removed (undo restores it with its identifier).
template <typename T>
class SaveEntityCommand : public EditCommand
{
public:
    using Save = bool (Repository::*)(T &);
    using Remove = bool (Repository::*)(Id);
    SaveEntityCommand(Workspace *workspace, const QString &text, std::optional<T> before, std::optional<T> after,
                      Save save, Remove remove)
        : EditCommand(workspace, text), m_before(std::move(before)), m_after(std::move(after)), m_save(save),
          m_remove(remove)
    {
    }
    // The entity as saved by the last apply(true), with its identifier.
    const std::optional<T> &after() const { return m_after; }

protected:
    bool apply(bool forward) override
    {
        std::optional<T> &target = forward ? m_after : m_before;
        const std::optional<T> &other = forward ? m_before : m_after;
        Repository &repo = repository();
        if (!target) {
            if (!(repo.*m_remove)(other->id))
                return fail(repo.lastError());
            return true;
        }
        if (!m_firstDone && forward) {
            // First application: respect the version that was read, so that a concurrent edit is not lost.
            m_firstDone = true;
        } else {
            target->rowVersion = 0; // undo and redo restore a state we wrote ourselves
        }
        if (!(repo.*m_save)(*target))
            return fail(repo.lastError());
        // On creation the identifier is known only now; undo needs it.
        if (m_after && !m_after->id)
            m_after->id = target->id;
        return true;
    }

private:
    std::optional<T> m_before;
    std::optional<T> m_after;
    Save m_save;
    Remove m_remove;
    bool m_firstDone = false;
};

} // namespace Plafond
