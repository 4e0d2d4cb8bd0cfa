// SPDX-License-Identifier: GPL-3.0-or-later
// The SLA clock: working minutes Monday to Friday 9:00-18:00, French public holidays (Easter-based ones
// computed) excluded; exact durations on tickets that span an evening, a weekend, 14 July and Easter Monday.
#include "domain/workinghours.h"

#include <QtTest>

using namespace Plafond;

class WorkingHoursTest : public QObject
{
    Q_OBJECT

private slots:
    void easter_data();
    void easter();
    void holidays();
    void minutes_data();
    void minutes();
    void customHours();
    void breach();
};

void WorkingHoursTest::easter_data()
{
    QTest::addColumn<QDate>("easter");
    QTest::newRow("2000") << QDate(2000, 4, 23);
    QTest::newRow("2019") << QDate(2019, 4, 21);
    QTest::newRow("2024") << QDate(2024, 3, 31);
    QTest::newRow("2025") << QDate(2025, 4, 20);
    QTest::newRow("2038") << QDate(2038, 4, 25); // the latest possible date
    QTest::newRow("2285") << QDate(2285, 3, 22); // the earliest possible date
}

void WorkingHoursTest::easter()
{
    QFETCH(QDate, easter);
    QCOMPARE(FrenchHolidays::easterSunday(easter.year()), easter);
}

void WorkingHoursTest::holidays()
{
    const QList<QDate> y2024 = FrenchHolidays::ofYear(2024);
    QCOMPARE(y2024.size(), 11);
    QVERIFY(y2024.contains(QDate(2024, 4, 1)));  // Easter Monday
    QVERIFY(y2024.contains(QDate(2024, 5, 9)));  // Ascension
    QVERIFY(y2024.contains(QDate(2024, 5, 20))); // Whit Monday
    QVERIFY(FrenchHolidays::isHoliday(QDate(2023, 7, 14)));
    QVERIFY(!FrenchHolidays::isHoliday(QDate(2024, 3, 29))); // Good Friday: Alsace-Moselle only
    // 2008: Ascension on 1 May, one day off for two reasons.
    QCOMPARE(FrenchHolidays::ofYear(2008).size(), 10);
}

void WorkingHoursTest::minutes_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<qint64>("expected");
    auto at = [](int y, int mo, int d, int h, int mi) { return QDateTime(QDate(y, mo, d), QTime(h, mi)); };
    QTest::newRow("same-morning") << at(2024, 3, 5, 9, 15) << at(2024, 3, 5, 11, 45) << qint64(150);
    // Monday 17:30 to Tuesday 10:00: 30 minutes on Monday, the night does not count, 60 on Tuesday.
    QTest::newRow("evening") << at(2024, 3, 4, 17, 30) << at(2024, 3, 5, 10, 0) << qint64(90);
    QTest::newRow("opened-in-the-evening") << at(2024, 3, 4, 20, 0) << at(2024, 3, 5, 9, 45) << qint64(45);
    // Friday 16:00 to Monday 11:00: 120 + 120.
    QTest::newRow("weekend") << at(2024, 3, 8, 16, 0) << at(2024, 3, 11, 11, 0) << qint64(240);
    QTest::newRow("within-weekend") << at(2024, 3, 9, 10, 0) << at(2024, 3, 10, 17, 0) << qint64(0);
    // Thursday 13 July 2023 17:00 to Monday 17 July 10:00: 60, Friday the 14th off, the weekend, 60.
    QTest::newRow("14-july") << at(2023, 7, 13, 17, 0) << at(2023, 7, 17, 10, 0) << qint64(120);
    // Friday 29 March 2024 17:00 (Good Friday works) to Tuesday 2 April 9:30: Easter Monday 1 April off.
    QTest::newRow("easter-monday") << at(2024, 3, 29, 17, 0) << at(2024, 4, 2, 9, 30) << qint64(90);
    // Two full weeks, Monday 9:00 to Friday of the next week 18:00: 10 days of 540 minutes.
    QTest::newRow("two-weeks") << at(2024, 6, 3, 9, 0) << at(2024, 6, 14, 18, 0) << qint64(5400);
    QTest::newRow("backwards") << at(2024, 3, 5, 11, 0) << at(2024, 3, 5, 10, 0) << qint64(0);
}

void WorkingHoursTest::minutes()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(qint64, expected);
    QCOMPARE(workingMinutesBetween(from, to), expected);
}

void WorkingHoursTest::customHours()
{
    WorkingHours hours;
    hours.startMinute = 8 * 60;
    hours.endMinute = 20 * 60;
    hours.weekdays = 0x3F; // Monday to Saturday
    hours.excludeHolidays = false;
    // Friday 14 July 2023 19:00 to Saturday 15 July 9:00: 60 + 60.
    QCOMPARE(workingMinutesBetween(QDateTime(QDate(2023, 7, 14), QTime(19, 0)), QDateTime(QDate(2023, 7, 15), QTime(9, 0)),
                                   hours),
             qint64(120));
}

void WorkingHoursTest::breach()
{
    const QDateTime opened(QDate(2024, 3, 8), QTime(16, 0));
    const QDateTime restored(QDate(2024, 3, 11), QTime(11, 0)); // 240 working minutes later
    QVERIFY(!slaBreached(opened, restored, QDateTime(), 240));
    QVERIFY(slaBreached(opened, restored, QDateTime(), 239));
    // Not restored yet: the clock runs to now.
    QVERIFY(slaBreached(opened, QDateTime(), QDateTime(QDate(2024, 3, 11), QTime(11, 1)), 240));
    QVERIFY(!slaBreached(opened, QDateTime(), QDateTime(QDate(2024, 3, 10), QTime(23, 0)), 240));
}

QTEST_GUILESS_MAIN(WorkingHoursTest)
#include "tst_workinghours.moc"
