// SPDX-License-Identifier: GPL-3.0-or-later
#include "componentuseswidget.h"

#include "coveragecommands.h"
#include "models/componentusesmodel.h"
#include "models/roles.h"
#include "models/usagegapsmodel.h"
#include "workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Plafond {

ComponentUsesWidget::ComponentUsesWidget(Workspace *workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_uses(new ComponentUsesModel(this)),
      m_gaps(new UsageGapsModel(this)),
      m_usesProxy(new QSortFilterProxyModel(this)),
      m_beneficiaryLabel(new QLabel(this)),
      m_beneficiary(new QComboBox(this)),
      m_usesTable(new QTableView(this)),
      m_gapsTitle(new QLabel(this)),
      m_gapsTable(new QTableView(this)),
      m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("componentUsesPage"));
    m_beneficiary->setObjectName(QStringLiteral("componentUsesBeneficiary"));
    m_usesTable->setObjectName(QStringLiteral("componentUsesTable"));
    m_gapsTable->setObjectName(QStringLiteral("usageGapsTable"));
    m_gapsTitle->setObjectName(QStringLiteral("usageGapsTitle"));
    m_usesProxy->setSourceModel(m_uses);
    m_usesProxy->setSortRole(SortRole);
    m_usesTable->setModel(m_usesProxy);
    m_usesTable->setSortingEnabled(true);
    m_usesTable->sortByColumn(ComponentUsesModel::NameColumn, Qt::AscendingOrder);
    m_usesTable->verticalHeader()->hide();
    m_usesTable->horizontalHeader()->setStretchLastSection(true);
    m_gapsTable->setModel(m_gaps);
    m_gapsTable->verticalHeader()->hide();
    m_gapsTable->horizontalHeader()->setStretchLastSection(true);
    m_beneficiaryLabel->setBuddy(m_beneficiary);

    auto *top = new QHBoxLayout;
    top->addWidget(m_beneficiaryLabel);
    top->addWidget(m_beneficiary, 1);
    auto *usesPane = new QWidget(this);
    auto *usesLayout = new QVBoxLayout(usesPane);
    usesLayout->setContentsMargins(0, 0, 0, 0);
    usesLayout->addLayout(top);
    usesLayout->addWidget(m_usesTable, 1);
    auto *gapsPane = new QWidget(this);
    auto *gapsLayout = new QVBoxLayout(gapsPane);
    gapsLayout->setContentsMargins(0, 0, 0, 0);
    gapsLayout->addWidget(m_gapsTitle);
    gapsLayout->addWidget(m_gapsTable, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(usesPane);
    splitter->addWidget(gapsPane);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter, 1);

    connect(m_beneficiary, &QComboBox::currentIndexChanged, this, &ComponentUsesWidget::reload);
    // Queued: the command reloads the model, which must not be reset inside its own setData().
    connect(m_uses, &ComponentUsesModel::useChangeRequested, this, &ComponentUsesWidget::changeUse, Qt::QueuedConnection);
    connect(m_workspace, &Workspace::opened, this, &ComponentUsesWidget::reload);
    connect(m_workspace, &Workspace::changed, this, &ComponentUsesWidget::reload);
    retranslateUi();
    reload();
}

void ComponentUsesWidget::reload()
{
    {
        const QSignalBlocker blocker(m_beneficiary);
        const qint64 chosen = m_beneficiary->currentData().toLongLong();
        m_beneficiary->clear();
        if (m_workspace->isOpen()) {
            for (const Beneficiary &b : m_workspace->stores().catalogue.beneficiaries())
                m_beneficiary->addItem(tr("%1 — %2").arg(b.code, b.name), b.id);
        }
        m_beneficiary->setCurrentIndex(qMax(0, m_beneficiary->findData(chosen)));
    }
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

void ComponentUsesWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Plafond
