// SPDX-License-Identifier: GPL-3.0-or-later
#include "componentuseswidget.h"

#include "coveragecommands.h"
#include "models/componentusesmodel.h"
#include "models/usagegapsmodel.h"
#include "tablepage.h"
#include "workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Plafond {

ComponentUsesWidget::ComponentUsesWidget(Workspace *workspace, QWidget *parent)
    : WorkspacePage(workspace, parent),
      m_uses(new ComponentUsesModel(this)),
      m_gaps(new UsageGapsModel(this)),
      m_usesProxy(TablePage::rawValueSortProxy(m_uses, this)),
      m_beneficiaryLabel(new QLabel(this)),
      m_beneficiary(new QComboBox(this)),
      m_usesTable(new QTableView(this)),
      m_gapsTitle(new QLabel(this)),
      m_gapsTable(new QTableView(this)),
      m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("componentUsesPage"));
    m_beneficiary->setObjectName(QStringLiteral("componentUsesBeneficiary"));
    m_gapsTitle->setObjectName(QStringLiteral("usageGapsTitle"));
    TablePage::setUpTable(m_usesTable, QStringLiteral("componentUsesTable"), m_usesProxy, {}, TablePage::LastColumn,
                          ComponentUsesModel::NameColumn);
    TablePage::setUpTable(m_gapsTable, QStringLiteral("usageGapsTable"), m_gaps, {});

    auto *usesPane = new QWidget(this);
    auto *usesLayout = new QVBoxLayout(usesPane);
    usesLayout->setContentsMargins(0, 0, 0, 0);
    usesLayout->addLayout(TablePage::labelledRow(m_beneficiaryLabel, m_beneficiary));
    usesLayout->addWidget(m_usesTable, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(usesPane);
    splitter->addWidget(TablePage::titledPane(m_gapsTitle, m_gapsTable, this));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter, 1);

    connect(m_beneficiary, &QComboBox::currentIndexChanged, this, &ComponentUsesWidget::reload);
    // Queued: the command reloads the model, which must not be reset inside its own setData().
    connect(m_uses, &ComponentUsesModel::useChangeRequested, this, &ComponentUsesWidget::changeUse, Qt::QueuedConnection);
    connect(m_workspace, &Workspace::opened, this, &ComponentUsesWidget::reload);
    reloadOnChanges(Changes::Components | Changes::Contracts | Changes::Catalogue, [this] { reload(); });
    retranslateUi();
    reload();
}

void ComponentUsesWidget::reload()
{
    TablePage::refill(m_beneficiary, [this] {
        if (m_workspace->isOpen()) {
            for (const Beneficiary &b : m_workspace->stores().catalogue.beneficiaries())
                m_beneficiary->addItem(tr("%1 — %2").arg(b.code, b.name), b.id);
        }
    });
    if (!m_workspace->isOpen()) {
        m_uses->clear();
        m_gaps->clear();
        retranslateUi();
        return;
    }
    m_uses->reload(m_workspace->stores(), m_beneficiary->currentData().toLongLong());
    m_gaps->reload(m_workspace->stores());
    retranslateUi();
}

void ComponentUsesWidget::changeUse(qint64 componentId, bool used)
{
    QString error;
    if (!setComponentUsed(m_workspace, m_uses->beneficiaryId(), componentId, used, m_today, &error))
        emit m_workspace->errorOccurred(error);
}

void ComponentUsesWidget::retranslateUi()
{
    m_beneficiaryLabel->setText(tr("&Beneficiary:"));
    m_gapsTitle->setText(tr("Used but not covered: %n declared use(s) of a component that no lot of any contract covers",
                            nullptr, m_gaps->rowCount()));
}

} // namespace Plafond
