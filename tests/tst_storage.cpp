// SPDX-License-Identifier: GPL-3.0-or-later
// The stores' contracts, lots (with their holders), beneficiaries, work units and their prices, budgets,
// allocations and amendments: round trips and refusals. Orders: tst_storage_orders; the file itself and
// two connections on it: tst_storage_files.
#include "storagefixture.h"

#include <QtTest>

using namespace Plafond;
using PlafondTest::Fixture;
using PlafondTest::makeFixture;

class StorageTest : public QObject, private PlafondTest::FreshDatabases
{
    Q_OBJECT

private slots:
    void initTestCase();

    void contractRoundTrip_data();
    void contractRoundTrip();
    void contractRefusals_data();
    void contractRefusals();
    void lotWithHolders();
    void lotRefusals_data();
    void lotRefusals();
    void beneficiaryHierarchy();
    void beneficiaryParentRefusals_data();
    void beneficiaryParentRefusals();
    void workUnitPriceSchedule_data();
    void workUnitPriceSchedule();
    void budgetsAndAllocations();
    void allocationRefusals_data();
    void allocationRefusals();
    void amendments();
};

void StorageTest::initTestCase()
{
    QVERIFY(isValid());
}

// --- Contracts ---------------------------------------------------------------------------------------

void StorageTest::contractRoundTrip_data()
{
    QTest::addColumn<bool>("optionalAmounts");

    QTest::newRow("minimum-and-awarded-absent") << false;
    QTest::newRow("minimum-and-awarded-set") << true;
}

void StorageTest::contractRoundTrip()
{
    QFETCH(bool, optionalAmounts);
    Database db;
    openFresh(db);
    if (QTest::currentTestFailed())
        return;
    Stores stores(db);

    Contract c;
    c.reference = QStringLiteral("ACIM-2012");
    c.title = QStringLiteral("Support interminist\u00E9riel logiciels libres");
    c.buyer = QStringLiteral("Minist\u00E8re de l'Int\u00E9rieur");
    c.notifiedOn = QDate(2012, 11, 30);
    c.startOn = QDate(2012, 12, 1);
    c.durationMonths = 48;
    c.firmMonths = 36;
    c.renewalCount = 1;
    c.renewalMonths = 12;
    if (optionalAmounts) {
        c.minHt = Money::fromCents(50000000);
        c.awardedHt = Money::fromCents(275000000);
    }
    c.maxHt = Money::fromCents(550000000);
    c.vatBasisPoints = 1960;
    c.revisionIndex = QStringLiteral("SYNTEC");
    c.revisionBaseMonth = QStringLiteral("2012-09");
    c.revisionFixedPart = QStringLiteral("0.15");
    c.revisionClause = QStringLiteral("P = P0 \u00D7 (0.15 + 0.85 \u00D7 S / S0)");
    c.componentsInScope = 350;
    c.demo = true;
    PLAFOND_VERIFY_OK(stores.contracts.saveContract(c));
    QVERIFY(c.id > 0);
    QCOMPARE(c.rowVersion, qint64(1));

    const std::optional<Contract> read = stores.contracts.contract(c.id).optional();
    QVERIFY(read);
    QCOMPARE(read->id, c.id);
    QCOMPARE(read->reference, c.reference);
    QCOMPARE(read->title, c.title);
    QCOMPARE(read->buyer, c.buyer);
    QCOMPARE(read->notifiedOn, QDate(2012, 11, 30));
    QCOMPARE(read->startOn, QDate(2012, 12, 1));
    QCOMPARE(read->endOn(), QDate(2016, 11, 30));
    QCOMPARE(read->durationMonths, 48);
    QCOMPARE(read->firmMonths, 36);
    QCOMPARE(read->renewalCount, 1);
    QCOMPARE(read->renewalMonths, 12);
    QCOMPARE(read->minHt.has_value(), optionalAmounts);
    QCOMPARE(read->awardedHt.has_value(), optionalAmounts);
    if (optionalAmounts) {
        QCOMPARE(read->minHt->cents(), qint64(50000000));
        QCOMPARE(read->awardedHt->cents(), qint64(275000000));
    }
    QCOMPARE(read->maxHt.cents(), qint64(550000000));
    QCOMPARE(read->vatBasisPoints, 1960);
    QCOMPARE(read->revisionIndex, c.revisionIndex);
    QCOMPARE(read->revisionBaseMonth, c.revisionBaseMonth);
    QCOMPARE(read->revisionFixedPart, QStringLiteral("0.15"));
    QCOMPARE(read->revisionClause, c.revisionClause);
    QCOMPARE(read->componentsInScope, 350);
    QCOMPARE(read->demo, true);
    QCOMPARE(read->rowVersion, qint64(1));

    // By reference, and in the list.
    QCOMPARE(stores.contracts.contractByReference(QStringLiteral("ACIM-2012"))->id, c.id);
    QVERIFY(!stores.contracts.contractByReference(QStringLiteral("NONE")));
    QCOMPARE(stores.contracts.contracts().value().size(), 1);

    // An update bumps the version; clearing an optional amount stores NULL.
    Contract edited = *read;
    edited.minHt = std::nullopt;
    edited.awardedHt = optionalAmounts ? std::nullopt : std::optional<Money>(Money::fromCents(1));
    edited.notifiedOn = QDate();
    PLAFOND_VERIFY_OK(stores.contracts.saveContract(edited));
    QCOMPARE(edited.rowVersion, qint64(2));
    const std::optional<Contract> reread = stores.contracts.contract(c.id).optional();
    QVERIFY(reread);
    QVERIFY(!reread->minHt);
    QCOMPARE(reread->awardedHt.has_value(), !optionalAmounts);
    QCOMPARE(reread->notifiedOn, QDate());
    QCOMPARE(reread->rowVersion, qint64(2));
}

