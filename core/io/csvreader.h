// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Plafond {

// What every CSV importer (orders, tickets, SILL, Syntec) reads the same way: the byte order mark, the UTF-8
// check with the line that fails it, the header's separator, and the records with their line numbers, bounded
// whatever the file (TextRules: the longest field, the most fields of a record, NUL and bidirectional
// controls refused). Messages are "FILE:LINE: what is wrong".
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // One record of a CSV file and the physical line on which it starts.
    struct Record
    {
        int line = 0;
        QStringList fields;
    };

    // The text of the file, its byte order mark dropped; nullopt when it is not UTF-8, with the first line
    // that does not decode in `errors`.
    static std::optional<QString> decode(const QByteArray &bytes, const QString &fileName, QStringList *errors);

    // The separator of a header line: ';' or ','; nullopt when the line has both.
    static std::optional<QChar> headerSeparator(const QString &headerLine);

    // A whole file read: its separator, its header (fields trimmed) and the records after it.
    struct Table
    {
        QChar separator;
        int headerLine = 1;
        QStringList header;
        QList<Record> records;
    };

    // Reads a CSV file as decode(), headerSeparator() and split() do, and checks its header: with `columns`,
    // the header is the first line and holds these columns in this order, of which the last `optional` may
    // be left out ("the header is missing (…)", "column N of the header is …"); without, any header will do
    // (the caller reads it), on the first line that is not blank, and a header mixing ';' and ',' is read
    // with ','. Nullopt, with the error in `errors`, when the file cannot be read that way.
    static std::optional<Table> read(const QByteArray &bytes, const QString &fileName, QStringList *errors,
                                     const QStringList &columns = QStringList(), int optional = 0);

    // Splits CSV text into records (quoted fields, doubled quotes, line breaks inside quotes). Blank lines
    // are skipped. Errors go to `errors` as "FILE:LINE: …"; what was read up to the error is returned.
    static QList<Record> split(const QString &text, QChar separator, const QString &fileName, QStringList *errors);
};

} // namespace Plafond
