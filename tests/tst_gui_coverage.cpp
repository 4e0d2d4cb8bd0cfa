// SPDX-License-Identifier: GPL-3.0-or-later
// Coverage matrix, declared use with its gap list, and upstream contributions, driven through their widgets on
// the demo, offscreen: each edit is undoable and every view follows it.
#include "componentuseswidget.h"
#include "contributionswidget.h"
#include "coveragematrixwidget.h"
#include "engine/contributions.h"
#include "io/demodata.h"
#include "models/componentusesmodel.h"
#include "models/contributionsmodel.h"
#include "models/coveragematrixmodel.h"
#include "models/roles.h"
#include "models/uncontributedordersmodel.h"
#include "models/usagegapsmodel.h"
#include "ordercommands.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Plafond;

class GuiCoverageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void matrixToggleAndUndo();
    void declaredUseAndGaps();
    void contributionChangesKpi();
    void orderEditUndoKeepsContributions();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
};

void GuiCoverageTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_path = m_dir.filePath(QStringLiteral("demo.plafond"));
    QString error;
    QVERIFY2(DemoData::writeTo(m_path, &error), qPrintable(error));
}

void GuiCoverageTest::init()
{
    m_workspace = std::make_unique<Workspace>();
    QString error;
    QVERIFY2(m_workspace->open(m_path, Database::OpenMode::MustExist, &error), qPrintable(error));
}

void GuiCoverageTest::cleanup()
{
    m_workspace.reset();
}

