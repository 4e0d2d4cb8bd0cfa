// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the tests of the plafond executable on a hand-computed contract (tst_cli, tst_cli_summary) share:
// that contract written to a file once for the test class, and plafond run with its settings kept apart.

#include "plafondprocess.h"

#include "domain/lifecycle.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest>

#include <utility>

namespace PlafondTest {

// The test classes derive from it, next to QObject, and call openFixture() from their initTestCase().
class CliFixture
{
protected:
    // Fails the current test when plafond is not built or the fixture cannot be written.
    void openFixture()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(QStringLiteral(PLAFOND_BINARY)), "build the plafond target first");
        m_fixture = m_dir.filePath(QStringLiteral("fixture.plafond"));
        QString error;
        QVERIFY2(buildFixture(m_fixture, &error), qPrintable(error));
    }

    PlafondTest::Run run(const QStringList &arguments)
    {
        // English messages, and the user's settings and data folder kept out of reach.
        return PlafondTest::runPlafond(arguments, PlafondTest::plafondEnvironment(m_dir.path()), 120000);
    }

    // A small contract whose every figure is computed by hand below. Two lots; prices with a change on
    // 2023-07-01; orders at every step; one lot amendment (counts from 2023-06-01) and one contract amendment
    // (counts from 2024-01-15).
    //
    //   order  lot  beneficiary  lines                                  created     issued      done        invoiced    paid        cancelled
    //   O1     1    MIN          A 10 d × 1000.00 = 10000.00            2023-02-01  2023-02-05  2023-03-10  2023-03-20  2023-04-15
    //                            B 2.5 d × 812.35 = 2030.875 → 2030.88
    //   O2     1    DIR          A 3.5 d × 1100.00 = 3850.00            2023-07-25  2023-08-01  2023-09-10  2023-10-01  2023-11-01
    //   O3     2    OTHER        C 7 × 250.50 = 1753.50                 2023-03-01  2023-03-02                                      2023-09-20
    //   O4     2    DIR          C 40 × 250.50 = 10020.00               2023-06-05  2023-06-10  2023-07-01  2023-07-20
    //   O5     1    MIN          A 1 d × 1100.00 (draft)                2023-09-01
    //   O6     1    OTHER        B 0.333 d × 812.35 = 270.51255 → 270.51 2023-09-05  2023-09-10
    //   O7     2    MIN          C 10 × 250.50 = 2505.00                2023-09-14  2023-09-16
    static bool buildFixture(const QString &path, QString *error)
    {
        using namespace Plafond;
        Database database;
        if (!database.open(path, Database::OpenMode::CreateIfMissing, error))
            return false;
        Stores stores(database);
        auto failed = [&](const Status &status) {
            if (!status)
                *error = status.message();
            return status.ok();
        };
        Contract contract;
        contract.reference = QStringLiteral("TEST-1");
        contract.title = QStringLiteral("Test contract");
        contract.buyer = QStringLiteral("Test buyer");
        contract.startOn = QDate(2023, 1, 1);
        contract.durationMonths = 12;
        contract.maxHt = Money::fromCents(10000000);
        contract.minHt = Money::fromCents(3000000);
        if (const Status status = stores.contracts.saveContract(contract); !status)
            return failed(status);
        Lot lot1;
        lot1.contractId = contract.id;
        lot1.number = 1;
        lot1.title = QStringLiteral("Lot one");
        lot1.maxHt = Money::fromCents(6000000);
        Lot lot2;
        lot2.contractId = contract.id;
        lot2.number = 2;
        lot2.title = QStringLiteral("Lot two");
        lot2.maxHt = Money::fromCents(1000000);
        lot2.minHt = Money::fromCents(500000);
        if (const Status status = stores.contracts.saveLot(lot1); !status)
            return failed(status);
        if (const Status status = stores.contracts.saveLot(lot2); !status)
            return failed(status);
        WorkUnit a{0, lot1.id, QStringLiteral("A"), QStringLiteral("Audit"), QStringLiteral("Audit"), QStringLiteral("day"),
                   {{0, 0, QDate(2023, 1, 1), Money::fromCents(100000)}, {0, 0, QDate(2023, 7, 1), Money::fromCents(110000)}}, 0};
        WorkUnit b{0, lot1.id, QStringLiteral("B"), QStringLiteral("Développement"), QStringLiteral("Development"),
                   QStringLiteral("day"), {{0, 0, QDate(2023, 1, 1), Money::fromCents(81235)}}, 0};
        WorkUnit c{0, lot2.id, QStringLiteral("C"), QStringLiteral("Support"), QStringLiteral("Support"), QStringLiteral("ticket"),
                   {{0, 0, QDate(2023, 1, 1), Money::fromCents(25050)}}, 0};
        if (const Status status = stores.catalogue.saveWorkUnit(a); !status)
            return failed(status);
        if (const Status status = stores.catalogue.saveWorkUnit(b); !status)
            return failed(status);
        if (const Status status = stores.catalogue.saveWorkUnit(c); !status)
            return failed(status);
        QList<WorkUnitBudget> budgets{{0, a.id, 2023, 20000}, {0, a.id, 2024, 10000}, {0, c.id, 2023, 100000}};
        for (WorkUnitBudget &budget : budgets) {
            if (const Status status = stores.catalogue.saveBudget(budget); !status)
                return failed(status);
        }
        QHash<QString, Id> beneficiaries;
        for (const auto &[code, parent] : {std::pair{"MIN", ""}, std::pair{"DIR", "MIN"}, std::pair{"OTHER", ""}}) {
            Beneficiary beneficiary{0, QLatin1String(code), QLatin1String(code) + QStringLiteral(" name"),
                                    beneficiaries.value(QLatin1String(parent)), 0};
            if (const Status status = stores.catalogue.saveBeneficiary(beneficiary); !status)
                return failed(status);
            beneficiaries.insert(beneficiary.code, beneficiary.id);
        }
        Amendment lotAmendment{0, contract.id, lot2.id, QDate(2023, 6, 1), Money::fromCents(300000), 0, QStringLiteral("lot 2 +3000")};
        Amendment contractAmendment{0, contract.id, 0, QDate(2024, 1, 15), Money::fromCents(1000000), 0, QStringLiteral("+10000")};
        if (const Status status = stores.contracts.saveAmendment(lotAmendment); !status)
            return failed(status);
        if (const Status status = stores.contracts.saveAmendment(contractAmendment); !status)
            return failed(status);

        struct Line
        {
            const WorkUnit *unit;
            qint64 quantityMilli;
            qint64 priceCents;
        };
        auto order = [&](const QString &number, const Lot &lot, const char *beneficiary, QList<Line> lines,
                         QList<QPair<OrderStatus, QDate>> steps, const QDate &created) {
            PurchaseOrder o;
            o.number = number;
            o.lotId = lot.id;
            o.beneficiaryId = beneficiaries.value(QLatin1String(beneficiary));
            o.createdOn = created;
            for (const Line &line : lines)
                o.lines << OrderLine{0, 0, line.unit->id, line.quantityMilli, Money::fromCents(line.priceCents), Money()};
            for (const auto &step : steps) {
                if (!Lifecycle::move(o, step.first, step.second, error))
                    return false;
            }
            if (const Status status = stores.orders.saveOrder(o); !status)
                return failed(status);
            return true;
        };
        using S = OrderStatus;
        return order(QStringLiteral("O1"), lot1, "MIN", {{&a, 10000, 100000}, {&b, 2500, 81235}},
                     {{S::Issued, QDate(2023, 2, 5)}, {S::Done, QDate(2023, 3, 10)}, {S::Invoiced, QDate(2023, 3, 20)},
                      {S::Paid, QDate(2023, 4, 15)}}, QDate(2023, 2, 1))
            && order(QStringLiteral("O2"), lot1, "DIR", {{&a, 3500, 110000}},
                     {{S::Issued, QDate(2023, 8, 1)}, {S::Done, QDate(2023, 9, 10)}, {S::Invoiced, QDate(2023, 10, 1)},
                      {S::Paid, QDate(2023, 11, 1)}}, QDate(2023, 7, 25))
            && order(QStringLiteral("O3"), lot2, "OTHER", {{&c, 7000, 25050}},
                     {{S::Issued, QDate(2023, 3, 2)}, {S::Cancelled, QDate(2023, 9, 20)}}, QDate(2023, 3, 1))
            && order(QStringLiteral("O4"), lot2, "DIR", {{&c, 40000, 25050}},
                     {{S::Issued, QDate(2023, 6, 10)}, {S::Done, QDate(2023, 7, 1)}, {S::Invoiced, QDate(2023, 7, 20)}},
                     QDate(2023, 6, 5))
            && order(QStringLiteral("O5"), lot1, "MIN", {{&a, 1000, 110000}}, {}, QDate(2023, 9, 1))
            && order(QStringLiteral("O6"), lot1, "OTHER", {{&b, 333, 81235}}, {{S::Issued, QDate(2023, 9, 10)}}, QDate(2023, 9, 5))
            && order(QStringLiteral("O7"), lot2, "MIN", {{&c, 10000, 25050}}, {{S::Issued, QDate(2023, 9, 16)}}, QDate(2023, 9, 14));
    }

    QTemporaryDir m_dir;
    QString m_fixture;
};

} // namespace PlafondTest
