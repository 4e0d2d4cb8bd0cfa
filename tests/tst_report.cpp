// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF summary read back as a reader would: pdftotext and pdfinfo (poppler-utils) on generated files.
#include "domain/lifecycle.h"
#include "storecheck.h"
#include "engine/consumption.h"
#include "engine/contributions.h"
#include "io/demodata.h"
#include "report/reportbuilder.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Plafond;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of every page, in order: pdftotext ends each page with a form feed.
QStringList pageTexts(const QString &pdf)
{
    QStringList pages = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
                            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

int pdfPages(const QString &pdf)
{
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                              .match(run(QStringLiteral("pdfinfo"), {pdf}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// An amount as pdftotext prints it: the French narrow no-break spaces come out as plain spaces.
QString printed(Money amount, const QLocale &locale)
{
    QString text = amount.toString(locale);
    text.replace(QChar(0x202f), QLatin1Char(' ')).replace(QChar(0x00a0), QLatin1Char(' '));
    return text;
}

QLocale localeOf(const QString &language)
{
    return language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                           : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

class ReportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fixture_data();
    void fixture();
    void demo_data();
    void demo();
    void portfolio();
    void componentsAndContributions(); // issue 5: the sections "Component coverage" and "Upstream contributions"
    void annexOf2000Orders();
    void fingerprint();
    void pdfA();
    void cancel();
    void unknownContract();
    void offTheGuiThread();
    void preview();

private:
    bool buildFixture(Stores &stores, QString *error);
    bool buildLarge(Stores &stores, QString *error);
    QString write(Stores &stores, const ReportOptions &options, const QString &name, ReportBuilder *builder = nullptr);

    QTemporaryDir m_dir;
    QString m_fixturePath, m_demoPath, m_largePath;
    Database m_fixtureDb, m_demoDb, m_largeDb;
    std::unique_ptr<Stores> m_fixture, m_demo, m_large;
};

// The fixture of tst_cli (every figure computed by hand there), with one named holder on lot 1.
bool ReportTest::buildFixture(Stores &stores, QString *error)
{
    auto failed = [&](const Status &status) {
        if (!status)
            *error = status.message();
        return status.ok();
    };
    Contract contract;
    contract.reference = QStringLiteral("TEST-1");
    contract.title = QStringLiteral("Test contract");
    contract.buyer = QStringLiteral("Test buyer");
    contract.startOn = QDate(2023, 1, 1);
    contract.durationMonths = 12;
    contract.maxHt = Money::fromCents(10000000);
    contract.minHt = Money::fromCents(3000000);
    if (const Status status = stores.contracts.saveContract(contract); !status)
        return failed(status);
    Lot lot1{0, contract.id, 1, QStringLiteral("Lot one"), std::nullopt, Money::fromCents(6000000),
             {Holder{0, 0, QStringLiteral("ACME SA"), QString(), HolderRole::Lead}}, 0};
    Lot lot2{0, contract.id, 2, QStringLiteral("Lot two"), Money::fromCents(500000), Money::fromCents(1000000), {}, 0};
    if (const Status status = stores.contracts.saveLot(lot1); !status)
        return failed(status);
    if (const Status status = stores.contracts.saveLot(lot2); !status)
        return failed(status);
    WorkUnit a{0, lot1.id, QStringLiteral("A"), QStringLiteral("Audit"), QStringLiteral("Audit"), QStringLiteral("day"),
               {{0, 0, QDate(2023, 1, 1), Money::fromCents(100000)}, {0, 0, QDate(2023, 7, 1), Money::fromCents(110000)}}, 0};
    WorkUnit b{0, lot1.id, QStringLiteral("B"), QStringLiteral("Développement"), QStringLiteral("Development"),
               QStringLiteral("day"), {{0, 0, QDate(2023, 1, 1), Money::fromCents(81235)}}, 0};
    WorkUnit c{0, lot2.id, QStringLiteral("C"), QStringLiteral("Support"), QStringLiteral("Support"), QStringLiteral("ticket"),
               {{0, 0, QDate(2023, 1, 1), Money::fromCents(25050)}}, 0};
    if (const Status status = stores.catalogue.saveWorkUnit(a); !status)
        return failed(status);
    if (const Status status = stores.catalogue.saveWorkUnit(b); !status)
        return failed(status);
    if (const Status status = stores.catalogue.saveWorkUnit(c); !status)
        return failed(status);
    QHash<QString, Id> beneficiaries;
    for (const auto &[code, parent] : {std::pair{"MIN", ""}, std::pair{"DIR", "MIN"}, std::pair{"OTHER", ""}}) {
        Beneficiary beneficiary{0, QLatin1String(code), QLatin1String(code) + QStringLiteral(" name"),
                                beneficiaries.value(QLatin1String(parent)), 0};
        if (const Status status = stores.catalogue.saveBeneficiary(beneficiary); !status)
            return failed(status);
        beneficiaries.insert(beneficiary.code, beneficiary.id);
    }
    Amendment lotAmendment{0, contract.id, lot2.id, QDate(2023, 6, 1), Money::fromCents(300000), 0, QStringLiteral("lot 2 +3000")};
    if (const Status status = stores.contracts.saveAmendment(lotAmendment); !status)
        return failed(status);
    auto order = [&](const QString &number, const Lot &lot, const char *beneficiary, QList<std::tuple<const WorkUnit *, qint64, qint64>> lines,
                     QList<QPair<OrderStatus, QDate>> steps, const QDate &created) {
        PurchaseOrder o;
        o.number = number;
        o.lotId = lot.id;
        o.beneficiaryId = beneficiaries.value(QLatin1String(beneficiary));
        o.createdOn = created;
        for (const auto &[unit, quantity, price] : lines)
            o.lines << OrderLine{0, 0, unit->id, quantity, Money::fromCents(price), Money()};
        for (const auto &step : steps) {
            if (!Lifecycle::move(o, step.first, step.second, error))
                return false;
        }
        return failed(stores.orders.saveOrder(o));
    };
    using S = OrderStatus;
    return order(QStringLiteral("O1"), lot1, "MIN", {{&a, 10000, 100000}, {&b, 2500, 81235}},
                 {{S::Issued, QDate(2023, 2, 5)}, {S::Done, QDate(2023, 3, 10)}, {S::Invoiced, QDate(2023, 3, 20)},
                  {S::Paid, QDate(2023, 4, 15)}}, QDate(2023, 2, 1))
        && order(QStringLiteral("O2"), lot1, "DIR", {{&a, 3500, 110000}},
                 {{S::Issued, QDate(2023, 8, 1)}, {S::Done, QDate(2023, 9, 10)}}, QDate(2023, 7, 25))
        && order(QStringLiteral("O3"), lot2, "OTHER", {{&c, 7000, 25050}},
                 {{S::Issued, QDate(2023, 3, 2)}, {S::Cancelled, QDate(2023, 9, 20)}}, QDate(2023, 3, 1))
        && order(QStringLiteral("O4"), lot2, "DIR", {{&c, 40000, 25050}},
                 {{S::Issued, QDate(2023, 6, 10)}, {S::Done, QDate(2023, 7, 1)}, {S::Invoiced, QDate(2023, 7, 20)}},
                 QDate(2023, 6, 5))
        && order(QStringLiteral("O6"), lot1, "OTHER", {{&b, 333, 81235}}, {{S::Issued, QDate(2023, 9, 10)}}, QDate(2023, 9, 5));
}

// 2,000 orders of one to three lines; every line's unit price is unique (1000.00 € + 4 cents × order + line),
// so that a line found on a page is known to be that order's.
bool ReportTest::buildLarge(Stores &stores, QString *error)
{
    auto failed = [&](const Status &status) {
        if (!status)
            *error = status.message();
        return status.ok();
    };
    TransactionGuard guard(stores.database()); // one commit for the 2,000 orders
    Contract contract;
    contract.reference = QStringLiteral("BIG-1");
    contract.title = QStringLiteral("Large contract");
    contract.buyer = QStringLiteral("Large buyer");
    contract.startOn = QDate(2020, 1, 1);
    contract.durationMonths = 60;
    contract.maxHt = Money::fromCents(1000000000);
    if (const Status status = stores.contracts.saveContract(contract); !status)
        return failed(status);
    Lot lot{0, contract.id, 1, QStringLiteral("Only lot"), std::nullopt, Money::fromCents(1000000000), {}, 0};
    if (const Status status = stores.contracts.saveLot(lot); !status)
        return failed(status);
    WorkUnit unit{0, lot.id, QStringLiteral("DAY"), QStringLiteral("Journée"), QStringLiteral("Day"), QStringLiteral("day"),
                  {{0, 0, QDate(2020, 1, 1), Money::fromCents(100000)}}, 0};
    Beneficiary beneficiary{0, QStringLiteral("MIN"), QStringLiteral("Ministry"), 0, 0};
    if (const Status status = stores.catalogue.saveWorkUnit(unit); !status)
        return failed(status);
    if (const Status status = stores.catalogue.saveBeneficiary(beneficiary); !status)
        return failed(status);
    for (int i = 1; i <= 2000; ++i) {
        PurchaseOrder o;
        o.number = QStringLiteral("BIG-%1").arg(i, 4, 10, QLatin1Char('0'));
        o.lotId = lot.id;
        o.beneficiaryId = beneficiary.id;
        o.createdOn = QDate(2020, 1, 1).addDays(i / 2);
        for (int line = 0; line <= i % 3; ++line)
            o.lines << OrderLine{0, 0, unit.id, 1000, Money::fromCents(100000 + 4 * i + line), Money()};
        if (!Lifecycle::move(o, OrderStatus::Issued, o.createdOn, error))
            return false;
        if (const Status status = stores.orders.saveOrder(o); !status)
            return failed(status);
    }
    if (!guard.commit())
        return failed(Error::database(QStringLiteral("commit failed")));
    return true;
}

void ReportTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!run(QStringLiteral("pdfinfo"), {QStringLiteral("-v")}).isNull() || QFileInfo::exists(QStringLiteral("/usr/bin/pdfinfo")),
             "poppler-utils is needed");
    QString error;
    m_fixturePath = m_dir.filePath(QStringLiteral("fixture.plafond"));
    QVERIFY2(m_fixtureDb.open(m_fixturePath, Database::OpenMode::CreateIfMissing, &error), qPrintable(error));
    m_fixture = std::make_unique<Stores>(m_fixtureDb);
    QVERIFY2(buildFixture(*m_fixture, &error), qPrintable(error));

    m_demoPath = m_dir.filePath(QStringLiteral("demo.plafond"));
    QVERIFY2(DemoData::writeTo(m_demoPath, &error), qPrintable(error));
    QVERIFY2(m_demoDb.open(m_demoPath, Database::OpenMode::MustExist, &error), qPrintable(error));
    m_demo = std::make_unique<Stores>(m_demoDb);

    m_largePath = m_dir.filePath(QStringLiteral("large.plafond"));
    QVERIFY2(m_largeDb.open(m_largePath, Database::OpenMode::CreateIfMissing, &error), qPrintable(error));
    m_large = std::make_unique<Stores>(m_largeDb);
    QVERIFY2(buildLarge(*m_large, &error), qPrintable(error));
}

QString ReportTest::write(Stores &stores, const ReportOptions &options, const QString &name, ReportBuilder *builder)
{
    ReportBuilder local;
    ReportBuilder &b = builder ? *builder : local;
    QString error;
    const QString path = m_dir.filePath(name);
    if (!b.prepare(stores, options, &error) || !b.writePdf(path, &error)) {
        qWarning().noquote() << error;
        return QString();
    }
    return path;
}

void ReportTest::fixture_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("english") << QStringLiteral("en");
    QTest::newRow("french") << QStringLiteral("fr");
}

void ReportTest::fixture()
{
    QFETCH(QString, language);
    const QLocale locale = localeOf(language);
    ReportOptions options{QStringLiteral("TEST-1"), false, QDate(2023, 9, 15), language, false, {}};
    ReportBuilder builder;
    const QString pdf = write(*m_fixture, options, QStringLiteral("fixture-%1.pdf").arg(language), &builder);
    QVERIFY(!pdf.isEmpty());
    const QStringList pages = pageTexts(pdf);
    QCOMPARE(pdfPages(pdf), builder.pageCount());
    QCOMPARE(pages.size(), builder.pageCount());
    const QString text = pages.join(QLatin1Char('\n'));
    // As of 2023-09-15 (tst_cli): lot 1 ordered O1 12030.88 + O2 3850.00 + O6 270.51 = 16151.39, done
    // 15880.88, paid 12030.88; lot 2 ordered O3 1753.50 + O4 10020.00 = 11773.50 of 13000.00 (with the
    // amendment); contract 27924.89.
    for (const qint64 cents : {1615139, 1588088, 1203088, 1177350, 1300000, 2792489, 10000000, 3000000, 300000})
        QVERIFY2(text.contains(printed(Money::fromCents(cents), locale)), qPrintable(printed(Money::fromCents(cents), locale)));
    if (language == QLatin1String("en"))
        QVERIFY(text.contains(QStringLiteral("€16,151.39")));
    else
        QVERIFY(text.contains(QStringLiteral("16 151,39 €")));
    for (const char *name : {"TEST-1", "Test contract", "Test buyer", "ACME SA", "Lot one", "Lot two", "MIN name",
                             "DIR name", "OTHER name", "O1", "O2", "O3", "O4", "O6"})
        QVERIFY2(text.contains(QLatin1String(name)), name);
    // Holders: lot 2 has none.
    QVERIFY(text.contains(QStringLiteral("not provided")) || text.contains(QStringLiteral("non communiqué")));
    // Every page has the reference in its header and its number in its footer.
    for (int i = 0; i < pages.size(); ++i) {
        QVERIFY2(pages.at(i).contains(QStringLiteral("TEST-1")), qPrintable(QString::number(i)));
        QVERIFY2(pages.at(i).contains(builder.fingerprint().left(16)), qPrintable(QString::number(i)));
        QVERIFY2(pages.at(i).contains(QString::number(i + 1) + QLatin1Char(' ')), qPrintable(QString::number(i)));
    }
    if (language == QLatin1String("en"))
        QVERIFY(pages.last().contains(QStringLiteral("Page %1 of %1").arg(pages.size())));
    QVERIFY(pages.last().contains(builder.fingerprint()));
    QCOMPARE(builder.fingerprint().size(), 64);
}

void ReportTest::demo_data()
{
    fixture_data();
}

void ReportTest::demo()
{
    QFETCH(QString, language);
    const QLocale locale = localeOf(language);
    const QDate asOf = DemoData::snapshotDate();
    ReportBuilder builder;
    const QString pdf = write(*m_demo, {QStringLiteral("MEF-ELL-2020"), false, asOf, language, false, {}},
                              QStringLiteral("demo-%1.pdf").arg(language), &builder);
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(pdfPages(pdf), builder.pageCount());
    const QString text = pageTexts(pdf).join(QLatin1Char('\n'));
    const auto contract = m_demo->contracts.contractByReference(QStringLiteral("MEF-ELL-2020"));
    QVERIFY(contract);
    const auto consumption = ConsumptionEngine::compute(*m_demo, contract->id, asOf);
    QVERIFY(consumption);
    for (const Money amount : {consumption->amounts.orderedHt, consumption->amounts.paidHt, consumption->ceiling.maximum,
                               consumption->ceiling.remaining})
        QVERIFY2(text.contains(printed(amount, locale)), qPrintable(printed(amount, locale)));
    for (const LotConsumption &lot : consumption->lots) {
        QVERIFY2(text.contains(printed(lot.amounts.orderedHt, locale)), qPrintable(lot.title));
        QVERIFY(text.contains(lot.title.left(20)));
    }
    QVERIFY(text.contains(QStringLiteral("Expertise Logiciels Libres")));
    QVERIFY(text.contains(QStringLiteral("LINAGORA")));
    QVERIFY(!text.contains(QStringLiteral("Capgemini"))); // another contract's holder
}

void ReportTest::componentsAndContributions()
{
    const QDate asOf = DemoData::snapshotDate();
    ReportBuilder builder;
    const QString pdf = write(*m_demo, {QStringLiteral("MEF-ELL-2020"), false, asOf, QStringLiteral("en"), false, {}},
                              QStringLiteral("components-en.pdf"), &builder);
    QVERIFY(!pdf.isEmpty());
    QString text = pageTexts(pdf).join(QLatin1Char('\n'));
    text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    QVERIFY(text.contains(QStringLiteral("Component coverage")));
    QVERIFY(text.contains(QStringLiteral("0 catalogued components are covered by the lots of this contract, whose stated "
                                         "scope is 208 components; the catalogue holds 231 components.")));
    // The gap list (declared uses no lot covers) and the KPI of the demo (tst_demo: 806,496.57 of 1,671,064.72).
    QVERIFY(text.contains(QStringLiteral("Used but not covered")));
    QVERIFY(text.contains(QStringLiteral("PortraitOrLandscape")));
    QVERIFY(text.contains(QStringLiteral("Upstream contributions")));
    QVERIFY2(text.contains(QStringLiteral("Development ordered: %1;").arg(printed(Money::fromCents(167106472), QLocale(QLocale::English)))),
             qPrintable(text.mid(text.indexOf(QStringLiteral("Upstream contributions")), 400)));
    QVERIFY(text.contains(printed(Money::fromCents(80649657), QLocale(QLocale::English)) + QStringLiteral(", that is 48.26")));
    QVERIFY(text.contains(QStringLiteral("Development orders without a merged contribution")));
    const auto kpi = ContributionsEngine::compute(*m_demo, m_demo->contracts.contractByReference(QStringLiteral("MEF-ELL-2020"))->id, asOf);
    QVERIFY(kpi && !kpi->without.isEmpty());
    for (const UncontributedOrder &order : kpi->without)
        QVERIFY2(text.contains(order.number), qPrintable(order.number));
    QVERIFY(builder.canonicalFigures().contains("167106472")); // in the fingerprint

    // ACIM-2012 covers 99 of its 350 components with its one lot.
    ReportBuilder acim;
    const QString acimPdf = write(*m_demo, {QStringLiteral("ACIM-2012"), false, asOf, QStringLiteral("en"), false, {}},
                                  QStringLiteral("components-acim.pdf"), &acim);
    QVERIFY(!acimPdf.isEmpty());
    QString acimText = pageTexts(acimPdf).join(QLatin1Char('\n'));
    acimText.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    QVERIFY(acimText.contains(QStringLiteral("99 catalogued components are covered by the lots of this contract, whose "
                                             "stated scope is 350 components")));
}

void ReportTest::portfolio()
{
    ReportBuilder builder;
    const QString pdf = write(*m_demo, {QString(), true, DemoData::snapshotDate(), QStringLiteral("en"), false, {}},
                              QStringLiteral("portfolio.pdf"), &builder);
    QVERIFY(!pdf.isEmpty());
    const QStringList pages = pageTexts(pdf);
    QVERIFY(pages.size() >= 3);
    QVERIFY(pages.at(0).contains(QStringLiteral("ACIM-2012")));
    QVERIFY(pages.at(1).contains(QStringLiteral("MEF-ELL-2020")));
    QVERIFY(pages.last().contains(QStringLiteral("All contracts")));
    QVERIFY(pages.last().contains(QStringLiteral("ACIM-2012")));
    QVERIFY(pages.last().contains(QStringLiteral("MEF-ELL-2020")));
}

void ReportTest::annexOf2000Orders()
{
    ReportBuilder builder;
    QList<QPair<int, int>> progress;
    builder.setProgressCallback([&progress](int done, int total) { progress << qMakePair(done, total); });
    const QString pdf = write(*m_large, {QStringLiteral("BIG-1"), false, QDate(2026, 1, 1), QStringLiteral("en"), false, {}},
                              QStringLiteral("large.pdf"), &builder);
    QVERIFY(!pdf.isEmpty());
    QVERIFY(!progress.isEmpty());
    for (const auto &step : std::as_const(progress))
        QVERIFY(step.first <= step.second);
    const QStringList pages = pageTexts(pdf);
    QCOMPARE(pages.size(), builder.pageCount());
    QVERIFY(pages.size() > 40);
    const QLocale locale = localeOf(QStringLiteral("en"));
    static const QRegularExpression number(QStringLiteral("\\bBIG-(\\d{4})\\b"));
    QList<int> seen(2001, 0);
    int annexPages = 0;
    for (int p = 0; p < pages.size(); ++p) {
        const QString &page = pages.at(p);
        if (!page.contains(QStringLiteral("Annex: purchase orders")))
            continue;
        ++annexPages;
        // The header row is repeated on every page of the annex.
        QVERIFY2(page.contains(QStringLiteral("Unit price")), qPrintable(QStringLiteral("page %1").arg(p + 1)));
        QVERIFY2(page.contains(QStringLiteral("Beneficiary")), qPrintable(QStringLiteral("page %1").arg(p + 1)));
        auto it = number.globalMatch(page);
        while (it.hasNext()) {
            const int i = it.next().captured(1).toInt();
            ++seen[i];
            // Its lines on the same page as the order's own row: never cut.
            for (int line = 0; line <= i % 3; ++line) {
                const QString price = printed(Money::fromCents(100000 + 4 * i + line), locale);
                QVERIFY2(page.contains(price), qPrintable(QStringLiteral("order %1 line %2 not on page %3").arg(i).arg(line).arg(p + 1)));
            }
        }
    }
    QVERIFY(annexPages > 30);
    for (int i = 1; i <= 2000; ++i)
        QVERIFY2(seen.at(i) == 1, qPrintable(QStringLiteral("BIG-%1 appears %2 times").arg(i).arg(seen.at(i))));
}

void ReportTest::fingerprint()
{
    const ReportOptions options{QStringLiteral("TEST-1"), false, QDate(2023, 9, 15), QStringLiteral("en"), false,
                                QDateTime(QDate(2024, 1, 1), QTime(10, 0))};
    ReportBuilder first;
    QVERIFY(first.prepare(*m_fixture, options));
    // Another time of generation, another language: the same figures, the same fingerprint.
    ReportOptions later = options;
    later.generatedAt = QDateTime(QDate(2025, 6, 1), QTime(18, 30));
    later.language = QStringLiteral("fr");
    ReportBuilder second;
    QVERIFY(second.prepare(*m_fixture, later));
    QCOMPARE(second.fingerprint(), first.fingerprint());
    QCOMPARE(second.canonicalFigures(), first.canonicalFigures());
    QVERIFY(first.canonicalFigures().contains("order=O1|1|MIN|paid|"));

    // Another date: other figures.
    ReportOptions otherDate = options;
    otherDate.asOf = QDate(2023, 9, 16);
    ReportBuilder third;
    QVERIFY(third.prepare(*m_fixture, otherDate));
    QVERIFY(third.fingerprint() != first.fingerprint());

    // One cent more on one line of O1.
    const auto contract = m_fixture->contracts.contractByReference(QStringLiteral("TEST-1"));
    QList<PurchaseOrder> orders = m_fixture->orders.contractOrders(contract->id).value();
    PurchaseOrder o1 = orders.first();
    QCOMPARE(o1.number, QStringLiteral("O1"));
    const Money before = o1.lines[1].unitPriceHt;
    o1.lines[1].unitPriceHt = Money::fromCents(before.cents() + 1);
    QVERIFY(o1.lines[1].computeAmount());
    PLAFOND_VERIFY_OK(m_fixture->orders.saveOrder(o1));
    ReportBuilder changed;
    QVERIFY(changed.prepare(*m_fixture, options));
    QVERIFY(changed.fingerprint() != first.fingerprint());

    // Back as it was: the same fingerprint again.
    o1 = m_fixture->orders.contractOrders(contract->id).value().first();
    o1.lines[1].unitPriceHt = before;
    QVERIFY(o1.lines[1].computeAmount());
    PLAFOND_VERIFY_OK(m_fixture->orders.saveOrder(o1));
    ReportBuilder restored;
    QVERIFY(restored.prepare(*m_fixture, options));
    QCOMPARE(restored.fingerprint(), first.fingerprint());
}

void ReportTest::pdfA()
{
    ReportBuilder builder;
    const QString pdf = write(*m_fixture, {QStringLiteral("TEST-1"), false, QDate(2023, 9, 15), QStringLiteral("en"), true, {}},
                              QStringLiteral("archive.pdf"), &builder);
    QVERIFY(!pdf.isEmpty());
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(QRegularExpression(QStringLiteral("PDF version:\\s+1\\.4")).match(info).hasMatch(), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("Summary of contract TEST-1")), qPrintable(info));
    QVERIFY2(QRegularExpression(QStringLiteral("Creator:\\s+Plafond")).match(info).hasMatch(), qPrintable(info));
    const QString meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
    QVERIFY2(meta.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")), qPrintable(meta));
    QVERIFY(meta.contains(QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>")));
    QVERIFY(meta.contains(QStringLiteral("<dc:description>")));
    // Fonts embedded.
    const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
    const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(!rows.isEmpty());
    for (const QString &row : rows)
        QVERIFY2(row.contains(QStringLiteral(" yes ")), qPrintable(row));

    // Without --pdfa: no PDF/A claim, but the subject is still in the metadata.
    const QString plain = write(*m_fixture, {QStringLiteral("TEST-1"), false, QDate(2023, 9, 15), QStringLiteral("en"), false, {}},
                                QStringLiteral("plain.pdf"));
    const QString plainMeta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), plain});
    QVERIFY(!plainMeta.contains(QStringLiteral("pdfaid")));
    QVERIFY(plainMeta.contains(QStringLiteral("<dc:description>")));
}

