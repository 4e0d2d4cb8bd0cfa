// SPDX-License-Identifier: GPL-3.0-or-later
// The engine and the orders table on the target volume: 20 contracts, 200,000 orders, ~600,000 lines in an
// SQLite file generated once (DataGenerator, scale 20) and kept between runs:
//   cmake --build build-rel --target bench_engine && ./build-rel/tests/bench/bench_engine
// PLAFOND_BENCH_DB names the file (default /tmp/plafond-bench-scale20.sqlite); PLAFOND_BENCH_SCALE the scale.
#include "engine/consumption.h"
#include "engine/summary.h"
#include "io/datagenerator.h"
#include "models/orderstablemodel.h"
#include "storage/stores.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QtTest>

using namespace Plafond;

class BenchEngine : public QObject
{
    Q_OBJECT

private:
    Database m_db;
    std::unique_ptr<Stores> m_repo;
    Id m_contract = 0;
    QDate m_asOf{2024, 12, 31};

private slots:
    void initTestCase()
    {
        const QString path = qEnvironmentVariable("PLAFOND_BENCH_DB", QStringLiteral("/tmp/plafond-bench-scale20.sqlite"));
        const int scale = qEnvironmentVariableIsSet("PLAFOND_BENCH_SCALE") ? qEnvironmentVariableIntValue("PLAFOND_BENCH_SCALE") : 20;
        const bool exists = QFileInfo::exists(path);
        QString error;
        QVERIFY2(m_db.open(path, Database::OpenMode::CreateIfMissing, &error), qPrintable(error));
        m_repo = std::make_unique<Stores>(m_db);
        if (!exists) {
            QElapsedTimer timer;
            timer.start();
            QVERIFY2(DataGenerator::write(*m_repo, scale, &error), qPrintable(error));
            qInfo("generated scale %d in %lld ms", scale, timer.elapsed());
        }
        m_contract = m_repo->contracts.contractByReference(QStringLiteral("GEN-001"))->id;
    }

    void loadOrderRows()
    {
        QBENCHMARK {
            QVERIFY(m_repo->orders.orderRows()->size() >= DataGenerator::ordersPerContract);
        }
    }

    void reloadOrdersModel()
    {
        OrdersTableModel model;
        QBENCHMARK {
            model.reload(*m_repo);
        }
    }

    void consumptionOfOneContract()
    {
        QBENCHMARK {
            QVERIFY(ConsumptionEngine::compute(*m_repo, m_contract, m_asOf).has_value());
        }
    }

    void summaryOfAllContracts()
    {
        QBENCHMARK {
            QVERIFY(Summary::compute(*m_repo, m_asOf).has_value());
        }
    }
};

QTEST_GUILESS_MAIN(BenchEngine)
#include "bench_engine.moc"
