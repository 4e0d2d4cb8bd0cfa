// SPDX-License-Identifier: GPL-3.0-or-later
#include "ordersimport.h"

#include "csvreader.h"
#include "importlookups.h"

#include "domain/lifecycle.h"
#include "domain/textrules.h"
#include "engine/revisedschedule.h"
#include "storage/stores.h"

#include <QHash>
#include <QRegularExpression>

#include <map>
#include <optional>

namespace Plafond {

namespace {

// Whether the schedule's price in force on `date` starts on or after the revision of `revisionDate`: it was set
// for that period and is taken as it is, whether the revision can be applied or not (no warning then).
bool setForRevision(const WorkUnit &unit, const QDate &date, const QDate &revisionDate)
{
    QDate from;
    for (const UnitPrice &price : unit.prices) {
        if (price.effectiveFrom <= date)
            from = price.effectiveFrom;
    }
    return from.isValid() && from >= revisionDate;
}

const QStringList &headerNames()
{
    static const QStringList names{QStringLiteral("contract"), QStringLiteral("lot"), QStringLiteral("order"),
                                   QStringLiteral("beneficiary"), QStringLiteral("issued"), QStringLiteral("work_unit"),
                                   QStringLiteral("quantity"), QStringLiteral("unit_price_ht"), QStringLiteral("status"),
                                   QStringLiteral("service_done"), QStringLiteral("invoiced"), QStringLiteral("paid")};
    return names;
}

enum Column { ContractCol, LotCol, OrderCol, BeneficiaryCol, IssuedCol, WorkUnitCol, QuantityCol, PriceCol,
              StatusCol, DoneCol, InvoicedCol, PaidCol, ColumnCount };

// Both date forms of the format; Qt's own parsers accept more shapes than that, so the shape is checked first.
std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression french(QStringLiteral("^(\\d{2})/(\\d{2})/(\\d{4})$"));
    QRegularExpressionMatch match = iso.match(text);
    QDate date;
    if (match.hasMatch()) {
        date = QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    } else {
        match = french.match(text);
        if (match.hasMatch())
            date = QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    }
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

bool OrdersImport::prepare(Stores &stores, const QByteArray &input, const QString &fileName)
{
    begin(fileName);
    m_orders.clear();
    m_contractOfLot.clear();

    const std::optional<CsvReader::Table> table = CsvReader::read(input, fileName, &m_errors, headerNames());
    if (!table)
        return false;
    if (table->records.isEmpty()) {
        error(1, tr("the file has no order line"));
        return false;
    }
    const QList<CsvReader::Record> &records = table->records;
    const QChar separator = table->separator;
    const QChar otherSeparator = separator == QLatin1Char(',') ? QLatin1Char(';') : QLatin1Char(',');

    // Lookups, once: contracts by reference with their lots, beneficiaries, work units; and for each
    // contract, its prices after revision and the order numbers it holds already.
    struct ContractData
    {
        RevisedSchedule schedule;
        QSet<QString> numbers;
    };
    std::map<Id, ContractData> contracts;
    QString storageError; // a read of the database that failed: the file is then not judged
    ImportLookups lookups(stores, [this](int line, const QString &message) { error(line, message); });
    auto contractData = [&](const Contract &contract) -> const ContractData & {
        auto it = contracts.find(contract.id);
        if (it == contracts.end()) {
            ContractData data;
            data.schedule = RevisedSchedule::load(stores, contract.id);
            const auto numbers = stores.orders.orderNumbers(contract.id);
            if (!numbers && storageError.isEmpty())
                storageError = numbers.message();
            data.numbers = numbers.value();
            it = contracts.emplace(contract.id, std::move(data)).first;
        }
        return it->second;
    };

    // The decimal mark of the file: the first number with a mark decides; a later one with the other is an error.
    QChar decimalMark;
    int decimalLine = 0;
    QHash<QString, int> orderIndex; // "reference\norder number" → index in m_orders

    const auto cancel = [this]() {
        m_orders.clear();
        return cancelled();
    };
    if (!m_progress.start(records.size()))
        return cancel();
    for (int r = 0; r < records.size(); ++r) {
        if (!m_progress.advance(r))
            return cancel();
        const CsvReader::Record &record = records.at(r);
        const int line = record.line;
        if (record.fields.size() != ColumnCount) {
            // Fields split by the other separator tell the usual mistake: two files pasted together.
            QString joined = record.fields.join(separator);
            if (joined.count(otherSeparator) == ColumnCount - 1 && record.fields.size() < ColumnCount)
                error(line, tr("the fields are separated by '%1' while the header uses '%2'").arg(otherSeparator, separator));
            else
                error(line, tr("%1 fields instead of %2").arg(record.fields.size()).arg(int(ColumnCount)));
            continue;
        }
        QStringList f = record.fields;
        for (QString &value : f)
            value = value.trimmed();
        const int errorsBefore = static_cast<int>(m_errors.size());

        // Numbers: the decimal mark must be the same through the file.
        auto number = [&](const QString &value) -> QString {
            const bool comma = value.contains(QLatin1Char(','));
            const bool point = value.contains(QLatin1Char('.'));
            if (comma && point)
                return value; // the parser tells it is not a number
            const QChar mark = comma ? QLatin1Char(',') : point ? QLatin1Char('.') : QChar();
            if (!mark.isNull()) {
                if (decimalMark.isNull()) {
                    decimalMark = mark;
                    decimalLine = line;
                } else if (mark != decimalMark) {
                    error(line, tr("\"%1\" has a decimal %2 while line %3 has a decimal %4")
                                    .arg(value,
                                         mark == QLatin1Char(',') ? tr("comma") : tr("point"))
                                    .arg(decimalLine)
                                    .arg(decimalMark == QLatin1Char(',') ? tr("comma") : tr("point")));
                    return {};
                }
            }
            QString copy = value;
            return copy.replace(QLatin1Char(','), QLatin1Char('.'));
        };

        const ImportLookups::ContractEntry *contract = lookups.contract(line, f.at(ContractCol));
        const ContractData *data = contract ? &contractData(contract->contract) : nullptr;
        const Lot *lot = lookups.lot(line, contract, f.at(LotCol));
        if (f.at(OrderCol).isEmpty())
            error(line, tr("order: the order number is missing"));
        const Beneficiary *beneficiary = lookups.beneficiary(line, f.at(BeneficiaryCol));

        // Dates: either form, or empty.
        QDate dates[ColumnCount];
        for (int column : {int(IssuedCol), int(DoneCol), int(InvoicedCol), int(PaidCol)}) {
            if (f.at(column).isEmpty())
                continue;
            if (const auto date = parseDate(f.at(column)))
                dates[column] = *date;
            else
                error(line, tr("%1: \"%2\" is not a date (YYYY-MM-DD or DD/MM/YYYY)")
                                .arg(headerNames().at(column), f.at(column)));
        }
        const auto status = Lifecycle::statusFromKey(f.at(StatusCol));
        if (!status)
            error(line, tr("status: \"%1\" is not a status (draft, issued, done, invoiced, paid, cancelled)")
                            .arg(f.at(StatusCol)));

        const WorkUnit *unit = lot ? lookups.workUnit(line, *lot, f.at(WorkUnitCol)) : nullptr;
        QString parseError;
        const QString quantityText = number(f.at(QuantityCol));
        std::optional<Quantity> quantity;
        if (!quantityText.isNull()) {
            quantity = Quantity::fromDecimalString(quantityText, &parseError);
            if (!quantity)
                error(line, tr("quantity: %1").arg(parseError.replace(quantityText, f.at(QuantityCol))));
            else if (quantity->milli() <= 0)
                error(line, tr("quantity: \"%1\" is not greater than zero").arg(f.at(QuantityCol)));
        }
        std::optional<Money> price;
        if (f.at(PriceCol).isEmpty()) {
            // The schedule's price on the day the order was issued, after revision.
            if (unit) {
                if (f.at(IssuedCol).isEmpty())
                    error(line, tr("unit_price_ht: empty, and there is no issue date to take the schedule's price at"));
                else if (dates[IssuedCol].isValid() && !(price = data->schedule.priceOn(*unit, dates[IssuedCol])))
                    error(line, tr("unit_price_ht: empty, and work unit %1 has no price on %2")
                                    .arg(unit->code, dates[IssuedCol].toString(Qt::ISODate)));
                else if (const RevisionStep *step = data->schedule.latestRevisionOn(dates[IssuedCol]);
                         price && step && !step->applied() && !setForRevision(*unit, dates[IssuedCol], step->date))
                    warning(line,
                        tr("unit_price_ht: the revision of %1 is not applied (%2): %3 is used")
                            .arg(step->date.toString(Qt::ISODate), step->problem, price->toDecimalString()));
            }
        } else {
            const QString priceText = number(f.at(PriceCol));
            if (!priceText.isNull()) {
                price = Money::fromDecimalString(priceText, &parseError);
                if (!price)
                    error(line, tr("unit_price_ht: %1").arg(parseError.replace(priceText, f.at(PriceCol))));
                else if (price->isNegative())
                    error(line, tr("unit_price_ht: \"%1\" is negative").arg(f.at(PriceCol)));
            }
        }
        if (static_cast<int>(m_errors.size()) != errorsBefore)
            continue;

        // The order itself: its rows share contract, lot, beneficiary, status and dates.
        const QString key = f.at(ContractCol) + QLatin1Char('\n') + f.at(OrderCol);
        OrderLine orderLine;
        orderLine.workUnitId = unit->id;
        orderLine.quantityMilli = quantity->milli();
        orderLine.unitPriceHt = *price;
        if (!orderLine.computeAmount()) {
            error(line, tr("the amount of the line is too large"));
            continue;
        }
        auto existing = orderIndex.constFind(key);
        if (existing != orderIndex.constEnd()) {
            Pending &pending = m_orders[*existing];
            const PurchaseOrder &o = pending.order;
            if (o.lotId != lot->id || o.beneficiaryId != beneficiary->id || o.status != *status
                || o.issuedOn != dates[IssuedCol] || o.doneOn != dates[DoneCol] || o.invoicedOn != dates[InvoicedCol]
                || o.paidOn != dates[PaidCol]) {
                error(line, tr("order %1 is already at line %2 with another lot, beneficiary, status or date")
                                .arg(f.at(OrderCol))
                                .arg(pending.line));
                continue;
            }
            pending.order.lines << orderLine;
            continue;
        }
        if (data->numbers.contains(f.at(OrderCol))) {
            error(line, tr("order %1 already exists in contract %2").arg(f.at(OrderCol), f.at(ContractCol)));
            continue;
        }
        // Steps in order, each dated, through the lifecycle rules; a date past the status is an error.
        PurchaseOrder order;
        order.lotId = lot->id;
        order.beneficiaryId = beneficiary->id;
        order.number = f.at(OrderCol);
        order.createdOn = dates[IssuedCol];
        const struct
        {
            OrderStatus step;
            int column;
        } steps[] = {{OrderStatus::Issued, IssuedCol}, {OrderStatus::Done, DoneCol},
                     {OrderStatus::Invoiced, InvoicedCol}, {OrderStatus::Paid, PaidCol}};
        const int reached = *status == OrderStatus::Cancelled || *status == OrderStatus::Draft
            ? -1
            : static_cast<int>(*status) - 1;
        bool ok = true;
        for (int s = 0; s < 4 && ok; ++s) {
            const int column = steps[s].column;
            if (s > reached) {
                // A cancelled order keeps its issue date: it tells when it was issued before being withdrawn.
                const bool allowed = *status == OrderStatus::Cancelled && s == 0;
                if (dates[column].isValid() && !allowed) {
                    error(line, tr("%1: a date is given but the status is %2")
                                    .arg(headerNames().at(column), f.at(StatusCol)));
                    ok = false;
                }
                continue;
            }
            if (!dates[column].isValid()) {
                error(line, tr("%1: the date is missing for status %2").arg(headerNames().at(column), f.at(StatusCol)));
                ok = false;
                continue;
            }
            QString moveError;
            if (!Lifecycle::move(order, steps[s].step, dates[column], &moveError)) {
                error(line, moveError);
                ok = false;
            }
        }
        if (!ok)
            continue;
        if (*status == OrderStatus::Cancelled) {
            // The file has no cancellation date: the issue date (if any) stands for it, so that the order
            // counts nowhere, as a cancelled order must. A draft dropped before issue has no date at all.
            if (dates[IssuedCol].isValid())
                Lifecycle::move(order, OrderStatus::Issued, dates[IssuedCol]);
            order.status = OrderStatus::Cancelled;
            order.cancelledOn = dates[IssuedCol];
        }
        order.lines << orderLine;
        Pending pending;
        pending.line = line;
        pending.contractReference = f.at(ContractCol);
        pending.order = order;
        m_contractOfLot.insert(lot->id, contract->contract.id);
        orderIndex.insert(key, static_cast<int>(m_orders.size()));
        m_orders << pending;
    }
    if (!m_progress.finish())
        return cancel();
    if (storageError.isEmpty())
        storageError = lookups.storageError();
    if (!storageError.isEmpty())
        m_errors << storageError;

    // The ceiling of each lot, with every imported order counted: an import may not go past it silently.
    if (m_errors.isEmpty())
        checkCeilings(stores);
    return m_errors.isEmpty();
}

bool OrdersImport::checkCeilings(Stores &stores)
{
    QHash<Id, Money> added;
    // Each lot's maximum and what it had ordered before this file, read once per lot, not once per order.
    QHash<Id, std::pair<Money, Money>> lotState;
    for (const Pending &pending : std::as_const(m_orders)) {
        if (!Lifecycle::countsAsOrdered(pending.order.status))
            continue;
        const auto total = pending.order.totalHt();
        const auto sum = total ? added.value(pending.order.lotId).checkedAdd(*total) : std::nullopt;
        if (!sum) {
            error(pending.line, tr("the orders of this lot add up to an amount too large"));
            return false;
        }
        added.insert(pending.order.lotId, *sum);
        auto state = lotState.constFind(pending.order.lotId);
        if (state == lotState.constEnd()) {
            const auto stored = stores.orders.lotCeilingCheck(pending.order.lotId, 0, Money());
            if (!stored) {
                m_errors << stored.message();
                return false;
            }
            state = lotState.insert(pending.order.lotId, {stored->maximum, stored->orderedBefore});
        }
        const Money *maximum = &state->first;
        const Money *before = &state->second;
        const auto after = before->checkedAdd(*sum);
        if (!after || *after > *maximum) {
            error(pending.line, tr("order %1 takes its lot past its maximum of %2 (ordered with this file: %3)")
                                    .arg(pending.order.number, maximum->toDecimalString(),
                                         after ? after->toDecimalString() : QStringLiteral("?")));
            return false;
        }
    }
    return true;
}

bool OrdersImport::apply(Stores &stores, QString *errorText)
{
    // Checked again now that no other writer can change the lots until the commit (rows locked on
    // PostgreSQL; SQLite's write lock is taken when the transaction begins).
    const auto checkAgain = [this, &stores]() -> QString {
        QList<Id> lots;
        for (const Pending &pending : std::as_const(m_orders)) {
            if (!lots.contains(pending.order.lotId))
                lots << pending.order.lotId;
        }
        if (const Status status = stores.contracts.lockLots(lots); !status)
            return status.message();
        m_errors.clear();
        if (!checkCeilings(stores))
            return m_errors.join(QLatin1Char('\n'));
        // The numbers too, once per contract, now that no other writer can add one before the commit.
        QHash<Id, QSet<QString>> numbers;
        for (const Pending &pending : std::as_const(m_orders)) {
            const Id contractId = m_contractOfLot.value(pending.order.lotId);
            auto known = numbers.find(contractId);
            if (known == numbers.end()) {
                const auto read = stores.orders.orderNumbers(contractId);
                if (!read)
                    return read.message();
                known = numbers.insert(contractId, *read);
            }
            if (known->contains(pending.order.number))
                return QStringLiteral("%1:%2: %3").arg(m_fileName).arg(pending.line).arg(
                    tr("order %1 already exists in contract %2").arg(pending.order.number, pending.contractReference));
        }
        return QString();
    };
    // New orders only (a number already used was refused above): written as one batch.
    OrderStore::NewOrders batch;
    const bool written = writeAll(
        stores, m_orders.size(),
        [this, &stores, &batch](qint64 index) {
            Pending &pending = m_orders[index];
            const Status saved = stores.orders.insertNewOrder(pending.order, batch);
            return saved ? QString() : writeError(saved, pending.line);
        },
        errorText, checkAgain);
    if (!written) {
        // Rolled back: the identifiers handed out inside the transaction were never stored.
        for (Pending &pending : m_orders) {
            pending.order.id = 0;
            pending.order.rowVersion = 0;
            for (OrderLine &line : pending.order.lines)
                line.id = line.orderId = 0;
        }
    }
    return written;
}

int OrdersImport::lineCount() const
{
    int count = 0;
    for (const Pending &pending : m_orders)
        count += static_cast<int>(pending.order.lines.size());
    return count;
}

QStringList OrdersImport::changes() const
{
    QStringList lines;
    for (const Pending &pending : m_orders) {
        const auto total = pending.order.totalHt();
        lines << tr("order %1 of contract %2: %n line(s), %3 excl. VAT, %4", nullptr,
                    static_cast<int>(pending.order.lines.size()))
                     .arg(pending.order.number, pending.contractReference,
                          total ? total->toDecimalString() : QString(), Lifecycle::statusKey(pending.order.status));
    }
    return lines;
}

} // namespace Plafond
