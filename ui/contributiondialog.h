// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/contribution.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Plafond {

class Stores;

// Attaches a contribution to a development order line of a contract, or edits one: the line, the component
// it went to, its address, its state and the date of that state.
class ContributionDialog : public QDialog
{
    Q_OBJECT
public:
    ContributionDialog(Stores &stores, Id contractId, std::optional<Contribution> existing,
                       const QDate &today, QWidget *parent = nullptr);

    Contribution contribution() const;

    void accept() override;

private:
    void updateState();

    std::optional<Contribution> m_existing;
    QComboBox *m_line;
    QComboBox *m_component;
    QLineEdit *m_url;
    QComboBox *m_state;
    QDateEdit *m_date;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Plafond
