// SPDX-License-Identifier: GPL-3.0-or-later
#include "importactions.h"

#include "importdialog.h"
#include "workspace.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QWidget>

namespace Plafond {

ImportActions::ImportActions(QWidget *window, Workspace *workspace)
    : WindowActions(window, workspace), m_menu(new QMenu(window))
{
    m_menu->menuAction()->setObjectName(QStringLiteral("actionImport"));
    for (Importer::Kind kind : Importer::kinds()) {
        QAction *action = m_menu->addAction(QString());
        action->setObjectName(QStringLiteral("actionImport_") + Importer::name(kind));
        action->setData(static_cast<int>(kind));
        connect(action, &QAction::triggered, this, [this, kind]() { importKind(kind); });
    }
    start();
}

void ImportActions::retranslate()
{
    m_menu->setTitle(tr("&Import"));
    m_menu->menuAction()->setStatusTip(tr("Import contracts, orders, catalogues or index values from a file, "
                                          "checked and previewed before anything is written"));
    int number = 1;
    for (QAction *action : m_menu->actions()) {
        const auto kind = static_cast<Importer::Kind>(action->data().toInt());
        // Numbered mnemonics: the titles are long and would share their first letters.
        action->setText(tr("&%1 %2…").arg(number++).arg(Importer::title(kind)));
    }
}

void ImportActions::updateEnabled()
{
    m_menu->menuAction()->setEnabled(m_workspace->isOpen());
}

void ImportActions::importKind(Importer::Kind kind)
{
    if (!m_workspace->isOpen())
        return;
    ImportDialog dialog(m_workspace, kind, m_window);
    dialog.exec();
    // The dialog said it already; the status bar keeps it in sight after the dialog is gone.
    if (auto *window = qobject_cast<QMainWindow *>(m_window); window && !dialog.importedMessage().isEmpty())
        window->statusBar()->showMessage(dialog.importedMessage().section(QLatin1Char('\n'), 0, 0), 10000);
}

} // namespace Plafond