void StorageTest::contractRefusals_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<qint64>("maxCents");
    QTest::addColumn<qint64>("minCents"); // -1: no minimum
    QTest::addColumn<QString>("error");

    QTest::newRow("no-reference") << QStringLiteral("  ") << qint64(100) << qint64(-1)
                                  << QStringLiteral("A contract needs a reference.");
    QTest::newRow("negative-maximum") << QStringLiteral("C-1") << qint64(-1) << qint64(-1)
                                      << QStringLiteral("The maximum of contract C-1 cannot be negative.");
    QTest::newRow("minimum-above-maximum") << QStringLiteral("C-1") << qint64(100) << qint64(101)
                                           << QStringLiteral("The minimum of contract C-1 is above its maximum.");
}

void StorageTest::contractRefusals()
{
    QFETCH(QString, reference);
    QFETCH(qint64, maxCents);
    QFETCH(qint64, minCents);
    QFETCH(QString, error);
    Database db;
    openFresh(db);
    if (QTest::currentTestFailed())
        return;
    Stores stores(db);
    Contract c;
    c.reference = reference;
    c.maxHt = Money::fromCents(maxCents);
    if (minCents >= 0)
        c.minHt = Money::fromCents(minCents);
    PLAFOND_VERIFY_FAILS(stores.contracts.saveContract(c), error);
    QCOMPARE(c.id, Id(0));
    QVERIFY(stores.contracts.contracts().value().isEmpty());
}

// --- Lots --------------------------------------------------------------------------------------------

