// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of the orders table at the scale of docs/DOMAIN.md (200,000 orders): loading the rows from SQLite
// in one aggregated query, and filtering / sorting them in the proxy. Run on demand:
//   cmake --build build --target bench_orders && ./build/tests/bench/bench_orders
// Targets: a filter change well under 50 ms; results are reported in tests/bench/README.md.
#include "models/ordersfilterproxy.h"
#include "models/orderstablemodel.h"
#include "storage/stores.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Plafond;

class BenchOrders : public QObject
{
    Q_OBJECT

private:
    static constexpr int orderCount = 200000;
    QList<OrderRow> m_rows;
    QTemporaryDir m_dir;
    Database m_db;

private slots:
    void initTestCase()
    {
        // Deterministic synthetic rows: 20 contracts, 6 lots each, 60 beneficiaries, every status.
        m_rows.reserve(orderCount);
        quint64 state = 0x9E3779B97F4A7C15ULL;
        auto next = [&state] {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            return state * 0x2545F4914F6CDD1DULL;
        };
        for (int i = 0; i < orderCount; ++i) {
            OrderRow r;
            r.id = i + 1;
            r.contractId = 1 + i % 20;
            r.contractReference = QStringLiteral("CTR-%1").arg(r.contractId, 2, 10, QLatin1Char('0'));
            r.lotNumber = 1 + int(next() % 6);
            r.lotId = r.contractId * 10 + r.lotNumber;
            r.beneficiaryId = 1 + qint64(next() % 60);
            r.beneficiaryCode = QStringLiteral("B%1").arg(r.beneficiaryId);
            r.beneficiaryName = QStringLiteral("Beneficiary %1").arg(r.beneficiaryId);
            r.number = QStringLiteral("BC-%1-%2").arg(2015 + i % 10).arg(i, 6, 10, QLatin1Char('0'));
            r.commitmentNumber = QString::number(1300000000 + i);
            r.status = static_cast<OrderStatus>(next() % 6);
            r.issuedOn = QDate(2015, 1, 1).addDays(qint64(next() % 3650));
            r.lastStepOn = r.issuedOn.addDays(30);
            r.totalHt = Money::fromCents(qint64(next() % 10'000'000));
            r.totalTtc = Money::fromCents(r.totalHt.cents() * 12 / 10);
            m_rows << r;
        }
    }

    void filterByText()
    {
        OrdersTableModel model;
        OrdersFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setRows(m_rows);
        QBENCHMARK {
            proxy.setText(QStringLiteral("bc-2019-01"));
            QVERIFY(proxy.rowCount() > 0); // the proxy maps lazily: ask for the rows
            proxy.setText(QString());
            QCOMPARE(proxy.rowCount(), orderCount);
        }
    }

    void filterByLotAndStatus()
    {
        OrdersTableModel model;
        OrdersFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setRows(m_rows);
        QBENCHMARK {
            proxy.setLot(33);
            QVERIFY(proxy.rowCount() > 0);
            proxy.setStatus(OrderStatus::Paid);
            QVERIFY(proxy.rowCount() > 0);
            proxy.setStatus(std::nullopt);
            proxy.setLot(0);
            QCOMPARE(proxy.rowCount(), orderCount);
        }
    }

    void sortByAmount()
    {
        OrdersTableModel model;
        OrdersFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setRows(m_rows);
        QBENCHMARK {
            proxy.sort(OrdersTableModel::AmountHtColumn, Qt::AscendingOrder);
            proxy.sort(OrdersTableModel::AmountHtColumn, Qt::DescendingOrder);
        }
    }

    void sortSourceOnly()
    {
        OrdersTableModel model;
        model.setRows(m_rows);
        QBENCHMARK {
            model.sort(OrdersTableModel::AmountHtColumn, Qt::AscendingOrder);
            model.sort(OrdersTableModel::AmountHtColumn, Qt::DescendingOrder);
        }
    }

    void totalsOfFilteredRows()
    {
        OrdersTableModel model;
        OrdersFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setRows(m_rows);
        QBENCHMARK {
            QVERIFY(proxy.totalHt().cents() > 0);
        }
    }
};

QTEST_GUILESS_MAIN(BenchOrders)
#include "bench_orders.moc"
