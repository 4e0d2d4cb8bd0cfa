// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacepage.h"

#include <QDate>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Plafond {

class ComponentUsesModel;
class UsageGapsModel;

// Declared use of components: choose a beneficiary, tick the components it declares using (undoable), and
// below, the "used but not covered" gap list of every beneficiary: declared uses no lot of any contract covers.
class ComponentUsesWidget : public WorkspacePage
{
    Q_OBJECT
public:
    explicit ComponentUsesWidget(Workspace *workspace, QWidget *parent = nullptr);

    void reload();
    ComponentUsesModel *usesModel() const { return m_uses; }
    UsageGapsModel *gapsModel() const { return m_gaps; }
    // The date a new declaration is made on (today by default; tests fix it).
    void setToday(const QDate &today) { m_today = today; }

protected:
    void retranslateUi() override;

private:
    void changeUse(qint64 componentId, bool used);

    ComponentUsesModel *m_uses;
    UsageGapsModel *m_gaps;
    QSortFilterProxyModel *m_usesProxy;
    QLabel *m_beneficiaryLabel;
    QComboBox *m_beneficiary;
    QTableView *m_usesTable;
    QLabel *m_gapsTitle;
    QTableView *m_gapsTable;
    QDate m_today;
};

} // namespace Plafond
