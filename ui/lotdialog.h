// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDialog>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Plafond {

class Workspace;

// Edits one lot and its holders (the consortium). The dialog only returns the edited value; editLot() is
// the whole round trip (show, validate, one undoable command).
//
// Object names: number, title, minHt, maxHt, holders (table: Name, SIRET, Role; the role is edited with a
// combo box and kept as HolderRole in Qt::UserRole), addHolder, removeHolder, holdersEmpty (the "Holders
// not provided" note), holdersError, minHtError, maxHtError, buttons.
class LotDialog : public QDialog
{
    Q_OBJECT
public:
    enum HolderColumn { NameColumn, SiretColumn, RoleColumn, HolderColumnCount };

    explicit LotDialog(QWidget *parent = nullptr);

    // Creates (existing empty) a lot of the contract, or edits one; true when a change was saved as one
    // undoable command.
    static bool editLot(Workspace *workspace, Id contractId, std::optional<Lot> existing, QWidget *parent = nullptr);

    static QString roleName(HolderRole role); // translated: "Lead contractor", "Co-contractor", "Subcontractor"

    void setLot(const Lot &lot);
    // The edited lot: the one given to setLot() with the fields and holders replaced.
    Lot lot() const;
    bool isInputValid() const { return m_valid; }

    using Commit = std::function<bool(const Lot &lot, QString *error)>;
    void setCommit(Commit commit) { m_commit = std::move(commit); }

public slots:
    void accept() override;
    void addHolder();
    void removeHolder();

private:
    void appendHolderRow(const Holder &holder);
    void validate();

    Lot m_lot;
    Commit m_commit;
    bool m_valid = false;
    bool m_filling = false; // table being filled: its item changes are not edits

    QSpinBox *m_number = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_minHt = nullptr;
    QLineEdit *m_maxHt = nullptr;
    QLabel *m_minHtError = nullptr;
    QLabel *m_maxHtError = nullptr;
    QTableWidget *m_holders = nullptr;
    QLabel *m_holdersEmpty = nullptr;
    QLabel *m_holdersError = nullptr;
    QPushButton *m_addHolder = nullptr;
    QPushButton *m_removeHolder = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Plafond
