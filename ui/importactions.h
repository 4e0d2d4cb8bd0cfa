// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/importer.h"
#include "windowactions.h"

class QMenu;
class QWidget;

namespace Plafond {

// The File menu's Import submenu: one entry per kind of Importer::kinds(), each opening the ImportDialog on
// that kind. Kept apart from the main window, which only places the submenu in its File menu.
class ImportActions : public WindowActions
{
    Q_OBJECT
public:
    ImportActions(QWidget *window, Workspace *workspace);

    QMenu *menu() const { return m_menu; }
    // Opens the import dialog on `kind` (modal); returns when it is closed.
    void importKind(Importer::Kind kind);

private:
    void retranslate() override;
    void updateEnabled() override;

    QMenu *m_menu;
};

} // namespace Plafond
