// SPDX-License-Identifier: GPL-3.0-or-later
// The change notice reaches the orders table row by row: an edit, a removal and their undo update the rows
// concerned (dataChanged, rowsRemoved, rowsInserted), never a reset of the whole table; the other pages reload
// only for what they show, and only once seen.
#include "amendmentswidget.h"
#include "language.h"
#include "mainwindow.h"
#include "ordercommands.h"
#include "workspace.h"

#include "io/demodata.h"
#include "models/orderstablemodel.h"
#include "storage/stores.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Plafond;

class RowNoticeTest : public QObject
{
    Q_OBJECT

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

    void editRemoveAndUndoTouchOnlyTheirRows()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openDatabase(m_demoPath, false, &error), qPrintable(error));
        QVERIFY(window.waitUntilLoaded());
        OrdersTableModel *model = window.ordersModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Workspace *workspace = window.workspace();
        const int rows = model->rowCount();
        QVERIFY(rows >= 300);

        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);

        // An edit of one order: its row changes, in place.
        const int row = 7;
        const Id id = model->orderRow(row).id;
        const PurchaseOrder before = *workspace->stores().orders.order(id);
        PurchaseOrder after = before;
        after.commitmentNumber = QStringLiteral("2100999999");
        QVERIFY2(workspace->execute(new SaveOrdersCommand(workspace, QStringLiteral("edit"), {{before, after, std::nullopt}}),
                                    &error),
                 qPrintable(error));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), row);
        QCOMPARE(model->orderRow(row).commitmentNumber, QStringLiteral("2100999999"));
        QCOMPARE(model->rowCount(), rows);

        workspace->undoStack()->undo();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(model->orderRow(row).commitmentNumber, before.commitmentNumber);

        // A removal: one row out; its undo: the same row back at the same place.
        const PurchaseOrder stored = *workspace->stores().orders.order(id);
        QVERIFY2(workspace->execute(new SaveOrdersCommand(workspace, QStringLiteral("remove"), {{stored, std::nullopt, std::nullopt}}),
                                    &error),
                 qPrintable(error));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), row);
        QCOMPARE(model->rowCount(), rows - 1);
        QCOMPARE(model->rowOfOrder(id), -1);

        workspace->undoStack()->undo();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), row);
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(model->rowOfOrder(id), row);
        QCOMPARE(model->orderRow(row).number, before.number);
    }

    // An edit of orders reloads only the pages that show orders, and a page behind another tab waits until it
    // is chosen; the pages about contracts and the catalogue ignore it.
    void pagesReloadOnlyWhatTheyShow()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openDatabase(m_demoPath, false, &error), qPrintable(error));
        QVERIFY(window.waitUntilLoaded());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showOrders();
        auto *contributions = window.findChild<QWidget *>(QStringLiteral("contributionsPage"));
        auto *amendments = window.findChild<AmendmentsWidget *>();
        QVERIFY(contributions && amendments);
        QVERIFY(!contributions->isVisible());
        QSignalSpy contributionsReset(contributions->findChild<QTableView *>()->model(), &QAbstractItemModel::modelReset);
        QSignalSpy amendmentsReset(amendments->findChild<QTableView *>()->model(), &QAbstractItemModel::modelReset);

        Workspace *workspace = window.workspace();
        const Id id = window.ordersModel()->orderRow(3).id;
        const PurchaseOrder before = *workspace->stores().orders.order(id);
        PurchaseOrder after = before;
        after.commitmentNumber = QStringLiteral("2100888888");
        QVERIFY2(workspace->execute(new SaveOrdersCommand(workspace, QStringLiteral("edit"), {{before, after, std::nullopt}}),
                                    &error),
                 qPrintable(error));
        QCOMPARE(contributionsReset.count(), 0); // hidden: later
        QCOMPARE(amendmentsReset.count(), 0);    // amendments are not orders

        // Chosen: the contributions page reads what changed, once.
        for (QWidget *child = contributions; child && child != &window; child = child->parentWidget()) {
            if (auto *tabs = qobject_cast<QTabWidget *>(child->parentWidget() ? child->parentWidget()->parentWidget() : nullptr))
                tabs->setCurrentWidget(child);
        }
        QVERIFY(contributions->isVisible());
        QCOMPARE(contributionsReset.count(), 1);
        QCOMPARE(amendmentsReset.count(), 0);
        // Seen: the next edit reloads it at once.
        workspace->undoStack()->undo();
        QCOMPARE(contributionsReset.count(), 2);
        QCOMPARE(amendmentsReset.count(), 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_demoPath;
};

QTEST_MAIN(RowNoticeTest)
#include "tst_gui_rownotice.moc"
