// SPDX-License-Identifier: GPL-3.0-or-later
// Support tickets and their SLA (issue 5): the text form of a lot's working hours, the SLA clock on tickets
// spanning a weekend, 14 July, Easter Monday and an evening (exact minutes), the tickets import through the
// plafond executable (a good file, re-import, malformed files told as "FILE:LINE: what is wrong" with the
// database left byte for byte as it was), and the statistics per lot, component and month on a fixture.
#include "filehash.h"
#include "plafondprocess.h"
#include "storecheck.h"

#include "engine/sla.h"
#include "engine/summary.h"
#include "io/ticketsimport.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Plafond;
using PlafondTest::fileHash;
using PlafondTest::Run;

namespace {

QDateTime at(int year, int month, int day, int hour, int minute)
{
    return Ticket::wallClock(QDate(year, month, day), QTime(hour, minute));
}

const QString dataDir = QStringLiteral(PLAFOND_SOURCE_DIR "/tests/data");

} // namespace

Q_DECLARE_METATYPE(SlaCounts)

namespace QTest {
template <> char *toString(const SlaCounts &counts)
{
    return qstrdup(QByteArray("{tickets " + QByteArray::number(counts.tickets) + ", response breaches "
        + QByteArray::number(counts.responseBreaches) + ", restore breaches "
        + QByteArray::number(counts.restoreBreaches) + "}"));
}
} // namespace QTest

class TicketsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workingHoursText_data();
    void workingHoursText();
    void workingHoursErrors_data();
    void workingHoursErrors();
    void clock_data();
    void clock();
    void openClockRunsToAsOf();
    void noTargetNeverBreached();
    void importSample();
    void statistics();
    void statisticsAsOf_data();
    void statisticsAsOf();
    void summaryJson();
    void reimport();
    void dryRunWritesNothing();
    void malformed_data();
    void malformed();
    void storage();
    void reportSection();
    void demo();

private:
    QString copyOf(const QString &source, const QString &name);

    QTemporaryDir m_dir;
    QString m_fixture; // tests/data/import/contract.json, two components, SLA targets
    QString m_imported; // the fixture with tests/data/import/tickets.csv imported
};

void TicketsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixture = m_dir.filePath(QStringLiteral("fixture.sqlite"));
    const Run run = PlafondTest::runPlafondIn({ QStringLiteral("import"), QStringLiteral("contract"),
                                QStringLiteral("import/contract.json"), QStringLiteral("--db"), m_fixture },
        dataDir);
    QCOMPARE(run.exitCode, 0);
    Database database;
    QVERIFY(database.open(m_fixture, Database::OpenMode::MustExist));
    Stores stores(database);
    const auto contract = stores.contracts.contractByReference(QStringLiteral("TEST-2024"));
    QVERIFY(contract);
    const QList<Lot> lots = stores.contracts.lots(contract->id).value();
    QCOMPARE(lots.size(), 2);
    Component postgres;
    postgres.sillId = QStringLiteral("17");
    postgres.name = QStringLiteral("PostgreSQL");
    Component drupal;
    drupal.sillId = QStringLiteral("34");
    drupal.name = QStringLiteral("Drupal");
    QVERIFY(stores.components.saveComponent(postgres));
    QVERIFY(stores.components.saveComponent(drupal));
    QVERIFY(stores.components.setComponentCovered(postgres.id, lots.at(0).id, true));
    QVERIFY(stores.components.setComponentCovered(drupal.id, lots.at(1).id, true));
    // Lot 1: critical 4 h / 16 h, major 8 h / 40 h, no minor target. Lot 2: minor 16 h / 80 h only.
    for (SlaTarget target : { SlaTarget { 0, lots.at(0).id, Severity::Critical, 240, 960, 0 },
             SlaTarget { 0, lots.at(0).id, Severity::Major, 480, 2400, 0 },
             SlaTarget { 0, lots.at(1).id, Severity::Minor, 960, 4800, 0 } })
        PLAFOND_VERIFY_OK(stores.tickets.saveSlaTarget(target));
    database.close();

    m_imported = copyOf(m_fixture, QStringLiteral("imported.sqlite"));
    const Run import = PlafondTest::runPlafondIn({ QStringLiteral("import"), QStringLiteral("tickets"),
                                   QStringLiteral("import/tickets.csv"), QStringLiteral("--db"), m_imported },
        dataDir);
    QCOMPARE(QString::fromUtf8(import.err),
        QStringLiteral("import/tickets.csv:6: component 34 is not covered by lot 1 of TEST-2024\n"));
    QCOMPARE(QString::fromUtf8(import.out),
        QStringLiteral("Tickets imported from import/tickets.csv: tickets added: 6, tickets changed: 0, "
                       "tickets unchanged: 0\n"));
    QCOMPARE(import.exitCode, 0);
}

