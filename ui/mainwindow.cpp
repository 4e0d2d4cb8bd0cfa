// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "workspace.h"

namespace Plafond {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_workspace(new Workspace(this))
{
}

MainWindow::~MainWindow() = default;

bool MainWindow::openDatabase(const QString &location, bool createIfMissing, QString *error)
{
    return m_workspace->open(location, createIfMissing ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist,
                             error);
}

} // namespace Plafond
