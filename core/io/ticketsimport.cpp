// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketsimport.h"

#include "io/importlookups.h"
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

bool TicketsImport::prepare(
    Stores &stores, const QByteArray &input, const QString &fileName, const Options &options)
{
    begin(fileName);
    setProgress(options.progress);
    m_pending.clear();
    m_stored.clear();
    m_covered.clear();
    m_added = m_changed = m_unchanged = 0;

    // The title is the one optional column, last.
    const std::optional<CsvReader::Table> table = CsvReader::read(input, fileName, &m_errors, headerNames(), 1);
    if (!table)
        return false;
    if (table->records.isEmpty()) {
        error(1, tr("the file has no ticket"));
        return false;
    }

    // Lookups, once each.
    ImportLookups lookups(stores, [this](int line, const QString &message) { error(line, message); });
    const auto coverage = stores.components.componentLots();
    const auto tickets = stores.tickets.tickets();
    if (const Status read = firstFailure({coverage.status(), tickets.status()}); !read) {
        m_errors << read.message();
        return false;
    }
    for (const auto &pair : *coverage)
        m_covered.insert(pair);
    for (const Ticket &t : *tickets)
        m_stored.insert(t.reference, t);

    const auto stop = [this]() {
        m_pending.clear();
        m_added = m_changed = m_unchanged = 0;
        return false;
    };
    const auto cancel = [this, &stop]() {
        stop();
        return cancelled();
    };
    QHash<QString, int> lineOfReference;
    if (!m_progress.start(table->records.size()))
        return cancel();
    qint64 done = 0;
    for (const CsvReader::Record &record : table->records) {
        if (!m_progress.advance(done++))
            return cancel();
        readTicket(record, int(table->header.size()), lookups, lineOfReference);
    }
    if (!m_progress.finish())
        return cancel();
    if (!lookups.storageError().isEmpty())
        m_errors = QStringList{lookups.storageError()};
    if (!m_errors.isEmpty())
        return stop();
    return true;
}

bool TicketsImport::readTicket(const CsvReader::Record &record, int columns, ImportLookups &lookups,
                               QHash<QString, int> &lineOfReference)
{
    const int line = record.line;
    if (record.fields.size() != columns) {
        error(line, tr("%1 fields instead of %2").arg(record.fields.size()).arg(columns));
        return false;
    }
    QStringList f = record.fields;
    for (QString &value : f)
        value = value.trimmed();
    const int errorsBefore = int(m_errors.size());

    const ImportLookups::ContractEntry *contract = lookups.contract(line, f.at(ContractCol));
    const Lot *lot = lookups.lot(line, contract, f.at(LotCol));
    const QString reference = f.at(TicketCol);
    if (reference.isEmpty())
        error(line, tr("ticket: the reference is missing"));
    const Component *component
        = f.at(ComponentCol).isEmpty() ? nullptr : lookups.component(line, f.at(ComponentCol));
    const Beneficiary *beneficiary
        = f.at(BeneficiaryCol).isEmpty() ? nullptr : lookups.beneficiary(line, f.at(BeneficiaryCol));
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
    const auto existing = m_stored.constFind(reference);
    if (existing != m_stored.constEnd() && contract && existing->contractId != contract->contract.id) {
        const Contract *other = lookups.contractById(existing->contractId);
        error(line,
            tr("ticket %1 already exists in contract %2").arg(reference, other ? other->reference : QString()));
    }
    if (int(m_errors.size()) != errorsBefore)
        return false;

    if (component && !m_covered.contains(qMakePair(component->id, lot->id)))
        warning(line,
            tr("component %1 is not covered by lot %2 of %3")
                .arg(f.at(ComponentCol))
                .arg(lot->number)
                .arg(f.at(ContractCol)));
    Pending pending;
    pending.line = line;
    Ticket &ticket = pending.ticket;
    if (existing != m_stored.constEnd())
        ticket = *existing;
    ticket.reference = reference;
    ticket.lotId = lot->id;
    ticket.contractId = contract->contract.id;
    ticket.lotNumber = lot->number;
    ticket.componentId = component ? component->id : 0;
    ticket.componentSillId = component ? component->sillId : QString();
    ticket.componentName = component ? component->name : QString();
    ticket.beneficiaryId = beneficiary ? beneficiary->id : 0;
    ticket.beneficiaryCode = beneficiary ? beneficiary->code : QString();
    ticket.severity = *severity;
    if (columns == ColumnCount)
        ticket.title = f.at(TitleCol);
    ticket.openedAt = opened;
    ticket.firstResponseAt = times[ResponseCol];
    ticket.restoredAt = times[RestoredCol];
    ticket.closedAt = closed;
    if (existing == m_stored.constEnd()) {
        pending.write = true;
        ++m_added;
    } else if (!ticket.sameContent(*existing)) {
        pending.write = true;
        ++m_changed;
    } else {
        ++m_unchanged;
    }
    m_pending << pending;
    return true;
}

bool TicketsImport::apply(Stores &stores, const Options &options, QString *errorText)
{
    setProgress(options.progress);
    return writeAll(
        stores, m_pending.size(),
        [this, &stores](qint64 index) {
            const Pending &pending = m_pending.at(index);
            if (!pending.write)
                return QString();
            const Status saved = stores.tickets.saveTicket(m_pending[index].ticket);
            return saved ? QString() : writeError(saved, pending.line);
        },
        errorText);
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
