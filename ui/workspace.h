// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/job.h"
#include "storage/changes.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace Plafond {

class EditCommand;

// The open database as the widgets see it: the stores, the undo stack, and one notice after every change
// (an edit, an undo, a redo, an import) that says what changed, so that each view updates what it shows
// of it and nothing else.
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

    Stores &stores();
    QUndoStack *undoStack() { return &m_undoStack; }
    // The long reads of the views (the orders, the dashboard) run here, each on its own connection to the
    // open database; closing the database cancels them and waits for them.
    JobRunner &jobs() { return m_jobs; }

    // Applies the command once; on success it goes on the undo stack, on failure it is deleted and the
    // error is returned, with nothing changed.
    bool execute(EditCommand *command, QString *error);
    // Tells every view what changed outside an undoable command (an import, a generated database).
    void notify(const Changes &changes);

signals:
    void opened();
    // After every change. A listener that reads only some aggregates looks at changes.touches(…) first.
    void changed(const Plafond::Changes &changes);
    void errorOccurred(const QString &message);

private:
    friend class EditCommand;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Stores> m_stores;
    QUndoStack m_undoStack;
    JobRunner m_jobs;
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

    // What apply(forward) changed, for the change notice. The default says "everything": commands that
    // know better say less.
    virtual Changes changes(bool forward) const;

protected:
    virtual bool apply(bool forward) = 0;
    Stores &stores() { return m_workspace->stores(); }
    bool fail(const QString &message);

private:
    friend class Workspace;
    bool run(bool forward);
    Workspace *m_workspace;
    QString m_error;
    bool m_pushed = false;
};

// The store that saves an entity type, and the topic of the change notice its save raises.
template<typename T> struct EntityStore;
template<> struct EntityStore<Contract> { using Store = ContractStore; static constexpr unsigned topic = Changes::Contracts | Changes::Orders; };
template<> struct EntityStore<Lot> { using Store = ContractStore; static constexpr unsigned topic = Changes::Contracts | Changes::Orders; };
template<> struct EntityStore<Beneficiary> { using Store = CatalogueStore; static constexpr unsigned topic = Changes::Catalogue; };
template<> struct EntityStore<WorkUnit> { using Store = CatalogueStore; static constexpr unsigned topic = Changes::Catalogue; };
template<> struct EntityStore<ComponentUse> { using Store = ComponentStore; static constexpr unsigned topic = Changes::Components; };
template<> struct EntityStore<Contribution> { using Store = ComponentStore; static constexpr unsigned topic = Changes::Components; };

// Saves a new state of one entity; `before` empty means the entity is created (undo removes it),
// `after` empty means it is removed (undo restores it with its identifier).
template <typename T>
class SaveEntityCommand : public EditCommand
{
public:
    using Store = typename EntityStore<T>::Store;
    using Save = Status (Store::*)(T &);
    using Remove = Status (Store::*)(Id);
    SaveEntityCommand(Workspace *workspace, const QString &text, std::optional<T> before, std::optional<T> after,
                      Save save, Remove remove)
        : EditCommand(workspace, text), m_before(std::move(before)), m_after(std::move(after)), m_save(save),
          m_remove(remove)
    {
    }
    // The entity as saved by the last apply(true), with its identifier.
    const std::optional<T> &after() const { return m_after; }
    // A contract or a lot removed takes its orders with it; a renamed beneficiary shows in the order rows.
    Changes changes(bool) const override
    {
        Changes changes = Changes::of(EntityStore<T>::topic);
        if constexpr (std::is_same_v<T, Beneficiary>)
            changes.allOrders = true;
        return changes;
    }

protected:
    bool apply(bool forward) override
    {
        std::optional<T> &target = forward ? m_after : m_before;
        const std::optional<T> &other = forward ? m_before : m_after;
        Store &store = stores().template store<Store>();
        if (!target) {
            if (const Status removed = (store.*m_remove)(other->id); !removed)
                return fail(removed.message());
            return true;
        }
        if (!m_firstDone && forward) {
            // First application: respect the version that was read, so that a concurrent edit is not lost.
            m_firstDone = true;
        } else {
            target->rowVersion = 0; // undo and redo restore a state we wrote ourselves
        }
        if (const Status saved = (store.*m_save)(*target); !saved)
            return fail(saved.message());
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
