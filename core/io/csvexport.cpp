// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexport.h"

#include "outputfile.h"

#include "domain/lifecycle.h"
#include "models/roles.h"
#include "storage/stores.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace Plafond {

namespace {

QChar separator(CsvExport::Dialect dialect)
{
    return dialect == CsvExport::Dialect::French ? QLatin1Char(';') : QLatin1Char(',');
}

QByteArray start(CsvExport::Dialect dialect)
{
    // The byte order mark is what makes a French spreadsheet read UTF-8 rather than Windows-1252.
    return dialect == CsvExport::Dialect::French ? QByteArray("\xEF\xBB\xBF") : QByteArray();
}

QByteArray record(const QStringList &fields, CsvExport::Dialect dialect)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &value : fields)
        quoted << CsvExport::field(value, dialect);
    return quoted.join(separator(dialect)).toUtf8() + '\n';
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// A cell as a spreadsheet should read it; see CsvExport::fromModel().
QString cellText(const QModelIndex &index, CsvExport::Dialect dialect, const QLocale &locale)
{
    const QVariant cents = index.data(CentsRole);
    if (cents.isValid() && !cents.isNull())
        return CsvExport::decimal(Money::fromCents(cents.toLongLong()).toDecimalString(), dialect);
    const QVariant display = index.data(Qt::DisplayRole);
    if (display.metaType() == QMetaType::fromType<QDate>())
        return isoDate(display.toDate());
    if (display.metaType() == QMetaType::fromType<QDateTime>())
        return display.toDateTime().toString(Qt::ISODate);
    const QString text = display.toString();
    if (text.isEmpty())
        return text;
    // Models show dates as locale text (their raw role is a day number, not told apart from other numbers):
    // a text that is a whole date in the display locale is one.
    const QDate date = locale.toDate(text, QLocale::ShortFormat);
    if (date.isValid())
        return isoDate(date);
    bool number = false;
    locale.toDouble(text, &number); // only to recognise a number: its digits are kept as they are, below
    if (number) {
        QString digits = text;
        digits.remove(locale.groupSeparator());
        digits.replace(locale.decimalPoint(), QStringLiteral("."));
        return CsvExport::decimal(digits, dialect);
    }
    return text;
}

} // namespace

std::optional<CsvExport::Dialect> CsvExport::dialectFromKey(const QString &key)
{
    if (key == QLatin1String("fr"))
        return Dialect::French;
    if (key == QLatin1String("standard"))
        return Dialect::Standard;
    return std::nullopt;
}

QString CsvExport::field(const QString &value, Dialect dialect)
{
    const bool quote = value.contains(separator(dialect)) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
        || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvExport::decimal(const QString &pointDecimal, Dialect dialect)
{
    if (dialect == Dialect::Standard)
        return pointDecimal;
    QString text = pointDecimal;
    return text.replace(QLatin1Char('.'), QLatin1Char(','));
}

QByteArray CsvExport::fromModel(const QAbstractItemModel &model, Dialect dialect, const QLocale &displayLocale)
{
    QByteArray bytes = start(dialect);
    const int columns = model.columnCount();
    QStringList header;
    for (int column = 0; column < columns; ++column)
        header << model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    bytes += record(header, dialect);
    const int rows = model.rowCount();
    for (int row = 0; row < rows; ++row) {
        QStringList fields;
        fields.reserve(columns);
        for (int column = 0; column < columns; ++column)
            fields << cellText(model.index(row, column), dialect, displayLocale);
        bytes += record(fields, dialect);
    }
    return bytes;
}

std::optional<QByteArray> CsvExport::orders(Stores &stores, const QString &contractReference, Dialect dialect,
                                            QString *error, Failure *failure)
{
    auto fail = [&](Failure why, const QString &message) -> std::optional<QByteArray> {
        if (error)
            *error = message;
        if (failure)
            *failure = why;
        return std::nullopt;
    };
    if (failure)
        *failure = Failure::None;
    QList<Contract> contracts;
    if (contractReference.isEmpty()) {
        auto all = stores.contracts.contracts();
        if (!all)
            return fail(Failure::Storage, all.message());
        contracts = std::move(all).value();
        std::sort(contracts.begin(), contracts.end(),
                  [](const Contract &a, const Contract &b) { return a.reference < b.reference; });
    } else if (const auto contract = stores.contracts.contractByReference(contractReference)) {
        contracts << *contract;
    } else if (contract.isNotFound()) {
        return fail(Failure::UnknownContract,
                    tr("%1 is not the reference of a contract in this database.").arg(contractReference));
    } else {
        return fail(Failure::Storage, contract.message());
    }

    QHash<Id, QString> beneficiaries;
    for (const Beneficiary &beneficiary : stores.catalogue.beneficiaries())
        beneficiaries.insert(beneficiary.id, beneficiary.code);
    QByteArray bytes = start(dialect);
    bytes += record({QStringLiteral("contract"), QStringLiteral("lot"), QStringLiteral("order"),
                     QStringLiteral("beneficiary"), QStringLiteral("issued"), QStringLiteral("work_unit"),
                     QStringLiteral("quantity"), QStringLiteral("unit_price_ht"), QStringLiteral("status"),
                     QStringLiteral("service_done"), QStringLiteral("invoiced"), QStringLiteral("paid")},
                    dialect);
    for (const Contract &contract : std::as_const(contracts)) {
        QHash<Id, int> lots;
        for (const Lot &lot : stores.contracts.lots(contract.id))
            lots.insert(lot.id, lot.number);
        QHash<Id, QString> units;
        for (const WorkUnit &unit : stores.catalogue.contractWorkUnits(contract.id))
            units.insert(unit.id, unit.code);
        const auto orders = stores.orders.contractOrders(contract.id);
        if (!orders)
            return fail(Failure::Storage, orders.message());
        for (const PurchaseOrder &order : orders) {
            for (const OrderLine &line : order.lines) {
                bytes += record({contract.reference, QString::number(lots.value(order.lotId)), order.number,
                                 beneficiaries.value(order.beneficiaryId), isoDate(order.issuedOn),
                                 units.value(line.workUnitId),
                                 decimal(Quantity::fromMilli(line.quantityMilli).toDecimalString(), dialect),
                                 decimal(line.unitPriceHt.toDecimalString(), dialect), Lifecycle::statusKey(order.status),
                                 isoDate(order.doneOn), isoDate(order.invoicedOn), isoDate(order.paidOn)},
                                dialect);
            }
        }
    }
    return bytes;
}

bool CsvExport::write(const QString &path, const QByteArray &bytes, QString *error)
{
    return OutputFile::write(path, bytes, error);
}

} // namespace Plafond