QString TicketsTest::copyOf(const QString &source, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(source, path))
        return {};
    return path;
}

void TicketsTest::workingHoursText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("weekdays");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<bool>("holidays");
    QTest::newRow("empty-is-default")
        << QString() << QStringLiteral("1-5 09:00-18:00 holidays") << 0x1F << 540 << 1080 << true;
    QTest::newRow("default") << QStringLiteral("1-5 09:00-18:00 holidays")
                             << QStringLiteral("1-5 09:00-18:00 holidays") << 0x1F << 540 << 1080 << true;
    QTest::newRow("holidays-worked") << QStringLiteral("1-6 08:00-20:00") << QStringLiteral("1-6 08:00-20:00")
                                     << 0x3F << 480 << 1200 << false;
    QTest::newRow("days-listed") << QStringLiteral("  1,2,3,5  08:30-17:45 holidays ")
                                 << QStringLiteral("1-3,5 08:30-17:45 holidays") << 0x17 << 510 << 1065
                                 << true;
    QTest::newRow("every-day-to-midnight") << QStringLiteral("1-7 00:00-24:00")
                                           << QStringLiteral("1-7 00:00-24:00") << 0x7F << 0 << 1440 << false;
    QTest::newRow("single-days") << QStringLiteral("2,4,7 10:00-12:00") << QStringLiteral("2,4,7 10:00-12:00")
                                 << 0x4A << 600 << 720 << false;
}

void TicketsTest::workingHoursText()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QString error;
    const auto hours = WorkingHours::fromText(text, &error);
    QVERIFY2(hours, qPrintable(error));
    QTEST(hours->weekdays, "weekdays");
    QTEST(hours->startMinute, "start");
    QTEST(hours->endMinute, "end");
    QTEST(hours->excludeHolidays, "holidays");
    QCOMPARE(hours->toText(), canonical);
    QCOMPARE(WorkingHours::fromText(canonical), hours); // the canonical form reads back the same
}

void TicketsTest::workingHoursErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("hours-only")
        << QStringLiteral("09:00-18:00")
        << QStringLiteral("\"09:00-18:00\" is not working hours: expected days, hours and optionally "
                          "\"holidays\", as in \"1-5 09:00-18:00 holidays\"");
    QTest::newRow("day-zero") << QStringLiteral("0-5 09:00-18:00")
                              << QStringLiteral(
                                     "\"0-5\" is not a day or a range of days (1 Monday to 7 Sunday)");
    QTest::newRow("range-backwards") << QStringLiteral("5-1 09:00-18:00")
                                     << QStringLiteral("the range of days \"5-1\" ends before it starts");
    QTest::newRow("bad-time") << QStringLiteral("1-5 9h-18h")
                              << QStringLiteral("\"9h-18h\" is not a span of hours (HH:MM-HH:MM)");
    QTest::newRow("minute-60") << QStringLiteral("1-5 09:60-18:00")
                               << QStringLiteral("\"09:60-18:00\" is not a span of hours (HH:MM-HH:MM)");
    QTest::newRow("ends-before") << QStringLiteral("1-5 18:00-09:00")
                                 << QStringLiteral("the working hours \"18:00-09:00\" end before they start");
    QTest::newRow("bad-word") << QStringLiteral("1-5 09:00-18:00 feries")
                              << QStringLiteral("\"feries\" is not \"holidays\"");
}

void TicketsTest::workingHoursErrors()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!WorkingHours::fromText(text, &error));
    QTEST(error, "error");
}