void StorageTest::lotWithHolders()
{
    Database db;
    openFresh(db);
    if (QTest::currentTestFailed())
        return;
    Stores stores(db);
    Fixture f;
    makeFixture(stores, f);
    if (QTest::currentTestFailed())
        return;

    Lot lot;
    lot.contractId = f.contract.id;
    lot.number = 2;
    lot.title = QStringLiteral("Drupal et logiciels associ\u00E9s");
    lot.minHt = Money::fromCents(1000000);
    lot.maxHt = Money::fromCents(20000000);
    lot.holders = {Holder{0, 0, QStringLiteral("LINAGORA"), QStringLiteral("44306184100047"), HolderRole::Lead},
                   Holder{0, 0, QStringLiteral("Co-contractant"), QString(), HolderRole::CoContractor},
                   Holder{0, 0, QStringLiteral("Sous-traitant"), QStringLiteral("35600000000048"), HolderRole::Subcontractor}};
    PLAFOND_VERIFY_OK(stores.contracts.saveLot(lot));
    QVERIFY(lot.id > 0);
    QCOMPARE(lot.rowVersion, qint64(1));
    for (const Holder &holder : std::as_const(lot.holders)) {
        QVERIFY(holder.id > 0);
        QCOMPARE(holder.lotId, lot.id);
    }

    auto checkHolders = [&lot](const Lot &read) {
        QCOMPARE(read.holders.size(), 3);
        const HolderRole roles[] = {HolderRole::Lead, HolderRole::CoContractor, HolderRole::Subcontractor};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(read.holders.at(i).id, lot.holders.at(i).id);
            QCOMPARE(read.holders.at(i).lotId, lot.id);
            QCOMPARE(read.holders.at(i).name, lot.holders.at(i).name);
            QCOMPARE(read.holders.at(i).siret, lot.holders.at(i).siret);
            QCOMPARE(read.holders.at(i).role, roles[i]);
        }
    };
    const std::optional<Lot> read = stores.contracts.lot(lot.id).optional();
    QVERIFY(read);
    QCOMPARE(read->contractId, f.contract.id);
    QCOMPARE(read->number, 2);
    QCOMPARE(read->title, lot.title);
    QCOMPARE(read->minHt->cents(), qint64(1000000));
    QCOMPARE(read->maxHt.cents(), qint64(20000000));
    QCOMPARE(read->rowVersion, qint64(1));
    checkHolders(*read);
    if (QTest::currentTestFailed())
        return;

    // The list of a contract's lots, by number, each with its own holders.
    const QList<Lot> lots = stores.contracts.lots(f.contract.id).value();
    QCOMPARE(lots.size(), 2);
    QCOMPARE(lots.at(0).number, 1);
    QVERIFY(lots.at(0).holders.isEmpty());
    QVERIFY(!lots.at(0).minHt);
    QCOMPARE(lots.at(1).id, lot.id);
    checkHolders(lots.at(1));
    if (QTest::currentTestFailed())
        return;

    // Saving again replaces the holders.
    Lot edited = *read;
    edited.holders.removeLast();
    edited.holders.first().name = QStringLiteral("LINAGORA SA");
    PLAFOND_VERIFY_OK(stores.contracts.saveLot(edited));
    QCOMPARE(edited.rowVersion, qint64(2));
    const std::optional<Lot> reread = stores.contracts.lot(lot.id).optional();
    QCOMPARE(reread->holders.size(), 2);
    QCOMPARE(reread->holders.at(0).name, QStringLiteral("LINAGORA SA"));
    QCOMPARE(reread->holders.at(1).role, HolderRole::CoContractor);
}

void StorageTest::lotRefusals_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<qint64>("minCents"); // -1: no minimum
    QTest::addColumn<QString>("holderName");
    QTest::addColumn<QString>("siret");
    QTest::addColumn<QString>("error");

    QTest::newRow("invalid-siret") << 2 << qint64(-1) << QStringLiteral("LINAGORA") << QStringLiteral("44306184100048")
                                   << QStringLiteral("The SIRET 44306184100048 of LINAGORA is not valid (wrong length or checksum).");
    QTest::newRow("siret-with-space") << 2 << qint64(-1) << QStringLiteral("LINAGORA") << QStringLiteral("44306184100047 ")
                                      << QStringLiteral("The SIRET 44306184100047  of LINAGORA is not valid (wrong length or checksum).");
    QTest::newRow("holder-without-name") << 2 << qint64(-1) << QStringLiteral(" ") << QString()
                                         << QStringLiteral("A holder of lot 2 has no name.");
    QTest::newRow("lot-number-zero") << 0 << qint64(-1) << QStringLiteral("LINAGORA") << QString()
                                     << QStringLiteral("A lot number must be 1 or more.");
    QTest::newRow("minimum-above-maximum") << 2 << qint64(10000001) << QStringLiteral("LINAGORA") << QString()
                                           << QStringLiteral("The minimum of lot 2 is above its maximum.");
}

