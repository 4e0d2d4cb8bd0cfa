// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QString>

namespace Plafond {

// A file that an export or a report writes. A regular file (or a new one) is written under a temporary
// name and renamed over the target only once every byte is on disk, so that a full disk or a crash never
// leaves half a file, nor destroys the one that was there. A device or a pipe (/dev/stdout, /dev/full) is
// written in place, since it cannot be renamed over, and every failed write is reported either way.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
public:
    explicit OutputFile(const QString &path);
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    bool open(QString *error);
    QIODevice *device();
    // Everything written reached the target; false (and *error, "PATH: cannot write the file: why") otherwise,
    // the target then left as it was (a regular file) or as far as it got (a device).
    bool commit(QString *error);
    void cancel();

    // The whole of `bytes` into `path`.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);

private:
    QString failure(const QString &reason) const;
    QString m_path;
    bool m_special = false;
    QSaveFile m_save;
    QFile m_direct;
};

} // namespace Plafond
