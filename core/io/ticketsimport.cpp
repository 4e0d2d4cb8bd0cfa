// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketsimport.h"

#include "io/csvreader.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QRegularExpression>
#include <QSet>

#include <map>
#include <optional>

namespace Plafond {

namespace {

enum Column
{
    ContractCol,
    LotCol,
    TicketCol,
    ComponentCol,
    BeneficiaryCol,
    SeverityCol,
    OpenedCol,
    ResponseCol,
    RestoredCol,
    ClosedCol,
    TitleCol,
    ColumnCount
};

// The two forms of the format only; Qt's own parsers accept more shapes than that.
std::optional<QDateTime> parseTime(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2}) (\\d{2}):(\\d{2})$"));
    static const QRegularExpression french(QStringLiteral("^(\\d{2})/(\\d{2})/(\\d{4}) (\\d{2}):(\\d{2})$"));
    QDate date;
    QTime time;
    QRegularExpressionMatch match = iso.match(text);
    if (match.hasMatch()) {
        date = QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    } else {
        match = french.match(text);
        if (!match.hasMatch())
            return std::nullopt;
        date = QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    }
    time = QTime(match.captured(4).toInt(), match.captured(5).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return Ticket::wallClock(date, time);
}

QString timeText(const QDateTime &time)
{
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

const QStringList &TicketsImport::headerNames()
{
    static const QStringList names { QStringLiteral("contract"), QStringLiteral("lot"),
        QStringLiteral("ticket"), QStringLiteral("component"), QStringLiteral("beneficiary"),
        QStringLiteral("severity"), QStringLiteral("opened"), QStringLiteral("first_response"),
        QStringLiteral("restored"), QStringLiteral("closed"), QStringLiteral("title") };
    return names;
}

void TicketsImport::error(int line, const QString &message)
{
    m_errors << QStringLiteral("%1:%2: %3").arg(m_fileName).arg(line).arg(message);
}

void TicketsImport::warning(int line, const QString &message)
{
    m_warnings << QStringLiteral("%1:%2: %3").arg(m_fileName).arg(line).arg(message);
}

bool TicketsImport::prepare(
    Stores &stores, const QByteArray &input, const QString &fileName, const Options &)
{
    m_fileName = fileName;
    m_errors.clear();
    m_warnings.clear();
    m_pending.clear();
    m_added = m_changed = m_unchanged = 0;

    const std::optional<QString> decoded = CsvReader::decode(input, fileName, &m_errors);
    if (!decoded)
        return false;
    const QString &text = *decoded;

    const QString expected = headerNames().join(QLatin1Char(';'));
    const QString headerLine = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (headerLine.isEmpty()) {
        error(1, tr("the header is missing (%1)").arg(expected));
        return false;
    }
    const std::optional<QChar> separator = CsvReader::headerSeparator(headerLine);
    if (!separator) {
        error(1, tr("the header mixes ';' and ',' between its fields"));
        return false;
    }
    const QList<CsvReader::Record> records = CsvReader::split(text, *separator, fileName, &m_errors);
    if (!m_errors.isEmpty())
        return false;
    if (records.isEmpty() || records.first().line != 1) {
        error(1, tr("the header is missing (%1)").arg(expected));
        return false;
    }
    QStringList header = records.first().fields;
    for (QString &name : header)
        name = name.trimmed();
    // The title is the one optional column, last.
    for (int column = 0; column < std::min<int>(int(header.size()), ColumnCount); ++column) {
        if (header.at(column) != headerNames().at(column)) {
            error(1,
                tr("column %1 of the header is \"%2\" where \"%3\" is expected")
                    .arg(column + 1)
                    .arg(header.at(column), headerNames().at(column)));
            return false;
        }
    }
    if (header.size() != ColumnCount && header.size() != ColumnCount - 1) {
        error(1,
            tr("the header has %1 columns instead of %2 or %3")
                .arg(header.size())
                .arg(int(ColumnCount) - 1)
                .arg(int(ColumnCount)));
        return false;
    }
    const int columns = int(header.size());
    const bool hasTitle = columns == ColumnCount;
    if (records.size() == 1) {
        error(1, tr("the file has no ticket"));
        return false;
    }

    // Lookups, once each.
    Status reads; // the first read of the database that failed
    auto note = [&reads](const Status &status) {
        if (!status && !status.isNotFound() && reads)
            reads = status;
    };
    std::map<QString, std::optional<std::pair<Contract, QHash<int, Lot>>>> contracts;
    auto contractData
        = [&](const QString &reference) -> const std::optional<std::pair<Contract, QHash<int, Lot>>> & {
        auto it = contracts.find(reference);
        if (it != contracts.end())
            return it->second;
        std::optional<std::pair<Contract, QHash<int, Lot>>> data;
        const auto contract = stores.contracts.contractByReference(reference);
        note(contract.status());
        if (contract) {
            QHash<int, Lot> lots;
            const auto contractLots = stores.contracts.lots(contract->id);
            note(contractLots.status());
            for (const Lot &lot : contractLots)
                lots.insert(lot.number, lot);
            data = std::make_pair(*contract, lots);
        }
        return contracts.emplace(reference, data).first->second;
    };
    const auto storedBeneficiaries = stores.catalogue.beneficiaries();
    const auto storedComponents = stores.components.components();
    const auto storedCoverage = stores.components.componentLots();
    const auto storedTickets = stores.tickets.tickets();
    const auto storedContracts = stores.contracts.contracts();
    if (const Status read = firstFailure({storedBeneficiaries.status(), storedComponents.status(), storedCoverage.status(),
                                          storedTickets.status(), storedContracts.status()});
        !read) {
        m_errors << read.message();
        return false;
    }
    QHash<QString, Beneficiary> beneficiaries;
    for (const Beneficiary &b : storedBeneficiaries)
        beneficiaries.insert(b.code, b);
    QHash<QString, Component> components;
    for (const Component &c : storedComponents)
        components.insert(c.sillId, c);
    QSet<QPair<Id, Id>> covered;
    for (const auto &pair : storedCoverage)
        covered.insert(pair);
    QHash<QString, Ticket> stored;
    for (const Ticket &t : storedTickets)
        stored.insert(t.reference, t);
    QHash<Id, QString> contractReferences;
    for (const Contract &c : storedContracts)
        contractReferences.insert(c.id, c.reference);

    QHash<QString, int> lineOfReference;
    for (int r = 1; r < records.size(); ++r) {
        const CsvReader::Record &record = records.at(r);
        const int line = record.line;
        if (record.fields.size() != columns) {
            error(line, tr("%1 fields instead of %2").arg(record.fields.size()).arg(columns));
            continue;
        }
        QStringList f = record.fields;
        for (QString &value : f)
            value = value.trimmed();
        const int errorsBefore = int(m_errors.size());

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
            auto it = data->second.constFind(lotNumber);
            if (it == data->second.constEnd())
                error(line, tr("lot: contract %1 has no lot %2").arg(f.at(ContractCol)).arg(lotNumber));
            else
                lot = &it.value();
        }
        const QString reference = f.at(TicketCol);
        if (reference.isEmpty())
            error(line, tr("ticket: the reference is missing"));
        Id componentId = 0;
        if (!f.at(ComponentCol).isEmpty()) {
            auto it = components.constFind(f.at(ComponentCol));
            if (it == components.constEnd())
                error(line,
                    tr("component: \"%1\" is not the SILL identifier of a catalogued component")
                        .arg(f.at(ComponentCol)));
            else
                componentId = it->id;
        }
        Id beneficiaryId = 0;
        if (!f.at(BeneficiaryCol).isEmpty()) {
            auto it = beneficiaries.constFind(f.at(BeneficiaryCol));
            if (it == beneficiaries.constEnd())
                error(line,
                    tr("beneficiary: \"%1\" is not a beneficiary of this database")
                        .arg(f.at(BeneficiaryCol)));
            else
                beneficiaryId = it->id;
        }
        const auto severity = Severities::fromKey(f.at(SeverityCol));
        if (!severity)
            error(line,
                tr("severity: \"%1\" is not a severity (critical, major, minor)").arg(f.at(SeverityCol)));
        QDateTime times[ColumnCount];
        for (int column : { int(OpenedCol), int(ResponseCol), int(RestoredCol), int(ClosedCol) }) {
            if (f.at(column).isEmpty()) {
                if (column == OpenedCol)
                    error(line, tr("opened: the time is missing"));
                continue;
            }
            if (const auto time = parseTime(f.at(column)))
                times[column] = *time;
            else
                error(line,
                    tr("%1: \"%2\" is not a time (YYYY-MM-DD HH:MM or DD/MM/YYYY HH:MM)")
                        .arg(headerNames().at(column), f.at(column)));
        }
        const QDateTime &opened = times[OpenedCol];
        if (opened.isValid()) {
            for (int column : { int(ResponseCol), int(RestoredCol), int(ClosedCol) }) {
                if (times[column].isValid() && times[column] < opened)
                    error(line,
                        tr("%1: %2 is before the opening time %3")
                            .arg(headerNames().at(column), timeText(times[column]), timeText(opened)));
            }
        }
        const QDateTime &closed = times[ClosedCol];
        if (closed.isValid() && closed >= opened) {
            for (int column : { int(ResponseCol), int(RestoredCol) }) {
                if (times[column].isValid() && times[column] >= opened && closed < times[column])
                    error(line,
                        tr("closed: %1 is before the %2 time %3")
                            .arg(timeText(closed), headerNames().at(column), timeText(times[column])));
            }
        }
        if (!reference.isEmpty()) {
            auto previous = lineOfReference.constFind(reference);
            if (previous != lineOfReference.constEnd())
                error(line, tr("ticket %1 is already at line %2").arg(reference).arg(*previous));
            else
                lineOfReference.insert(reference, line);
        }
        const auto existing = stored.constFind(reference);
        if (existing != stored.constEnd() && data && existing->contractId != data->first.id)
            error(line,
                tr("ticket %1 already exists in contract %2")
                    .arg(reference, contractReferences.value(existing->contractId)));
        if (int(m_errors.size()) != errorsBefore)
            continue;

        if (componentId && !covered.contains(qMakePair(componentId, lot->id)))
            warning(line,
                tr("component %1 is not covered by lot %2 of %3")
                    .arg(f.at(ComponentCol))
                    .arg(lotNumber)
                    .arg(f.at(ContractCol)));
        Pending pending;
        pending.line = line;
        Ticket &ticket = pending.ticket;
        if (existing != stored.constEnd())
            ticket = *existing;
        ticket.reference = reference;
        ticket.lotId = lot->id;
        ticket.contractId = data->first.id;
        ticket.lotNumber = lot->number;
        ticket.componentId = componentId;
        ticket.componentSillId = componentId ? f.at(ComponentCol) : QString();
        ticket.componentName = componentId ? components.value(f.at(ComponentCol)).name : QString();
        ticket.beneficiaryId = beneficiaryId;
        ticket.beneficiaryCode = beneficiaryId ? f.at(BeneficiaryCol) : QString();
        ticket.severity = *severity;
        if (hasTitle)
            ticket.title = f.at(TitleCol);
        ticket.openedAt = opened;
        ticket.firstResponseAt = times[ResponseCol];
        ticket.restoredAt = times[RestoredCol];
        ticket.closedAt = closed;
        if (existing == stored.constEnd()) {
            pending.write = true;
            ++m_added;
        } else if (!ticket.sameContent(*existing)) {
            pending.write = true;
            ++m_changed;
        } else {
            ++m_unchanged;
        }
        m_pending << pending;
    }
    if (!reads)
        m_errors = QStringList{reads.message()};
    if (!m_errors.isEmpty()) {
        m_pending.clear();
        m_added = m_changed = m_unchanged = 0;
        return false;
    }
    return true;
}

bool TicketsImport::apply(Stores &stores, const Options &, QString *errorText)
{
    auto fail = [&](const QString &message) {
        if (errorText)
            *errorText = message;
        return false;
    };
    TransactionGuard guard(stores.database());
    if (!guard.isActive())
        return fail(guard.errorText());
    for (Pending &pending : m_pending) {
        if (!pending.write)
            continue;
        if (const Status status = stores.tickets.saveTicket(pending.ticket); !status)
            return fail(status.isDatabaseError()
                            ? status.message()
                            : QStringLiteral("%1:%2: %3").arg(m_fileName).arg(pending.line).arg(status.message()));
    }
    if (!guard.commit())
        return fail(tr("The import could not be committed."));
    return true;
}

QList<Ticket> TicketsImport::tickets() const
{
    QList<Ticket> list;
    for (const Pending &pending : m_pending)
        list << pending.ticket;
    return list;
}

QStringList TicketsImport::changes() const
{
    // Counts after a colon: no plural form to choose, the same sentence for 1 and for 300.
    return { tr("tickets added: %1").arg(m_added), tr("tickets changed: %1").arg(m_changed),
        tr("tickets unchanged: %1").arg(m_unchanged) };
}

QString TicketsImport::doneMessage(const QString &path) const
{
    return tr("Tickets imported from %1: %2").arg(path, changes().join(QStringLiteral(", ")));
}

} // namespace Plafond
