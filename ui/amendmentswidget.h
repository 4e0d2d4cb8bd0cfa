// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "workspacepage.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Plafond {

class AmendmentsModel;

// Edits one amendment: signature date, change of maximum (negative for a decrease), change of duration in
// months, reason. Object names: signedOn, deltaMax, deltaMaxError, deltaMonths, reason, buttons.
class AmendmentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AmendmentDialog(const Amendment &amendment, QWidget *parent = nullptr);
    Amendment amendment() const;

private:
    void validate();

    Amendment m_amendment;
    QDateEdit *m_signedOn;
    QLineEdit *m_deltaMax;
    QLabel *m_deltaMaxError;
    QSpinBox *m_deltaMonths;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

// The "Amendments" tab: the register of the selected contract, for the contract itself or one of its lots,
// with the effective maximum and end date after each amendment and the warnings of the caps (10 % of the
// initial amount cumulated, 50 % for one). Adding, editing and removing are undoable.
class AmendmentsWidget : public WorkspacePage
{
    Q_OBJECT
public:
    explicit AmendmentsWidget(Workspace *workspace, QWidget *parent = nullptr);

    void setSelection(Id contractId, Id lotId);
    void reload();
    AmendmentsModel *model() const { return m_model; }
    Id scopeLotId() const;

    // One undoable command: `before` empty adds, `after` empty removes. False, with the message shown, when
    // the database refuses it.
    bool save(std::optional<Amendment> before, std::optional<Amendment> after);

public slots:
    void addAmendment();
    void editAmendment();
    void removeAmendment();

protected:
    void retranslateUi() override;
    void languageChanged() override;

private:
    void updateSummary();
    void updateButtons();
    std::optional<Amendment> currentAmendment() const;

    Id m_contractId = 0;
    Id m_lotId = 0; // the scope shown: 0 for the contract's own amendments
    AmendmentsModel *m_model;
    QLabel *m_scopeLabel;
    QComboBox *m_scope;
    QLabel *m_summary;
    QLabel *m_warnings;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace Plafond
