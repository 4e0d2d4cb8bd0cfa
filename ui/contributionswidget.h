// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/contribution.h"
#include "workspacepage.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Plafond {

class ContributionsModel;
class UncontributedOrdersModel;

// Upstream contributions of a contract: the KPI (share of the development amount with a merged contribution
// at a date, per contract and lot), the contributions with add / edit / remove (undoable), and the
// development orders without any merged contribution (activating one opens it in the order editor).
class ContributionsWidget : public WorkspacePage
{
    Q_OBJECT
public:
    explicit ContributionsWidget(Workspace *workspace, QWidget *parent = nullptr);

    void reload();
    void setAsOf(const QDate &date);
    ContributionsModel *contributionsModel() const { return m_contributions; }
    UncontributedOrdersModel *withoutModel() const { return m_without; }

    // Runs the dialog for a new contribution (existing empty) or an edit, and saves it undoably.
    void editContribution(std::optional<Contribution> existing);
    void removeSelected();

protected:
    void retranslateUi() override;
    void languageChanged() override;

private:
    std::optional<Contribution> selected() const;

    ContributionsModel *m_contributions;
    UncontributedOrdersModel *m_without;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_contractLabel;
    QComboBox *m_contract;
    QLabel *m_asOfLabel;
    QDateEdit *m_asOf;
    QLabel *m_kpi;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QLabel *m_withoutTitle;
    QTableView *m_withoutTable;
};

} // namespace Plafond
