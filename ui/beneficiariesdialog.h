// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Plafond {

class Workspace;

// The beneficiary hierarchy (ministry → direction → body) and an editor for the selected entry. Each
// addition, change or removal is one undoable command on the workspace's stack; the tree reloads on
// Workspace::changed, so an undo shows at once.
//
// Object names: tree (QTreeWidget, columns Code and Name, the identifier in Qt::UserRole of column 0),
// addTopLevel, addChild, remove, undo, redo; the editor: editor (group), code, name, parent (combo box,
// the parent's identifier as item data, 0 for the top level), apply; the button box: buttons (Close).
class BeneficiariesDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { CodeColumn, NameColumn, ColumnCount };

    explicit BeneficiariesDialog(Workspace *workspace, QWidget *parent = nullptr);

    // Shows the dialog until it is closed; the changes are already on the undo stack.
    static void manageBeneficiaries(Workspace *workspace, QWidget *parent = nullptr);

    Id selectedId() const;
    bool selectBeneficiary(Id id);

public slots:
    void reload();
    // Prepare the editor for a new beneficiary, at the top level or under the selected one.
    void startAddTopLevel();
    void startAddChild();
    // Saves the editor: creates the new beneficiary or changes the selected one.
    bool apply();
    bool removeSelected();

private:
    void startAdd(Id parentId);
    void loadEditor();
    void fillParents(Id editedId, Id parentId);
    void updateButtons();
    bool run(const std::optional<Beneficiary> &before, const std::optional<Beneficiary> &after, const QString &text,
             Id *savedId = nullptr);

    Workspace *m_workspace;
    QList<Beneficiary> m_beneficiaries; // as last loaded
    bool m_creating = false;
    bool m_reloading = false;

    QTreeWidget *m_tree = nullptr;
    QPushButton *m_addTopLevel = nullptr;
    QPushButton *m_addChild = nullptr;
    QPushButton *m_remove = nullptr;
    QGroupBox *m_editor = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_parent = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace Plafond
