// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

namespace Plafond {

class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a database file or server URL; on failure shows nothing and returns the message.
    bool openDatabase(const QString &location, bool createIfMissing, QString *error = nullptr);
    Workspace *workspace() const { return m_workspace; }

private:
    Workspace *m_workspace = nullptr;
};

} // namespace Plafond
