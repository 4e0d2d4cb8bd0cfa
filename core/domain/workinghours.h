// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace Plafond {

// The days and hours during which a lot's SLA clocks run. Times are the buyer's wall-clock time: a support
// day is 9:00 to 18:00 whatever the UTC offset, so QDateTimes are read by their date and time of day only.
struct WorkingHours
{
    int startMinute = 9 * 60; // minutes after midnight
    int endMinute = 18 * 60;
    int weekdays = 0x1F;      // bit (dayOfWeek - 1): Monday to Friday by default
    bool excludeHolidays = true;

    bool isWorkingDay(const QDate &date) const;

    bool operator==(const WorkingHours &other) const
    {
        return startMinute == other.startMinute && endMinute == other.endMinute && weekdays == other.weekdays
            && excludeHolidays == other.excludeHolidays;
    }
    bool operator!=(const WorkingHours &other) const { return !(*this == other); }

    // The text form of lots.working_hours: "DAYS HH:MM-HH:MM [holidays]", for example "1-5 09:00-18:00 holidays"
    // (the default). DAYS are ISO day numbers (1 Monday … 7 Sunday), single or as ranges, separated by commas
    // ("1-3,5"); the hours run from the first time to the second, which must be later the same day; the word
    // "holidays" means the French public holidays are off (without it they are worked). Empty text is the
    // default. toText() gives the canonical form, days compressed into ranges.
    QString toText() const;
    static std::optional<WorkingHours> fromText(const QString &text, QString *error = nullptr);

    Q_DECLARE_TR_FUNCTIONS(WorkingHours)
};

// French public holidays (Code du travail, L3133-1), computed: the eight fixed ones, and Easter Monday,
// Ascension Thursday and Whit Monday from the date of Easter. Alsace-Moselle's Good Friday and 26 December
// are not national, so not included.
class FrenchHolidays
{
public:
    static QDate easterSunday(int year); // Gregorian calendar (anonymous algorithm)
    static QList<QDate> ofYear(int year); // in date order
    static bool isHoliday(const QDate &date);
};

// Working minutes between two instants: the sum, over the working days in between, of the part of each
// day's working hours that falls inside [from, to]. Zero when `to` is not after `from`.
qint64 workingMinutesBetween(const QDateTime &from, const QDateTime &to, const WorkingHours &hours = WorkingHours());

// An SLA target is breached when the working time to the event exceeds it; an event that has not happened
// yet counts up to `now`.
bool slaBreached(const QDateTime &opened, const QDateTime &event, const QDateTime &now, qint64 targetMinutes,
                 const WorkingHours &hours = WorkingHours());

} // namespace Plafond
