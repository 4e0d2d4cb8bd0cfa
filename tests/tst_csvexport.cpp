// SPDX-License-Identifier: GPL-3.0-or-later
// CSV exports: the orders format of docs/DOMAIN.md in both dialects against golden files, quoting, and a table
// exported as it stands through a filtering and sorting proxy.
#include "domain/lifecycle.h"
#include "io/csvexport.h"
#include "models/ordersfilterproxy.h"
#include "models/orderstablemodel.h"
#include "models/roles.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtTest>

using namespace Plafond;

class CsvExportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ordersGolden_data();
    void ordersGolden();
    void ordersOneContract();
    void unknownContract();
    void quoting_data();
    void quoting();
    void modelThroughProxy_data();
    void modelThroughProxy();
    void ordersTableAsItStands();
    void writeIsAtomic();

private:
    bool buildFixture(const QString &path, QString *error);

    QTemporaryDir m_dir;
    Database m_database;
    std::unique_ptr<Stores> m_stores;
};

// Two contracts; values chosen to need quoting in one dialect or the other: a beneficiary code with a comma,
// an order number with a quote, a work-unit code with a semicolon; quantities with thousandths; one draft,
// one cancelled order; a line price that differs from the schedule.
bool CsvExportTest::buildFixture(const QString &path, QString *error)
{
    if (!m_database.open(path, Database::OpenMode::CreateIfMissing, error))
        return false;
    m_stores = std::make_unique<Stores>(m_database);
    Stores &stores = *m_stores;
    auto failed = [&](const Status &status) {
        if (!status)
            *error = status.message();
        return status.ok();
    };
    QHash<QString, Id> beneficiaries;
    for (const char *code : {"MIN", "DIR, SUB"}) {
        Beneficiary beneficiary{0, QLatin1String(code), QLatin1String(code) + QStringLiteral(" name"), 0, 0};
        if (const Status status = stores.catalogue.saveBeneficiary(beneficiary); !status)
            return failed(status);
        beneficiaries.insert(beneficiary.code, beneficiary.id);
    }
    auto contract = [&](const QString &reference, Lot &lot, WorkUnit &unit, const QString &unitCode) {
        Contract c;
        c.reference = reference;
        c.title = reference + QStringLiteral(" title");
        c.startOn = QDate(2023, 1, 1);
        c.durationMonths = 24;
        c.maxHt = Money::fromCents(100000000);
        if (!stores.contracts.saveContract(c))
            return false;
        lot.contractId = c.id;
        lot.number = 1;
        lot.title = QStringLiteral("Lot");
        lot.maxHt = Money::fromCents(100000000);
        if (!stores.contracts.saveLot(lot))
            return false;
        unit = WorkUnit{0, lot.id, unitCode, QStringLiteral("Audit"), QStringLiteral("Audit"), QStringLiteral("day"),
                        {{0, 0, QDate(2023, 1, 1), Money::fromCents(123456)}}, 0};
        return stores.catalogue.saveWorkUnit(unit).ok();
    };
    Lot lotB, lotA;
    WorkUnit unitB, unitA;
    // Created B first: the export orders contracts by reference, not by creation.
    if (!contract(QStringLiteral("B-2023"), lotB, unitB, QStringLiteral("SUP")) || !contract(QStringLiteral("A-2023"), lotA, unitA, QStringLiteral("AUD;IT")))
        return failed(Error::rule(QStringLiteral("fixture not written")));
    auto order = [&](const QString &number, const Lot &lot, const QString &beneficiary,
                     QList<QPair<qint64, qint64>> lines, const WorkUnit &unit, QList<QPair<OrderStatus, QDate>> steps) {
        PurchaseOrder o;
        o.number = number;
        o.lotId = lot.id;
        o.beneficiaryId = beneficiaries.value(beneficiary);
        o.createdOn = QDate(2023, 2, 1);
        for (const auto &line : lines)
            o.lines << OrderLine{0, 0, unit.id, line.first, Money::fromCents(line.second), Money()};
        for (const auto &step : steps) {
            if (!Lifecycle::move(o, step.first, step.second, error))
                return false;
        }
        return failed(stores.orders.saveOrder(o));
    };
    using S = OrderStatus;
    return order(QStringLiteral("A-2"), lotA, QStringLiteral("MIN"), {{2500, 123456}, {333, 100001}}, unitA,
                 {{S::Issued, QDate(2023, 3, 1)}, {S::Done, QDate(2023, 4, 2)}, {S::Invoiced, QDate(2023, 5, 3)},
                  {S::Paid, QDate(2023, 6, 4)}})
        && order(QStringLiteral("A-1 \"urgent\""), lotA, QStringLiteral("DIR, SUB"), {{1000, 123456}}, unitA,
                 {{S::Issued, QDate(2023, 2, 15)}})
        && order(QStringLiteral("A-3"), lotA, QStringLiteral("MIN"), {{12000, 99}}, unitA, {})
        && order(QStringLiteral("B-1"), lotB, QStringLiteral("DIR, SUB"), {{1000000, 1}}, unitB,
                 {{S::Issued, QDate(2023, 2, 20)}, {S::Cancelled, QDate(2023, 3, 1)}});
}

void CsvExportTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(buildFixture(m_dir.filePath(QStringLiteral("fixture.plafond")), &error), qPrintable(error));
}

void CsvExportTest::ordersGolden_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("golden");
    QTest::newRow("french-spreadsheet") << QStringLiteral("fr") << QStringLiteral("orders_fr.csv");
    QTest::newRow("standard") << QStringLiteral("standard") << QStringLiteral("orders_standard.csv");
}

void CsvExportTest::ordersGolden()
{
    QFETCH(QString, dialect);
    QFETCH(QString, golden);
    const auto bytes = CsvExport::orders(*m_stores, QString(), *CsvExport::dialectFromKey(dialect));
    QVERIFY(bytes);
    QFile file(QStringLiteral(PLAFOND_SOURCE_DIR "/tests/data/") + golden);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray expected = file.readAll();
    if (*bytes != expected)
        qWarning().noquote() << "actual:\n" << QString::fromUtf8(*bytes);
    QCOMPARE(*bytes, expected);
}

void CsvExportTest::ordersOneContract()
{
    const auto bytes = CsvExport::orders(*m_stores, QStringLiteral("B-2023"), CsvExport::Dialect::Standard);
    QVERIFY(bytes);
    QCOMPARE(*bytes, QByteArray("contract,lot,order,beneficiary,issued,work_unit,quantity,unit_price_ht,status,"
                                "service_done,invoiced,paid\n"
                                "B-2023,1,B-1,\"DIR, SUB\",2023-02-20,SUP,1000,0.01,cancelled,,,\n"));
}

void CsvExportTest::unknownContract()
{
    QString error;
    CsvExport::Failure failure = CsvExport::Failure::None;
    QVERIFY(!CsvExport::orders(*m_stores, QStringLiteral("NOPE"), CsvExport::Dialect::French, &error, &failure));
    QCOMPARE(failure, CsvExport::Failure::UnknownContract);
    QCOMPARE(error, QStringLiteral("NOPE is not the reference of a contract in this database."));
}

void CsvExportTest::quoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("french");
    QTest::addColumn<QString>("standard");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("empty") << QString() << QString() << QString();
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("\"a;b\"") << QStringLiteral("a;b");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"")
                           << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("line-break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"") << QStringLiteral("\"a\nb\"");
    QTest::newRow("leading-space") << QStringLiteral(" a") << QStringLiteral("\" a\"") << QStringLiteral("\" a\"");
    QTest::newRow("accents") << QStringLiteral("Ministère") << QStringLiteral("Ministère") << QStringLiteral("Ministère");
}

void CsvExportTest::quoting()
{
    QFETCH(QString, value);
    QTEST(CsvExport::field(value, CsvExport::Dialect::French), "french");
    QTEST(CsvExport::field(value, CsvExport::Dialect::Standard), "standard");
}

