// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexstore.h"

#include "sqlvalues.h"
#include "tables.h"

namespace Plafond {

namespace {

QString seriesKey(IndexValue::Series series)
{
    return series == IndexValue::Series::Old ? QStringLiteral("old") : QStringLiteral("revised");
}

} // namespace

Result<QList<IndexValue>> IndexStore::indexValues(const QString &indexName, bool history)
{
    const QString select = QStringLiteral("SELECT month, series, value_tenths, source, note, superseded_on"
                                          " FROM index_values WHERE index_name = ?");
    return readAll<IndexValue>(history ? select + QStringLiteral(" ORDER BY month, series, id")
                                       : select + QStringLiteral(" AND superseded_on IS NULL ORDER BY month, series"),
                               {indexName}, [](SqlRow &r) {
                                   IndexValue value;
                                   value.month = r.month();
                                   value.series = r.text() == QLatin1String("old") ? IndexValue::Series::Old
                                                                                   : IndexValue::Series::Revised;
                                   value.tenths = r.int64();
                                   value.source = r.text();
                                   value.note = r.text();
                                   value.supersededOn = r.date();
                                   return value;
                               });
}

Result<bool> IndexStore::saveIndexValue(const QString &indexName, const IndexValue &value, const QDate &today)
{
    const QString month = value.month.toString(QStringLiteral("yyyy-MM"));
    bool changed = false;
    const Status status = withTransaction([&]() -> Status {
        const auto current = readOne<QPair<Id, qint64>>(
            QStringLiteral("SELECT id, value_tenths FROM index_values WHERE index_name = ? AND month = ? AND series = ?"
                           " AND superseded_on IS NULL"),
            {indexName, month, seriesKey(value.series)}, [](SqlRow &r) {
                const Id id = r.id();
                return qMakePair(id, r.int64());
            });
        if (!current && !current.isNotFound())
            return current.status();
        if (current && current->second == value.tenths)
            return {};
        if (current) {
            // A correction: the published value stays on record, superseded.
            if (auto supersede = run(QStringLiteral("UPDATE index_values SET superseded_on = ?, updated_at = ?,"
                                                    " row_version = row_version + 1 WHERE id = ?"),
                                     {SqlValues::date(today), SqlValues::now(), current->first});
                !supersede)
                return supersede.status();
        }
        Id id = 0;
        if (Status inserted = insertRow(Tables::indexValues(), id,
                                        {indexName, month, seriesKey(value.series), value.tenths, value.source, value.note});
            !inserted)
            return inserted;
        changed = true;
        return {};
    });
    if (!status)
        return status.error();
    return changed;
}

} // namespace Plafond
