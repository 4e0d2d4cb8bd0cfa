// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the storage tests (tst_storage, tst_storage_orders, tst_storage_files) share: fresh database files in
// one temporary folder, and one contract with a lot, a beneficiary and a work unit saved in them.

#include "storage/database.h"
#include "storage/stores.h"
#include "freshfiles.h"
#include "storecheck.h"
#include "twoconnections.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QtTest>

#include <memory>
#include <utility>

namespace PlafondTest {

using namespace Plafond;

struct Fixture
{
    Contract contract;
    Lot lot;
    Beneficiary beneficiary;
    WorkUnit unit; // 1,000.00 € a day from 2020-09-01
};

// Saves the fixture's rows; a refusal fails the current test.
inline void makeFixture(Stores &stores, Fixture &f)
{
    f.contract.reference = QStringLiteral("MEF-ELL-2020");
    f.contract.title = QStringLiteral("Expertise Logiciels Libres");
    f.contract.buyer = QStringLiteral("Minist\u00E8re de l'\u00C9conomie, des Finances et de la Relance");
    f.contract.startOn = QDate(2020, 9, 1);
    f.contract.durationMonths = 48;
    f.contract.maxHt = Money::fromCents(100000000);
    PLAFOND_VERIFY_OK(stores.contracts.saveContract(f.contract));
    f.lot.contractId = f.contract.id;
    f.lot.number = 1;
    f.lot.title = QStringLiteral("Expertise g\u00E9n\u00E9rique");
    f.lot.maxHt = Money::fromCents(10000000);
    PLAFOND_VERIFY_OK(stores.contracts.saveLot(f.lot));
    f.beneficiary.code = QStringLiteral("DGFIP");
    f.beneficiary.name = QStringLiteral("Direction g\u00E9n\u00E9rale des Finances publiques");
    PLAFOND_VERIFY_OK(stores.catalogue.saveBeneficiary(f.beneficiary));
    f.unit.lotId = f.lot.id;
    f.unit.code = QStringLiteral("AUDIT");
    f.unit.labelFr = QStringLiteral("Audit");
    f.unit.labelEn = QStringLiteral("Audit");
    f.unit.unit = QStringLiteral("day");
    f.unit.prices = {UnitPrice{0, 0, QDate(2020, 9, 1), Money::fromCents(100000)}};
    PLAFOND_VERIFY_OK(stores.catalogue.saveWorkUnit(f.unit));
}

// A draft of the fixture's lot and beneficiary, created on 2024-01-02; lines as (quantity in thousandths,
// unit price in cents) on the fixture's work unit.
inline PurchaseOrder newOrder(const Fixture &f, const QString &number, const QList<std::pair<qint64, qint64>> &lines)
{
    PurchaseOrder order;
    order.lotId = f.lot.id;
    order.beneficiaryId = f.beneficiary.id;
    order.number = number;
    order.createdOn = QDate(2024, 1, 2);
    for (const auto &[quantityMilli, priceCents] : lines) {
        OrderLine line;
        line.workUnitId = f.unit.id;
        line.quantityMilli = quantityMilli;
        line.unitPriceHt = Money::fromCents(priceCents);
        order.lines << line;
    }
    return order;
}

// A fresh file with the fixture saved in it, through its own stores.
struct FixtureFile
{
    Database db;
    Stores stores{db};
    Fixture f;
};

// A fresh file open on two connections, the fixture saved through the first: two Plafond windows.
struct SharedFixtureFile
{
    TwoConnections connections;
    Stores &one = connections.one;
    Stores &two = connections.two;
    Fixture f;
};

// The storage test classes derive from it, next to QObject: each test opens its own fresh file. Where an
// open fails, the current test has failed (QTest::currentTestFailed()).
class FreshDatabases : protected FreshFiles
{
protected:
    void openFresh(Database &db, QString *path = nullptr)
    {
        const QString file = freshPath();
        if (path)
            *path = file;
        QString error;
        QVERIFY2(db.open(file, Database::OpenMode::CreateIfMissing, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(db.backupPath(), QString()); // a new file is not migrated, so not backed up
    }

    // A fresh file open on both connections.
    void openFreshTwice(TwoConnections &connections)
    {
        openFresh(connections.first);
        if (QTest::currentTestFailed())
            return;
        QString error;
        QVERIFY2(connections.openSecond(&error), qPrintable(error));
    }

    // A fresh file with the fixture; it stays open until the next call, or the end of the test object.
    FixtureFile &openWithFixture(QString *path = nullptr)
    {
        m_fixtureFile = std::make_unique<FixtureFile>();
        openFresh(m_fixtureFile->db, path);
        if (!QTest::currentTestFailed())
            makeFixture(m_fixtureFile->stores, m_fixtureFile->f);
        return *m_fixtureFile;
    }

    // The file the last openWithFixture() opened: for the tests whose init() opens it.
    FixtureFile &fixtureFile() { return *m_fixtureFile; }

    SharedFixtureFile &openTwiceWithFixture()
    {
        m_sharedFixtureFile = std::make_unique<SharedFixtureFile>();
        openFreshTwice(m_sharedFixtureFile->connections);
        if (!QTest::currentTestFailed())
            makeFixture(m_sharedFixtureFile->one, m_sharedFixtureFile->f);
        return *m_sharedFixtureFile;
    }

private:
    std::unique_ptr<FixtureFile> m_fixtureFile;
    std::unique_ptr<SharedFixtureFile> m_sharedFixtureFile;
};

} // namespace PlafondTest
