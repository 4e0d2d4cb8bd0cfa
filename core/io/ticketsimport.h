// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ticket.h"
#include "io/importbase.h"
#include "io/importer.h"

#include <QCoreApplication>
#include "io/csvreader.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Plafond {

class ImportLookups;

// Reads support tickets from CSV (`plafond import tickets FILE`). One row per ticket, header required:
//   contract;lot;ticket;component;beneficiary;severity;opened;first_response;restored;closed[;title]
// - ';' or ',' between fields (the header's decides), UTF-8 with or without a byte order mark, quoted fields
//   as in the orders CSV;
// - component: the SILL identifier of a catalogued component, or empty; beneficiary: a beneficiary code, or
//   empty; severity: critical, major or minor (see domain/ticket.h);
// - times: "YYYY-MM-DD HH:MM" or "DD/MM/YYYY HH:MM", the buyer's wall-clock time; opened is required, the
//   others are empty until the event happens; none may be before opened, closed not before restored or
//   first_response;
// - title: optional column; without it, a known ticket keeps its stored title.
// A known ticket reference updates that ticket (it must stay in its contract); the import tells how many
// tickets were added, changed and left unchanged. Everything is checked first ("FILE:LINE: what is
// wrong"), then written in one transaction. A component its lot does not cover is a warning, not an error.
// Progress and cancel as every importer (Importer::Options::progress): per ticket read, per ticket written.
class TicketsImport final : public Importer, private ImportBase
{
    Q_DECLARE_TR_FUNCTIONS(TicketsImport)
public:
    Kind kind() const override { return Kind::Tickets; }
    bool prepare(Stores &stores, const QByteArray &bytes, const QString &fileName,
        const Options &options) override;
    bool apply(Stores &stores, const Options &options, QString *error) override;
    QStringList errors() const override { return m_errors; }
    QStringList warnings() const override { return m_warnings; }
    QStringList changes() const override;
    QString doneMessage(const QString &path) const override;

    int addedCount() const { return m_added; }
    int changedCount() const { return m_changed; }
    int unchangedCount() const { return m_unchanged; }
    // The tickets as read (identifiers set for those already stored), after prepare().
    QList<Ticket> tickets() const;

    static const QStringList &headerNames(); // the eleven columns, title last

private:
    struct Pending
    {
        int line = 0;
        Ticket ticket;
        bool write = false; // new or changed
    };
    bool readTicket(const CsvReader::Record &record, int columns, ImportLookups &lookups,
                    QHash<QString, int> &lineOfReference);

    QList<Pending> m_pending;
    QHash<QString, Ticket> m_stored; // by reference, read by prepare()
    QSet<QPair<Id, Id>> m_covered;   // (component, lot)
    int m_added = 0;
    int m_changed = 0;
    int m_unchanged = 0;
};

} // namespace Plafond
