// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "domain/textrules.h"

#include <QStringDecoder>

#include <algorithm>

namespace Plafond {

std::optional<QString> CsvReader::decode(const QByteArray &input, const QString &fileName, QStringList *errors)
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    if (!decoder.hasError())
        return text;
    // Find the first line that does not decode, to point at it.
    int line = static_cast<int>(bytes.count('\n')) + 1;
    const QList<QByteArray> lines = bytes.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QStringDecoder lineDecoder(QStringDecoder::Utf8);
        const QString decoded = lineDecoder(lines.at(i));
        Q_UNUSED(decoded)
        if (lineDecoder.hasError()) {
            line = i + 1;
            break;
        }
    }
    if (errors)
        *errors << QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(tr("the text is not UTF-8"));
    return std::nullopt;
}

std::optional<QChar> CsvReader::headerSeparator(const QString &headerLine)
{
    const bool semicolons = headerLine.contains(QLatin1Char(';'));
    const bool commas = headerLine.contains(QLatin1Char(','));
    if (semicolons && commas)
        return std::nullopt;
    return commas ? QLatin1Char(',') : QLatin1Char(';');
}

std::optional<CsvReader::Table> CsvReader::read(const QByteArray &bytes, const QString &fileName,
                                                QStringList *errors, const QStringList &columns, int optional)
{
    QStringList found;
    const auto fail = [&](const QString &message) {
        found << QStringLiteral("%1:1: %2").arg(fileName, message);
        if (errors)
            *errors << found;
        return std::nullopt;
    };
    const std::optional<QString> text = decode(bytes, fileName, &found);
    if (!text) {
        if (errors)
            *errors << found;
        return std::nullopt;
    }
    const QString missing = tr("the header is missing (%1)").arg(columns.join(QLatin1Char(';')));
    const QString headerLine = text->section(QLatin1Char('\n'), 0, 0).trimmed();
    Table table;
    if (columns.isEmpty()) {
        table.separator = headerLine.contains(QLatin1Char(';')) && !headerLine.contains(QLatin1Char(','))
            ? QLatin1Char(';')
            : QLatin1Char(',');
    } else {
        if (headerLine.isEmpty())
            return fail(missing);
        const std::optional<QChar> separator = headerSeparator(headerLine);
        if (!separator)
            return fail(tr("the header mixes ';' and ',' between its fields"));
        table.separator = *separator;
    }
    table.records = split(*text, table.separator, fileName, &found);
    if (!found.isEmpty()) {
        if (errors)
            *errors << found;
        return std::nullopt;
    }
    if (table.records.isEmpty())
        return fail(columns.isEmpty() ? tr("the file is empty") : missing);
    if (!columns.isEmpty() && table.records.first().line != 1)
        return fail(missing);
    table.headerLine = table.records.first().line;
    table.header = table.records.takeFirst().fields;
    for (QString &name : table.header)
        name = name.trimmed();
    const int count = static_cast<int>(columns.size());
    for (int column = 0; column < std::min(count, static_cast<int>(table.header.size())); ++column) {
        if (table.header.at(column) != columns.at(column))
            return fail(tr("column %1 of the header is \"%2\" where \"%3\" is expected")
                            .arg(column + 1)
                            .arg(table.header.at(column), columns.at(column)));
    }
    const int size = static_cast<int>(table.header.size());
    if (count > 0 && (size > count || size < count - optional))
        return fail(optional > 0 ? tr("the header has %1 columns instead of %2 or %3")
                                       .arg(size)
                                       .arg(count - optional)
                                       .arg(count)
                                 : tr("the header has %1 columns instead of %2").arg(size).arg(count));
    return table;
}

QList<CsvReader::Record> CsvReader::split(const QString &text, QChar separator, const QString &fileName,
                                         QStringList *errors)
{
    QList<Record> records;
    Record current;
    QString field;
    int line = 1;
    bool quoted = false;
    bool afterQuote = false; // a closing quote was read: only a separator or the end of the record may follow
    bool recordStarted = false;
    // Bounded whatever the file: a field past TextRules::maxFieldLength or a record of more than
    // TextRules::maxFieldsPerRecord fields stops the reading (a 50 MB line of separators would otherwise be
    // 50 million fields), and a NUL or a bidirectional control in a field is refused.
    QString problem;
    auto endField = [&]() {
        if (problem.isEmpty()) {
            if (current.fields.size() >= TextRules::maxFieldsPerRecord)
                problem = tr("the record has more than %1 fields").arg(TextRules::maxFieldsPerRecord);
            else
                problem = TextRules::problem(field);
        }
        current.fields << field;
        field.clear();
        return problem.isEmpty();
    };
    auto stop = [&]() {
        if (errors)
            *errors << QStringLiteral("%1:%2: %3").arg(fileName).arg(current.line).arg(problem);
        return records;
    };
    auto endRecord = [&]() {
        if (!endField())
            return false;
        // A blank line is no record; a line of separators is one, of empty fields.
        if (current.fields.size() > 1 || !current.fields.first().isEmpty() || afterQuote)
            records << current;
        current = Record();
        recordStarted = false;
        afterQuote = false;
        return true;
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (!recordStarted) {
            current.line = line;
            recordStarted = true;
        }
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
                if (field.size() > TextRules::maxFieldLength) {
                    problem = TextRules::problem(field);
                    return stop();
                }
            }
            continue;
        }
        if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
            continue; // the \n ends the record
        if (c == QLatin1Char('\n')) {
            if (!endRecord())
                return stop();
            ++line;
            continue;
        }
        if (c == separator) {
            if (!endField())
                return stop();
            afterQuote = false;
            continue;
        }
        if (afterQuote) {
            if (errors)
                *errors << tr("%1:%2: unexpected text after a closing quote").arg(fileName).arg(line);
            return records;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            continue;
        }
        field += c;
        if (field.size() > TextRules::maxFieldLength) {
            problem = TextRules::problem(field);
            return stop();
        }
    }
    if (quoted) {
        if (errors)
            *errors << tr("%1:%2: a quoted field is not closed").arg(fileName).arg(current.line);
        return records;
    }
    if (recordStarted && !endRecord())
        return stop();
    return records;
}

} // namespace Plafond
