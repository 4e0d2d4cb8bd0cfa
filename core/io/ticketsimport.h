// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ticket.h"
#include "io/importer.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Plafond {

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
class TicketsImport final : public Importer
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
    void error(int line, const QString &message);
    void warning(int line, const QString &message);

    QString m_fileName;
    QStringList m_errors;
    QStringList m_warnings;
    QList<Pending> m_pending;
    int m_added = 0;
    int m_changed = 0;
    int m_unchanged = 0;
};

} // namespace Plafond
