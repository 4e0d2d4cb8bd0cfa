// SPDX-License-Identifier: GPL-3.0-or-later
#include "workinghours.h"

#include <QRegularExpression>

#include <algorithm>

namespace Plafond {

bool WorkingHours::isWorkingDay(const QDate &date) const
{
    if (!(weekdays & (1 << (date.dayOfWeek() - 1))))
        return false;
    return !(excludeHolidays && FrenchHolidays::isHoliday(date));
}

QString WorkingHours::toText() const
{
    QStringList ranges;
    for (int day = 1; day <= 7; ++day) {
        if (!(weekdays & (1 << (day - 1))))
            continue;
        int last = day;
        while (last < 7 && (weekdays & (1 << last)))
            ++last;
        ranges << (last == day ? QString::number(day) : QStringLiteral("%1-%2").arg(day).arg(last));
        day = last;
    }
    auto time = [](int minutes) {
        return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    };
    QString text = ranges.join(QLatin1Char(',')) + QLatin1Char(' ') + time(startMinute) + QLatin1Char('-') + time(endMinute);
    if (excludeHolidays)
        text += QStringLiteral(" holidays");
    return text;
}

std::optional<WorkingHours> WorkingHours::fromText(const QString &input, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<WorkingHours> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString text = input.simplified();
    if (text.isEmpty())
        return WorkingHours();
    const QStringList parts = text.split(QLatin1Char(' '));
    if (parts.size() < 2 || parts.size() > 3)
        return fail(tr("\"%1\" is not working hours: expected days, hours and optionally \"holidays\", as in "
                       "\"1-5 09:00-18:00 holidays\"").arg(input));
    WorkingHours hours;
    hours.weekdays = 0;
    static const QRegularExpression dayRange(QStringLiteral("^([1-7])(?:-([1-7]))?$"));
    for (const QString &range : parts.at(0).split(QLatin1Char(','))) {
        const QRegularExpressionMatch match = dayRange.match(range);
        if (!match.hasMatch())
            return fail(tr("\"%1\" is not a day or a range of days (1 Monday to 7 Sunday)").arg(range));
        const int first = match.captured(1).toInt();
        const int last = match.captured(2).isEmpty() ? first : match.captured(2).toInt();
        if (last < first)
            return fail(tr("the range of days \"%1\" ends before it starts").arg(range));
        for (int day = first; day <= last; ++day)
            hours.weekdays |= 1 << (day - 1);
    }
    static const QRegularExpression span(QStringLiteral("^(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})$"));
    const QRegularExpressionMatch match = span.match(parts.at(1));
    if (!match.hasMatch())
        return fail(tr("\"%1\" is not a span of hours (HH:MM-HH:MM)").arg(parts.at(1)));
    const int startHour = match.captured(1).toInt();
    const int startMinute = match.captured(2).toInt();
    const int endHour = match.captured(3).toInt();
    const int endMinute = match.captured(4).toInt();
    // 24:00 ends a day that runs to midnight; no other time past 23:59 exists.
    const bool startOk = startHour < 24 && startMinute < 60;
    const bool endOk = (endHour < 24 && endMinute < 60) || (endHour == 24 && endMinute == 0);
    if (!startOk || !endOk)
        return fail(tr("\"%1\" is not a span of hours (HH:MM-HH:MM)").arg(parts.at(1)));
    hours.startMinute = startHour * 60 + startMinute;
    hours.endMinute = endHour * 60 + endMinute;
    if (hours.endMinute <= hours.startMinute)
        return fail(tr("the working hours \"%1\" end before they start").arg(parts.at(1)));
    hours.excludeHolidays = false;
    if (parts.size() == 3) {
        if (parts.at(2) != QLatin1String("holidays"))
            return fail(tr("\"%1\" is not \"holidays\"").arg(parts.at(2)));
        hours.excludeHolidays = true;
    }
    return hours;
}

QDate FrenchHolidays::easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<QDate> FrenchHolidays::ofYear(int year)
{
    const QDate easter = easterSunday(year);
    QList<QDate> days{
        QDate(year, 1, 1),   easter.addDays(1),  QDate(year, 5, 1),   QDate(year, 5, 8),
        easter.addDays(39),  easter.addDays(50), QDate(year, 7, 14),  QDate(year, 8, 15),
        QDate(year, 11, 1),  QDate(year, 11, 11), QDate(year, 12, 25),
    };
    std::sort(days.begin(), days.end());
    // Ascension can fall on 1 or 8 May: one day off, not two.
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

bool FrenchHolidays::isHoliday(const QDate &date)
{
    // Cached per year: the SLA statistics ask for every day of every ticket.
    static thread_local int cachedYear = 0;
    static thread_local QList<QDate> cached;
    if (date.year() != cachedYear) {
        cachedYear = date.year();
        cached = ofYear(cachedYear);
    }
    return cached.contains(date);
}

qint64 workingMinutesBetween(const QDateTime &from, const QDateTime &to, const WorkingHours &hours)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    const QDate firstDay = from.date();
    const QDate lastDay = to.date();
    if (lastDay < firstDay || (lastDay == firstDay && to.time() <= from.time()))
        return 0;
    // Seconds since midnight, so that wall-clock hours count the same on a daylight-saving day.
    auto secondOfDay = [](const QTime &time) { return qint64(time.msecsSinceStartOfDay() / 1000); };
    const qint64 dayStart = qint64(hours.startMinute) * 60;
    const qint64 dayEnd = qint64(hours.endMinute) * 60;
    qint64 seconds = 0;
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
        if (!hours.isWorkingDay(day))
            continue;
        const qint64 begin = std::max(dayStart, day == firstDay ? secondOfDay(from.time()) : qint64(0));
        const qint64 end = std::min(dayEnd, day == lastDay ? secondOfDay(to.time()) : qint64(86400));
        if (end > begin)
            seconds += end - begin;
    }
    return seconds / 60;
}

bool slaBreached(const QDateTime &opened, const QDateTime &event, const QDateTime &now, qint64 targetMinutes,
                 const WorkingHours &hours)
{
    return workingMinutesBetween(opened, event.isValid() ? event : now, hours) > targetMinutes;
}

} // namespace Plafond