void CsvExportTest::modelThroughProxy_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QByteArray>("expected");
    // Filtered on "keep" in the first column, sorted by amount descending: c (2 000 000,00), then a.
    QTest::newRow("french-spreadsheet")
        << QStringLiteral("fr")
        << QByteArray("\xEF\xBB\xBF" "Name;Amount;Date;Quantity\n"
                      "\"keep; c\";2000000,00;2024-01-31;1234,5\n"
                      "keep a;-12,34;2023-09-15;2\n");
    QTest::newRow("standard")
        << QStringLiteral("standard")
        << QByteArray("Name,Amount,Date,Quantity\n"
                      "keep; c,2000000.00,2024-01-31,1234.5\n"
                      "keep a,-12.34,2023-09-15,2\n");
}

void CsvExportTest::modelThroughProxy()
{
    QFETCH(QString, dialect);
    QFETCH(QByteArray, expected);
    const QLocale french(QLocale::French, QLocale::France);
    QStandardItemModel model(0, 4);
    model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Amount"), QStringLiteral("Date"),
                                     QStringLiteral("Quantity")});
    struct Source
    {
        const char *name;
        qint64 cents;
        QDate date;
        const char *quantity;
    };
    for (const Source &row : {Source{"keep a", -1234, QDate(2023, 9, 15), "2"},
                              Source{"drop b", 500, QDate(2023, 1, 1), "1"},
                              Source{"keep; c", 200000000, QDate(2024, 1, 31), "1 234,5"}}) {
        auto *amount = new QStandardItem(Money::fromCents(row.cents).toString(french)); // what a view shows
        amount->setData(row.cents, CentsRole);
        amount->setData(row.cents, SortRole);
        model.appendRow({new QStandardItem(QString::fromUtf8(row.name)), amount,
                         new QStandardItem(french.toString(row.date, QLocale::ShortFormat)),
                         new QStandardItem(QString::fromUtf8(row.quantity).replace(QLatin1Char(' '), QChar(0x202f)))});
    }
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(0);
    proxy.setFilterFixedString(QStringLiteral("keep"));
    proxy.setSortRole(SortRole);
    proxy.sort(1, Qt::DescendingOrder);
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(CsvExport::fromModel(proxy, *CsvExport::dialectFromKey(dialect), french), expected);
}

void CsvExportTest::ordersTableAsItStands()
{
    // The orders table of the main window, filtered on one contract and sorted by amount, as it stands.
    OrdersTableModel orders;
    orders.reload(*m_stores);
    OrdersFilterProxy proxy;
    proxy.setSourceModel(&orders);
    proxy.setContract(m_stores->contracts.contractByReference(QStringLiteral("A-2023"))->id);
    proxy.sort(OrdersTableModel::AmountHtColumn, Qt::DescendingOrder);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(english);
    const QByteArray csv = CsvExport::fromModel(proxy, CsvExport::Dialect::Standard, english);
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), 5); // header, three orders, and the empty piece after the last '\n'
    // 2.5 × 1234.56 = 3086.40 + 0.333 × 1000.01 = 333.00333 → 333.00: 3419.40; A-1: 1234.56; A-3: 11.88.
    QVERIFY2(lines.at(1).startsWith("A-2,A-2023,1,MIN,,Paid,2023-03-01,2023-06-04,3419.40,"), lines.at(1).constData());
    QVERIFY2(lines.at(2).startsWith("\"A-1 \"\"urgent\"\"\",A-2023,1,\"DIR, SUB\",,Issued,2023-02-15,2023-02-15,1234.56,"),
             lines.at(2).constData());
    QVERIFY2(lines.at(3).startsWith("A-3,A-2023,1,MIN,,Draft,,2023-02-01,11.88,"), lines.at(3).constData());
    QVERIFY(!csv.contains("€"));
}

void CsvExportTest::writeIsAtomic()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/out.csv"));
    QString error;
    QVERIFY(!CsvExport::write(path, QByteArray("x"), &error));
    QVERIFY(error.startsWith(path + QStringLiteral(": cannot write the file")));
    QVERIFY(!QFileInfo::exists(path));
    const QString good = m_dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(CsvExport::write(good, QByteArray("\xEF\xBB\xBF" "a;b\n"), &error));
    QFile file(good);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBF" "a;b\n"));
}

QTEST_GUILESS_MAIN(CsvExportTest)
#include "tst_csvexport.moc"
