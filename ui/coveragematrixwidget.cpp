// SPDX-License-Identifier: GPL-3.0-or-later
#include "coveragematrixwidget.h"

#include "coveragecommands.h"
#include "models/coveragematrixmodel.h"
#include "models/roles.h"
#include "workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Plafond {

CoverageMatrixWidget::CoverageMatrixWidget(Workspace *workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_model(new CoverageMatrixModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_contractLabel(new QLabel(this)),
      m_contract(new QComboBox(this)),
      m_summary(new QLabel(this)),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("coverageMatrixPage"));
    m_contract->setObjectName(QStringLiteral("coverageMatrixContract"));
    m_summary->setObjectName(QStringLiteral("coverageMatrixSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("coverageMatrixTable"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CoverageMatrixModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_contractLabel->setBuddy(m_contract);

    auto *top = new QHBoxLayout;
    top->addWidget(m_contractLabel);
    top->addWidget(m_contract, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_contract, &QComboBox::currentIndexChanged, this, &CoverageMatrixWidget::reload);
    // Queued: the command reloads the model, which must not be reset inside its own setData().
    connect(m_model, &CoverageMatrixModel::coverageChangeRequested, this, &CoverageMatrixWidget::changeCoverage,
            Qt::QueuedConnection);
    connect(m_workspace, &Workspace::opened, this, &CoverageMatrixWidget::reload);
    connect(m_workspace, &Workspace::changed, this, &CoverageMatrixWidget::reload);
    retranslateUi();
    reload();
}

void CoverageMatrixWidget::reload()
{
    // The contract list first (it may have changed), keeping the choice by identifier.
    {
        const QSignalBlocker blocker(m_contract);
        const qint64 chosen = m_contract->currentData().toLongLong();
        m_contract->clear();
        m_contract->addItem(tr("All contracts"), qint64(0));
        if (m_workspace->isOpen()) {
            for (const Contract &contract : m_workspace->stores().contracts.contracts())
                m_contract->addItem(contract.reference, contract.id);
        }
        m_contract->setCurrentIndex(qMax(0, m_contract->findData(chosen)));
    }
    if (!m_workspace->isOpen()) {
        m_model->clear();
        m_summary->clear();
        return;
    }
    m_model->reload(m_workspace->stores(), m_contract->currentData().toLongLong());
    QStringList perLot;
    for (int column = CoverageMatrixModel::FirstLotColumn; column < m_model->columnCount(); ++column) {
        const Id lotId = m_model->lotIdOfColumn(column);
        perLot << tr("%1: %n component(s)", nullptr, m_model->coveredCount(lotId))
                      .arg(m_model->headerData(column, Qt::Horizontal).toString());
    }
    m_summary->setText(perLot.isEmpty() ? tr("No lot or no component.") : perLot.join(QStringLiteral(" · ")));
}

void CoverageMatrixWidget::changeCoverage(qint64 componentId, qint64 lotId, bool covered)
{
    QString error;
    const QString text = covered ? tr("Cover a component") : tr("Uncover a component");
    if (!m_workspace->execute(new SetCoverageCommand(m_workspace, componentId, lotId, covered, text), &error))
        emit m_workspace->errorOccurred(error);
}

void CoverageMatrixWidget::retranslateUi()
{
    m_contractLabel->setText(tr("C&ontract:"));
    if (m_contract->count() > 0)
        m_contract->setItemText(0, tr("All contracts"));
}

void CoverageMatrixWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace Plafond
