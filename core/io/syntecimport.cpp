// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntecimport.h"

#include "engine/pricerevision.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QHash>

namespace Plafond {

bool SyntecImport::prepare(Repository &repository, const QByteArray &bytes, const QString &fileName)
{
    m_errors.clear();
    m_values.clear();
    m_corrections.clear();
    m_added = 0;
    m_corrected = 0;
    const auto series = IndexSeries::fromCsv(bytes, fileName, &m_errors);
    if (!series)
        return false;
    repository.clearLastError();
    QHash<QString, qint64> stored;
    auto key = [](const IndexValue &v) {
        return v.month.toString(QStringLiteral("yyyy-MM")) + (v.series == IndexValue::Series::Old ? QLatin1Char('o') : QLatin1Char('r'));
    };
    for (const IndexValue &value : repository.indexValues(indexName()))
        stored.insert(key(value), value.tenths);
    if (!repository.lastError().isEmpty()) {
        m_errors << repository.lastError();
        return false;
    }
    for (const IndexValue &value : series->values()) {
        const auto it = stored.constFind(key(value));
        if (it == stored.constEnd()) {
            ++m_added;
        } else if (*it != value.tenths) {
            ++m_corrected;
            m_corrections << tr("%1: %2 corrected to %3")
                                 .arg(value.month.toString(QStringLiteral("yyyy-MM")),
                                      QStringLiteral("%1.%2").arg(*it / 10).arg(*it % 10),
                                      QStringLiteral("%1.%2").arg(value.tenths / 10).arg(value.tenths % 10));
        } else {
            continue;
        }
        m_values << value;
    }
    return true;
}

bool SyntecImport::apply(Repository &repository, const QDate &today, QString *error)
{
    TransactionGuard guard(repository.database());
    if (!guard.isActive()) {
        if (error)
            *error = tr("Cannot start a transaction.");
        return false;
    }
    for (const IndexValue &value : std::as_const(m_values)) {
        if (!repository.saveIndexValue(indexName(), value, today)) {
            if (error)
                *error = repository.lastError();
            return false;
        }
    }
    if (!guard.commit()) {
        if (error)
            *error = tr("The import could not be committed.");
        return false;
    }
    return true;
}

QStringList SyntecImport::changes() const
{
    QStringList lines;
    lines << tr("%n new monthly value(s)", nullptr, m_added);
    lines << tr("%n correction(s)", nullptr, m_corrected);
    lines << m_corrections;
    return lines;
}

} // namespace Plafond
