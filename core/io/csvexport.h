// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

class QAbstractItemModel;

namespace Plafond {

struct Stores;

// CSV files for spreadsheets and for other programs. Two dialects:
//   French: ';' between fields, decimal comma, UTF-8 with a byte order mark (what a French spreadsheet opens
//           without an import dialog);
//   Standard: ',' between fields, decimal point, UTF-8 without a byte order mark.
// Both: one record a line ending in "\n", a field quoted when it holds the separator, a quote, a line break
// or leading/trailing spaces (quotes doubled inside); amounts as plain decimals (never "1 234,56 €"), dates
// ISO 8601.
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
public:
    enum class Dialect { French, Standard };
    enum class Failure { None, UnknownContract, Storage };

    // "fr" or "standard"; nothing for anything else.
    static std::optional<Dialect> dialectFromKey(const QString &key);

    // A table as the user sees it: the model's rows and columns in their order (through a proxy, its filters
    // and sort apply), the horizontal header as the first record. A cell with a CentsRole value is written
    // from the cents; a date (a QDate value, or a display text that is a date in `displayLocale`) is written
    // ISO; a number shown with the locale's separators is rewritten with the dialect's decimal separator and
    // no grouping; other cells as displayed.
    static QByteArray fromModel(const QAbstractItemModel &model, Dialect dialect,
                                const QLocale &displayLocale = QLocale());

    // The orders format of docs/DOMAIN.md, one record per order line, orders by contract reference then number:
    //   contract;lot;order;beneficiary;issued;work_unit;quantity;unit_price_ht;status;service_done;invoiced;paid
    // Every contract when `contractReference` is empty.
    static std::optional<QByteArray> orders(Stores &stores, const QString &contractReference, Dialect dialect,
                                            QString *error = nullptr, Failure *failure = nullptr);

    // Writes the bytes atomically: on failure the file is not created (or left as it was).
    static bool write(const QString &path, const QByteArray &bytes, QString *error = nullptr);

    // One field, quoted when needed for the dialect.
    static QString field(const QString &value, Dialect dialect);
    // "1234.56" or "1234,56".
    static QString decimal(const QString &pointDecimal, Dialect dialect);
};

} // namespace Plafond