void TicketsTest::clock_data()
{
    QTest::addColumn<QString>("hours"); // lots.working_hours text
    QTest::addColumn<QDateTime>("opened");
    QTest::addColumn<QDateTime>("response");
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<qint64>("target");
    QTest::addColumn<bool>("breached");
    // Friday 17:00 to Monday 9:45: 60 + 45 minutes, the weekend does not count.
    QTest::newRow("weekend") << QString() << at(2025, 3, 7, 17, 0) << at(2025, 3, 10, 9, 45) << qint64(105)
                             << qint64(120) << false;
    // Friday 16:00 to Tuesday 10:30 over Monday 14 July 2025: 120 + 90.
    QTest::newRow("14-july") << QString() << at(2025, 7, 11, 16, 0) << at(2025, 7, 15, 10, 30) << qint64(210)
                             << qint64(120) << true;
    // Good Friday (worked) 17:30 to Tuesday 9:20 over Easter Monday 21 April 2025: 30 + 20.
    QTest::newRow("easter-monday") << QString() << at(2025, 4, 18, 17, 30) << at(2025, 4, 22, 9, 20)
                                   << qint64(50) << qint64(50) << false;
    // Opened Tuesday evening at 20:15, answered Wednesday 18:30: the whole Wednesday, 9:00 to 18:00.
    QTest::newRow("evening") << QString() << at(2025, 3, 4, 20, 15) << at(2025, 3, 5, 18, 30) << qint64(540)
                             << qint64(480) << true;
    QTest::newRow("same-evening") << QString() << at(2025, 3, 4, 18, 10) << at(2025, 3, 4, 23, 0) << qint64(0)
                                  << qint64(1) << false;
    // New Year's Day is off: 31 December 17:00 to 2 January 10:00 is 60 + 60.
    QTest::newRow("new-year") << QString() << at(2024, 12, 31, 17, 0) << at(2025, 1, 2, 10, 0) << qint64(120)
                              << qint64(119) << true;
    // A lot that works on Saturdays and on holidays, 8:00 to 20:00: Friday 19:00 to Monday 14 July 9:00 is
    // 60 (Friday) + 720 (Saturday) + 60 (the holiday, worked).
    QTest::newRow("saturdays-and-holidays") << QStringLiteral("1-6 08:00-20:00") << at(2025, 7, 11, 19, 0)
                                            << at(2025, 7, 14, 9, 0) << qint64(840) << qint64(900) << false;
}

void TicketsTest::clock()
{
    QFETCH(QString, hours);
    QFETCH(QDateTime, opened);
    QFETCH(QDateTime, response);
    QFETCH(qint64, target);
    const auto calendar = WorkingHours::fromText(hours);
    QVERIFY(calendar);
    Ticket ticket;
    ticket.openedAt = opened;
    ticket.firstResponseAt = response;
    const SlaTarget sla { 0, 0, ticket.severity, target, 100000, 0 };
    // As of the response itself: the restore clock has run exactly as long.
    const TicketSla result = SlaEngine::evaluate(ticket, &sla, *calendar, response);
    QTEST(result.responseMinutes, "minutes");
    QVERIFY(result.responded);
    QVERIFY(result.hasTarget);
    QTEST(result.responseBreached, "breached");
    QVERIFY(!result.restored); // nothing restored or closed: the restore clock runs to the instant
    QCOMPARE(result.restoreMinutes, result.responseMinutes);
    QVERIFY(!result.restoreBreached);
}

void TicketsTest::openClockRunsToAsOf()
{
    Ticket ticket;
    ticket.openedAt = at(2025, 3, 10, 9, 0);
    ticket.firstResponseAt = at(2025, 3, 12, 9, 0); // after the instant: not happened yet
    const SlaTarget target { 0, 0, ticket.severity, 719, 720, 0 };
    // Monday 9:00 to Tuesday 12:00: 540 + 180.
    const TicketSla sla = SlaEngine::evaluate(ticket, &target, WorkingHours(), at(2025, 3, 11, 12, 0));
    QVERIFY(!sla.responded);
    QCOMPARE(sla.responseMinutes, qint64(720));
    QCOMPARE(sla.restoreMinutes, qint64(720));
    QVERIFY(sla.responseBreached); // 720 > 719
    QVERIFY(!sla.restoreBreached); // 720 is not more than 720
    // Without a response, the restoration stops the response clock too; the closing stops both.
    ticket.firstResponseAt = QDateTime();
    ticket.closedAt = at(2025, 3, 10, 10, 0);
    const TicketSla closed = SlaEngine::evaluate(ticket, &target, WorkingHours(), at(2025, 3, 11, 12, 0));
    QVERIFY(closed.responded);
    QVERIFY(closed.restored);
    QCOMPARE(closed.responseMinutes, qint64(60));
    QCOMPARE(closed.restoreMinutes, qint64(60));
}

void TicketsTest::noTargetNeverBreached()
{
    Ticket ticket;
    ticket.id = 7;
    ticket.lotId = 1;
    ticket.severity = Severity::Minor;
    ticket.openedAt = at(2025, 1, 6, 9, 0);
    const QList<SlaTarget> targets { SlaTarget { 1, 1, Severity::Critical, 1, 1, 0 } };
    const SlaStatistics statistics = SlaEngine::compute({ ticket }, targets, {}, at(2026, 1, 1, 0, 0));
    QCOMPARE(statistics.sla.size(), 1);
    QVERIFY(!statistics.sla.first().hasTarget);
    QVERIFY(statistics.sla.first().restoreMinutes > 100000); // the clock runs, but nothing to breach
    QCOMPARE(statistics.total, (SlaCounts { 1, 0, 0 }));
}

