// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A file's bytes as a hash: the proof that a refused, failed or cancelled write left it as it was.

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace PlafondTest {

// SHA-256 of a file's bytes; empty when it cannot be read (a missing file).
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// The same for a SQLite database in write-ahead mode: the file, and its log when it holds anything, since
// committed changes wait there for a checkpoint.
inline QByteArray databaseHash(const QString &path)
{
    const QString wal = path + QStringLiteral("-wal");
    return QFileInfo(wal).size() > 0 ? fileHash(path) + fileHash(wal) : fileHash(path);
}

} // namespace PlafondTest
