// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QTabWidget>

namespace Plafond {

class AmendmentsWidget;
class ComponentsWidget;
class DashboardWidget;
class PriceHistoryWidget;
class TicketsWidget;
class Workspace;

// The pages on the right of the main window: the orders (given), the dashboard, the components, the
// tickets, the price history and the amendments. Each page reloads itself on the workspace's signals; the
// ones about a contract or a lot follow setSelection(). Object name: "viewTabs".
class ViewTabs : public QTabWidget
{
    Q_OBJECT
public:
    ViewTabs(Workspace *workspace, QWidget *ordersPage, QWidget *parent = nullptr);

    QWidget *ordersPage() const { return m_orders; }
    DashboardWidget *dashboard() const { return m_dashboard; }
    ComponentsWidget *components() const { return m_components; }
    TicketsWidget *tickets() const { return m_tickets; }
    PriceHistoryWidget *prices() const { return m_prices; }
    AmendmentsWidget *amendments() const { return m_amendments; }

    // The contract, or one of its lots, the pages show.
    void setSelection(Id contractId, Id lotId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QWidget *m_orders;
    DashboardWidget *m_dashboard;
    ComponentsWidget *m_components;
    TicketsWidget *m_tickets;
    PriceHistoryWidget *m_prices;
    AmendmentsWidget *m_amendments;
};

} // namespace Plafond