void TicketsTest::importSample()
{
    Database database;
    QVERIFY(database.open(m_imported, Database::OpenMode::MustExist));
    Stores stores(database);
    const QList<Ticket> tickets = stores.tickets.tickets().value();
    QCOMPARE(tickets.size(), 6);
    QStringList references;
    for (const Ticket &t : tickets)
        references << t.reference;
    // By opening time.
    QCOMPARE(references,
        (QStringList { QStringLiteral("T-3"), QStringLiteral("T-4"), QStringLiteral("T-2"),
            QStringLiteral("T-5"), QStringLiteral("T-6"), QStringLiteral("T-1") }));
    const Ticket &t3 = tickets.at(0);
    QCOMPARE(t3.lotNumber, 1);
    QCOMPARE(t3.componentId, Id(0));
    QCOMPARE(t3.beneficiaryCode, QStringLiteral("MEF"));
    QCOMPARE(t3.severity, Severity::Major);
    QCOMPARE(t3.title, QStringLiteral("Slow queries; reported in the evening")); // quoted, with the separator
    QCOMPARE(t3.openedAt, at(2025, 3, 4, 20, 15));
    QCOMPARE(t3.firstResponseAt, at(2025, 3, 5, 18, 30));
    QCOMPARE(t3.restoredAt, at(2025, 3, 7, 10, 0));
    QVERIFY(!t3.closedAt.isValid());
    const Ticket &t4 = tickets.at(1); // DD/MM/YYYY HH:MM
    QCOMPARE(t4.lotNumber, 2);
    QCOMPARE(t4.componentSillId, QStringLiteral("34"));
    QCOMPARE(t4.componentName, QStringLiteral("Drupal"));
    QCOMPARE(t4.severity, Severity::Minor);
    QCOMPARE(t4.openedAt, at(2025, 3, 10, 9, 0));
    QVERIFY(!t4.firstResponseAt.isValid());
    const Ticket &t6 = tickets.at(4);
    QCOMPARE(t6.beneficiaryId, Id(0));
    QCOMPARE(t6.closedAt, at(2025, 6, 12, 10, 0));
    const auto contract = stores.contracts.contractByReference(QStringLiteral("TEST-2024"));
    QCOMPARE(stores.tickets.tickets(contract->id, stores.contracts.lots(contract->id).value().at(1).id).value().size(), 2);
}

