// SPDX-License-Identifier: GPL-3.0-or-later
#include "ordersimport.h"

#include "csvreader.h"

#include "domain/lifecycle.h"
#include "domain/textrules.h"
#include "engine/revisedschedule.h"
#include "storage/database.h"
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

void OrdersImport::error(int line, const QString &message)
{
    m_errors << QStringLiteral("%1:%2: %3").arg(m_fileName).arg(line).arg(message);
}

bool OrdersImport::prepare(Stores &stores, const QByteArray &input, const QString &fileName)
{
    m_fileName = fileName;
    m_errors.clear();
    m_warnings.clear();
    m_orders.clear();
    m_contractOfLot.clear();

    const std::optional<QString> decoded = CsvReader::decode(input, fileName, &m_errors);
    if (!decoded)
        return false;
    const QString &text = *decoded;

    // The separator is the header's: it has no comma or semicolon of its own.
    const QString headerLine = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (headerLine.isEmpty()) {
        error(1, tr("the header is missing (%1)").arg(headerNames().join(QLatin1Char(';'))));
        return false;
    }
    const std::optional<QChar> headerSeparator = CsvReader::headerSeparator(headerLine);
    if (!headerSeparator) {
        error(1, tr("the header mixes ';' and ',' between its fields"));
        return false;
    }
    const QChar separator = *headerSeparator;
    const QChar otherSeparator = separator == QLatin1Char(',') ? QLatin1Char(';') : QLatin1Char(',');
    const QList<CsvReader::Record> records = CsvReader::split(text, separator, fileName, &m_errors);
    if (!m_errors.isEmpty())
        return false;
    if (records.isEmpty() || records.first().line != 1) {
        error(1, tr("the header is missing (%1)").arg(headerNames().join(QLatin1Char(';'))));
        return false;
    }
    QStringList header = records.first().fields;
    for (QString &name : header)
        name = name.trimmed();
    if (header != headerNames()) {
        for (int column = 0; column < ColumnCount; ++column) {
            if (column >= header.size()) {
                error(1, tr("the header has %1 columns instead of %2").arg(header.size()).arg(int(ColumnCount)));
                return false;
            }
            if (header.at(column) != headerNames().at(column)) {
                error(1, tr("column %1 of the header is \"%2\" where \"%3\" is expected")
                             .arg(column + 1)
                             .arg(header.at(column), headerNames().at(column)));
                return false;
            }
        }
        error(1, tr("the header has %1 columns instead of %2").arg(header.size()).arg(int(ColumnCount)));
        return false;
    }
    if (records.size() == 1) {
        error(1, tr("the file has no order line"));
        return false;
    }

    // Lookups, once: contracts by reference, with their lots and work units.
    struct ContractData
    {
        Contract contract;
        QHash<int, Lot> lots;
        QHash<Id, QHash<QString, WorkUnit>> units; // by lot id, then code
        RevisedSchedule schedule; // the prices after revision, computed once per contract
        QSet<QString> numbers; // the order numbers the contract holds already, read once
    };
    std::map<QString, std::optional<ContractData>> contracts;
    QHash<QString, Beneficiary> beneficiaries;
    QString storageError; // the first read of the database that failed: the file is then not judged
    auto noteFailure = [&storageError](const Status &status) {
        if (!status && !status.isNotFound() && storageError.isEmpty())
            storageError = status.message();
    };
    const auto storedBeneficiaries = stores.catalogue.beneficiaries();
    noteFailure(storedBeneficiaries.status());
    for (const Beneficiary &b : storedBeneficiaries)
        beneficiaries.insert(b.code, b);
    auto contractData = [&](const QString &reference) -> const std::optional<ContractData> & {
        auto it = contracts.find(reference);
        if (it != contracts.end())
            return it->second;
        std::optional<ContractData> data;
        const auto contract = stores.contracts.contractByReference(reference);
        noteFailure(contract.status());
        if (contract) {
            data = ContractData();
            data->contract = *contract;
            data->schedule = RevisedSchedule::load(stores, contract->id);
            const auto numbers = stores.orders.orderNumbers(contract->id);
            noteFailure(numbers.status());
            data->numbers = numbers.value();
            const auto lots = stores.contracts.lots(contract->id);
            noteFailure(lots.status());
            for (const Lot &lot : lots) {
                data->lots.insert(lot.number, lot);
                const auto units = stores.catalogue.workUnits(lot.id);
                noteFailure(units.status());
                for (const WorkUnit &unit : units)
                    data->units[lot.id].insert(unit.code, unit);
            }
        }
        return contracts.emplace(reference, data).first->second;
    };

    // The decimal mark of the file: the first number with a mark decides; a later one with the other is an error.
    QChar decimalMark;
    int decimalLine = 0;
    QHash<QString, int> orderIndex; // "reference\norder number" → index in m_orders

    const auto cancelled = [this]() {
        m_errors = QStringList{ImportProgress::cancelledMessage(m_fileName)};
        m_orders.clear();
        return false;
    };
    if (!m_progress.start(records.size() - 1))
        return cancelled();
    for (int r = 1; r < records.size(); ++r) {
        if (!m_progress.advance(r - 1))
            return cancelled();
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

        const auto &data = contractData(f.at(ContractCol));
        if (f.at(ContractCol).isEmpty())
            error(line, tr("contract: the reference is missing"));
        else if (!data)
            error(line, tr("contract: \"%1\" is not a contract of this database").arg(f.at(ContractCol)));
        const Lot *lot = nullptr;
        bool lotOk = false;
        const int lotNumber = f.at(LotCol).toInt(&lotOk);
        if (!lotOk)
            error(line, tr("lot: \"%1\" is not a lot number").arg(f.at(LotCol)));
        else if (data) {
            auto it = data->lots.constFind(lotNumber);
            if (it == data->lots.constEnd())
                error(line, tr("lot: contract %1 has no lot %2").arg(f.at(ContractCol)).arg(lotNumber));
            else
                lot = &it.value();
        }
        if (f.at(OrderCol).isEmpty())
            error(line, tr("order: the order number is missing"));
        const auto beneficiary = beneficiaries.constFind(f.at(BeneficiaryCol));
        if (beneficiary == beneficiaries.constEnd())
            error(line, tr("beneficiary: \"%1\" is not a beneficiary of this database").arg(f.at(BeneficiaryCol)));

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

        const WorkUnit *unit = nullptr;
        if (lot) {
            auto it = data->units.constFind(lot->id);
            if (it != data->units.constEnd() && it->contains(f.at(WorkUnitCol)))
                unit = &(*it).find(f.at(WorkUnitCol)).value();
            else
                error(line, tr("work_unit: lot %1 has no work unit \"%2\"").arg(lotNumber).arg(f.at(WorkUnitCol)));
        }
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
                    m_warnings << QStringLiteral("%1:%2: %3").arg(m_fileName).arg(line).arg(
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
        m_contractOfLot.insert(lot->id, data->contract.id);
        orderIndex.insert(key, static_cast<int>(m_orders.size()));
        m_orders << pending;
    }
    if (!m_progress.finish())
        return cancelled();
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
    TransactionGuard guard(stores.database());
    auto fail = [&](const QString &message) {
        if (errorText)
            *errorText = message;
        return false;
    };
    if (!guard.isActive())
        return fail(guard.errorText());
    // Checked again now that no other writer can change the lots until the commit (rows locked on
    // PostgreSQL; SQLite's write lock is taken when the transaction begins).
    QList<Id> lots;
    for (const Pending &pending : std::as_const(m_orders)) {
        if (!lots.contains(pending.order.lotId))
            lots << pending.order.lotId;
    }
    if (const Status status = stores.contracts.lockLots(lots); !status)
        return fail(status.message());
    m_errors.clear();
    if (!checkCeilings(stores))
        return fail(m_errors.join(QLatin1Char('\n')));
    // The numbers too, once per contract, now that no other writer can add one before the commit.
    QHash<Id, QSet<QString>> numbers;
    for (const Pending &pending : std::as_const(m_orders)) {
        const Id contractId = m_contractOfLot.value(pending.order.lotId);
        auto known = numbers.find(contractId);
        if (known == numbers.end()) {
            const auto read = stores.orders.orderNumbers(contractId);
            if (!read)
                return fail(read.message());
            known = numbers.insert(contractId, *read);
        }
        if (known->contains(pending.order.number))
            return fail(QStringLiteral("%1:%2: %3").arg(m_fileName).arg(pending.line).arg(
                tr("order %1 already exists in contract %2").arg(pending.order.number, pending.contractReference)));
    }
    if (!m_progress.start(m_orders.size()))
        return fail(ImportProgress::cancelledMessage(m_fileName));
    qint64 done = 0;
    for (Pending &pending : m_orders) {
        // Cancelled: the guard rolls back what this loop wrote.
        if (!m_progress.advance(done++))
            return fail(ImportProgress::cancelledMessage(m_fileName));
        if (const Status status = stores.orders.saveOrder(pending.order, true); !status)
            return fail(status.isDatabaseError()
                            ? status.message()
                            : QStringLiteral("%1:%2: %3").arg(m_fileName).arg(pending.line).arg(status.message()));
    }
    if (!m_progress.finish())
        return fail(ImportProgress::cancelledMessage(m_fileName));
    if (!guard.commit())
        return fail(tr("The import could not be committed."));
    return true;
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
