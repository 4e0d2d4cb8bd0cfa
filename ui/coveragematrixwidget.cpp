// SPDX-License-Identifier: GPL-3.0-or-later
#include "coveragematrixwidget.h"

#include "coveragecommands.h"
#include "formfields.h"
#include "models/coveragematrixmodel.h"
#include "tablepage.h"
#include "workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Plafond {

CoverageMatrixWidget::CoverageMatrixWidget(Workspace *workspace, QWidget *parent)
    : WorkspacePage(workspace, parent),
      m_model(new CoverageMatrixModel(this)),
      m_proxy(TablePage::rawValueSortProxy(m_model, this)),
      m_contractLabel(new QLabel(this)),
      m_contract(new QComboBox(this)),
      m_summary(FormFields::makeNote(QStringLiteral("coverageMatrixSummary"), this)),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("coverageMatrixPage"));
    m_contract->setObjectName(QStringLiteral("coverageMatrixContract"));
    TablePage::setUpTable(m_table, QStringLiteral("coverageMatrixTable"), m_proxy, TablePage::FitToContents,
                          TablePage::NoColumn, CoverageMatrixModel::NameColumn);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(TablePage::labelledRow(m_contractLabel, m_contract));
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_contract, &QComboBox::currentIndexChanged, this, &CoverageMatrixWidget::reload);
    // Queued: the command reloads the model, which must not be reset inside its own setData().
    connect(m_model, &CoverageMatrixModel::coverageChangeRequested, this, &CoverageMatrixWidget::changeCoverage,
            Qt::QueuedConnection);
    connect(m_workspace, &Workspace::opened, this, &CoverageMatrixWidget::reload);
    reloadOnChanges(Changes::Components | Changes::Contracts, [this] { reload(); });
    retranslateUi();
    reload();
}

void CoverageMatrixWidget::reload()
{
    // The contract list first (it may have changed), keeping the choice by identifier.
    TablePage::refill(m_contract, [this] {
        m_contract->addItem(tr("All contracts"), qint64(0));
        TablePage::addContracts(m_contract, m_workspace);
    });
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

void CoverageMatrixWidget::languageChanged()
{
    retranslateUi();
    reload();
}

} // namespace Plafond
