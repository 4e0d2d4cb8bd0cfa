// SPDX-License-Identifier: GPL-3.0-or-later
#include "importprogress.h"

namespace Plafond {

bool ImportProgress::start(qint64 total)
{
    m_total = total;
    m_lastAsked = 0;
    m_cancelled = false;
    return ask(0);
}

bool ImportProgress::advance(qint64 done)
{
    if (m_cancelled)
        return false;
    if (done - m_lastAsked < m_interval)
        return true;
    return ask(done);
}

bool ImportProgress::finish()
{
    if (m_cancelled)
        return false;
    return ask(m_total);
}

bool ImportProgress::ask(qint64 done)
{
    m_lastAsked = done;
    if (m_callback && !m_callback(done, m_total))
        m_cancelled = true;
    return !m_cancelled;
}

QString ImportProgress::cancelledMessage(const QString &fileName)
{
    return tr("%1: the import was cancelled; nothing was written").arg(fileName);
}

} // namespace Plafond
