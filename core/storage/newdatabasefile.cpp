// SPDX-License-Identifier: GPL-3.0-or-later
#include "newdatabasefile.h"

#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sys/stat.h>

namespace Plafond {

NewDatabaseFile::NewDatabaseFile(QString finalLocation)
    : m_final(std::move(finalLocation)), m_server(Database::isServerUrl(m_final))
{
}

NewDatabaseFile::~NewDatabaseFile()
{
    if (m_server || m_committed || m_building.isEmpty())
        return;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(m_building + QLatin1String(suffix));
}

bool NewDatabaseFile::prepare(QString *error)
{
    if (m_server) {
        m_building = m_final;
        return true;
    }
    const QFileInfo info(m_final);
    if (info.exists()) {
        if (error)
            *error = tr("%1: the file already exists").arg(m_final);
        return false;
    }
    if (!info.absoluteDir().exists()) {
        if (error)
            *error = tr("%1: the folder %2 does not exist").arg(m_final, QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    // Hidden, in the same folder (a rename across file systems would not be atomic).
    QTemporaryFile reserved(info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName())));
    reserved.setAutoRemove(false);
    if (!reserved.open()) {
        if (error)
            *error = tr("%1: cannot create a file in %2: %3")
                         .arg(m_final, QDir::toNativeSeparators(info.absolutePath()), reserved.errorString());
        return false;
    }
    m_building = reserved.fileName();
    // QTemporaryFile makes its file private (0600); the database gets the permissions any new file of the user
    // gets (0666 less the umask), as it would without the temporary name.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::chmod(QFile::encodeName(m_building).constData(), 0666 & ~mask);
    return true;
}

bool NewDatabaseFile::commit(QString *error)
{
    if (m_server) {
        m_committed = true;
        return true;
    }
    // QFile::rename never replaces an existing file: a database that appeared meanwhile is kept.
    QFile file(m_building);
    if (!file.rename(m_final)) {
        if (error)
            *error = QFileInfo::exists(m_final) ? tr("%1: the file already exists").arg(m_final)
                                                : tr("%1: cannot write the file: %2").arg(m_final, file.errorString());
        return false;
    }
    m_committed = true;
    return true;
}

} // namespace Plafond