void GuiCoverageTest::matrixToggleAndUndo()
{
    CoverageMatrixWidget widget(m_workspace.get());
    QAbstractItemModelTester tester(widget.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    widget.show();
    auto *contract = widget.findChild<QComboBox *>(QStringLiteral("coverageMatrixContract"));
    auto *table = widget.findChild<QTableView *>(QStringLiteral("coverageMatrixTable"));
    auto *summary = widget.findChild<QLabel *>(QStringLiteral("coverageMatrixSummary"));
    QVERIFY(contract && table && summary);
    contract->setCurrentIndex(contract->findText(QStringLiteral("ACIM-2012")));
    QCOMPARE(table->model()->columnCount(), 2);
    QCOMPARE(summary->text(), QStringLiteral("ACIM-2012 lot 1: 99 component(s)"));
    const Id acim = contract->currentData().toLongLong();
    Stores &stores = m_workspace->stores();

    // The first component of the sorted view that lot 1 does not cover: Space on its cell covers it.
    int row = 0;
    while (table->model()->index(row, 1).data(Qt::CheckStateRole).toInt() == Qt::Checked)
        ++row;
    const QString name = table->model()->index(row, 0).data().toString();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 1));
    QTest::keyClick(table, Qt::Key_Space);
    QTRY_COMPARE(stores.components.coveredComponentCount(acim).value(), 100);
    QCOMPARE(summary->text(), QStringLiteral("ACIM-2012 lot 1: 100 component(s)"));
    QCOMPARE(m_workspace->undoStack()->undoText(), QStringLiteral("Cover a component"));
    int shown = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data().toString() == name)
            shown = r;
    }
    QVERIFY(shown >= 0);
    QCOMPARE(table->model()->index(shown, 1).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

    m_workspace->undoStack()->undo();
    QCOMPARE(stores.components.coveredComponentCount(acim), 99);
    QCOMPARE(summary->text(), QStringLiteral("ACIM-2012 lot 1: 99 component(s)"));
    QCOMPARE(table->model()->index(shown, 1).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    m_workspace->undoStack()->redo();
    QCOMPARE(stores.components.coveredComponentCount(acim), 100);
    m_workspace->undoStack()->undo();
    QCOMPARE(stores.components.coveredComponentCount(acim), 99);
}

void GuiCoverageTest::declaredUseAndGaps()
{
    ComponentUsesWidget widget(m_workspace.get());
    widget.setToday(QDate(2024, 7, 31));
    QAbstractItemModelTester usesTester(widget.usesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester gapsTester(widget.gapsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    widget.show();
    auto *beneficiary = widget.findChild<QComboBox *>(QStringLiteral("componentUsesBeneficiary"));
    auto *table = widget.findChild<QTableView *>(QStringLiteral("componentUsesTable"));
    auto *gaps = widget.findChild<QTableView *>(QStringLiteral("usageGapsTable"));
    auto *gapsTitle = widget.findChild<QLabel *>(QStringLiteral("usageGapsTitle"));
    QVERIFY(beneficiary && table && gaps && gapsTitle);
    QCOMPARE(gaps->model()->rowCount(), 7);
    int dgfip = -1;
    for (int i = 0; i < beneficiary->count(); ++i) {
        if (beneficiary->itemText(i).startsWith(QStringLiteral("DGFIP ")))
            dgfip = i;
    }
    QVERIFY(dgfip >= 0);
    beneficiary->setCurrentIndex(dgfip);

    // DGFIP declares a component no lot covers: a new gap.
    int row = 0;
    while (table->model()->index(row, 0).data(ComponentUsesModel::CoveredRole).toBool()
           || table->model()->index(row, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked)
        ++row;
    const QString name = table->model()->index(row, 0).data().toString();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Space);
    QTRY_COMPARE(gaps->model()->rowCount(), 8);
    QCOMPARE(gapsTitle->text(),
             QStringLiteral("Used but not covered: 8 declared use(s) of a component that no lot of any contract covers"));
    bool listed = false;
    for (int r = 0; r < gaps->model()->rowCount(); ++r) {
        listed = listed
            || (gaps->model()->index(r, UsageGapsModel::BeneficiaryColumn).data().toString() == QLatin1String("DGFIP")
                && gaps->model()->index(r, UsageGapsModel::ComponentColumn).data().toString() == name);
    }
    QVERIFY(listed);
    QCOMPARE(table->model()->index(row, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(table->model()->index(row, ComponentUsesModel::DeclaredOnColumn).data().toString(), QStringLiteral("7/31/24"));
    QCOMPARE(m_workspace->undoStack()->undoText(), QStringLiteral("Declare a component used"));

    // Covering it closes the gap; withdrawing the declaration too; each undone in turn.
    const Id componentId = table->model()->index(row, 0).data(IdRole).toLongLong();
    const Id lotId = m_workspace->stores().contracts.lots(m_workspace->stores().contracts.contractByReference(QStringLiteral("ACIM-2012"))->id).value().at(0).id;
    QVERIFY(m_workspace->stores().components.setComponentCovered(componentId, lotId, true));
    widget.reload();
    QCOMPARE(gaps->model()->rowCount(), 7);
    QVERIFY(m_workspace->stores().components.setComponentCovered(componentId, lotId, false));
    widget.reload();
    QCOMPARE(gaps->model()->rowCount(), 8);
    m_workspace->undoStack()->undo();
    QCOMPARE(gaps->model()->rowCount(), 7);
    QCOMPARE(table->model()->index(row, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    m_workspace->undoStack()->redo();
    QCOMPARE(gaps->model()->rowCount(), 8);
    // Unticking withdraws it.
    table->setCurrentIndex(table->model()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Space);
    QTRY_COMPARE(gaps->model()->rowCount(), 7);
    QCOMPARE(m_workspace->undoStack()->undoText(), QStringLiteral("Withdraw a declared use"));
}

void GuiCoverageTest::contributionChangesKpi()
{
    ContributionsWidget widget(m_workspace.get());
    QAbstractItemModelTester tester(widget.contributionsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester withoutTester(widget.withoutModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    widget.show();
    auto *contract = widget.findChild<QComboBox *>(QStringLiteral("contributionsContract"));
    auto *kpi = widget.findChild<QLabel *>(QStringLiteral("contributionsKpi"));
    auto *table = widget.findChild<QTableView *>(QStringLiteral("contributionsTable"));
    auto *without = widget.findChild<QTableView *>(QStringLiteral("contributionsWithout"));
    auto *add = widget.findChild<QPushButton *>(QStringLiteral("contributionsAdd"));
    QVERIFY(contract && kpi && table && without && add);
    contract->setCurrentIndex(contract->findText(QStringLiteral("MEF-ELL-2020")));
    widget.setAsOf(DemoData::snapshotDate());
    const QString before = kpi->text().section(QLatin1Char('\n'), 0, 0);
    QCOMPARE(before, QStringLiteral("Development ordered excl. VAT: \u20AC1,671,064.72; with a merged contribution: \u20AC806,496.57 (48.26 %)"));
    const int contributions = table->model()->rowCount();
    const int withoutCount = without->model()->rowCount();
    const QString order = without->model()->index(0, UncontributedOrdersModel::OrderColumn).data().toString();

    // Add a merged contribution to the first development order without one, through the dialog: its line of
    // 18,860.00 (23 days of DEV) joins the merged part: 806,496.57 + 18,860.00 = 825,356.57 of 1,671,064.72,
    // 49.3910… % → 49.39 % (before: 48.2621… % → 48.26 %).
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *line = dialog->findChild<QComboBox *>(QStringLiteral("contributionLine"));
        auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("contributionUrl"));
        auto *state = dialog->findChild<QComboBox *>(QStringLiteral("contributionState"));
        auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("contributionDate"));
        auto *component = dialog->findChild<QComboBox *>(QStringLiteral("contributionComponent"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        if (!line || !url || !state || !date || !component || !buttons)
            return;
        for (int i = 0; i < line->count(); ++i) {
            if (line->itemText(i).startsWith(order + QStringLiteral(" ·"))) {
                line->setCurrentIndex(i);
                break;
            }
        }
        component->setCurrentIndex(component->findText(QStringLiteral("Samba")));
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled()); // no address yet
        QTest::keyClicks(url, QStringLiteral("https://gitlab.com/samba-team/samba/-/merge_requests/4242"));
        state->setCurrentIndex(state->findText(QStringLiteral("merged")));
        date->setDate(QDate(2024, 7, 1));
        filled = buttons->button(QDialogButtonBox::Ok)->isEnabled();
        buttons->button(QDialogButtonBox::Ok)->click();
    });
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(filled);
    QCOMPARE(table->model()->rowCount(), contributions + 1);
    QCOMPARE(without->model()->rowCount(), withoutCount - 1);
    QCOMPARE(kpi->text().section(QLatin1Char('\n'), 0, 0), QStringLiteral("Development ordered excl. VAT: \u20AC1,671,064.72; with a merged contribution: \u20AC825,356.57 (49.39 %)"));
    QCOMPARE(m_workspace->undoStack()->undoText(), QStringLiteral("Add a contribution"));

    m_workspace->undoStack()->undo();
    QCOMPARE(kpi->text().section(QLatin1Char('\n'), 0, 0), before);
    QCOMPARE(table->model()->rowCount(), contributions);
    QCOMPARE(without->model()->rowCount(), withoutCount);
}

void GuiCoverageTest::orderEditUndoKeepsContributions()
{
    // An edit of a development order through the undoable order command (quantity changed, a line added),
    // undone and redone: the contributions of its line stay attached, the line keeps its identifier.
    Stores &stores = m_workspace->stores();
    const QList<Contribution> all = stores.components.contributions().value();
    QVERIFY(!all.isEmpty());
    const Contribution k = all.first();
    Id orderId = 0;
    for (const DevelopmentLine &line : stores.components.developmentLines()) {
        if (line.orderLineId == k.orderLineId)
            orderId = line.orderId;
    }
    const PurchaseOrder before = *stores.orders.order(orderId);
    PurchaseOrder after = before;
    int row = 0;
    while (after.lines.at(row).id != k.orderLineId)
        ++row;
    after.lines[row].quantityMilli += 1000;
    after.lines << after.lines.at(row);
    after.lines.last().id = 0;
    QString error;
    QVERIFY2(m_workspace->execute(new SaveOrdersCommand(m_workspace.get(), QStringLiteral("Edit order"),
                                                        {SaveOrdersCommand::Change{before, after, std::nullopt}}),
                                  &error),
             qPrintable(error));
    auto contributionsOfLine = [&] {
        int count = 0;
        for (const Contribution &c : stores.components.contributions())
            count += c.orderLineId == k.orderLineId ? 1 : 0;
        return count;
    };
    const int attached = contributionsOfLine();
    QVERIFY(attached >= 1);
    QCOMPARE(stores.orders.order(orderId)->lines.size(), before.lines.size() + 1);
    m_workspace->undoStack()->undo();
    QCOMPARE(stores.orders.order(orderId)->lines.size(), before.lines.size());
    QCOMPARE(stores.orders.order(orderId)->lines.at(row).id, k.orderLineId);
    QCOMPARE(stores.orders.order(orderId)->lines.at(row).quantityMilli, before.lines.at(row).quantityMilli);
    QCOMPARE(contributionsOfLine(), attached);
    m_workspace->undoStack()->redo();
    QCOMPARE(stores.orders.order(orderId)->lines.size(), before.lines.size() + 1);
    QCOMPARE(contributionsOfLine(), attached);
    m_workspace->undoStack()->undo();
}

QTEST_MAIN(GuiCoverageTest)
#include "tst_gui_coverage.moc"
