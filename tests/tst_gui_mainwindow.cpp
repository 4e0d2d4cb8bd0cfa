// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven as a user would, offscreen, on the demo database.
#include "language.h"
#include "mainwindow.h"
#include "ordereditordialog.h"
#include "workspace.h"

#include "io/demodata.h"
#include "models/orderlinesmodel.h"
#include "models/ordersfilterproxy.h"
#include "models/orderstablemodel.h"
#include "storage/stores.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

using namespace Plafond;

class TestGuiMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoPath;

    // Sum of the orders shown, computed from the database, independently of the proxy's own total.
    static qint64 expectedTotal(Stores &stores, const std::function<bool(const OrderRow &)> &keep)
    {
        qint64 cents = 0;
        for (const OrderRow &row : stores.orders.orderRows()) {
            if (keep(row))
                cents += row.totalHt.cents();
        }
        return cents;
    }

    static QString totalsFor(int count, qint64 ht, qint64 ttc)
    {
        const QLocale locale;
        return MainWindow::tr("%n order(s) · %1 excl. VAT · %2 incl. VAT", nullptr, count)
            .arg(Money::fromCents(ht).toString(locale), Money::fromCents(ttc).toString(locale));
    }

    // Runs `fill` on the order editor as soon as it is shown (it is modal: exec() blocks until it closes).
    static void whenEditorShown(const std::function<void(OrderEditorDialog *)> &fill)
    {
        QTimer::singleShot(0, [fill] {
            auto *dialog = qobject_cast<OrderEditorDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            fill(dialog);
        });
    }

    // Through the selection model: QTableView::selectRow() reads the keyboard modifiers left by the last
    // simulated shortcut, and Ctrl+Shift would turn the selection into a toggle.
    static void selectFirstRow(MainWindow &window)
    {
        QTableView *view = window.ordersView();
        view->selectionModel()->select(view->model()->index(0, 0),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_demoPath = m_dir.filePath(QStringLiteral("demo.plafond"));
        Database db;
        QString error;
        QVERIFY2(db.open(m_demoPath, Database::OpenMode::CreateIfMissing, &error), qPrintable(error));
        Stores stores(db);
        QVERIFY2(DemoData::write(stores, &error), qPrintable(error));
    }

    void openFilterCreateUndo()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openDatabase(m_demoPath, false, &error), qPrintable(error));
        QVERIFY(window.waitUntilLoaded());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractItemModelTester tester(window.ordersProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        Stores &stores = window.workspace()->stores();

        // Opened: every order is listed, and the status bar adds them up.
        const QList<OrderRow> rows = stores.orders.orderRows().value();
        QVERIFY(rows.size() >= 300);
        QCOMPARE(window.ordersProxy()->rowCount(), rows.size());
        qint64 allTtc = 0;
        for (const OrderRow &r : rows)
            allTtc += r.totalTtc.cents();
        const qint64 allHt = expectedTotal(stores, [](const OrderRow &) { return true; });
        QCOMPARE(window.totalsText(), totalsFor(int(rows.size()), allHt, allTtc));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("demoBanner"))->isVisible());

        // Filter: typing in the search field, then the status, then a lot in the tree.
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
        QTest::keyClicks(search, QStringLiteral("BC-2021"));
        const auto in2021 = [](const OrderRow &r) { return r.number.contains(QLatin1String("BC-2021")); };
        const int count2021 = int(std::count_if(rows.begin(), rows.end(), in2021));
        QVERIFY(count2021 > 0);
        QCOMPARE(window.ordersProxy()->rowCount(), count2021);
        QCOMPARE(window.ordersProxy()->totalHt().cents(), expectedTotal(stores, in2021));

        auto *status = window.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(int(OrderStatus::Paid)));
        const auto paid2021 = [&](const OrderRow &r) { return in2021(r) && r.status == OrderStatus::Paid; };
        QCOMPARE(window.ordersProxy()->rowCount(), int(std::count_if(rows.begin(), rows.end(), paid2021)));
        QCOMPARE(window.ordersProxy()->totalHt().cents(), expectedTotal(stores, paid2021));
        QVERIFY(window.totalsText().contains(Money::fromCents(expectedTotal(stores, paid2021)).toString(QLocale())));

        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)); // clear filters
        QCOMPARE(search->text(), QString());
        QCOMPARE(window.ordersProxy()->rowCount(), rows.size());

        const Contract ell = *stores.contracts.contractByReference(QStringLiteral("MEF-ELL-2020"));
        const Lot lot2 = stores.contracts.lots(ell.id).value().at(1);
        window.selectContractOrLot(ell.id, lot2.id);
        const auto onLot2 = [&](const OrderRow &r) { return r.lotId == lot2.id; };
        const qint64 lot2Before = expectedTotal(stores, onLot2);
        const int lot2Count = int(std::count_if(rows.begin(), rows.end(), onLot2));
        QCOMPARE(window.ordersProxy()->rowCount(), lot2Count);
        QCOMPARE(window.ordersProxy()->totalHt().cents(), lot2Before);

        // Create an order through the dialog: 2.5 days of the lot's first work unit, priced from the schedule.
        const WorkUnit unit = stores.catalogue.workUnits(lot2.id).value().first();
        const QDate issued(2023, 3, 15);
        const Money price = *unit.priceOn(issued);
        const qint64 expectedAmount = Money::lineAmount(2500, price)->cents();
        QString orderNumber;
        whenEditorShown([&](OrderEditorDialog *dialog) {
            dialog->findChild<QDateEdit *>(QStringLiteral("date"))->setDate(issued);
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // no line yet
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addLine")), Qt::LeftButton);
            auto *lines = dialog->linesModel();
            QVERIFY(lines->setData(lines->index(0, OrderLinesModel::QuantityColumn), QStringLiteral("2.5")));
            QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("totalHt"))->text(),
                     Money::fromCents(expectedAmount).toString(QLocale()));
            QVERIFY(ok->isEnabled());
            orderNumber = dialog->findChild<QLineEdit *>(QStringLiteral("number"))->text();
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        window.newOrder();
        QCOMPARE(orderNumber, QStringLiteral("BC-2023-%1").arg(orderNumber.right(4)));
        QCOMPARE(window.ordersProxy()->rowCount(), lot2Count + 1);
        QCOMPARE(window.ordersProxy()->totalHt().cents(), lot2Before + expectedAmount);

        // Undo with the keyboard: the order is gone and the totals are back.
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keySequence(&window, QKeySequence::Undo);
        QCOMPARE(window.ordersProxy()->rowCount(), lot2Count);
        QCOMPARE(window.ordersProxy()->totalHt().cents(), lot2Before);
        QCOMPARE(expectedTotal(stores, onLot2), lot2Before);

        // Redo brings it back, with the same number.
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QCOMPARE(window.ordersProxy()->rowCount(), lot2Count + 1);
        QCOMPARE(window.ordersProxy()->totalHt().cents(), lot2Before + expectedAmount);

        // Lifecycle on the selected order: service done, then a step out of order is refused.
        search->setText(orderNumber);
        QCOMPARE(window.ordersProxy()->rowCount(), 1);
        selectFirstRow(window);
        QCOMPARE(window.selectedOrderIds().size(), 1);
        QVERIFY(window.moveSelectedOrders(OrderStatus::Done, QDate(2023, 4, 1), &error));
        QCOMPARE(window.ordersProxy()->index(0, OrdersTableModel::StatusColumn).data().toString(), QStringLiteral("Service done"));
        selectFirstRow(window);
        QVERIFY(!window.moveSelectedOrders(OrderStatus::Paid, QDate(2023, 4, 2), &error));
        QCOMPARE(error, QStringLiteral("Order %1 cannot go from \"Service done\" to \"Paid\": the next step is \"Invoiced\".")
                            .arg(orderNumber));
        QTest::keySequence(&window, QKeySequence::Undo);
        QCOMPARE(window.ordersProxy()->index(0, OrdersTableModel::StatusColumn).data().toString(), QStringLiteral("Issued"));
    }

    void ceilingOverrideIsExplicitAndLogged()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openDatabase(m_demoPath, false, &error), qPrintable(error));
        QVERIFY(window.waitUntilLoaded());
        window.show();
        Stores &stores = window.workspace()->stores();
        const Contract ell = *stores.contracts.contractByReference(QStringLiteral("MEF-ELL-2020"));
        const Lot lot = stores.contracts.lots(ell.id).value().first();
        const Money maximum = *stores.contracts.effectiveLotMaximum(lot.id);
        const Money ordered = *stores.orders.orderedOnLot(lot.id, 0);
        const WorkUnit unit = stores.catalogue.workUnits(lot.id).value().first();
        const QDate issued(2023, 6, 1);
        const Money price = *unit.priceOn(issued);
        // Enough days to go past the maximum by at least one day's price.
        const qint64 days = (maximum.cents() - ordered.cents()) / price.cents() + 2;
        window.selectContractOrLot(ell.id, lot.id);
        const int before = window.ordersProxy()->rowCount();
        whenEditorShown([&](OrderEditorDialog *dialog) {
            dialog->findChild<QDateEdit *>(QStringLiteral("date"))->setDate(issued);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addLine")), Qt::LeftButton);
            auto *lines = dialog->linesModel();
            QVERIFY(lines->setData(lines->index(0, OrderLinesModel::QuantityColumn), QVariant(days * 1000)));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            auto *override = dialog->findChild<QCheckBox *>(QStringLiteral("override"));
            QVERIFY(override->isVisibleTo(dialog));
            QVERIFY(!ok->isEnabled());
            QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("problem"))->text(),
                     QStringLiteral("This order goes past the lot's maximum: it is refused unless you override the maximum explicitly."));
            override->setChecked(true);
            QVERIFY(!ok->isEnabled()); // a reason is required
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("overrideReason")), QStringLiteral("Urgent security fix"));
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        window.newOrder();
        QCOMPARE(window.ordersProxy()->rowCount(), before + 1);
        Id created = 0;
        for (const OrderRow &r : stores.orders.orderRows()) {
            if (r.ceilingOverride && r.lotId == lot.id && r.issuedOn == issued)
                created = r.id;
        }
        QVERIFY(created);
        QCOMPARE(stores.orders.order(created)->overrideReason, QStringLiteral("Urgent security fix"));
        QCOMPARE(stores.orders.ceilingOverrideCount(created), 1);
        window.workspace()->undoStack()->undo();
        QVERIFY(!stores.orders.order(created));
        QCOMPARE(stores.orders.ceilingOverrideCount(created), 0);
    }

    void languageSwitchesAtRuntime()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openDatabase(m_demoPath, false, &error), qPrintable(error));
        QVERIFY(window.waitUntilLoaded());
        window.show();
        const QList<QAction *> menus = window.menuBar()->actions();
        QCOMPARE(menus.first()->text(), QStringLiteral("&File"));
        window.findChild<QAction *>(QStringLiteral("actionFrench"))->trigger();
        // QEvent::LanguageChange is posted to the widgets: wait for it.
        QTRY_COMPARE(menus.first()->text(), QStringLiteral("&Fichier"));
        QCOMPARE(window.ordersModel()->headerData(OrdersTableModel::AmountHtColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Montant HT"));
        // Amounts follow the language: French grouping and the euro sign after the amount.
        const QString amount = window.ordersProxy()->index(0, OrdersTableModel::AmountHtColumn).data().toString();
        QVERIFY2(amount.endsWith(QStringLiteral("\u00A0€")), qPrintable(amount));
        QVERIFY(window.totalsText().contains(QStringLiteral("commande")));
        window.findChild<QAction *>(QStringLiteral("actionEnglish"))->trigger();
        QTRY_COMPARE(menus.first()->text(), QStringLiteral("&File"));
        QVERIFY(window.ordersProxy()->index(0, OrdersTableModel::AmountHtColumn).data().toString().startsWith(QStringLiteral("€")));
    }
};

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_mainwindow.moc"
