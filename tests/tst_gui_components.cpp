// SPDX-License-Identifier: GPL-3.0-or-later
// The "Components" tab on the demo: the coverage of each contract's stated scope and the catalogue filters.
#include "componentswidget.h"
#include "io/demodata.h"
#include "models/componentsmodel.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Plafond;

class GuiComponentsTest : public QObject
{
    Q_OBJECT

private slots:
    void demoCatalogue();
};

void GuiComponentsTest::demoCatalogue()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(DemoData::writeTo(path, &error), qPrintable(error));
    Workspace workspace;
    ComponentsWidget widget(&workspace);
    QAbstractItemModelTester modelTester(widget.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(widget.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(workspace.open(path, Database::OpenMode::MustExist, &error), qPrintable(error));
    widget.reload(); // whether open() signals or not, the tab shows the open database
    widget.show();

    auto *table = widget.findChild<QTableView *>(QStringLiteral("componentsTable"));
    auto *coverage = widget.findChild<QLabel *>(QStringLiteral("componentsCoverage"));
    auto *coverageFilter = widget.findChild<QComboBox *>(QStringLiteral("componentsCoverageFilter"));
    auto *lotFilter = widget.findChild<QComboBox *>(QStringLiteral("componentsLotFilter"));
    QVERIFY(table && coverage && coverageFilter && lotFilter);
    QCOMPARE(table->model()->rowCount(), 231);
    QVERIFY2(coverage->text().contains(QStringLiteral("ACIM-2012: 99 catalogued components covered, of 350")),
             qPrintable(coverage->text()));
    QVERIFY2(coverage->text().contains(QStringLiteral("MEF-ELL-2020: 0 catalogued components covered, of 208")),
             qPrintable(coverage->text()));

    coverageFilter->setCurrentIndex(2); // not covered
    QCOMPARE(table->model()->rowCount(), 132);
    coverageFilter->setCurrentIndex(0);
    QCOMPARE(lotFilter->count(), 8); // any lot, then the 7 lots of the two contracts
    lotFilter->setCurrentIndex(lotFilter->findText(QStringLiteral("ACIM-2012 lot 1")));
    QCOMPARE(lotFilter->currentText(), QStringLiteral("ACIM-2012 lot 1"));
    QCOMPARE(table->model()->rowCount(), 99);

    // A reload keeps the chosen filter.
    widget.reload();
    QCOMPARE(lotFilter->currentText(), QStringLiteral("ACIM-2012 lot 1"));
    QCOMPARE(table->model()->rowCount(), 99);
}

QTEST_MAIN(GuiComponentsTest)
#include "tst_gui_components.moc"