void TicketsTest::statistics()
{
    Database database;
    QVERIFY(database.open(m_imported, Database::OpenMode::MustExist));
    Stores stores(database);
    const auto contract = stores.contracts.contractByReference(QStringLiteral("TEST-2024"));
    const QList<Lot> lots = stores.contracts.lots(contract->id).value();
    QString error;
    const auto statistics
        = SlaEngine::compute(stores, contract->id, SlaEngine::endOfDay(QDate(2025, 12, 31)), 0, &error);
    QVERIFY2(statistics, qPrintable(error));
    // T-1 response 210 of 240, restore 600 of 960; T-2 restore 30 + 540 + 540 + 180 = 1290 of 960: breached;
    // T-3 response 540 of 480: breached; T-4 (lot 2, minor) still open: both breached; T-5 and T-6 have no
    // target (lot 1 minor, lot 2 critical): counted, never breached.
    QHash<QString, TicketSla> byReference;
    for (int i = 0; i < statistics->tickets.size(); ++i)
        byReference.insert(statistics->tickets.at(i).reference, statistics->sla.at(i));
    QCOMPARE(byReference.value(QStringLiteral("T-1")).responseMinutes, qint64(210));
    QCOMPARE(byReference.value(QStringLiteral("T-1")).restoreMinutes, qint64(600));
    QCOMPARE(byReference.value(QStringLiteral("T-2")).responseMinutes, qint64(50));
    QCOMPARE(byReference.value(QStringLiteral("T-2")).restoreMinutes, qint64(1290));
    QCOMPARE(byReference.value(QStringLiteral("T-3")).responseMinutes, qint64(540));
    QCOMPARE(byReference.value(QStringLiteral("T-3")).restoreMinutes, qint64(1140));
    QVERIFY(!byReference.value(QStringLiteral("T-5")).hasTarget);
    QVERIFY(!byReference.value(QStringLiteral("T-6")).hasTarget);

    QCOMPARE(statistics->total, (SlaCounts { 6, 2, 2 }));
    QCOMPARE(statistics->perLot.value(lots.at(0).id), (SlaCounts { 4, 1, 1 }));
    QCOMPARE(statistics->perLot.value(lots.at(1).id), (SlaCounts { 2, 1, 1 }));
    Id postgres = 0, drupal = 0;
    for (const Component &c : stores.components.components())
        (c.sillId == QLatin1String("17") ? postgres : drupal) = c.id;
    QCOMPARE(statistics->perComponent.size(), 3);
    QCOMPARE(statistics->perComponent.value(postgres), (SlaCounts { 2, 0, 1 }));
    QCOMPARE(statistics->perComponent.value(drupal), (SlaCounts { 3, 1, 1 }));
    QCOMPARE(statistics->perComponent.value(0), (SlaCounts { 1, 1, 0 }));
    QCOMPARE(statistics->perMonth.keys(),
        (QList<QDate> {
            QDate(2025, 3, 1), QDate(2025, 4, 1), QDate(2025, 5, 1), QDate(2025, 6, 1), QDate(2025, 7, 1) }));
    QCOMPARE(statistics->perMonth.value(QDate(2025, 3, 1)), (SlaCounts { 2, 2, 1 }));
    QCOMPARE(statistics->perMonth.value(QDate(2025, 4, 1)), (SlaCounts { 1, 0, 1 }));
    QCOMPARE(statistics->perMonth.value(QDate(2025, 5, 1)), (SlaCounts { 1, 0, 0 }));
    QCOMPARE(statistics->perMonth.value(QDate(2025, 6, 1)), (SlaCounts { 1, 0, 0 }));
    QCOMPARE(statistics->perMonth.value(QDate(2025, 7, 1)), (SlaCounts { 1, 0, 0 }));
}

void TicketsTest::statisticsAsOf_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<SlaCounts>("lot1");
    QTest::addColumn<SlaCounts>("lot2");
    // T-3, opened 4 March at 20:15: counted that day with 0 minutes; answered 5 March at 18:30 after 540.
    QTest::newRow("opening-evening") << QDate(2025, 3, 4) << SlaCounts { 1, 0, 0 } << SlaCounts { 0, 0, 0 };
    QTest::newRow("late-response") << QDate(2025, 3, 5) << SlaCounts { 1, 1, 0 } << SlaCounts { 0, 0, 0 };
    // T-4 opened 10 March at 9:00: 540 minutes by the end of the day, under its 960.
    QTest::newRow("open-ticket-in-time")
        << QDate(2025, 3, 10) << SlaCounts { 1, 1, 0 } << SlaCounts { 1, 0, 0 };
    // By 12 March: 540 × 3 = 1620 > 960, the response is late although nobody answered yet.
    QTest::newRow("open-ticket-late") << QDate(2025, 3, 12) << SlaCounts { 1, 1, 0 } << SlaCounts { 1, 1, 0 };
    QTest::newRow("before-any-ticket") << QDate(2025, 1, 1) << SlaCounts { 0, 0, 0 } << SlaCounts { 0, 0, 0 };
}

void TicketsTest::statisticsAsOf()
{
    QFETCH(QDate, asOf);
    Database database;
    QVERIFY(database.open(m_imported, Database::OpenMode::MustExist));
    Stores stores(database);
    const auto contract = stores.contracts.contractByReference(QStringLiteral("TEST-2024"));
    const QList<Lot> lots = stores.contracts.lots(contract->id).value();
    const auto statistics = SlaEngine::compute(stores, contract->id, SlaEngine::endOfDay(asOf));
    QVERIFY(statistics);
    QTEST(statistics->perLot.value(lots.at(0).id), "lot1");
    QTEST(statistics->perLot.value(lots.at(1).id), "lot2");
    // The summary counts the same.
    const auto summary = Summary::compute(stores, asOf);
    QVERIFY(summary);
    QTEST(summary->contracts.first().lots.at(0).sla, "lot1");
    QTEST(summary->contracts.first().lots.at(1).sla, "lot2");
}

