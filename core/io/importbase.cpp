// SPDX-License-Identifier: GPL-3.0-or-later
#include "importbase.h"

#include "storage/database.h"
#include "storage/stores.h"

#include <algorithm>

namespace Plafond {

void ImportBase::begin(const QString &fileName)
{
    m_fileName = fileName;
    m_errors.clear();
    m_warnings.clear();
}

void ImportBase::error(int line, const QString &message)
{
    m_errors << QStringLiteral("%1:%2: %3").arg(m_fileName).arg(line).arg(message);
}

void ImportBase::warning(int line, const QString &message)
{
    m_warnings << QStringLiteral("%1:%2: %3").arg(m_fileName).arg(line).arg(message);
}

bool ImportBase::cancelled()
{
    m_errors = QStringList{ImportProgress::cancelledMessage(m_fileName)};
    m_warnings.clear();
    return false;
}

void ImportBase::sortByLine()
{
    const QString prefix = m_fileName + QLatin1Char(':');
    const auto lineOf = [&prefix](const QString &message) {
        return message.mid(prefix.size()).section(QLatin1Char(':'), 0, 0).toInt();
    };
    const auto before = [&lineOf](const QString &a, const QString &b) { return lineOf(a) < lineOf(b); };
    std::stable_sort(m_errors.begin(), m_errors.end(), before);
    std::stable_sort(m_warnings.begin(), m_warnings.end(), before);
}

std::optional<JsonNode> ImportBase::parseJson(const QByteArray &bytes)
{
    int line = 0;
    QString message;
    std::optional<JsonNode> root = JsonTree::parse(bytes, &line, &message);
    if (!root)
        error(line, message);
    return root;
}

QString ImportBase::writeError(const Status &status, int line) const
{
    if (status.isDatabaseError())
        return status.message();
    return QStringLiteral("%1:%2: %3").arg(m_fileName).arg(line).arg(status.message());
}

bool ImportBase::writeAll(Stores &stores, qint64 count, const WriteStep &write, QString *error,
                          const Before &before)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    TransactionGuard guard(stores.database());
    if (!guard.isActive())
        return fail(guard.errorText());
    if (before) {
        const QString problem = before();
        if (!problem.isEmpty())
            return fail(problem);
    }
    // Cancelled: the guard rolls back what was written.
    if (!m_progress.start(count))
        return fail(ImportProgress::cancelledMessage(m_fileName));
    for (qint64 index = 0; index < count; ++index) {
        if (!m_progress.advance(index))
            return fail(ImportProgress::cancelledMessage(m_fileName));
        const QString problem = write(index);
        if (!problem.isEmpty())
            return fail(problem);
    }
    if (!m_progress.finish())
        return fail(ImportProgress::cancelledMessage(m_fileName));
    if (!guard.commit())
        return fail(tr("The import could not be committed."));
    return true;
}

} // namespace Plafond
