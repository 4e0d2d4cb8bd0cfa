// SPDX-License-Identifier: GPL-3.0-or-later
#include "demotickets.h"

#include "randomgenerator.h"

#include "storage/stores.h"

#include <QHash>

#include <algorithm>

namespace Plafond {

bool writeDemoTickets(Stores &stores, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const auto contract = stores.contracts.contractByReference(QStringLiteral("ACIM-2012"));
    if (!contract)
        return fail(contract.message());
    const QList<Lot> lots = stores.contracts.lots(contract->id).value();
    QHash<Id, QList<Id>> componentsOfLot;
    for (const auto &pair : stores.components.componentLots())
        componentsOfLot[pair.second] << pair.first;
    QHash<QString, Id> beneficiaryIds;
    const auto beneficiaries = stores.catalogue.beneficiaries();
    if (!beneficiaries)
        return fail(beneficiaries.message());
    for (const Beneficiary &b : *beneficiaries)
        beneficiaryIds.insert(b.code, b.id);

    // Targets in working minutes: response, restore (illustrative).
    const struct
    {
        Severity severity;
        qint64 response;
        qint64 restore;
        int weight; // share of the tickets
        qint64 answer[2]; // calendar minutes to the first response, drawn in this range
        qint64 repair[2]; // then to the restoration
    } levels[] = { { Severity::Critical, 4 * 60, 16 * 60, 12, { 5, 330 }, { 30, 3300 } },
        { Severity::Major, 8 * 60, 40 * 60, 33, { 15, 1300 }, { 120, 8400 } },
        { Severity::Minor, 16 * 60, 80 * 60, 55, { 30, 2600 }, { 240, 16000 } } };
    for (const Lot &lot : lots) {
        for (const auto &level : levels) {
            SlaTarget target { 0, lot.id, level.severity, level.response, level.restore, 0 };
            if (const Status status = stores.tickets.saveSlaTarget(target); !status)
                return fail(status.message());
        }
    }

    // The ministries of the contract (docs/DOMAIN.md: all but Economy and Finance), weighted as its orders are.
    const QList<QPair<QString, int>> beneficiaryWeights { { QStringLiteral("MIOM"), 10 },
        { QStringLiteral("STSI2"), 8 }, { QStringLiteral("MINARM"), 5 }, { QStringLiteral("DIRISI"), 8 },
        { QStringLiteral("MJ"), 4 }, { QStringLiteral("MC"), 3 }, { QStringLiteral("MASA"), 3 },
        { QStringLiteral("MENJ"), 4 }, { QStringLiteral("EOLE"), 4 }, { QStringLiteral("MTECT"), 4 },
        { QStringLiteral("SGMAS"), 3 }, { QStringLiteral("PM"), 2 } };
    QList<int> weights;
    for (const auto &entry : beneficiaryWeights)
        weights << entry.second;
    const QStringList titles { QStringLiteral("Anomalie bloquante sur %1"),
        QStringLiteral("Dysfonctionnement de %1 après mise à jour"),
        QStringLiteral("Dégradation des performances de %1"), QStringLiteral("Question d'utilisation de %1"),
        QStringLiteral("Correctif de sécurité pour %1"), QStringLiteral("Erreur d'installation de %1") };
    QHash<Id, QString> componentNames;
    for (const Component &component : stores.components.components())
        componentNames.insert(component.id, component.name);

    Generator random(0x5449434B45545321ULL); // "TICKETS!"
    const QDate first = contract->startOn;
    const qint64 days = first.daysTo(contract->endOn()) - 14; // the last tickets are closed by the end
    int sequence = 0;
    for (const Lot &lot : lots) {
        QList<Id> components = componentsOfLot.value(lot.id);
        std::sort(components.begin(), components.end());
        if (components.isEmpty())
            continue;
        // Opening instants first, sorted, so that the references follow the time.
        QList<QDateTime> openings;
        for (int i = 0; i < 320; ++i) {
            QDate day = first.addDays(random.between(0, days));
            // Mostly on working days; one in eight on a weekend or in the evening.
            const bool offHours = random.between(0, 7) == 0;
            while (!offHours && day.dayOfWeek() > 5)
                day = day.addDays(1);
            const int minute
                = offHours ? int(random.between(0, 24 * 60 - 1)) : int(random.between(8 * 60, 18 * 60 + 30));
            openings << Ticket::wallClock(day, QTime(minute / 60, minute % 60));
        }
        std::sort(openings.begin(), openings.end());
        for (const QDateTime &opened : std::as_const(openings)) {
            const auto &level = levels[random.pick({ levels[0].weight, levels[1].weight, levels[2].weight })];
            Ticket ticket;
            ticket.reference = QStringLiteral("ACIM-%1-%2")
                                   .arg(opened.date().year())
                                   .arg(++sequence, 4, 10, QLatin1Char('0'));
            ticket.lotId = lot.id;
            ticket.componentId = components.at(int(random.between(0, components.size() - 1)));
            ticket.beneficiaryId = beneficiaryIds.value(beneficiaryWeights.at(random.pick(weights)).first);
            ticket.severity = level.severity;
            ticket.title = titles.at(int(random.between(0, titles.size() - 1)))
                               .arg(componentNames.value(ticket.componentId));
            ticket.openedAt = opened;
            ticket.firstResponseAt = opened.addSecs(60 * random.between(level.answer[0], level.answer[1]));
            ticket.restoredAt
                = ticket.firstResponseAt.addSecs(60 * random.between(level.repair[0], level.repair[1]));
            ticket.closedAt = ticket.restoredAt.addSecs(60 * random.between(30, 3 * 24 * 60));
            if (const Status status = stores.tickets.saveTicket(ticket); !status)
                return fail(status.message());
        }
    }
    return true;
}

} // namespace Plafond