void TicketsTest::summaryJson()
{
    const Run run = PlafondTest::runPlafondIn({ QStringLiteral("summary"), QStringLiteral("--db"), m_imported,
                                QStringLiteral("--as-of"), QStringLiteral("2025-12-31") },
        m_dir.path());
    QCOMPARE(run.exitCode, 0);
    const QJsonArray lots = QJsonDocument::fromJson(run.out)
                                .object()
                                .value(QStringLiteral("contracts"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("lots"))
                                .toArray();
    QCOMPARE(lots.size(), 2);
    QCOMPARE(lots.at(0).toObject().value(QStringLiteral("sla")).toObject(),
        (QJsonObject { { QStringLiteral("tickets"), 4 }, { QStringLiteral("response_breaches"), 1 },
            { QStringLiteral("restore_breaches"), 1 } }));
    QCOMPARE(lots.at(1).toObject().value(QStringLiteral("sla")).toObject(),
        (QJsonObject { { QStringLiteral("tickets"), 2 }, { QStringLiteral("response_breaches"), 1 },
            { QStringLiteral("restore_breaches"), 1 } }));
}

void TicketsTest::reimport()
{
    const QString db = copyOf(m_imported, QStringLiteral("reimport.sqlite"));
    // The same file again: nothing to write.
    const QByteArray before = fileHash(db);
    Run run = PlafondTest::runPlafondIn({ QStringLiteral("import"), QStringLiteral("tickets"),
                          QStringLiteral("import/tickets.csv"), QStringLiteral("--db"), db },
        dataDir);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out),
        QStringLiteral("Tickets imported from import/tickets.csv: tickets added: 0, tickets changed: 0, "
                       "tickets unchanged: 6\n"));
    {
        Database database;
        QVERIFY(database.open(db, Database::OpenMode::MustExist));
        Stores stores(database);
        QCOMPARE(stores.tickets.tickets().value().size(), 6);
    }
    Q_UNUSED(before)
    // T-4 answered and restored, T-7 new, without the title column: T-4 keeps its title.
    const QString update = m_dir.filePath(QStringLiteral("update.csv"));
    QFile file(update);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("contract,lot,ticket,component,beneficiary,severity,opened,first_response,restored,closed\n"
               "TEST-2024,2,T-4,34,DGFIP,minor,10/03/2025 09:00,10/03/2025 11:00,11/03/2025 10:00,\n"
               "TEST-2024,1,T-1,17,MEF,critical,2025-07-11 16:00,2025-07-15 10:30,2025-07-15 "
               "17:00,2025-07-16 09:00\n"
               "TEST-2024,1,T-7,17,,major,2025-09-01 09:00,,,\n");
    file.close();
    run = PlafondTest::runPlafondIn({ QStringLiteral("import"), QStringLiteral("tickets"), update, QStringLiteral("--db"), db },
        m_dir.path());
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(QString::fromUtf8(run.out),
        QStringLiteral(
            "Tickets imported from %1: tickets added: 1, tickets changed: 1, tickets unchanged: 1\n")
            .arg(update));
    Database database;
    QVERIFY(database.open(db, Database::OpenMode::MustExist));
    Stores stores(database);
    const QList<Ticket> tickets = stores.tickets.tickets().value();
    QCOMPARE(tickets.size(), 7);
    for (const Ticket &t : tickets) {
        if (t.reference == QLatin1String("T-4")) {
            QCOMPARE(t.title, QStringLiteral("Module update question"));
            QCOMPARE(t.firstResponseAt, at(2025, 3, 10, 11, 0));
            QCOMPARE(t.restoredAt, at(2025, 3, 11, 10, 0));
            QCOMPARE(t.rowVersion, qint64(2));
        }
        if (t.reference == QLatin1String("T-1"))
            QCOMPARE(t.rowVersion, qint64(1)); // unchanged: not written
    }
}

void TicketsTest::dryRunWritesNothing()
{
    const QString db = copyOf(m_fixture, QStringLiteral("dry.sqlite"));
    const QByteArray before = fileHash(db);
    const Run run
        = PlafondTest::runPlafondIn({ QStringLiteral("import"), QStringLiteral("tickets"), QStringLiteral("import/tickets.csv"),
                      QStringLiteral("--db"), db, QStringLiteral("--dry-run") },
            dataDir);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out),
        QStringLiteral("Dry run: nothing written. The import would leave:\n"
                       "  tickets added: 6\n  tickets changed: 0\n  tickets unchanged: 0\n"));
    QCOMPARE(fileHash(db), before);
}

