// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntecimport.h"

#include "engine/pricerevision.h"
#include "io/indexseriescsv.h"
#include "storage/stores.h"

#include <QHash>

namespace Plafond {

bool SyntecImport::prepare(Stores &stores, const QByteArray &bytes, const QString &fileName)
{
    begin(fileName);
    const auto clear = [this]() {
        m_values.clear();
        m_corrections.clear();
        m_added = m_corrected = 0;
    };
    const auto cancel = [this, &clear]() {
        clear();
        return cancelled();
    };
    clear();
    if (!m_progress.start(0))
        return cancel();
    const auto series = IndexSeriesCsv::read(bytes, fileName, &m_errors);
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
        return cancel();
    qint64 done = 0;
    for (const IndexValue &value : values) {
        if (!m_progress.advance(done++))
            return cancel();
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
        return cancel();
    return true;
}

bool SyntecImport::apply(Stores &stores, const QDate &today, QString *error)
{
    return writeAll(
        stores, m_values.size(),
        [this, &stores, &today](qint64 index) {
            return stores.indexes.saveIndexValue(indexName(), m_values.at(index), today).message();
        },
        error);
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
