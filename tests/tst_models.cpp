// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/contracttreemodel.h"
#include "storecheck.h"
#include "models/orderlinesmodel.h"
#include "models/ordersfilterproxy.h"
#include "models/orderstablemodel.h"
#include "storage/stores.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Plafond;

class TestModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<Stores> m_repo;
    Contract m_contract;
    Lot m_lot1, m_lot2;
    WorkUnit m_audit, m_dev;
    Beneficiary m_ministry, m_direction, m_other;

    Id addOrder(const Lot &lot, const Beneficiary &b, const QString &number, OrderStatus status, const QDate &issued,
                const WorkUnit &unit, qint64 quantityMilli)
    {
        PurchaseOrder o;
        o.lotId = lot.id;
        o.beneficiaryId = b.id;
        o.number = number;
        o.commitmentNumber = QStringLiteral("EJ-") + number;
        o.createdOn = issued;
        if (status != OrderStatus::Draft) {
            if (!Lifecycle::move(o, OrderStatus::Issued, issued))
                return 0;
            if (status == OrderStatus::Cancelled)
                Lifecycle::move(o, OrderStatus::Cancelled, issued.addDays(3));
            else if (status != OrderStatus::Issued)
                Lifecycle::move(o, OrderStatus::Done, issued.addDays(10));
        }
        OrderLine line;
        line.workUnitId = unit.id;
        line.quantityMilli = quantityMilli;
        line.unitPriceHt = *unit.priceOn(issued);
        o.lines << line;
        if (!m_repo->orders.saveOrder(o))
            return 0;
        return o.id;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("models.sqlite")), Database::OpenMode::CreateIfMissing, &error),
                 qPrintable(error));
        m_repo = std::make_unique<Stores>(m_db);
        m_contract.reference = QStringLiteral("T-1");
        m_contract.title = QStringLiteral("Test contract");
        m_contract.buyer = QStringLiteral("Buyer");
        m_contract.startOn = QDate(2021, 1, 1);
        m_contract.durationMonths = 24;
        m_contract.maxHt = Money::fromCents(10'000'000);
        PLAFOND_VERIFY_OK(m_repo->contracts.saveContract(m_contract));
        m_lot1 = Lot{0, m_contract.id, 1, QStringLiteral("Expertise"), std::nullopt, Money::fromCents(6'000'000), {}, 0};
        m_lot2 = Lot{0, m_contract.id, 2, QStringLiteral("Drupal"), std::nullopt, Money::fromCents(4'000'000), {}, 0};
        QVERIFY(m_repo->contracts.saveLot(m_lot1));
        QVERIFY(m_repo->contracts.saveLot(m_lot2));
        m_audit.lotId = m_lot1.id;
        m_audit.code = QStringLiteral("AUDIT");
        m_audit.labelFr = QStringLiteral("Audit");
        m_audit.labelEn = QStringLiteral("Audit");
        m_audit.unit = QStringLiteral("day");
        m_audit.prices = {UnitPrice{0, 0, QDate(2021, 1, 1), Money::fromCents(90000)},
                          UnitPrice{0, 0, QDate(2022, 1, 1), Money::fromCents(95050)}};
        QVERIFY(m_repo->catalogue.saveWorkUnit(m_audit));
        m_dev = m_audit;
        m_dev.id = 0;
        m_dev.lotId = m_lot2.id;
        m_dev.code = QStringLiteral("DEV");
        m_dev.labelFr = QStringLiteral("Développement");
        m_dev.labelEn = QStringLiteral("Development");
        m_dev.prices = {UnitPrice{0, 0, QDate(2021, 1, 1), Money::fromCents(1000)}};
        QVERIFY(m_repo->catalogue.saveWorkUnit(m_dev));
        m_ministry = Beneficiary{0, QStringLiteral("MIN"), QStringLiteral("Ministry"), 0, 0};
        QVERIFY(m_repo->catalogue.saveBeneficiary(m_ministry));
        m_direction = Beneficiary{0, QStringLiteral("DIR"), QStringLiteral("Direction"), m_ministry.id, 0};
        QVERIFY(m_repo->catalogue.saveBeneficiary(m_direction));
        m_other = Beneficiary{0, QStringLiteral("OTH"), QStringLiteral("Other body"), 0, 0};
        QVERIFY(m_repo->catalogue.saveBeneficiary(m_other));
        // Amounts chosen so that text order and numeric order differ: 9.00 < 10.00 < 900.00 < 1,901.00.
        QVERIFY(addOrder(m_lot2, m_direction, QStringLiteral("BC-1"), OrderStatus::Issued, QDate(2021, 3, 1), m_dev, 900));
        QVERIFY(addOrder(m_lot2, m_other, QStringLiteral("BC-2"), OrderStatus::Done, QDate(2021, 2, 1), m_dev, 1000));
        QVERIFY(addOrder(m_lot1, m_ministry, QStringLiteral("BC-3"), OrderStatus::Draft, QDate(2021, 5, 1), m_audit, 1000));
        QVERIFY(addOrder(m_lot1, m_other, QStringLiteral("BC-4"), OrderStatus::Cancelled, QDate(2022, 2, 1), m_audit, 2000));
    }

    void ordersTableModel()
    {
        OrdersTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(*m_repo);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(OrdersTableModel::ColumnCount));
        const int row = model.rowOfOrder(model.orderRow(3).id);
        QCOMPARE(row, 3);
        QCOMPARE(model.orderRow(3).number, QStringLiteral("BC-4"));
        // 2 days of audit at 950.50 (price from 2022-01-01): 1,901.00 excl. VAT, 2,281.20 incl. 20 % VAT.
        QCOMPARE(model.index(3, OrdersTableModel::AmountHtColumn).data().toString(), QStringLiteral("€1,901.00"));
        QCOMPARE(model.index(3, OrdersTableModel::AmountHtColumn).data(CentsRole).toLongLong(), 190100);
        QCOMPARE(model.index(3, OrdersTableModel::AmountTtcColumn).data(CentsRole).toLongLong(), 228120);
        QCOMPARE(model.index(3, OrdersTableModel::StatusColumn).data().toString(), QStringLiteral("Cancelled"));
        QCOMPARE(model.index(3, OrdersTableModel::IssuedColumn).data(SortRole).toLongLong(), QDate(2022, 2, 1).toJulianDay());
        QCOMPARE(model.index(3, OrdersTableModel::LastStepColumn).data(SortRole).toLongLong(), QDate(2022, 2, 4).toJulianDay());
        QCOMPARE(model.headerData(OrdersTableModel::AmountHtColumn, Qt::Horizontal).toString(), QStringLiteral("Amount excl. VAT"));
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        model.retranslate();
        QCOMPARE(headers.count(), 1);
    }

    void filterProxy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("lot");
        QTest::addColumn<QString>("beneficiary");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("numbers");
        QTest::addColumn<qint64>("totalHt");
        const QStringList all{QStringLiteral("BC-1"), QStringLiteral("BC-2"), QStringLiteral("BC-3"), QStringLiteral("BC-4")};
        QTest::newRow("no-filter") << QString() << 0 << QString() << -1 << all << qint64(900 + 1000 + 90000 + 190100);
        QTest::newRow("text-commitment") << QStringLiteral("ej-bc-2") << 0 << QString() << -1 << QStringList{QStringLiteral("BC-2")} << qint64(1000);
        QTest::newRow("text-beneficiary-name") << QStringLiteral("other body") << 0 << QString() << -1
                                               << QStringList{QStringLiteral("BC-2"), QStringLiteral("BC-4")} << qint64(191100);
        QTest::newRow("lot-1") << QString() << 1 << QString() << -1 << QStringList{QStringLiteral("BC-3"), QStringLiteral("BC-4")} << qint64(280100);
        QTest::newRow("ministry-includes-direction") << QString() << 0 << QStringLiteral("MIN") << -1
                                                     << QStringList{QStringLiteral("BC-1"), QStringLiteral("BC-3")} << qint64(90900);
        QTest::newRow("status-done") << QString() << 0 << QString() << int(OrderStatus::Done) << QStringList{QStringLiteral("BC-2")} << qint64(1000);
        QTest::newRow("combined-nothing") << QStringLiteral("BC-2") << 1 << QString() << -1 << QStringList{} << qint64(0);
    }

    void filterProxy()
    {
        QFETCH(QString, text);
        QFETCH(int, lot);
        QFETCH(QString, beneficiary);
        QFETCH(int, status);
        QFETCH(QStringList, numbers);
        QFETCH(qint64, totalHt);
        OrdersTableModel model;
        OrdersFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(*m_repo);
        proxy.setText(text);
        proxy.setLot(lot == 1 ? m_lot1.id : lot == 2 ? m_lot2.id : 0);
        if (beneficiary == QLatin1String("MIN"))
            proxy.setBeneficiaries({m_ministry.id, m_direction.id});
        if (status >= 0)
            proxy.setStatus(static_cast<OrderStatus>(status));
        proxy.sort(OrdersTableModel::NumberColumn);
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown << proxy.index(row, OrdersTableModel::NumberColumn).data().toString();
        QCOMPARE(shown, numbers);
        QCOMPARE(proxy.totalHt().cents(), totalHt);
        proxy.clearFilters();
        QCOMPARE(proxy.rowCount(), 4);
    }

    void proxySortsAmountsAndDatesAsNumbers()
    {
        OrdersTableModel model;
        OrdersFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(*m_repo);
        proxy.sort(OrdersTableModel::AmountHtColumn, Qt::AscendingOrder);
        QStringList amounts;
        for (int row = 0; row < proxy.rowCount(); ++row)
            amounts << proxy.index(row, OrdersTableModel::AmountHtColumn).data().toString();
        QCOMPARE(amounts, (QStringList{QStringLiteral("€9.00"), QStringLiteral("€10.00"), QStringLiteral("€900.00"),
                                       QStringLiteral("€1,901.00")}));
        proxy.sort(OrdersTableModel::IssuedColumn, Qt::DescendingOrder);
        QStringList numbers;
        for (int row = 0; row < proxy.rowCount(); ++row)
            numbers << proxy.index(row, OrdersTableModel::NumberColumn).data().toString();
        // BC-3 is a draft: no issue date, last in descending order.
        QCOMPARE(numbers, (QStringList{QStringLiteral("BC-4"), QStringLiteral("BC-1"), QStringLiteral("BC-2"),
                                       QStringLiteral("BC-3")}));
    }

    // Rows prepared off the GUI thread in one order are put in by the order the table has when they come.
    void preparedRowsFollowTheSortOfTheTable()
    {
        OrdersTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(OrdersTableModel::AmountHtColumn, Qt::AscendingOrder);
        const auto rows = m_repo->orders.orderRows();
        QVERIFY(rows);
        auto numbers = [&model] {
            QStringList shown;
            for (int row = 0; row < model.rowCount(); ++row)
                shown << model.orderRow(row).number;
            return shown;
        };
        model.setPrepared(OrdersTableModel::prepare(*rows, OrdersTableModel::AmountHtColumn, Qt::AscendingOrder));
        QCOMPARE(numbers(), (QStringList{QStringLiteral("BC-1"), QStringLiteral("BC-2"), QStringLiteral("BC-3"),
                                         QStringLiteral("BC-4")})); // 9.00 < 10.00 < 900.00 < 1,901.00
        QCOMPARE(model.searchText(0), model.orderRow(0).number.toLower() + QLatin1Char('\n')
                                          + model.orderRow(0).contractReference.toLower() + QLatin1Char('\n')
                                          + model.orderRow(0).beneficiaryCode.toLower() + QLatin1Char('\n')
                                          + model.orderRow(0).beneficiaryName.toLower() + QLatin1Char('\n')
                                          + model.orderRow(0).commitmentNumber.toLower());
        // Prepared by the amounts, descending, while the table was sorted by issue date meanwhile.
        model.sort(OrdersTableModel::IssuedColumn, Qt::DescendingOrder);
        model.setPrepared(OrdersTableModel::prepare(*rows, OrdersTableModel::AmountHtColumn, Qt::DescendingOrder));
        QCOMPARE(numbers(), (QStringList{QStringLiteral("BC-4"), QStringLiteral("BC-1"), QStringLiteral("BC-2"),
                                         QStringLiteral("BC-3")}));
    }

    void contractTree()
    {
        ContractTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(*m_repo);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex contract = model.index(0, 0);
        QCOMPARE(contract.data().toString(), QStringLiteral("T-1 — Test contract"));
        QCOMPARE(model.rowCount(contract), 2);
        const QModelIndex lot2 = model.indexOfLot(m_lot2.id);
        QCOMPARE(lot2.parent(), contract);
        QCOMPARE(lot2.data().toString(), QStringLiteral("Lot 2 — Drupal"));
        QCOMPARE(lot2.siblingAtColumn(ContractTreeModel::MaximumColumn).data().toString(), QStringLiteral("€40,000.00"));
        QCOMPARE(lot2.data(ContractIdRole).toLongLong(), m_contract.id);
        QCOMPARE(lot2.data(Qt::ToolTipRole).toString(), QStringLiteral("Holders not provided"));
        QCOMPARE(model.indexOfContract(m_contract.id), contract);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void orderLines()
    {
        OrderLinesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy totals(&model, &OrderLinesModel::totalsChanged);
        model.setWorkUnits(m_repo->catalogue.workUnits(m_lot1.id).value());
        model.setPriceDate(QDate(2021, 12, 31));
        QCOMPARE(model.problem(), QStringLiteral("The order has no line."));
        model.addLine(m_audit.id, 1500);
        QCOMPARE(model.index(0, OrderLinesModel::UnitPriceColumn).data(CentsRole).toLongLong(), 90000);
        QCOMPARE(model.totalHt().cents(), 135000);
        // The schedule's next price applies from 2022-01-01: changing the date reprices the line.
        model.setPriceDate(QDate(2022, 1, 1));
        QCOMPARE(model.index(0, OrderLinesModel::UnitPriceColumn).data().toString(), QStringLiteral("€950.50"));
        QCOMPARE(model.totalHt().cents(), 142575);
        QVERIFY(model.setData(model.index(0, OrderLinesModel::QuantityColumn), QStringLiteral("0.333")));
        // 0.333 × 950.50 = 316.5165 → 316.52; VAT 63.304 → 63.30; incl. VAT 379.82.
        QCOMPARE(model.totalHt().cents(), 31652);
        QCOMPARE(model.totalTtc(2000).cents(), 37982);
        QVERIFY(!model.setData(model.index(0, OrderLinesModel::QuantityColumn), QStringLiteral("0.0001")));
        QVERIFY(!model.setData(model.index(0, OrderLinesModel::QuantityColumn), QStringLiteral("-1")));
        QVERIFY(model.problem().isEmpty());
        model.setPriceDate(QDate(2020, 6, 1));
        QCOMPARE(model.problem(), QStringLiteral("Line 1: work unit AUDIT has no price on 6/1/20 in the unit price schedule."));
        model.removeLine(0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(totals.count() >= 6);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
