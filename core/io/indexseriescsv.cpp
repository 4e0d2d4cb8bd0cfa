// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexseriescsv.h"

#include "csvreader.h"

#include <QHash>
#include <QRegularExpression>

namespace Plafond {

std::optional<IndexSeries> IndexSeriesCsv::read(const QByteArray &input, const QString &fileName, QStringList *errors)
{
    QStringList found;
    auto error = [&](int line, const QString &message) {
        found << QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message);
    };
    const std::optional<QString> decoded = CsvReader::decode(input, fileName, &found);
    IndexSeries series;
    if (decoded) {
        const QString &text = *decoded;
        const QList<CsvReader::Record> records =
            CsvReader::split(text, QLatin1Char(','), fileName, &found);
        const QStringList header{QStringLiteral("year"), QStringLiteral("month"), QStringLiteral("series"),
                                 QStringLiteral("value"), QStringLiteral("source_url"), QStringLiteral("note")};
        if (found.isEmpty() && (records.isEmpty() || records.first().fields != header))
            error(1, tr("the header is not %1").arg(header.join(QLatin1Char(','))));
        static const QRegularExpression valueShape(QStringLiteral("^(\\d{1,5})(?:\\.(\\d))?$"));
        // One file is one state of the series: a month given twice with two values is a mistake (a correction
        // is a later file), the same value twice is harmless.
        QHash<QPair<QDate, int>, QPair<int, qint64>> seen; // month and series → line and value
        for (int i = 1; found.isEmpty() && i < records.size(); ++i) {
            const CsvReader::Record &record = records.at(i);
            if (record.fields.size() != header.size()) {
                error(record.line, tr("%1 fields instead of %2").arg(record.fields.size()).arg(header.size()));
                continue;
            }
            bool yearOk = false;
            bool monthOk = false;
            const int year = record.fields.at(0).toInt(&yearOk);
            const int month = record.fields.at(1).toInt(&monthOk);
            IndexValue value;
            value.month = QDate(year, month, 1);
            if (!yearOk || !monthOk || !value.month.isValid() || year < 1900) {
                error(record.line, tr("\"%1-%2\" is not a month").arg(record.fields.at(0), record.fields.at(1)));
                continue;
            }
            if (record.fields.at(2) == QLatin1String("old"))
                value.series = IndexValue::Series::Old;
            else if (record.fields.at(2) == QLatin1String("revised"))
                value.series = IndexValue::Series::Revised;
            else {
                error(record.line, tr("series: \"%1\" is neither old nor revised").arg(record.fields.at(2)));
                continue;
            }
            // The old series stops with the change, except its last value of August 2022 that links the two.
            if (value.series == IndexValue::Series::Old && value.month > IndexSeries::seriesChange()) {
                error(record.line, tr("the old series ends in August 2022"));
                continue;
            }
            if (value.series == IndexValue::Series::Revised && value.month < IndexSeries::seriesChange()) {
                error(record.line, tr("the revised series starts in August 2022"));
                continue;
            }
            const auto match = valueShape.match(record.fields.at(3));
            if (!match.hasMatch() || match.captured(1).toLongLong() == 0) {
                error(record.line, tr("value: \"%1\" is not an index value with at most one decimal")
                                       .arg(record.fields.at(3)));
                continue;
            }
            value.tenths = match.captured(1).toLongLong() * 10 + match.captured(2).toLongLong();
            const QPair<QDate, int> key(value.month, static_cast<int>(value.series));
            const auto previous = seen.constFind(key);
            if (previous != seen.constEnd() && previous->second != value.tenths) {
                error(record.line, tr("%1 (%2 series) is already at line %3 with the value %4.%5")
                                       .arg(value.month.toString(QStringLiteral("yyyy-MM")), record.fields.at(2))
                                       .arg(previous->first)
                                       .arg(previous->second / 10)
                                       .arg(previous->second % 10));
                continue;
            }
            seen.insert(key, qMakePair(record.line, value.tenths));
            value.source = record.fields.at(4);
            value.note = record.fields.at(5);
            series.add(value);
        }
    }
    if (!found.isEmpty()) {
        if (errors)
            *errors << found;
        return std::nullopt;
    }
    return series;
}

} // namespace Plafond
