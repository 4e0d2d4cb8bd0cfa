// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportactions.h"

#include "io/csvexport.h"
#include "reportdialog.h"
#include "workspace.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QWidget>

namespace Plafond {

ExportActions::ExportActions(QWidget *window, Workspace *workspace, std::function<Id()> currentContract,
                             std::function<QAbstractItemModel *()> table)
    : WindowActions(window, workspace), m_currentContract(std::move(currentContract)), m_table(std::move(table)),
      m_pdf(new QAction(this)), m_csv(new QAction(this))
{
    m_pdf->setObjectName(QStringLiteral("actionExportPdf"));
    m_csv->setObjectName(QStringLiteral("actionExportCsv"));
    connect(m_pdf, &QAction::triggered, this, &ExportActions::exportPdf);
    connect(m_csv, &QAction::triggered, this, &ExportActions::exportCsv);
    start();
}

void ExportActions::retranslate()
{
    m_pdf->setText(tr("Export PDF &summary…"));
    m_pdf->setStatusTip(tr("A PDF summary of a contract, or of all of them, at a date, for audit and archiving"));
    m_csv->setText(tr("Export table as &CSV…"));
    m_csv->setStatusTip(tr("The orders table as it is shown, with its filters and sort, for a spreadsheet"));
}

void ExportActions::updateEnabled()
{
    m_pdf->setEnabled(m_workspace->isOpen());
    m_csv->setEnabled(m_workspace->isOpen());
}

void ExportActions::exportPdf()
{
    if (!m_workspace->isOpen())
        return;
    const QList<Contract> contracts = m_workspace->stores().contracts.contracts().value();
    if (contracts.isEmpty()) {
        QMessageBox::information(m_window, tr("Export PDF summary"), tr("There is no contract in this database."));
        return;
    }
    ReportDialog dialog(m_workspace->location(), contracts, m_currentContract(), m_window);
    dialog.exec();
}

void ExportActions::exportCsv()
{
    QAbstractItemModel *table = m_table();
    if (!table)
        return;
    const QStringList dialects{tr("French spreadsheet (;, decimal comma)"), tr("Standard (comma, decimal point)")};
    bool ok = false;
    const QString choice = QInputDialog::getItem(m_window, tr("Export table as CSV"), tr("Format:"), dialects, 0, false, &ok);
    if (!ok)
        return;
    const CsvExport::Dialect dialect = choice == dialects.first() ? CsvExport::Dialect::French : CsvExport::Dialect::Standard;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export table as CSV"), QStringLiteral("orders.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!CsvExport::write(path, CsvExport::fromModel(*table, dialect), &error))
        QMessageBox::warning(m_window, tr("Export table as CSV"), error);
}

} // namespace Plafond