void StorageTest::lotRefusals()
{
    QFETCH(int, number);
    QFETCH(qint64, minCents);
    QFETCH(QString, holderName);
    QFETCH(QString, siret);
    QFETCH(QString, error);
    Database db;
    openFresh(db);
    if (QTest::currentTestFailed())
        return;
    Stores stores(db);
    Fixture f;
    makeFixture(stores, f);
    if (QTest::currentTestFailed())
        return;
    Lot lot;
    lot.contractId = f.contract.id;
    lot.number = number;
    lot.maxHt = Money::fromCents(10000000);
    if (minCents >= 0)
        lot.minHt = Money::fromCents(minCents);
    lot.holders = {Holder{0, 0, holderName, siret, HolderRole::Lead}};
    PLAFOND_VERIFY_FAILS(stores.contracts.saveLot(lot), error);
    QCOMPARE(lot.id, Id(0));
    QCOMPARE(stores.contracts.lots(f.contract.id).value().size(), 1);
}

// --- Beneficiaries -----------------------------------------------------------------------------------

void StorageTest::beneficiaryHierarchy()
{
    Database db;
    openFresh(db);
    if (QTest::currentTestFailed())
        return;
    Stores stores(db);
    Beneficiary ministry{0, QStringLiteral("MEF"), QStringLiteral("Minist\u00E8re de l'\u00C9conomie et des Finances"), 0, 0};
    PLAFOND_VERIFY_OK(stores.catalogue.saveBeneficiary(ministry));
    Beneficiary direction{0, QStringLiteral("DGFIP"), QStringLiteral("Direction g\u00E9n\u00E9rale des Finances publiques"),
                          ministry.id, 0};
    PLAFOND_VERIFY_OK(stores.catalogue.saveBeneficiary(direction));
    Beneficiary body{0, QStringLiteral("ENFIP"), QStringLiteral("\u00C9cole nationale des finances publiques"),
                     direction.id, 0};
    PLAFOND_VERIFY_OK(stores.catalogue.saveBeneficiary(body));

    const QList<Beneficiary> all = stores.catalogue.beneficiaries().value(); // by code
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).code, QStringLiteral("DGFIP"));
    QCOMPARE(all.at(0).parentId, ministry.id);
    QCOMPARE(all.at(1).code, QStringLiteral("ENFIP"));
    QCOMPARE(all.at(1).parentId, direction.id);
    QCOMPARE(all.at(1).name, body.name);
    QCOMPARE(all.at(2).code, QStringLiteral("MEF"));
    QCOMPARE(all.at(2).parentId, Id(0));
    QCOMPARE(all.at(2).rowVersion, qint64(1));

    // The ministry placed under its own body would close a cycle.
    Beneficiary cycle = *stores.catalogue.beneficiary(ministry.id);
    cycle.parentId = body.id;
    PLAFOND_VERIFY_FAILS(stores.catalogue.saveBeneficiary(cycle), QStringLiteral("MEF cannot be placed under itself."));
    QCOMPARE(stores.catalogue.beneficiary(ministry.id)->parentId, Id(0));
    QCOMPARE(stores.catalogue.beneficiary(ministry.id)->rowVersion, qint64(1));

    // A parent with children, or with orders, stays.
    PLAFOND_VERIFY_FAILS(stores.catalogue.removeBeneficiary(direction.id), QStringLiteral("This beneficiary has orders or sub-entities: it cannot be removed."));
    PLAFOND_VERIFY_OK(stores.catalogue.removeBeneficiary(body.id));
    PLAFOND_VERIFY_OK(stores.catalogue.removeBeneficiary(direction.id));
    QCOMPARE(stores.catalogue.beneficiaries().value().size(), 1);
}

void StorageTest::beneficiaryParentRefusals_data()
{
    QTest::addColumn<QString>("parent"); // "self", "unknown", or a code
    QTest::addColumn<QString>("error");

    QTest::newRow("under-its-own-child") << QStringLiteral("ENFIP") << QStringLiteral("DGFIP cannot be placed under itself.");
    QTest::newRow("under-itself") << QStringLiteral("self") << QStringLiteral("DGFIP cannot be placed under itself.");
    QTest::newRow("unknown-parent") << QStringLiteral("unknown") << QStringLiteral("The parent of DGFIP does not exist.");
}

