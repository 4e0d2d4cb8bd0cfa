// SPDX-License-Identifier: GPL-3.0-or-later
// The models of component coverage, declared use and upstream contributions, on the demo, each under
// QAbstractItemModelTester.
#include "engine/contributions.h"
#include "io/demodata.h"
#include "models/componentusesmodel.h"
#include "models/contributionsmodel.h"
#include "models/coveragematrixmodel.h"
#include "models/roles.h"
#include "models/uncontributedordersmodel.h"
#include "models/usagegapsmodel.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Plafond;

class CoverageModelsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matrix();
    void uses();
    void gaps();
    void contributions();

private:
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<Stores> m_repo;
    Contract m_acim;
    Contract m_ell;
};

void CoverageModelsTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString path = m_dir.filePath(QStringLiteral("demo.plafond"));
    QString error;
    QVERIFY2(DemoData::writeTo(path, &error), qPrintable(error));
    QVERIFY2(m_db.open(path, Database::OpenMode::MustExist, &error), qPrintable(error));
    m_repo = std::make_unique<Stores>(m_db);
    m_acim = *m_repo->contracts.contractByReference(QStringLiteral("ACIM-2012"));
    m_ell = *m_repo->contracts.contractByReference(QStringLiteral("MEF-ELL-2020"));
}

void CoverageModelsTest::matrix()
{
    CoverageMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload(*m_repo, 0);
    QCOMPARE(model.rowCount(), 231);
    QCOMPARE(model.columnCount(), 1 + 7); // the name, then the six lots of MEF-ELL-2020 and ACIM's one
    model.reload(*m_repo, m_acim.id);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("ACIM-2012 lot 1"));
    const Id lotId = model.lotIdOfColumn(1);
    int checked = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        checked += model.index(row, 1).data(Qt::CheckStateRole).toInt() == Qt::Checked ? 1 : 0;
    QCOMPARE(checked, 99);
    QCOMPARE(model.coveredCount(lotId), 99);
    QVERIFY(model.flags(model.index(0, 1)) & Qt::ItemIsUserCheckable);
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable));

    // Checking asks for the change and writes nothing itself.
    QSignalSpy spy(&model, &CoverageMatrixModel::coverageChangeRequested);
    int uncovered = 0;
    while (model.index(uncovered, 1).data(Qt::CheckStateRole).toInt() == Qt::Checked)
        ++uncovered;
    QVERIFY(model.setData(model.index(uncovered, 1), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), model.index(uncovered, 0).data(IdRole).toLongLong());
    QCOMPARE(spy.at(0).at(1).toLongLong(), lotId);
    QCOMPARE(spy.at(0).at(2).toBool(), true);
    QVERIFY(!model.setData(model.index(uncovered, 1), Qt::Unchecked, Qt::CheckStateRole)); // no change
    QCOMPARE(m_repo->components.coveredComponentCount(m_acim.id), 99);
}

void CoverageModelsTest::uses()
{
    ComponentUsesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    Id dgfip = 0;
    for (const Beneficiary &b : m_repo->catalogue.beneficiaries()) {
        if (b.code == QLatin1String("DGFIP"))
            dgfip = b.id;
    }
    model.reload(*m_repo, dgfip);
    QCOMPARE(model.rowCount(), 231);
    int used = 0;
    int usedCovered = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, ComponentUsesModel::NameColumn);
        if (index.data(Qt::CheckStateRole).toInt() == Qt::Checked) {
            ++used;
            usedCovered += index.data(ComponentUsesModel::CoveredRole).toBool() ? 1 : 0;
            QVERIFY(!model.index(row, ComponentUsesModel::DeclaredOnColumn).data().toString().isEmpty());
        }
    }
    QCOMPARE(used, 7);
    QCOMPARE(usedCovered, 7); // DGFIP's uses are all covered
    QSignalSpy spy(&model, &ComponentUsesModel::useChangeRequested);
    QVERIFY(model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole)
            || model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(spy.size(), 1);
    QVERIFY(!model.setData(model.index(0, ComponentUsesModel::CategoryColumn), Qt::Checked, Qt::CheckStateRole));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void CoverageModelsTest::gaps()
{
    UsageGapsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload(*m_repo);
    QCOMPARE(model.rowCount(), 7);
    QStringList pairs;
    for (int row = 0; row < model.rowCount(); ++row)
        pairs << model.index(row, UsageGapsModel::BeneficiaryColumn).data().toString() + QLatin1Char(':')
                     + model.index(row, UsageGapsModel::ComponentColumn).data().toString();
    QCOMPARE(pairs, (QStringList{QStringLiteral("DGDDI:PortraitOrLandscape"), QStringLiteral("DINUM:OpenSVC"),
                                 QStringLiteral("DNE:ARX Data Anonymization Tool"), QStringLiteral("IGN:NAPS2"),
                                 QStringLiteral("INSEE:Gravitee Community Edition"), QStringLiteral("MEAE:WAPT Community"),
                                 QStringLiteral("MEF:Acceleo")}));
}

void CoverageModelsTest::contributions()
{
    ContributionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload(*m_repo, m_acim.id);
    QCOMPARE(model.rowCount(), 50);
    model.reload(*m_repo, 0);
    QCOMPARE(model.rowCount(), 101);
    model.reload(*m_repo, m_ell.id);
    QCOMPARE(model.rowCount(), 51);
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(model.index(row, ContributionsModel::UrlColumn).data().toString().startsWith(QStringLiteral("https://")));
        QVERIFY(!model.index(row, ContributionsModel::OrderColumn).data().toString().isEmpty());
        QCOMPARE(model.index(row, ContributionsModel::WorkUnitColumn).data().toString(), QStringLiteral("DEV"));
    }

    UncontributedOrdersModel without;
    QAbstractItemModelTester withoutTester(&without, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto kpi = ContributionsEngine::compute(*m_repo, m_ell.id, DemoData::snapshotDate());
    QVERIFY(kpi);
    without.setOrders(kpi->without);
    QCOMPARE(without.rowCount(), int(kpi->without.size()));
    QVERIFY(without.rowCount() > 0);
    qint64 cents = 0;
    for (int row = 0; row < without.rowCount(); ++row)
        cents += without.index(row, UncontributedOrdersModel::DevelopmentColumn).data(CentsRole).toLongLong();
    QVERIFY(cents > 0);
    QVERIFY(cents <= kpi->share.developmentHt.cents() - kpi->share.mergedHt.cents());
    without.setOrders({});
    QCOMPARE(without.rowCount(), 0);
}

QTEST_GUILESS_MAIN(CoverageModelsTest)
#include "tst_coveragemodels.moc"
