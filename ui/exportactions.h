// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "windowactions.h"

#include <functional>

class QAction;
class QAbstractItemModel;
class QWidget;

namespace Plafond {

// The File menu's exports: the PDF summary (ReportDialog) and the orders table as CSV, as it stands (its
// filters and sort). Kept apart from the main window, which only places the two actions in its menu.
class ExportActions : public WindowActions
{
    Q_OBJECT
public:
    // `currentContract` and `table` are asked at the time of the export: the selection and the proxy of then.
    ExportActions(QWidget *window, Workspace *workspace, std::function<Id()> currentContract,
                  std::function<QAbstractItemModel *()> table);

    QAction *pdfAction() const { return m_pdf; }
    QAction *csvAction() const { return m_csv; }

    void exportPdf();
    void exportCsv();

private:
    void retranslate() override;
    void updateEnabled() override;

    std::function<Id()> m_currentContract;
    std::function<QAbstractItemModel *()> m_table;
    QAction *m_pdf;
    QAction *m_csv;
};

} // namespace Plafond