void TicketsTest::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const QStringList &messages) {
        const QString file = QStringLiteral("malformed/") + QLatin1String(name);
        QString expected;
        for (const QString &message : messages)
            expected += file + QLatin1Char(':') + message + QLatin1Char('\n');
        QTest::newRow(name) << file << expected;
    };
    row("tickets_bad_severity.csv",
        { QStringLiteral("3: severity: \"blocker\" is not a severity (critical, major, minor)") });
    row("tickets_restored_before_opened.csv",
        { QStringLiteral("3: restored: 2025-03-01 08:00 is before the opening time 2025-03-04 20:15") });
    row("tickets_bad_time.csv",
        { QStringLiteral(
            "3: opened: \"2025-02-30 10:00\" is not a time (YYYY-MM-DD HH:MM or DD/MM/YYYY HH:MM)") });
    row("tickets_unknown_component.csv",
        { QStringLiteral("3: component: \"9999\" is not the SILL identifier of a catalogued component") });
    row("tickets_unknown_lot.csv", { QStringLiteral("3: lot: contract TEST-2024 has no lot 7") });
    row("tickets_duplicate.csv", { QStringLiteral("4: ticket T-1 is already at line 2") });
    row("tickets_bad_header.csv",
        { QStringLiteral("1: column 3 of the header is \"order\" where \"ticket\" is expected") });
    row("tickets_closed_before_restored.csv",
        { QStringLiteral("3: beneficiary: \"UNKNOWN\" is not a beneficiary of this database"),
            QStringLiteral("3: closed: 2025-07-15 11:00 is before the restored time 2025-07-15 12:00") });
    row("tickets_field_count.csv", { QStringLiteral("3: 10 fields instead of 11") });
}

void TicketsTest::malformed()
{
    QFETCH(QString, file);
    const QString db = copyOf(m_imported, QStringLiteral("malformed.sqlite"));
    const QByteArray before = fileHash(db);
    const Run run = PlafondTest::runPlafondIn(
        { QStringLiteral("import"), QStringLiteral("tickets"), file, QStringLiteral("--db"), db }, dataDir);
    QTEST(QString::fromUtf8(run.err), "expected");
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(fileHash(db), before);
}

void TicketsTest::storage()
{
    const QString db = copyOf(m_fixture, QStringLiteral("storage.sqlite"));
    Database database;
    QVERIFY(database.open(db, Database::OpenMode::MustExist));
    Stores stores(database);
    const auto contract = stores.contracts.contractByReference(QStringLiteral("TEST-2024"));
    const QList<Lot> lots = stores.contracts.lots(contract->id).value();
    // Working hours: the default is stored as '', anything else as its canonical text.
    QCOMPARE(stores.tickets.lotWorkingHours(lots.at(0).id), WorkingHours());
    const auto saturday = WorkingHours::fromText(QStringLiteral("1-6 08:00-20:00 holidays"));
    QVERIFY(stores.tickets.setLotWorkingHours(lots.at(0).id, *saturday));
    QCOMPARE(stores.tickets.lotWorkingHours(lots.at(0).id).value(), *saturday);
    QCOMPARE(stores.tickets.contractWorkingHours(contract->id)->value(lots.at(0).id), *saturday);
    QCOMPARE(stores.tickets.contractWorkingHours(contract->id)->value(lots.at(1).id), WorkingHours());
    {
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT working_hours FROM lots ORDER BY number")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("1-6 08:00-20:00 holidays"));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toString().isEmpty());
    }
    QVERIFY(stores.tickets.setLotWorkingHours(lots.at(0).id, WorkingHours()));
    QCOMPARE(stores.tickets.lotWorkingHours(lots.at(0).id), WorkingHours());

    // SLA targets: by lot then severity; an update keeps the row; zero minutes refused.
    QList<SlaTarget> targets = stores.tickets.slaTargets(contract->id).value();
    QCOMPARE(targets.size(), 3);
    QCOMPARE(targets.at(0).severity, Severity::Critical);
    QCOMPARE(targets.at(1).severity, Severity::Major);
    QCOMPARE(targets.at(2).lotId, lots.at(1).id);
    SlaTarget changed = targets.at(1);
    changed.responseMinutes = 300;
    QVERIFY(stores.tickets.saveSlaTarget(changed));
    QCOMPARE(stores.tickets.slaTargets(contract->id).value().at(1).responseMinutes, qint64(300));
    SlaTarget zero = changed;
    zero.restoreMinutes = 0;
    PLAFOND_VERIFY_FAILS(stores.tickets.saveSlaTarget(zero), QStringLiteral("An SLA target must be longer than zero minutes."));
    QVERIFY(stores.tickets.removeSlaTarget(changed.id));
    QCOMPARE(stores.tickets.slaTargets(contract->id).value().size(), 2);

    // A ticket: saved, read back, removed.
    Ticket ticket;
    ticket.reference = QStringLiteral("X-1");
    ticket.lotId = lots.at(1).id;
    ticket.severity = Severity::Critical;
    ticket.openedAt = at(2025, 3, 30, 2, 30); // a wall-clock time that does not exist in Paris: kept as such
    PLAFOND_VERIFY_OK(stores.tickets.saveTicket(ticket));
    const QList<Ticket> stored = stores.tickets.tickets(contract->id).value();
    QCOMPARE(stored.size(), 1);
    QVERIFY(stored.first().sameContent(ticket));
    QCOMPARE(stored.first().openedAt.time(), QTime(2, 30));
    QVERIFY(stores.tickets.removeTicket(ticket.id));
    QVERIFY(stores.tickets.tickets().value().isEmpty());
}

