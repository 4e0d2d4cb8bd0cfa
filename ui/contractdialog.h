// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Plafond {

class Workspace;

// Edits every field of one contract. The dialog only returns the edited value; editContract() is the
// whole round trip (show, validate, one undoable command).
//
// Object names of the inputs: reference, title, buyer, notified (check box: the notification date is
// known), notifiedOn, startOn, durationMonths, firmMonths, renewalCount, renewalMonths, minHt, maxHt,
// awardedHt, vatRate, alertThresholds, revisionIndex, revisionBaseMonth, revisionFixedPart, revisionDates,
// revisionRounding (combo box: data "" or the number of decimals), revisionClause,
// componentsInScope; the computed end date: endOn; the errors: <input>Error (e.g. maxHtError);
// the button box: buttons.
class ContractDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ContractDialog(QWidget *parent = nullptr);

    // Creates (existing empty) or edits a contract; true when a change was saved, as one undoable command.
    static bool editContract(Workspace *workspace, std::optional<Contract> existing, QWidget *parent = nullptr);

    void setContract(const Contract &contract);
    // The edited contract: the one given to setContract() (identifier, version, demo flag) with the fields
    // replaced; only meaningful while isInputValid().
    Contract contract() const;
    bool isInputValid() const { return m_valid; }

    // Called by accept() with the edited contract; when it fails the message is shown and the dialog stays.
    using Commit = std::function<bool(const Contract &contract, QString *error)>;
    void setCommit(Commit commit) { m_commit = std::move(commit); }

    // "20" → 2000, "5,5" (French) → 550; nothing when the text is not a rate between 0 and 100 %.
    static std::optional<int> parseVatRate(const QString &text, const QLocale &locale, QString *error = nullptr);
    static QString vatRateToString(int basisPoints, const QLocale &locale);

public slots:
    void accept() override;

private:
    void validate();

    Contract m_contract;
    Commit m_commit;
    bool m_valid = false;

    QLineEdit *m_reference = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_buyer = nullptr;
    QCheckBox *m_notified = nullptr;
    QDateEdit *m_notifiedOn = nullptr;
    QDateEdit *m_startOn = nullptr;
    QSpinBox *m_durationMonths = nullptr;
    QSpinBox *m_firmMonths = nullptr;
    QSpinBox *m_renewalCount = nullptr;
    QSpinBox *m_renewalMonths = nullptr;
    QLabel *m_endOn = nullptr;
    QLineEdit *m_minHt = nullptr;
    QLineEdit *m_maxHt = nullptr;
    QLineEdit *m_awardedHt = nullptr;
    QLineEdit *m_vatRate = nullptr;
    QLineEdit *m_alertThresholds = nullptr;
    QLineEdit *m_revisionIndex = nullptr;
    QLineEdit *m_revisionBaseMonth = nullptr;
    QLineEdit *m_revisionFixedPart = nullptr;
    QPlainTextEdit *m_revisionClause = nullptr;
    QLineEdit *m_revisionDates = nullptr;
    QComboBox *m_revisionRounding = nullptr;
    QSpinBox *m_componentsInScope = nullptr;
    QLabel *m_referenceError = nullptr;
    QLabel *m_firmMonthsError = nullptr;
    QLabel *m_minHtError = nullptr;
    QLabel *m_maxHtError = nullptr;
    QLabel *m_awardedHtError = nullptr;
    QLabel *m_vatRateError = nullptr;
    QLabel *m_alertThresholdsError = nullptr;
    QLabel *m_revisionBaseMonthError = nullptr;
    QLabel *m_revisionFixedPartError = nullptr;
    QLabel *m_revisionDatesError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Plafond
