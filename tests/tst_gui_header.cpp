// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's header over the orders (selectionSummary) and the dashboard's headline show the same
// figures at the same as-of date, because both come from the consumption engine: an amendment counts from its
// signature, a cancelled order nowhere, and the percentage is the engine's exact hundredths.
#include "dashboardwidget.h"
#include "storecheck.h"
#include "language.h"
#include "mainwindow.h"
#include "workspace.h"

#include "domain/lifecycle.h"
#include "storage/stores.h"

#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Plafond;

class TestGuiHeader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headerAndDashboardAgree_data();
    void headerAndDashboardAgree();

private:
    QTemporaryDir m_dir;
    QString m_path;
    Id m_contract = 0;
    Id m_lot = 0;
};

// HDR-1, from 2024-01-01 for 24 months; contract and its one lot capped at 100,000.00. O1: 50 days at
// 1,000.00 issued 2024-02-01. O2: 10 days issued 2024-02-05, cancelled 2024-03-01 (counts nowhere). On
// 2024-06-01 two amendments are signed, +20,000.00 on the lot and +20,000.00 on the contract.
void TestGuiHeader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Language::apply(QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("header.plafond"));
    Database database;
    QString error;
    QVERIFY2(database.open(m_path, Database::OpenMode::CreateIfMissing, &error), qPrintable(error));
    Stores stores(database);
    Contract contract;
    contract.reference = QStringLiteral("HDR-1");
    contract.title = QStringLiteral("Header contract");
    contract.buyer = QStringLiteral("Buyer");
    contract.startOn = QDate(2024, 1, 1);
    contract.durationMonths = 24;
    contract.maxHt = Money::fromCents(10'000'000);
    PLAFOND_VERIFY_OK(stores.contracts.saveContract(contract));
    Lot lot;
    lot.contractId = contract.id;
    lot.number = 1;
    lot.title = QStringLiteral("Expertise");
    lot.maxHt = Money::fromCents(10'000'000);
    PLAFOND_VERIFY_OK(stores.contracts.saveLot(lot));
    WorkUnit unit{0, lot.id, QStringLiteral("A"), QStringLiteral("Audit"), QStringLiteral("Audit"), QStringLiteral("day"),
                  {{0, 0, QDate(2024, 1, 1), Money::fromCents(100'000)}}, 0};
    PLAFOND_VERIFY_OK(stores.catalogue.saveWorkUnit(unit));
    Beneficiary ministry{0, QStringLiteral("MIN"), QStringLiteral("Ministry"), 0, 0};
    PLAFOND_VERIFY_OK(stores.catalogue.saveBeneficiary(ministry));
    auto order = [&](const QString &number, qint64 quantityMilli, QList<QPair<OrderStatus, QDate>> steps) {
        PurchaseOrder o;
        o.number = number;
        o.lotId = lot.id;
        o.beneficiaryId = ministry.id;
        o.createdOn = steps.first().second;
        o.lines << OrderLine{0, 0, unit.id, quantityMilli, Money::fromCents(100'000), Money()};
        for (const auto &step : steps) {
            if (!Lifecycle::move(o, step.first, step.second))
                return false;
        }
        return stores.orders.saveOrder(o).ok();
    };
    QVERIFY(order(QStringLiteral("O1"), 50'000, {{OrderStatus::Issued, QDate(2024, 2, 1)}}));
    QVERIFY(order(QStringLiteral("O2"), 10'000,
                  {{OrderStatus::Issued, QDate(2024, 2, 5)}, {OrderStatus::Cancelled, QDate(2024, 3, 1)}}));
    Amendment onLot{0, contract.id, lot.id, QDate(2024, 6, 1), Money::fromCents(2'000'000), 0, QStringLiteral("lot")};
    Amendment onContract{0, contract.id, 0, QDate(2024, 6, 1), Money::fromCents(2'000'000), 0, QStringLiteral("contract")};
    QVERIFY(stores.contracts.saveAmendment(onLot) && stores.contracts.saveAmendment(onContract));
    m_contract = contract.id;
    m_lot = lot.id;
}

void TestGuiHeader::headerAndDashboardAgree_data()
{
    QTest::addColumn<bool>("lot");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QString>("maximum");
    QTest::addColumn<QString>("ordered");
    QTest::addColumn<QString>("percent");
    QTest::addColumn<QString>("remaining");
    // Before the signature the amendments do not count; the cancelled order never does (it was cancelled
    // before both dates).
    QTest::newRow("contract-before-amendment") << false << QDate(2024, 4, 1) << QStringLiteral("€100,000.00")
                                               << QStringLiteral("€50,000.00") << QStringLiteral("50.00%")
                                               << QStringLiteral("€50,000.00");
    QTest::newRow("contract-after-amendment") << false << QDate(2024, 7, 1) << QStringLiteral("€120,000.00")
                                              << QStringLiteral("€50,000.00") << QStringLiteral("41.67%")
                                              << QStringLiteral("€70,000.00");
    QTest::newRow("lot-before-amendment") << true << QDate(2024, 5, 31) << QStringLiteral("€100,000.00")
                                          << QStringLiteral("€50,000.00") << QStringLiteral("50.00%")
                                          << QStringLiteral("€50,000.00");
    QTest::newRow("lot-on-the-signature-day") << true << QDate(2024, 6, 1) << QStringLiteral("€120,000.00")
                                              << QStringLiteral("€50,000.00") << QStringLiteral("41.67%")
                                              << QStringLiteral("€70,000.00");
}

void TestGuiHeader::headerAndDashboardAgree()
{
    QFETCH(bool, lot);
    QFETCH(QDate, asOf);
    QFETCH(QString, maximum);
    QFETCH(QString, ordered);
    QFETCH(QString, percent);
    QFETCH(QString, remaining);
    MainWindow window;
    QString error;
    QVERIFY2(window.openDatabase(m_path, false, &error), qPrintable(error));
    QVERIFY(window.waitUntilLoaded());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectContractOrLot(m_contract, lot ? m_lot : 0);
    // The date is moved while the orders are shown: the header follows it at once.
    window.showOrders();
    window.dashboard()->setAsOf(asOf);
    auto *header = window.findChild<QLabel *>(QStringLiteral("selectionSummary"));
    QVERIFY(header);
    const QString title = lot ? QStringLiteral("Lot 1 — Expertise") : QStringLiteral("HDR-1 — Header contract");
    // Computed in a job: the header shows it when it comes.
    QVERIFY(window.waitUntilLoaded());
    QCOMPARE(header->text(),
             QStringLiteral("<b>%1</b> · as of %2<br>Maximum %3 · ordered %4 (%5) · service done €0.00 · invoiced €0.00"
                            " · paid €0.00 · remaining %6")
                 .arg(title, QLocale().toString(asOf, QLocale::ShortFormat), maximum, ordered, percent, remaining));
    // The dashboard's headline, once shown, says the same.
    window.showDashboard();
    QTRY_COMPARE(window.dashboard()->findChild<QLabel *>(QStringLiteral("maximumValue"))->text(), maximum);
    QCOMPARE(window.dashboard()->asOf(), asOf);
    QCOMPARE(window.dashboard()->findChild<QLabel *>(QStringLiteral("orderedValue"))->text(), ordered);
    QCOMPARE(window.dashboard()->findChild<QLabel *>(QStringLiteral("percentValue"))->text(), percent);
    QCOMPARE(window.dashboard()->findChild<QLabel *>(QStringLiteral("remainingValue"))->text(), remaining);
}

QTEST_MAIN(TestGuiHeader)
#include "tst_gui_header.moc"