void StorageTest::beneficiaryParentRefusals()
{
    QFETCH(QString, parent);
    QFETCH(QString, error);
    Database db;
    openFresh(db);
    if (QTest::currentTestFailed())
        return;
    Stores stores(db);
    Beneficiary ministry{0, QStringLiteral("MEF"), QStringLiteral("MEF"), 0, 0};
    QVERIFY(stores.catalogue.saveBeneficiary(ministry));
    Beneficiary direction{0, QStringLiteral("DGFIP"), QStringLiteral("DGFIP"), ministry.id, 0};
    QVERIFY(stores.catalogue.saveBeneficiary(direction));
    Beneficiary body{0, QStringLiteral("ENFIP"), QStringLiteral("ENFIP"), direction.id, 0};
    QVERIFY(stores.catalogue.saveBeneficiary(body));

    Beneficiary edited = direction;
    edited.parentId = parent == QLatin1String("self") ? direction.id : parent == QLatin1String("unknown") ? Id(999) : body.id;
    PLAFOND_VERIFY_FAILS(stores.catalogue.saveBeneficiary(edited), error);
    const std::optional<Beneficiary> stored = stores.catalogue.beneficiary(direction.id).optional();
    QCOMPARE(stored->parentId, ministry.id);
    QCOMPARE(stored->rowVersion, qint64(1));
}

// --- Work units, budgets, allocations, amendments ----------------------------------------------------

void StorageTest::workUnitPriceSchedule_data()
{
    QTest::addColumn<QDate>("on");
    QTest::addColumn<qint64>("price"); // -1: no price in force

    QTest::newRow("day-before-the-first-price") << QDate(2020, 8, 31) << qint64(-1);
    QTest::newRow("first-price-first-day") << QDate(2020, 9, 1) << qint64(100000);
    QTest::newRow("first-price-last-day") << QDate(2021, 8, 31) << qint64(100000);
    QTest::newRow("second-price-first-day") << QDate(2021, 9, 1) << qint64(103000);
    QTest::newRow("second-price-last-day") << QDate(2022, 8, 31) << qint64(103000);
    QTest::newRow("third-price-first-day") << QDate(2022, 9, 1) << qint64(107550);
    QTest::newRow("long-after") << QDate(2030, 1, 1) << qint64(107550);
    QTest::newRow("no-date") << QDate() << qint64(-1);
}

void StorageTest::workUnitPriceSchedule()
{
    QFETCH(QDate, on);
    QFETCH(qint64, price);
    Database db;
    openFresh(db);
    if (QTest::currentTestFailed())
        return;
    Stores stores(db);
    Fixture f;
    makeFixture(stores, f);
    if (QTest::currentTestFailed())
        return;

    WorkUnit unit;
    unit.lotId = f.lot.id;
    unit.code = QStringLiteral("ETUDE-MEO");
    unit.labelFr = QStringLiteral("\u00C9tude de mise en \u0153uvre");
    unit.labelEn = QStringLiteral("Implementation study");
    unit.unit = QStringLiteral("day");
    // Given out of order: stored and read back by date.
    unit.prices = {UnitPrice{0, 0, QDate(2022, 9, 1), Money::fromCents(107550)},
                   UnitPrice{0, 0, QDate(2020, 9, 1), Money::fromCents(100000)},
                   UnitPrice{0, 0, QDate(2021, 9, 1), Money::fromCents(103000)}};
    PLAFOND_VERIFY_OK(stores.catalogue.saveWorkUnit(unit));

    const std::optional<WorkUnit> read = stores.catalogue.workUnit(unit.id).optional();
    QVERIFY(read);
    QCOMPARE(read->lotId, f.lot.id);
    QCOMPARE(read->code, QStringLiteral("ETUDE-MEO"));
    QCOMPARE(read->labelFr, unit.labelFr);
    QCOMPARE(read->labelEn, unit.labelEn);
    QCOMPARE(read->label(QLocale(QLocale::French, QLocale::France)), unit.labelFr);
    QCOMPARE(read->label(QLocale(QLocale::English, QLocale::UnitedStates)), unit.labelEn);
    QCOMPARE(read->unit, QStringLiteral("day"));
    QCOMPARE(read->prices.size(), 3);
    QCOMPARE(read->prices.at(0).effectiveFrom, QDate(2020, 9, 1));
    QCOMPARE(read->prices.at(1).effectiveFrom, QDate(2021, 9, 1));
    QCOMPARE(read->prices.at(2).effectiveFrom, QDate(2022, 9, 1));
    QCOMPARE(read->prices.at(2).priceHt.cents(), qint64(107550));
    for (const UnitPrice &p : read->prices)
        QCOMPARE(p.workUnitId, unit.id);
    QCOMPARE(stores.catalogue.workUnits(f.lot.id).value().size(), 2);

    const std::optional<Money> inForce = read->priceOn(on);
    QCOMPARE(inForce.has_value(), price >= 0);
    if (price >= 0)
        QCOMPARE(inForce->cents(), price);
}