void ReportTest::cancel()
{
    const ReportOptions options{QStringLiteral("BIG-1"), false, QDate(2026, 1, 1), QStringLiteral("en"), false, {}};
    std::atomic_bool flag{false};

    // While laying out: the progress callback cancels half-way.
    ReportBuilder during;
    during.setCancelFlag(&flag);
    during.setProgressCallback([&flag](int done, int) {
        if (done >= 500)
            flag = true;
    });
    QString error;
    QVERIFY(!during.prepare(*m_large, options, &error));
    QCOMPARE(during.failure(), ReportBuilder::Failure::Cancelled);
    QCOMPARE(during.pageCount(), 0);

    // While writing: no file, not even a partial one.
    flag = false;
    ReportBuilder writing;
    writing.setCancelFlag(&flag);
    QVERIFY(writing.prepare(*m_large, options, &error));
    writing.setProgressCallback([&flag](int done, int) {
        if (done == 3)
            flag = true;
    });
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    QVERIFY(!writing.writePdf(path, &error));
    QCOMPARE(writing.failure(), ReportBuilder::Failure::Cancelled);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}), QStringList());

    // The worker's entry point, cancelled before it starts.
    flag = true;
    ReportBuilder::Failure failure = ReportBuilder::Failure::None;
    QVERIFY(!ReportBuilder::build(m_largePath, options, path, {}, &flag, &error, &failure));
    QCOMPARE(failure, ReportBuilder::Failure::Cancelled);
    QVERIFY(!QFileInfo::exists(path));
}