void TicketsTest::reportSection()
{
    // The section is there when the contract has tickets by the date, numbered before the annex.
    const auto pdfText = [this](const QString &db, const QString &asOf) {
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QFile::remove(pdf);
        const Run run
            = PlafondTest::runPlafondIn({ QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--contract"),
                          QStringLiteral("TEST-2024"), QStringLiteral("--as-of"), asOf,
                          QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"), pdf },
                m_dir.path());
        if (run.exitCode != 0)
            return QString::fromUtf8(run.err);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        if (!text.waitForFinished(60000))
            return QString();
        return QString::fromUtf8(text.readAllStandardOutput()).simplified();
    };
    const QString with = pdfText(m_imported, QStringLiteral("2025-12-31"));
    if (with.isEmpty())
        QSKIP("pdftotext is not available");
    QVERIFY2(with.contains(QStringLiteral("6. Support and SLA")), qPrintable(with.left(2000)));
    QVERIFY(!with.contains(QStringLiteral("6. Annex: purchase orders"))); // after this section (and any other)
    QVERIFY(with.contains(
        QStringLiteral("opened by Wednesday, 31 December 2025: 2 late for the first response, 2 late "
                       "for the restoration of service.")));
    QVERIFY(with.contains(QStringLiteral("Mon–Fri 09:00–18:00, public holidays off")));
    QVERIFY(with.contains(QStringLiteral("Tickets and breaches per month")));
    // Before the first ticket, and on a database without tickets: no section.
    const QString before = pdfText(m_imported, QStringLiteral("2025-01-31"));
    QVERIFY(!before.contains(QStringLiteral("Support and SLA")));
    QVERIFY(before.contains(QStringLiteral("Annex: purchase orders")));
}

void TicketsTest::demo()
{
    // The demo: targets on ACIM-2012's lot, 320 tickets over its period on the components the lot covers.
    const QString db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QFile::remove(db);
    QCOMPARE(PlafondTest::runPlafondIn({ QStringLiteral("demo"), QStringLiteral("--db"), db }, m_dir.path()).exitCode, 0);
    Database database;
    QVERIFY(database.open(db, Database::OpenMode::MustExist));
    Stores stores(database);
    const auto acim = stores.contracts.contractByReference(QStringLiteral("ACIM-2012"));
    const Id lot = stores.contracts.lots(acim->id).value().first().id;
    const QList<SlaTarget> targets = stores.tickets.slaTargets(acim->id).value();
    QCOMPARE(targets.size(), 3);
    QCOMPARE(targets.at(0).responseMinutes, qint64(240));
    QCOMPARE(targets.at(0).restoreMinutes, qint64(960));
    QCOMPARE(targets.at(2).responseMinutes, qint64(960));
    QCOMPARE(targets.at(2).restoreMinutes, qint64(4800));
    QSet<Id> covered;
    for (const auto &pair : stores.components.componentLots()) {
        if (pair.second == lot)
            covered.insert(pair.first);
    }
    const QList<Ticket> tickets = stores.tickets.tickets(acim->id).value();
    QCOMPARE(tickets.size(), 320);
    for (const Ticket &t : tickets) {
        QVERIFY(covered.contains(t.componentId));
        QVERIFY(t.openedAt.date() >= acim->startOn && t.closedAt.date() <= acim->endOn());
    }
    QVERIFY(stores.tickets.tickets(stores.contracts.contractByReference(QStringLiteral("MEF-ELL-2020"))->id).value().isEmpty());
    const auto statistics = SlaEngine::compute(stores, acim->id, SlaEngine::endOfDay(acim->endOn()));
    QCOMPARE(statistics->total, (SlaCounts { 320, 32, 29 }));
}

QTEST_GUILESS_MAIN(TicketsTest)
#include "tst_tickets.moc"