void StorageTest::budgetsAndAllocations()
{
    Database db;
    openFresh(db);
    if (QTest::currentTestFailed())
        return;
    Stores stores(db);
    Fixture f;
    makeFixture(stores, f);
    if (QTest::currentTestFailed())
        return;

    WorkUnitBudget budget{0, f.unit.id, 2024, 120000};
    PLAFOND_VERIFY_OK(stores.catalogue.saveBudget(budget));
    WorkUnitBudget next{0, f.unit.id, 2025, 80500};
    PLAFOND_VERIFY_OK(stores.catalogue.saveBudget(next));
    budget.quantityMilli = 125000;
    PLAFOND_VERIFY_OK(stores.catalogue.saveBudget(budget));
    QList<WorkUnitBudget> budgets = stores.catalogue.budgets(f.lot.id).value();
    QCOMPARE(budgets.size(), 2);
    QCOMPARE(budgets.at(0).id, budget.id);
    QCOMPARE(budgets.at(0).workUnitId, f.unit.id);
    QCOMPARE(budgets.at(0).year, 2024);
    QCOMPARE(budgets.at(0).quantityMilli, qint64(125000));
    QCOMPARE(budgets.at(1).year, 2025);
    QCOMPARE(budgets.at(1).quantityMilli, qint64(80500));
    WorkUnitBudget negative{0, f.unit.id, 2026, -1};
    PLAFOND_VERIFY_FAILS(stores.catalogue.saveBudget(negative), QStringLiteral("A budgeted quantity cannot be negative."));

    Allocation byAmount;
    byAmount.lotId = f.lot.id;
    byAmount.beneficiaryId = f.beneficiary.id;
    byAmount.amountHt = Money::fromCents(5000000);
    PLAFOND_VERIFY_OK(stores.catalogue.saveAllocation(byAmount));
    Allocation byQuantity;
    byQuantity.lotId = f.lot.id;
    byQuantity.beneficiaryId = f.beneficiary.id;
    byQuantity.workUnitId = f.unit.id;
    byQuantity.quantityMilli = 20500;
    PLAFOND_VERIFY_OK(stores.catalogue.saveAllocation(byQuantity));

    const QList<Allocation> allocations = stores.catalogue.allocations(f.lot.id).value();
    QCOMPARE(allocations.size(), 2);
    QCOMPARE(allocations.at(0).id, byAmount.id);
    QCOMPARE(allocations.at(0).lotId, f.lot.id);
    QCOMPARE(allocations.at(0).beneficiaryId, f.beneficiary.id);
    QCOMPARE(allocations.at(0).amountHt->cents(), qint64(5000000));
    QCOMPARE(allocations.at(0).workUnitId, Id(0));
    QVERIFY(!allocations.at(0).quantityMilli);
    QCOMPARE(allocations.at(1).id, byQuantity.id);
    QVERIFY(!allocations.at(1).amountHt);
    QCOMPARE(allocations.at(1).workUnitId, f.unit.id);
    QCOMPARE(*allocations.at(1).quantityMilli, qint64(20500));
}