void ReportTest::unknownContract()
{
    ReportBuilder builder;
    QString error;
    QVERIFY(!builder.prepare(*m_fixture, {QStringLiteral("NOPE"), false, QDate(2023, 9, 15), QStringLiteral("en"), false, {}},
                             &error));
    QCOMPARE(builder.failure(), ReportBuilder::Failure::UnknownContract);
    QCOMPARE(error, QStringLiteral("NOPE is not the reference of a contract in this database."));
}

void ReportTest::offTheGuiThread()
{
    // A worker opens its own connection to the same file, as the dialog's does.
    const QString path = m_dir.filePath(QStringLiteral("worker.pdf"));
    bool ok = false;
    QString error;
    std::unique_ptr<QThread> thread(QThread::create([&]() {
        ok = ReportBuilder::build(m_demoPath, {QStringLiteral("ACIM-2012"), false, DemoData::snapshotDate(),
                                               QStringLiteral("fr"), false, {}},
                                  path, {}, nullptr, &error);
    }));
    thread->start();
    QVERIFY(thread->wait(120000));
    QVERIFY2(ok, qPrintable(error));
    QVERIFY(pdfPages(path) > 2);
    QVERIFY(pageTexts(path).join(QLatin1Char('\n')).contains(QStringLiteral("Capgemini")));
}

void ReportTest::preview()
{
    ReportBuilder builder;
    QVERIFY(builder.prepare(*m_fixture, {QStringLiteral("TEST-1"), false, QDate(2023, 9, 15), QStringLiteral("en"), false, {}}));
    const QImage page = builder.renderPage(0, 50);
    QCOMPARE(page.size(), QSize(qRound(210 / 25.4 * 50), qRound(297 / 25.4 * 50)));
    // Something drawn: not a blank page.
    int dark = 0;
    for (int y = 0; y < page.height(); y += 2) {
        for (int x = 0; x < page.width(); x += 2)
            dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
    }
    QVERIFY(dark > 100);
    QVERIFY(builder.renderPage(builder.pageCount(), 50).isNull());
}

QTEST_MAIN(ReportTest)
#include "tst_report.moc"
