// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindowactions.h"

#include "language.h"

#include "storage/database.h"

#include <QAction>
#include <QActionGroup>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QUndoStack>

namespace Plafond {

namespace {
const int maxRecentFiles = 8;
}

MainWindowActions::MainWindowActions(QMainWindow *window, QUndoStack *undoStack)
    : QObject(window), m_window(window), m_undoStack(undoStack)
{
    newDatabase = add("actionNewDatabase");
    newDatabase->setShortcut(QKeySequence::New);
    open = add("actionOpen");
    open->setShortcut(QKeySequence::Open);
    openDemo = add("actionOpenDemo");
    quit = add("actionQuit");
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    undo = undoStack->createUndoAction(window);
    undo->setShortcut(QKeySequence::Undo);
    redo = undoStack->createRedoAction(window);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    for (const auto &[action, name] : {std::pair{undo, "actionUndo"}, std::pair{redo, "actionRedo"}}) {
        action->setObjectName(QLatin1String(name));
        window->addAction(action);
    }
    // After QUndoStack's own connections, so that these translated texts are the ones shown.
    connect(undoStack, &QUndoStack::undoTextChanged, this, &MainWindowActions::updateUndoTexts);
    connect(undoStack, &QUndoStack::redoTextChanged, this, &MainWindowActions::updateUndoTexts);

    newOrder = add("actionNewOrder");
    newOrder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    editOrder = add("actionEditOrder");
    editOrder->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    deleteOrder = add("actionDeleteOrder");
    deleteOrder->setShortcut(QKeySequence::Delete);
    newContract = add("actionNewContract");
    editContract = add("actionEditContract");
    newLot = add("actionNewLot");
    editLot = add("actionEditLot");
    editPrices = add("actionPriceSchedule");
    editBeneficiaries = add("actionBeneficiaries");
    find = add("actionFind");
    find->setShortcut(QKeySequence::Find);
    clearFilters = add("actionClearFilters");
    clearFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    showOrders = add("actionShowOrders");
    showOrders->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    showDashboard = add("actionShowDashboard");
    showDashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));

    issue = add("actionIssue");
    markDone = add("actionMarkDone");
    markDone->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    markInvoiced = add("actionMarkInvoiced");
    markInvoiced->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    markPaid = add("actionMarkPaid");
    markPaid->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    cancel = add("actionCancel");

    languageGroup = new QActionGroup(window);
    french = add("actionFrench");
    french->setText(QStringLiteral("Français")); // a language is named in itself
    english = add("actionEnglish");
    english->setText(QStringLiteral("English"));
    for (QAction *language : {french, english}) {
        language->setCheckable(true);
        languageGroup->addAction(language);
    }
    (Language::current() == QLatin1String("fr") ? french : english)->setChecked(true);
    about = add("actionAbout");
    about->setMenuRole(QAction::AboutRole);
}

// An action of the window: its shortcut works wherever the focus is in it.
QAction *MainWindowActions::add(const char *objectName)
{
    auto *action = new QAction(m_window);
    action->setObjectName(QLatin1String(objectName));
    m_window->addAction(action);
    return action;
}

void MainWindowActions::createMenus(QMenu *importMenu, const QList<QAction *> &exportActions)
{
    QMenuBar *bar = m_window->menuBar();
    m_fileMenu = bar->addMenu(QString());
    m_fileMenu->addActions({newDatabase, open, openDemo});
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addMenu(importMenu);
    m_fileMenu->addActions(exportActions);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);

    m_editMenu = bar->addMenu(QString());
    m_editMenu->addActions({undo, redo});
    m_editMenu->addSeparator();
    m_editMenu->addActions({find, clearFilters});
    m_editMenu->addSeparator();
    m_editMenu->addActions({newContract, editContract, newLot, editLot, editPrices, editBeneficiaries});

    m_orderMenu = bar->addMenu(QString());
    m_orderMenu->addActions({newOrder, editOrder, deleteOrder});
    m_orderMenu->addSeparator();
    m_orderMenu->addActions({issue, markDone, markInvoiced, markPaid, cancel});

    m_viewMenu = bar->addMenu(QString());
    m_viewMenu->addActions({showOrders, showDashboard});

    m_settingsMenu = bar->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->addActions({french, english});

    m_helpMenu = bar->addMenu(QString());
    m_helpMenu->addAction(about);
    rebuildRecentMenu();
}

void MainWindowActions::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_orderMenu->setTitle(tr("&Orders"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    newDatabase->setText(tr("&New database…"));
    open->setText(tr("&Open database…"));
    openDemo->setText(tr("Open the &demo database"));
    quit->setText(tr("&Quit"));
    updateUndoTexts();
    newOrder->setText(tr("&New order…"));
    editOrder->setText(tr("&Edit order…"));
    deleteOrder->setText(tr("&Delete order"));
    newContract->setText(tr("New &contract…"));
    editContract->setText(tr("Edit c&ontract…"));
    newLot->setText(tr("New &lot…"));
    editLot->setText(tr("Edit l&ot…"));
    editPrices->setText(tr("Unit &price schedule…"));
    editBeneficiaries->setText(tr("&Beneficiaries…"));
    find->setText(tr("&Find orders"));
    clearFilters->setText(tr("&Clear filters"));
    m_viewMenu->setTitle(tr("&View"));
    showOrders->setText(tr("&Orders"));
    showDashboard->setText(tr("&Dashboard"));
    issue->setText(tr("&Issue"));
    markDone->setText(tr("Mark service &done"));
    markInvoiced->setText(tr("Mark &invoiced"));
    markPaid->setText(tr("Mark &paid"));
    cancel->setText(tr("&Cancel order"));
    about->setText(tr("&About Plafond"));
    m_recentMenu->menuAction()->setText(tr("Open &recent"));
    rebuildRecentMenu();
}

void MainWindowActions::updateUndoTexts()
{
    undo->setText(m_undoStack->canUndo() ? tr("&Undo %1").arg(m_undoStack->undoText()) : tr("&Undo"));
    redo->setText(m_undoStack->canRedo() ? tr("&Redo %1").arg(m_undoStack->redoText()) : tr("&Redo"));
}

void MainWindowActions::addRecentFile(const QString &rawLocation)
{
    const QString location = Database::displayLocation(rawLocation); // never a password in the settings file
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(location);
    files.prepend(location);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
    rebuildRecentMenu();
}

void MainWindowActions::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    int number = 1;
    for (const QString &file : files) {
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(QString::number(number++), file));
        connect(action, &QAction::triggered, this, [this, file] { emit recentFileChosen(file); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

} // namespace Plafond
