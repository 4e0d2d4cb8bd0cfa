// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacepage.h"

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Plafond {

class CoverageMatrixModel;

// The component × lot coverage matrix of the selected contract (or of every contract): a check mark where a
// lot covers a component; clicking a cell covers or uncovers it, undoably (Edit → Undo).
class CoverageMatrixWidget : public WorkspacePage
{
    Q_OBJECT
public:
    explicit CoverageMatrixWidget(Workspace *workspace, QWidget *parent = nullptr);

    void reload();
    CoverageMatrixModel *model() const { return m_model; }

protected:
    void retranslateUi() override;
    void languageChanged() override;

private:
    void changeCoverage(qint64 componentId, qint64 lotId, bool covered);

    CoverageMatrixModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_contractLabel;
    QComboBox *m_contract;
    QLabel *m_summary;
    QTableView *m_table;
};

} // namespace Plafond
