// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue.h"
#include "entities.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Plafond {

// The severity of a support ticket, a fixed set of three (the usual levels of a support contract):
//   critical — the service is down or unusable, no workaround;
//   major    — a main function is impaired, a workaround exists or the impact is limited;
//   minor    — a question, a cosmetic defect or a minor function.
// Stored and exchanged as the keys "critical", "major", "minor".
enum class Severity
{
    Critical,
    Major,
    Minor
};

class Severities
{
    Q_DECLARE_TR_FUNCTIONS(Severities)
public:
    static QList<Severity> all() { return { Severity::Critical, Severity::Major, Severity::Minor }; }
    static QString key(Severity severity);
    static std::optional<Severity> fromKey(const QString &key);
    static QString name(
        Severity severity, const Catalogue &language = Catalogue::application()); // translated
};

// A support ticket of a lot. The times are the buyer's wall-clock time (as the SLA clock reads them, see
// workinghours.h), held in QDateTimes of spec Qt::UTC so that no daylight-saving gap can make one invalid;
// an event that has not happened yet is an invalid QDateTime.
struct Ticket
{
    Id id = 0;
    QString reference; // unique in the database
    Id lotId = 0;
    Id componentId = 0; // 0: no component named
    Id beneficiaryId = 0; // 0: no beneficiary named
    Severity severity = Severity::Major;
    QString title;
    QDateTime openedAt;
    QDateTime firstResponseAt;
    QDateTime restoredAt;
    QDateTime closedAt;
    qint64 rowVersion = 0;

    // Read-only, filled by the ticket store's lists for display: never written.
    Id contractId = 0;
    int lotNumber = 0;
    QString componentSillId;
    QString componentName;
    QString beneficiaryCode;

    bool sameContent(const Ticket &other) const
    {
        return reference == other.reference && lotId == other.lotId && componentId == other.componentId
            && beneficiaryId == other.beneficiaryId && severity == other.severity && title == other.title
            && openedAt == other.openedAt && firstResponseAt == other.firstResponseAt
            && restoredAt == other.restoredAt && closedAt == other.closedAt;
    }

    // A wall-clock time as the tickets hold it (spec Qt::UTC, see above).
    static QDateTime wallClock(const QDate &date, const QTime &time)
    {
        return QDateTime(date, time, Qt::UTC);
    }
};

// The SLA of a lot for one severity: the time to the first response and the time to restore the service,
// in working minutes of the lot's working hours (lots.working_hours).
struct SlaTarget
{
    Id id = 0;
    Id lotId = 0;
    Severity severity = Severity::Major;
    qint64 responseMinutes = 0;
    qint64 restoreMinutes = 0;
    qint64 rowVersion = 0;
};

} // namespace Plafond