void StorageTest::allocationRefusals_data()
{
    QTest::addColumn<bool>("withAmount");
    QTest::addColumn<bool>("withQuantity");
    QTest::addColumn<bool>("withWorkUnit");
    QTest::addColumn<QString>("error");

    QTest::newRow("neither-amount-nor-quantity") << false << false << true
                                                 << QStringLiteral("An allocation needs an amount or a quantity of work units.");
    QTest::newRow("quantity-without-work-unit") << false << true << false
                                                << QStringLiteral("An allocation in work units needs its work unit.");
}

void StorageTest::allocationRefusals()
{
    QFETCH(bool, withAmount);
    QFETCH(bool, withQuantity);
    QFETCH(bool, withWorkUnit);
    QFETCH(QString, error);
    Database db;
    openFresh(db);
    if (QTest::currentTestFailed())
        return;
    Stores stores(db);
    Fixture f;
    makeFixture(stores, f);
    if (QTest::currentTestFailed())
        return;
    Allocation a;
    a.lotId = f.lot.id;
    a.beneficiaryId = f.beneficiary.id;
    if (withAmount)
        a.amountHt = Money::fromCents(100);
    if (withQuantity)
        a.quantityMilli = 1000;
    if (withWorkUnit)
        a.workUnitId = f.unit.id;
    PLAFOND_VERIFY_FAILS(stores.catalogue.saveAllocation(a), error);
    QVERIFY(stores.catalogue.allocations(f.lot.id).value().isEmpty());
}

void StorageTest::amendments()
{
    Database db;
    openFresh(db);
    if (QTest::currentTestFailed())
        return;
    Stores stores(db);
    Fixture f;
    makeFixture(stores, f);
    if (QTest::currentTestFailed())
        return;

    Amendment onLot{0, f.contract.id, f.lot.id, QDate(2023, 3, 1), Money::fromCents(1500000), 0,
                    QStringLiteral("Avenant n\u00B02")};
    PLAFOND_VERIFY_OK(stores.contracts.saveAmendment(onLot));
    Amendment onContract{0, f.contract.id, 0, QDate(2022, 1, 15), Money::fromCents(10000000), 6,
                         QStringLiteral("Avenant n\u00B01")};
    PLAFOND_VERIFY_OK(stores.contracts.saveAmendment(onContract));
    Amendment reduction{0, f.contract.id, f.lot.id, QDate(2024, 6, 30), Money::fromCents(-500000), 0,
                        QStringLiteral("Avenant n\u00B03")};
    PLAFOND_VERIFY_OK(stores.contracts.saveAmendment(reduction));

    const QList<Amendment> list = stores.contracts.amendments(f.contract.id).value(); // by signature date
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).id, onContract.id);
    QCOMPARE(list.at(0).lotId, Id(0));
    QCOMPARE(list.at(0).signedOn, QDate(2022, 1, 15));
    QCOMPARE(list.at(0).deltaMaxHt.cents(), qint64(10000000));
    QCOMPARE(list.at(0).deltaMonths, 6);
    QCOMPARE(list.at(0).reason, QStringLiteral("Avenant n\u00B01"));
    QCOMPARE(list.at(1).id, onLot.id);
    QCOMPARE(list.at(1).lotId, f.lot.id);
    QCOMPARE(list.at(2).deltaMaxHt.cents(), qint64(-500000));

    // The lot's effective maximum counts the lot's amendments only.
    QCOMPARE(stores.contracts.effectiveLotMaximum(f.lot.id)->cents(), qint64(10000000 + 1500000 - 500000));
    QVERIFY(!stores.contracts.effectiveLotMaximum(999));

    Amendment undated{0, f.contract.id, 0, QDate(), Money::fromCents(1), 0, QString()};
    PLAFOND_VERIFY_FAILS(stores.contracts.saveAmendment(undated), QStringLiteral("An amendment needs its signature date."));

    PLAFOND_VERIFY_OK(stores.contracts.removeAmendment(onLot.id));
    QCOMPARE(stores.contracts.effectiveLotMaximum(f.lot.id)->cents(), qint64(10000000 - 500000));
}

QTEST_GUILESS_MAIN(StorageTest)
#include "tst_storage.moc"
