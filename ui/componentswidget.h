// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacepage.h"

class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace Plafond {

class ComponentsFilterProxy;
class ComponentsModel;

// The "Components" tab: each contract's coverage of its stated scope, and the catalogue filtered on
// coverage, covering lot and category. Reloads itself whenever the workspace opens or changes.
class ComponentsWidget : public WorkspacePage
{
    Q_OBJECT
public:
    explicit ComponentsWidget(Workspace *workspace, QWidget *parent = nullptr);

    void reload();
    ComponentsModel *model() const { return m_model; }
    ComponentsFilterProxy *proxy() const { return m_proxy; }

protected:
    void retranslateUi() override;

private:
    void applyFilters();

    ComponentsModel *m_model;
    ComponentsFilterProxy *m_proxy;
    QLabel *m_coverage;
    QLabel *m_coverageLabel;
    QLabel *m_lotLabel;
    QLabel *m_categoryLabel;
    QComboBox *m_coverageFilter;
    QComboBox *m_lotFilter;
    QComboBox *m_categoryFilter;
    QTableView *m_table;
    QTabWidget *m_tabs = nullptr;
};

} // namespace Plafond
