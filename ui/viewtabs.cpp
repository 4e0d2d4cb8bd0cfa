// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewtabs.h"

#include "amendmentswidget.h"
#include "componentswidget.h"
#include "dashboardwidget.h"
#include "pricehistorywidget.h"
#include "ticketswidget.h"

#include <QEvent>

namespace Plafond {

ViewTabs::ViewTabs(Workspace *workspace, QWidget *ordersPage, QWidget *parent)
    : QTabWidget(parent), m_orders(ordersPage), m_dashboard(new DashboardWidget(workspace, this)),
      m_components(new ComponentsWidget(workspace, this)), m_tickets(new TicketsWidget(workspace, this)),
      m_prices(new PriceHistoryWidget(workspace, this)), m_amendments(new AmendmentsWidget(workspace, this))
{
    setObjectName(QStringLiteral("viewTabs"));
    setDocumentMode(true);
    const QList<QWidget *> pages{m_orders, m_dashboard, m_components, m_tickets, m_prices, m_amendments};
    for (QWidget *page : pages)
        addTab(page, QString());
    retranslateUi();
}

void ViewTabs::setSelection(Id contractId, Id lotId)
{
    m_dashboard->setSelection(contractId, lotId);
    m_tickets->setSelection(contractId, lotId);
    m_prices->setSelection(contractId, lotId);
    m_amendments->setSelection(contractId, lotId);
}

void ViewTabs::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

void ViewTabs::retranslateUi()
{
    setTabText(indexOf(m_orders), tr("Orders"));
    setTabText(indexOf(m_dashboard), tr("Dashboard"));
    setTabText(indexOf(m_components), tr("Components"));
    setTabText(indexOf(m_tickets), tr("Tickets"));
    setTabText(indexOf(m_prices), tr("Prices"));
    setTabText(indexOf(m_amendments), tr("Amendments"));
}

} // namespace Plafond
