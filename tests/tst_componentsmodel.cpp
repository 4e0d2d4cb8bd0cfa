// SPDX-License-Identifier: GPL-3.0-or-later
// The component catalogue model and its filter proxy, on the demo database (ACIM-2012 lot 1 covers the 99
// entries of the SILL support list) and on the 2022 JSON (categories), under QAbstractItemModelTester.
#include "io/demodata.h"
#include "io/sillimport.h"
#include "models/componentsmodel.h"
#include "models/roles.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Plafond;

class ComponentsModelTest : public QObject
{
    Q_OBJECT

private slots:
    void coverageFilters();
    void categoryFilter();
};

void ComponentsModelTest::coverageFilters()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(DemoData::writeTo(path, &error), qPrintable(error));
    Database database;
    QVERIFY(database.open(path, Database::OpenMode::MustExist));
    Stores stores(database);

    ComponentsModel model;
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ComponentsFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload(stores);
    QCOMPARE(model.rowCount(), 231);
    QCOMPARE(model.columnCount(), int(ComponentsModel::ColumnCount));

    proxy.setCoverage(ComponentsFilterProxy::Coverage::Covered);
    QCOMPARE(proxy.rowCount(), 99);
    proxy.setCoverage(ComponentsFilterProxy::Coverage::NotCovered);
    QCOMPARE(proxy.rowCount(), 132);
    proxy.setCoverage(ComponentsFilterProxy::Coverage::Any);

    const auto acim = stores.contracts.contractByReference(QStringLiteral("ACIM-2012"));
    QVERIFY(acim);
    const Id acimLot = stores.contracts.lots(acim->id).value().first().id;
    proxy.setLotId(acimLot);
    QCOMPARE(proxy.rowCount(), 99);
    QCOMPARE(proxy.index(0, ComponentsModel::LotsColumn).data().toString(), QStringLiteral("ACIM-2012 lot 1"));
    const auto ell = stores.contracts.contractByReference(QStringLiteral("MEF-ELL-2020"));
    proxy.setLotId(stores.contracts.lots(ell->id).value().first().id);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setLotId(0);
    QCOMPARE(proxy.rowCount(), 231);

    // Sorted on the raw identifier: 2 before 10.
    proxy.sort(ComponentsModel::SillIdColumn);
    QCOMPARE(proxy.index(0, ComponentsModel::SillIdColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(proxy.index(1, ComponentsModel::SillIdColumn).data().toString(), QStringLiteral("2"));

    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void ComponentsModelTest::categoryFilter()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("p.sqlite")), Database::OpenMode::CreateIfMissing));
    Stores stores(database);
    QFile file(QStringLiteral(PLAFOND_SHARED_DATA "/sill/etalab-sill-contents_sill.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    SillImport import;
    QVERIFY(import.prepare(stores, file.readAll(), file.fileName()));
    QVERIFY(import.apply(stores));

    ComponentsModel model;
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ComponentsFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload(stores);
    QCOMPARE(model.rowCount(), 240);
    // Counted from the file: 30 entries of this category ("c").
    proxy.setCategory(QStringLiteral("Consultation et édition de documents"));
    QCOMPARE(proxy.rowCount(), 30);
    proxy.setCoverage(ComponentsFilterProxy::Coverage::Covered); // no lot covers anything here
    QCOMPARE(proxy.rowCount(), 0);
}

QTEST_GUILESS_MAIN(ComponentsModelTest)
#include "tst_componentsmodel.moc"
