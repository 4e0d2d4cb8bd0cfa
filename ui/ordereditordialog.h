// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/lifecycle.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Plafond {

class OrderLinesModel;
class Stores;
class Workspace;

// Creates or edits one purchase order: lot, beneficiary, numbers, issue date, lines priced from the unit
// price schedule at that date, live totals excl. and incl. VAT, and the ceiling check of the lot.
class OrderEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // existing empty: a new order, on lotId when given.
    OrderEditorDialog(Stores &stores, std::optional<PurchaseOrder> existing, Id lotId, QWidget *parent = nullptr);

    // The order as edited, with its lines.
    PurchaseOrder order() const;
    // Set when the order goes past its lot's maximum and the user accepted that explicitly.
    std::optional<CeilingCheck> overriddenCeiling() const;
    OrderLinesModel *linesModel() const { return m_lines; }

    // Shows the dialog and saves the result as one undoable command; false when cancelled or refused.
    static bool editOrder(Workspace *workspace, std::optional<PurchaseOrder> existing, Id lotId, QWidget *parent);

private:
    void loadLot();
    void suggestNumber();
    void updateTotals();
    void addLine();
    void removeLine();
    CeilingCheck ceilingCheck() const;
    bool countsAgainstCeiling() const;

    Stores &m_stores;
    // The lot's maximum and what its other orders hold, read when the lot changes, not at every keystroke.
    mutable Id m_ceilingLot = 0;
    mutable CeilingCheck m_lotCeiling;
    std::optional<PurchaseOrder> m_existing;
    int m_vatBasisPoints = 2000;
    QComboBox *m_lot = nullptr;
    QComboBox *m_beneficiary = nullptr;
    QLineEdit *m_number = nullptr;
    QString m_suggestedNumber;
    QLineEdit *m_commitment = nullptr;
    QDateEdit *m_date = nullptr;
    QCheckBox *m_issue = nullptr;
    QTableView *m_table = nullptr;
    OrderLinesModel *m_lines = nullptr;
    QPushButton *m_addLine = nullptr;
    QPushButton *m_removeLine = nullptr;
    QLabel *m_totalHt = nullptr;
    QLabel *m_vat = nullptr;
    QLabel *m_totalTtc = nullptr;
    QLabel *m_ceiling = nullptr;
    QCheckBox *m_override = nullptr;
    QLineEdit *m_overrideReason = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Plafond
