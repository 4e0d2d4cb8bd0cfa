// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Plafond {

// A new SQLite database built under a temporary name beside its final path, and renamed into place only
// when complete: a build that fails or is killed (kill -9 during `demo` or `generate`) never leaves a file
// at the final path, where it would look like a database. Server URLs are written in place (their own
// transaction is what makes them atomic).
class NewDatabaseFile
{
    Q_DECLARE_TR_FUNCTIONS(NewDatabaseFile)
public:
    explicit NewDatabaseFile(QString finalLocation);
    ~NewDatabaseFile(); // removes the temporary file unless commit() succeeded
    NewDatabaseFile(const NewDatabaseFile &) = delete;
    NewDatabaseFile &operator=(const NewDatabaseFile &) = delete;

    // Reserves the temporary name; false (and *error) when the folder cannot hold it, or the final
    // path already exists.
    bool prepare(QString *error);
    // Where to build: the temporary file (or the server URL itself).
    QString buildLocation() const { return m_building; }
    // Renames the temporary file to the final path, once every connection to it is closed. Refuses to
    // replace a file that appeared at the final path meanwhile.
    bool commit(QString *error);

private:
    QString m_final;
    QString m_building;
    bool m_server = false;
    bool m_committed = false;
};

} // namespace Plafond
