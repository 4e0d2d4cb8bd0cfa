// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace Plafond {

// The main window's actions, with their shortcuts and object names (for tests and accessibility tools,
// whatever the language), its menus and their texts. The window connects the actions to what they do.
class MainWindowActions : public QObject
{
    Q_OBJECT
public:
    MainWindowActions(QMainWindow *window, QUndoStack *undoStack);

    // The menu bar, with the import menu and the export actions in the File menu.
    void createMenus(QMenu *importMenu, const QList<QAction *> &exportActions);
    void retranslate();
    // The recently opened databases, from the settings; a location is remembered without its password.
    void rebuildRecentMenu();
    void addRecentFile(const QString &location);

    QAction *newDatabase;
    QAction *open;
    QAction *openDemo;
    QAction *quit;
    QAction *undo;
    QAction *redo;
    QAction *newOrder;
    QAction *editOrder;
    QAction *deleteOrder;
    QAction *newContract;
    QAction *editContract;
    QAction *newLot;
    QAction *editLot;
    QAction *editBeneficiaries;
    QAction *editPrices;
    QAction *find;
    QAction *clearFilters;
    QAction *showOrders;
    QAction *showDashboard;
    QAction *issue;
    QAction *markDone;
    QAction *markInvoiced;
    QAction *markPaid;
    QAction *cancel;
    QActionGroup *languageGroup;
    QAction *french;
    QAction *english;
    QAction *about;

signals:
    void recentFileChosen(const QString &location);

private:
    QAction *add(const char *objectName);
    void updateUndoTexts();

    QMainWindow *m_window;
    QUndoStack *m_undoStack;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_orderMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};

} // namespace Plafond
