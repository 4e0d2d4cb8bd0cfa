// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntecimport.h"

#include "engine/pricerevision.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QHash>

namespace Plafond {

bool SyntecImport::prepare(Stores &stores, const QByteArray &bytes, const QString &fileName)
{
    m_errors.clear();
    m_values.clear();
    m_corrections.clear();
    m_added = 0;
    m_corrected = 0;
    m_fileName = fileName;
    const auto cancelled = [this]() {
        m_errors = QStringList{ImportProgress::cancelledMessage(m_fileName)};
        m_values.clear();
        m_corrections.clear();
        m_added = m_corrected = 0;
        return false;
    };
    if (!m_progress.start(0))
        return cancelled();
    const auto series = IndexSeries::fromCsv(bytes, fileName, &m_errors);
    if (!series)
        return false;
    QHash<QString, qint64> stored;
    auto key = [](const IndexValue &v) {
        return v.month.toString(QStringLiteral("yyyy-MM")) + (v.series == IndexValue::Series::Old ? QLatin1Char('o') : QLatin1Char('r'));
    };
    const auto storedValues = stores.indexes.indexValues(indexName());
    if (!storedValues) {
        m_errors << storedValues.message();
        return false;
    }
    for (const IndexValue &value : *storedValues)
        stored.insert(key(value), value.tenths);
    const QList<IndexValue> values = series->values();
    if (!m_progress.start(values.size()))
        return cancelled();
    qint64 done = 0;
    for (const IndexValue &value : values) {
        if (!m_progress.advance(done++))
            return cancelled();
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
    if (!m_progress.finish())
        return cancelled();
    return true;
}

bool SyntecImport::apply(Stores &stores, const QDate &today, QString *error)
{
    TransactionGuard guard(stores.database());
    if (!guard.isActive()) {
        if (error)
            *error = guard.errorText();
        return false;
    }
    // Cancelled: the guard rolls back what was written.
    const auto cancelled = [&]() {
        if (error)
            *error = ImportProgress::cancelledMessage(m_fileName);
        return false;
    };
    if (!m_progress.start(m_values.size()))
        return cancelled();
    qint64 done = 0;
    for (const IndexValue &value : std::as_const(m_values)) {
        if (!m_progress.advance(done++))
            return cancelled();
        if (const auto status = stores.indexes.saveIndexValue(indexName(), value, today); !status) {
            if (error)
                *error = status.message();
            return false;
        }
    }
    if (!m_progress.finish())
        return cancelled();
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
