// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfile.h"

#include <QFileInfo>

namespace Plafond {

OutputFile::OutputFile(const QString &path)
    : m_path(path), m_save(path), m_direct(path)
{
    const QFileInfo info(path);
    m_special = info.exists() && !info.isFile() && !info.isDir();
}

QString OutputFile::failure(const QString &reason) const
{
    // Qt says "Unknown error" when the system gave no reason: say at least that the write did not complete.
    const QString why = reason.isEmpty() || reason == QLatin1String("Unknown error")
        ? tr("the data could not all be written (is the disk full?)")
        : reason;
    return tr("%1: cannot write the file: %2").arg(m_path, why);
}

bool OutputFile::open(QString *error)
{
    if (QFileInfo(m_path).isDir()) {
        if (error)
            *error = failure(tr("it is a folder"));
        return false;
    }
    QFileDevice &file = m_special ? static_cast<QFileDevice &>(m_direct) : static_cast<QFileDevice &>(m_save);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = failure(file.errorString());
        return false;
    }
    return true;
}

QIODevice *OutputFile::device()
{
    return m_special ? static_cast<QIODevice *>(&m_direct) : static_cast<QIODevice *>(&m_save);
}

bool OutputFile::commit(QString *error)
{
    if (m_special) {
        const bool ok = m_direct.error() == QFileDevice::NoError && m_direct.flush();
        const QString reason = m_direct.errorString();
        m_direct.close();
        if (!ok && error)
            *error = failure(reason);
        return ok;
    }
    if (m_save.error() != QFileDevice::NoError || !m_save.commit()) {
        if (error)
            *error = failure(m_save.errorString());
        m_save.cancelWriting();
        return false;
    }
    return true;
}

void OutputFile::cancel()
{
    if (m_special)
        m_direct.close();
    else
        m_save.cancelWriting();
}

bool OutputFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    OutputFile file(path);
    if (!file.open(error))
        return false;
    if (file.device()->write(bytes) != bytes.size()) {
        const QString reason = file.device()->errorString();
        file.cancel();
        if (error)
            *error = file.failure(reason);
        return false;
    }
    return file.commit(error);
}

} // namespace Plafond
