// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storecheck.h"
#include "storage/stores.h"
#include "twoconnections.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace Plafond;
using PlafondTest::TwoConnections;

namespace {

const QString conflictMessage =
    QStringLiteral("This record was changed by someone else since it was read; reload it and try again.");

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A plain QSQLITE connection, outside Database: to look at a file as it is on disk, or to write one
// Plafond did not write.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql)
    {
        QSqlQuery query(db());
        return query.exec(sql);
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    QString m_name;
};

struct Fixture
{
    Contract contract;
    Lot lot;
    Beneficiary beneficiary;
    WorkUnit unit; // 1,000.00 € a day from 2020-09-01
};

PurchaseOrder newOrder(const Fixture &f, const QString &number, const QList<std::pair<qint64, qint64>> &lines)
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

} // namespace

class StorageTest : public QObject
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
    void orderRoundTrip();
    void orderRefusals_data();
    void orderRefusals();
    void duplicateOrderNumber();
    void orderRowsTotals();
    void lotTotals_data();
    void lotTotals();
    void optimisticLocking();
    void staleEditOfRemovedRowRefused();
    void restoreRemovedOrder();
    void failedSaveCanBeRetried();
    void migrationFromVersion1();
    void newerSchemaRefused();
    void missingFileRefused();
    void foreignFilesRefused_data();
    void foreignFilesRefused();
    void failedWriteLeavesFileUnchanged_data();
    void failedWriteLeavesFileUnchanged();
    void transactionGuardNesting_data();
    void transactionGuardNesting();

private:
    QString freshPath();
    void openFresh(Database &db, QString *path = nullptr);
    // A fresh file open on both connections.
    void openFreshTwice(TwoConnections &connections);
    void makeFixture(Stores &stores, Fixture &f);

    QTemporaryDir m_dir;
    int m_files = 0;
};

void StorageTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString StorageTest::freshPath()
{
    return m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_files));
}

void StorageTest::openFresh(Database &db, QString *path)
{
    const QString file = freshPath();
    if (path)
        *path = file;
    QString error;
    QVERIFY2(db.open(file, Database::OpenMode::CreateIfMissing, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(db.backupPath(), QString()); // a new file is not migrated, so not backed up
}

void StorageTest::openFreshTwice(TwoConnections &connections)
{
    openFresh(connections.first);
    if (QTest::currentTestFailed())
        return;
    QString error;
    QVERIFY2(connections.openSecond(&error), qPrintable(error));
}

void StorageTest::makeFixture(Stores &stores, Fixture &f)
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

// --- Orders ------------------------------------------------------------------------------------------

void StorageTest::orderRoundTrip()
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

    PurchaseOrder o = newOrder(f, QStringLiteral("BC-2024-0001"), {{500, 123457}, {1333, 1}, {12000, 85000}});
    o.lines[0].amountHt = Money::fromCents(999); // stale: the repository recomputes every line
    o.commitmentNumber = QStringLiteral("EJ-1300012345");
    o.ceilingOverride = true;
    o.overrideReason = QStringLiteral("Urgence s\u00E9curit\u00E9");
    QVERIFY(Lifecycle::move(o, OrderStatus::Issued, QDate(2024, 1, 10)));
    QVERIFY(Lifecycle::move(o, OrderStatus::Done, QDate(2024, 2, 10)));
    QVERIFY(Lifecycle::move(o, OrderStatus::Invoiced, QDate(2024, 3, 10)));
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(o));
    QVERIFY(o.id > 0);
    QCOMPARE(o.rowVersion, qint64(1));
    QCOMPARE(o.lines.at(0).amountHt.cents(), qint64(61729)); // 0.5 × 1,234.57 = 617.285 → 617.29
    QCOMPARE(o.lines.at(1).amountHt.cents(), qint64(1));     // 1.333 × 0.01 → 0.01
    QCOMPARE(o.lines.at(2).amountHt.cents(), qint64(1020000));

    const std::optional<PurchaseOrder> read = stores.orders.order(o.id).optional();
    QVERIFY(read);
    QCOMPARE(read->lotId, f.lot.id);
    QCOMPARE(read->beneficiaryId, f.beneficiary.id);
    QCOMPARE(read->number, QStringLiteral("BC-2024-0001"));
    QCOMPARE(read->commitmentNumber, QStringLiteral("EJ-1300012345"));
    QCOMPARE(read->status, OrderStatus::Invoiced);
    QCOMPARE(read->createdOn, QDate(2024, 1, 2));
    QCOMPARE(read->issuedOn, QDate(2024, 1, 10));
    QCOMPARE(read->doneOn, QDate(2024, 2, 10));
    QCOMPARE(read->invoicedOn, QDate(2024, 3, 10));
    QCOMPARE(read->paidOn, QDate());
    QCOMPARE(read->cancelledOn, QDate());
    QCOMPARE(read->ceilingOverride, true);
    QCOMPARE(read->overrideReason, o.overrideReason);
    QCOMPARE(read->rowVersion, qint64(1));
    QCOMPARE(read->lines.size(), 3);
    const qint64 amounts[] = {61729, 1, 1020000};
    const qint64 quantities[] = {500, 1333, 12000};
    const qint64 prices[] = {123457, 1, 85000};
    for (int i = 0; i < 3; ++i) {
        QVERIFY(read->lines.at(i).id > 0);
        QCOMPARE(read->lines.at(i).orderId, o.id);
        QCOMPARE(read->lines.at(i).workUnitId, f.unit.id);
        QCOMPARE(read->lines.at(i).quantityMilli, quantities[i]);
        QCOMPARE(read->lines.at(i).unitPriceHt.cents(), prices[i]);
        QCOMPARE(read->lines.at(i).amountHt.cents(), amounts[i]);
    }
    QCOMPARE(read->totalHt()->cents(), qint64(61729 + 1 + 1020000));

    // Paying it later: one more step, one more version, the lines kept.
    PurchaseOrder paid = *read;
    QVERIFY(Lifecycle::move(paid, OrderStatus::Paid, QDate(2024, 4, 10)));
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(paid));
    QCOMPARE(paid.rowVersion, qint64(2));
    const std::optional<PurchaseOrder> reread = stores.orders.order(o.id).optional();
    QCOMPARE(reread->status, OrderStatus::Paid);
    QCOMPARE(reread->paidOn, QDate(2024, 4, 10));
    QCOMPARE(reread->lines.size(), 3);
    QCOMPARE(stores.orders.orderedOnLot(f.lot.id, 0)->cents(), qint64(61729 + 1 + 1020000));
    QCOMPARE(stores.orders.orderedOnLot(f.lot.id, o.id)->cents(), qint64(0));
}

void StorageTest::orderRefusals_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("error");

    QTest::newRow("no-number") << QStringLiteral("no-number") << QStringLiteral("An order needs a number.");
    QTest::newRow("unknown-lot") << QStringLiteral("unknown-lot") << QStringLiteral("Order BC-1: its lot does not exist.");
    QTest::newRow("unknown-beneficiary") << QStringLiteral("unknown-beneficiary")
                                         << QStringLiteral("Order BC-1: its beneficiary does not exist.");
    QTest::newRow("zero-quantity") << QStringLiteral("zero-quantity")
                                   << QStringLiteral("Order BC-1: a line has a quantity of zero or less.");
    QTest::newRow("negative-quantity") << QStringLiteral("negative-quantity")
                                       << QStringLiteral("Order BC-1: a line has a quantity of zero or less.");
    QTest::newRow("negative-price") << QStringLiteral("negative-price")
                                    << QStringLiteral("Order BC-1: a line has a negative unit price.");
    QTest::newRow("line-too-large") << QStringLiteral("line-too-large")
                                    << QStringLiteral("Order BC-1: a line amount is too large.");
    QTest::newRow("total-too-large") << QStringLiteral("total-too-large")
                                     << QStringLiteral("Order BC-1: the total is too large.");
}

void StorageTest::orderRefusals()
{
    QFETCH(QString, what);
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
    const qint64 largest = std::numeric_limits<qint64>::max();
    PurchaseOrder o = newOrder(f, QStringLiteral("BC-1"), {{1000, 100000}});
    if (what == QLatin1String("no-number"))
        o.number = QStringLiteral(" ");
    else if (what == QLatin1String("unknown-lot"))
        o.lotId = 999;
    else if (what == QLatin1String("unknown-beneficiary"))
        o.beneficiaryId = 999;
    else if (what == QLatin1String("zero-quantity"))
        o.lines[0].quantityMilli = 0;
    else if (what == QLatin1String("negative-quantity"))
        o.lines[0].quantityMilli = -500;
    else if (what == QLatin1String("negative-price"))
        o.lines[0].unitPriceHt = Money::fromCents(-1);
    else if (what == QLatin1String("line-too-large"))
        o.lines[0] = newOrder(f, o.number, {{2000, largest}}).lines.at(0);
    else if (what == QLatin1String("total-too-large")) // each line fits, the VAT-inclusive total does not
        o.lines = newOrder(f, o.number, {{1000, largest / 2}, {1000, largest / 2}}).lines;
    PLAFOND_VERIFY_FAILS(stores.orders.saveOrder(o), error);
    QCOMPARE(o.id, Id(0));
    QVERIFY(stores.orders.orderRows().value().isEmpty());
}

void StorageTest::duplicateOrderNumber()
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
    Lot lot2;
    lot2.contractId = f.contract.id;
    lot2.number = 2;
    lot2.maxHt = Money::fromCents(10000000);
    QVERIFY(stores.contracts.saveLot(lot2));
    Contract other;
    other.reference = QStringLiteral("ACIM-2012");
    other.maxHt = Money::fromCents(10000000);
    QVERIFY(stores.contracts.saveContract(other));
    Lot otherLot;
    otherLot.contractId = other.id;
    otherLot.number = 1;
    otherLot.maxHt = Money::fromCents(10000000);
    QVERIFY(stores.contracts.saveLot(otherLot));

    PurchaseOrder first = newOrder(f, QStringLiteral("BC-2024-0001"), {{1000, 100000}});
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(first));
    QCOMPARE(stores.orders.nextOrderNumber(f.contract.id, 2024), QStringLiteral("BC-2024-0002"));
    QCOMPARE(stores.orders.nextOrderNumber(other.id, 2024), QStringLiteral("BC-2024-0001"));

    // Same contract, same lot or another lot: refused.
    PurchaseOrder sameLot = newOrder(f, QStringLiteral("BC-2024-0001"), {{1000, 100000}});
    PLAFOND_VERIFY_FAILS(stores.orders.saveOrder(sameLot), QStringLiteral("Order number BC-2024-0001 is already used in this contract."));
    QCOMPARE(sameLot.id, Id(0));
    PurchaseOrder otherLotOfContract = sameLot;
    otherLotOfContract.lotId = lot2.id;
    PLAFOND_VERIFY_FAILS(stores.orders.saveOrder(otherLotOfContract), QStringLiteral("Order number BC-2024-0001 is already used in this contract."));
    QCOMPARE(stores.orders.orderRows().value().size(), 1);

    // Another contract has its own numbering; saving an order again under its own number is fine.
    PurchaseOrder otherContract = sameLot;
    otherContract.lotId = otherLot.id;
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(otherContract));
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(first));
    QCOMPARE(stores.orders.orderRows().value().size(), 2);
}

void StorageTest::orderRowsTotals()
{
    Database db;
    openFresh(db);
    if (QTest::currentTestFailed())
        return;
    Stores stores(db);
    Fixture f; // contract "MEF-ELL-2020" at 20 %
    makeFixture(stores, f);
    if (QTest::currentTestFailed())
        return;
    Fixture reduced = f; // contract "ACIM-2012" at 5.5 %
    reduced.contract = Contract();
    reduced.contract.reference = QStringLiteral("ACIM-2012");
    reduced.contract.maxHt = Money::fromCents(100000000);
    reduced.contract.vatBasisPoints = 550;
    QVERIFY(stores.contracts.saveContract(reduced.contract));
    reduced.lot = Lot();
    reduced.lot.contractId = reduced.contract.id;
    reduced.lot.number = 1;
    reduced.lot.maxHt = Money::fromCents(10000000);
    QVERIFY(stores.contracts.saveLot(reduced.lot));
    reduced.unit.id = 0;
    reduced.unit.lotId = reduced.lot.id;
    QVERIFY(stores.catalogue.saveWorkUnit(reduced.unit));

    // At 20 %: three lines of 0.03 € have 0.01 € of VAT each (0.006 rounded), so 0.12 € VAT included,
    // where rounding the total would give 0.09 + 0.02 = 0.11 €; 617.29 € has 123.458 → 123.46 € of VAT.
    // Per line: 4 + 4 + 4 + 74075 = 74087; rounding the total of 61738 would give 61738 + 12348 = 74086.
    PurchaseOrder twenty = newOrder(f, QStringLiteral("BC-2024-0002"), {{1000, 3}, {1000, 3}, {1000, 3}, {500, 123457}});
    QVERIFY(Lifecycle::move(twenty, OrderStatus::Issued, QDate(2024, 1, 10)));
    QVERIFY(Lifecycle::move(twenty, OrderStatus::Done, QDate(2024, 2, 10)));
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(twenty));
    // At 5.5 %: 1.00 € has 0.055 € of VAT, a half cent rounded up: 1.06 € per line, 2.12 € for two,
    // where rounding the total would give 2.00 + 0.11 = 2.11 €.
    PurchaseOrder half = newOrder(reduced, QStringLiteral("BC-2024-0001"), {{1000, 100}, {1000, 100}});
    QVERIFY(Lifecycle::move(half, OrderStatus::Cancelled, QDate(2024, 1, 3)));
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(half));
    // No lines at all.
    PurchaseOrder empty = newOrder(f, QStringLiteral("BC-2024-0001"), {});
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(empty));

    QCOMPARE(twenty.totalHt()->cents(), qint64(61738));
    QCOMPARE(twenty.totalTtc(2000)->cents(), qint64(74087));
    QCOMPARE(half.totalTtc(550)->cents(), qint64(212));

    const QList<OrderRow> rows = stores.orders.orderRows().value(); // by contract reference, then number
    QCOMPARE(rows.size(), 3);
    const OrderRow &r0 = rows.at(0);
    QCOMPARE(r0.id, half.id);
    QCOMPARE(r0.contractReference, QStringLiteral("ACIM-2012"));
    QCOMPARE(r0.contractId, reduced.contract.id);
    QCOMPARE(r0.lotId, reduced.lot.id);
    QCOMPARE(r0.status, OrderStatus::Cancelled);
    QCOMPARE(r0.lastStepOn, QDate(2024, 1, 3));
    QCOMPARE(r0.issuedOn, QDate());
    QCOMPARE(r0.totalHt.cents(), qint64(200));
    QCOMPARE(r0.totalTtc.cents(), qint64(212));
    const OrderRow &r1 = rows.at(1);
    QCOMPARE(r1.id, empty.id);
    QCOMPARE(r1.status, OrderStatus::Draft);
    QCOMPARE(r1.lastStepOn, QDate(2024, 1, 2));
    QCOMPARE(r1.totalHt.cents(), qint64(0));
    QCOMPARE(r1.totalTtc.cents(), qint64(0));
    const OrderRow &r2 = rows.at(2);
    QCOMPARE(r2.id, twenty.id);
    QCOMPARE(r2.number, QStringLiteral("BC-2024-0002"));
    QCOMPARE(r2.contractReference, QStringLiteral("MEF-ELL-2020"));
    QCOMPARE(r2.lotNumber, 1);
    QCOMPARE(r2.beneficiaryId, f.beneficiary.id);
    QCOMPARE(r2.beneficiaryCode, QStringLiteral("DGFIP"));
    QCOMPARE(r2.beneficiaryName, f.beneficiary.name);
    QCOMPARE(r2.status, OrderStatus::Done);
    QCOMPARE(r2.issuedOn, QDate(2024, 1, 10));
    QCOMPARE(r2.lastStepOn, QDate(2024, 2, 10));
    QCOMPARE(r2.totalHt.cents(), qint64(61738));
    QCOMPARE(r2.totalTtc.cents(), qint64(74087));
    QCOMPARE(r2.ceilingOverride, false);
}

void StorageTest::lotTotals_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<qint64>("ordered");
    QTest::addColumn<qint64>("done");
    QTest::addColumn<qint64>("invoiced");
    QTest::addColumn<qint64>("paid");

    // Order A (2,000.00 €): issued 01-10, done 02-10, invoiced 03-10, paid 04-10.
    // Order B (1,000.00 €): issued 01-20, cancelled 02-20. Order C: a draft. Order D: cancelled as a draft.
    const qint64 a = 200000;
    const qint64 b = 100000;
    QTest::newRow("before-any-issue") << QDate(2024, 1, 9) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("on-the-issue-day") << QDate(2024, 1, 10) << a << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("both-issued") << QDate(2024, 1, 25) << a + b << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("between-done-and-invoiced") << QDate(2024, 2, 15) << a + b << a << qint64(0) << qint64(0);
    QTest::newRow("on-the-cancellation-day") << QDate(2024, 2, 20) << a << a << qint64(0) << qint64(0);
    QTest::newRow("on-the-invoice-day") << QDate(2024, 3, 10) << a << a << a << qint64(0);
    QTest::newRow("day-before-payment") << QDate(2024, 4, 9) << a << a << a << qint64(0);
    QTest::newRow("after-payment") << QDate(2024, 5, 1) << a << a << a << a;
}

void StorageTest::lotTotals()
{
    QFETCH(QDate, asOf);
    QFETCH(qint64, ordered);
    QFETCH(qint64, done);
    QFETCH(qint64, invoiced);
    QFETCH(qint64, paid);
    Database db;
    openFresh(db);
    if (QTest::currentTestFailed())
        return;
    Stores stores(db);
    Fixture f;
    makeFixture(stores, f);
    if (QTest::currentTestFailed())
        return;
    Lot empty;
    empty.contractId = f.contract.id;
    empty.number = 2;
    empty.maxHt = Money::fromCents(1);
    QVERIFY(stores.contracts.saveLot(empty));

    PurchaseOrder a = newOrder(f, QStringLiteral("A"), {{1000, 100000}, {1000, 100000}});
    QVERIFY(Lifecycle::move(a, OrderStatus::Issued, QDate(2024, 1, 10)));
    QVERIFY(Lifecycle::move(a, OrderStatus::Done, QDate(2024, 2, 10)));
    QVERIFY(Lifecycle::move(a, OrderStatus::Invoiced, QDate(2024, 3, 10)));
    QVERIFY(Lifecycle::move(a, OrderStatus::Paid, QDate(2024, 4, 10)));
    PurchaseOrder b = newOrder(f, QStringLiteral("B"), {{1000, 100000}});
    QVERIFY(Lifecycle::move(b, OrderStatus::Issued, QDate(2024, 1, 20)));
    QVERIFY(Lifecycle::move(b, OrderStatus::Cancelled, QDate(2024, 2, 20)));
    PurchaseOrder c = newOrder(f, QStringLiteral("C"), {{500, 100000}});
    PurchaseOrder d = newOrder(f, QStringLiteral("D"), {{300, 100000}});
    QVERIFY(Lifecycle::move(d, OrderStatus::Cancelled, QDate(2024, 1, 6)));
    for (PurchaseOrder *o : {&a, &b, &c, &d})
        PLAFOND_VERIFY_OK(stores.orders.saveOrder(*o));

    const QList<LotTotals> totals = stores.orders.lotTotals(f.contract.id, asOf).value();
    QCOMPARE(totals.size(), 2);
    QCOMPARE(totals.at(0).lotId, f.lot.id);
    QCOMPARE(totals.at(0).ordered.cents(), ordered);
    QCOMPARE(totals.at(0).done.cents(), done);
    QCOMPARE(totals.at(0).invoiced.cents(), invoiced);
    QCOMPARE(totals.at(0).paid.cents(), paid);
    QCOMPARE(totals.at(1).lotId, empty.id);
    QCOMPARE(totals.at(1).ordered.cents(), qint64(0));
    QCOMPARE(totals.at(1).paid.cents(), qint64(0));
}

// --- Concurrency and undo ----------------------------------------------------------------------------

void StorageTest::optimisticLocking()
{
    TwoConnections connections;
    openFreshTwice(connections);
    if (QTest::currentTestFailed())
        return;
    Stores &one = connections.one;
    Stores &two = connections.two;
    Fixture f;
    makeFixture(one, f);
    if (QTest::currentTestFailed())
        return;

    std::optional<Contract> readByOne = one.contracts.contract(f.contract.id).optional();
    std::optional<Contract> readByTwo = two.contracts.contract(f.contract.id).optional();
    QVERIFY(readByOne && readByTwo);
    QCOMPARE(readByTwo->rowVersion, qint64(1));

    readByOne->title = QStringLiteral("Edited by one");
    PLAFOND_VERIFY_OK(one.contracts.saveContract(*readByOne));
    QCOMPARE(readByOne->rowVersion, qint64(2));

    readByTwo->title = QStringLiteral("Edited by two");
    PLAFOND_VERIFY_FAILS(two.contracts.saveContract(*readByTwo), conflictMessage);
    QCOMPARE(readByTwo->rowVersion, qint64(1));
    QCOMPARE(two.contracts.contract(f.contract.id)->title, QStringLiteral("Edited by one"));
    QCOMPARE(one.contracts.contract(f.contract.id)->title, QStringLiteral("Edited by one"));
    QCOMPARE(one.contracts.contract(f.contract.id)->rowVersion, qint64(2));

    // Reloaded, the second edit goes through.
    std::optional<Contract> reloaded = two.contracts.contract(f.contract.id).optional();
    reloaded->title = QStringLiteral("Edited by two");
    PLAFOND_VERIFY_OK(two.contracts.saveContract(*reloaded));
    QCOMPARE(reloaded->rowVersion, qint64(3));

    // The same rule holds for orders, lots, work units and beneficiaries.
    PurchaseOrder order = newOrder(f, QStringLiteral("BC-1"), {{1000, 100000}});
    PLAFOND_VERIFY_OK(one.orders.saveOrder(order));
    std::optional<PurchaseOrder> orderByTwo = two.orders.order(order.id).optional();
    QVERIFY(Lifecycle::move(order, OrderStatus::Issued, QDate(2024, 1, 10)));
    PLAFOND_VERIFY_OK(one.orders.saveOrder(order));
    orderByTwo->commitmentNumber = QStringLiteral("EJ-2");
    PLAFOND_VERIFY_FAILS(two.orders.saveOrder(*orderByTwo), conflictMessage);
    QCOMPARE(one.orders.order(order.id)->status, OrderStatus::Issued);
    QCOMPARE(one.orders.order(order.id)->commitmentNumber, QString());

    std::optional<Lot> lotByTwo = two.contracts.lot(f.lot.id).optional();
    Lot lotByOne = *one.contracts.lot(f.lot.id);
    lotByOne.title = QStringLiteral("One");
    PLAFOND_VERIFY_OK(one.contracts.saveLot(lotByOne));
    PLAFOND_VERIFY_FAILS(two.contracts.saveLot(*lotByTwo), conflictMessage);

    // Row version 0 forces the state (undo and redo restore what they wrote themselves).
    readByTwo->rowVersion = 0;
    PLAFOND_VERIFY_OK(two.contracts.saveContract(*readByTwo));
    QCOMPARE(readByTwo->rowVersion, qint64(4));
    QCOMPARE(one.contracts.contract(f.contract.id)->title, QStringLiteral("Edited by two"));
}

void StorageTest::staleEditOfRemovedRowRefused()
{
    TwoConnections connections;
    openFreshTwice(connections);
    if (QTest::currentTestFailed())
        return;
    Stores &one = connections.one;
    Stores &two = connections.two;
    Fixture f;
    makeFixture(one, f);
    if (QTest::currentTestFailed())
        return;
    PurchaseOrder order = newOrder(f, QStringLiteral("BC-1"), {{1000, 100000}});
    PLAFOND_VERIFY_OK(one.orders.saveOrder(order));

    // Two removes the order one is editing: one's edit must not bring it back.
    std::optional<PurchaseOrder> edited = one.orders.order(order.id).optional();
    PLAFOND_VERIFY_OK(two.orders.removeOrder(order.id));
    edited->commitmentNumber = QStringLiteral("EJ-1");
    PLAFOND_VERIFY_FAILS(one.orders.saveOrder(*edited), conflictMessage);
    QVERIFY(!one.orders.order(order.id));
    QVERIFY(one.orders.orderRows().value().isEmpty());
}

void StorageTest::restoreRemovedOrder()
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
    PurchaseOrder order = newOrder(f, QStringLiteral("BC-2024-0007"), {{500, 123457}, {2000, 100000}});
    QVERIFY(Lifecycle::move(order, OrderStatus::Issued, QDate(2024, 1, 10)));
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(order));
    PurchaseOrder other = newOrder(f, QStringLiteral("BC-2024-0008"), {{1000, 100000}});
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(other));
    const Id id = order.id;

    PLAFOND_VERIFY_OK(stores.orders.removeOrder(id));
    QVERIFY(!stores.orders.order(id));
    QCOMPARE(stores.orders.orderRows().value().size(), 1);

    PurchaseOrder restored = order;
    restored.rowVersion = 0; // undo of the removal
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(restored));
    QCOMPARE(restored.id, id);
    QCOMPARE(restored.rowVersion, qint64(1));
    const std::optional<PurchaseOrder> read = stores.orders.order(id).optional();
    QVERIFY(read);
    QCOMPARE(read->number, QStringLiteral("BC-2024-0007"));
    QCOMPARE(read->status, OrderStatus::Issued);
    QCOMPARE(read->issuedOn, QDate(2024, 1, 10));
    QCOMPARE(read->lines.size(), 2);
    QCOMPARE(read->lines.at(0).amountHt.cents(), qint64(61729));
    QCOMPARE(read->lines.at(1).amountHt.cents(), qint64(200000));
    QCOMPARE(stores.orders.orderRows().value().size(), 2);
    QCOMPARE(stores.orders.orderedOnLot(f.lot.id, 0)->cents(), qint64(261729));
}

void StorageTest::failedSaveCanBeRetried()
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

    // A new order whose line names a work unit that does not exist: nothing is stored, and the order
    // is still new.
    PurchaseOrder fresh = newOrder(f, QStringLiteral("BC-1"), {{1000, 100000}});
    fresh.lines[0].workUnitId = 999;
    const Status refused = stores.orders.saveOrder(fresh);
    QVERIFY(!refused);
    QVERIFY2(refused.message().startsWith(QStringLiteral("Database error: FOREIGN KEY constraint failed")), qPrintable(refused.message()));
    QCOMPARE(fresh.id, Id(0));
    QCOMPARE(fresh.rowVersion, qint64(0));
    QVERIFY(stores.orders.orderRows().value().isEmpty());
    fresh.lines[0].workUnitId = f.unit.id;
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(fresh));
    QCOMPARE(fresh.rowVersion, qint64(1));

    // An existing order: the failed save does not leave a version that was never stored, which would
    // make the corrected save look like a conflict.
    fresh.lines << fresh.lines.at(0);
    fresh.lines[1].workUnitId = 999;
    QVERIFY(!stores.orders.saveOrder(fresh));
    QCOMPARE(fresh.rowVersion, qint64(1));
    fresh.lines[1].workUnitId = f.unit.id;
    PLAFOND_VERIFY_OK(stores.orders.saveOrder(fresh));
    QCOMPARE(fresh.rowVersion, qint64(2));
    QCOMPARE(stores.orders.order(fresh.id)->lines.size(), 2);
    QCOMPARE(stores.orders.order(fresh.id)->rowVersion, qint64(2));
}

// --- Files: migration, refusals, atomicity -----------------------------------------------------------

void StorageTest::migrationFromVersion1()
{
    const QString path = freshPath();
    Id contractId = 0;
    Id orderId = 0;
    {
        Database db;
        QString error;
        QVERIFY2(db.createAtVersion(path, 1, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), 1);
        QVERIFY(!db.connection().tables().contains(QStringLiteral("ceiling_overrides")));
        // Rows as Plafond wrote them at version 1, in SQL: today's Stores writes columns that version 1
        // does not have (alert_thresholds, since version 3).
        const char *const rows[] = {
            "INSERT INTO contracts (id, reference, title, buyer, start_on, duration_months, max_ht_cents)"
            " VALUES (1, 'MEF-ELL-2020', 'Expertise Logiciels Libres', 'MEF', '2020-09-01', 48, 100000000)",
            "INSERT INTO lots (id, contract_id, number, title, max_ht_cents) VALUES (1, 1, 1, 'Expertise', 10000000)",
            "INSERT INTO beneficiaries (id, code, name) VALUES (1, 'DGFIP', 'Direction generale des Finances publiques')",
            "INSERT INTO work_units (id, lot_id, code, label_fr, label_en, unit) VALUES (1, 1, 'AUDIT', 'Audit', 'Audit', 'day')",
            "INSERT INTO unit_prices (work_unit_id, effective_from, price_ht_cents) VALUES (1, '2020-09-01', 100000)",
            "INSERT INTO orders (id, lot_id, beneficiary_id, number, status, created_on, issued_on)"
            " VALUES (1, 1, 1, 'BC-2024-0001', 'issued', '2024-01-02', '2024-03-01')",
            // 0.5 day × 1,234.57 = 617.285 → 617.29
            "INSERT INTO order_lines (order_id, position, work_unit_id, quantity_milli, unit_price_ht_cents, amount_ht_cents)"
            " VALUES (1, 0, 1, 500, 123457, 61729)",
        };
        QSqlQuery insert(db.connection());
        for (const char *row : rows)
            QVERIFY2(insert.exec(QString::fromLatin1(row)), row);
        contractId = 1;
        orderId = 1;
    }
    const QByteArray version1 = fileBytes(path);
    QVERIFY(!version1.isEmpty());

    {
        Database db;
        QString error;
        QVERIFY2(db.open(path, Database::OpenMode::MustExist, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion()); // every step from version 1 in one go
        QCOMPARE(db.backupPath(), path + QStringLiteral(".v1.bak"));
        QVERIFY(QFileInfo::exists(db.backupPath()));
        QCOMPARE(fileBytes(db.backupPath()), version1);
        QVERIFY(db.connection().tables().contains(QStringLiteral("ceiling_overrides")));

        Stores stores(db);
        const std::optional<Contract> contract = stores.contracts.contract(contractId).optional();
        QVERIFY(contract);
        QCOMPARE(contract->reference, QStringLiteral("MEF-ELL-2020"));
        QCOMPARE(contract->maxHt.cents(), qint64(100000000));
        QCOMPARE(contract->startOn, QDate(2020, 9, 1));
        QCOMPARE(contract->alertThresholds, (QList<int>{70, 90, 100})); // version 3's default for existing rows
        const std::optional<PurchaseOrder> order = stores.orders.order(orderId).optional();
        QVERIFY(order);
        QCOMPARE(order->status, OrderStatus::Issued);
        QCOMPARE(order->lines.size(), 1);
        QCOMPARE(order->lines.at(0).amountHt.cents(), qint64(61729));
        QCOMPARE(stores.catalogue.workUnits(order->lotId).value().at(0).priceOn(QDate(2024, 3, 1))->cents(), qint64(100000));

        // The new table works.
        const CeilingCheck check = CeilingCheck::check(Money::fromCents(100), Money::fromCents(50), Money::fromCents(61729));
        PurchaseOrder overridden = *order;
        overridden.overrideReason = QStringLiteral("Urgence");
        PLAFOND_VERIFY_OK(stores.orders.logCeilingOverride(overridden, check, QStringLiteral("alice")));
        QSqlQuery count(db.connection());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*), MAX(order_ht_cents) FROM ceiling_overrides")) && count.next());
        QCOMPARE(count.value(0).toInt(), 1);
        QCOMPARE(count.value(1).toLongLong(), qint64(61729));
    }

    // The backup is the version 1 database, untouched.
    RawConnection backup(path + QStringLiteral(".v1.bak"));
    QCOMPARE(backup.value(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toString(), QStringLiteral("1"));
    QVERIFY(!backup.db().tables().contains(QStringLiteral("ceiling_overrides")));
    QCOMPARE(backup.value(QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 1);

    // Opening the migrated file again neither migrates nor backs up.
    Database again;
    QString error;
    QVERIFY2(again.open(path, Database::OpenMode::MustExist, &error), qPrintable(error));
    QCOMPARE(again.backupPath(), QString());
}

void StorageTest::newerSchemaRefused()
{
    QString path;
    {
        Database db;
        openFresh(db, &path);
        if (QTest::currentTestFailed())
            return;
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
        QCOMPARE(query.numRowsAffected(), 1);
    }
    const QByteArray before = fileBytes(path);
    QVERIFY(!before.isEmpty());

    for (Database::OpenMode mode : {Database::OpenMode::MustExist, Database::OpenMode::CreateIfMissing}) {
        Database db;
        QString error;
        QVERIFY(!db.open(path, mode, &error));
        QCOMPARE(error, QStringLiteral("%1 was written by a newer version of Plafond (schema version 99; this version reads"
                                       " up to %2). Open it with a newer Plafond.")
                            .arg(path, QString::number(Database::latestSchemaVersion())));
        QVERIFY(!db.isOpen());
        QCOMPARE(db.backupPath(), QString());
    }
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(QDir(QFileInfo(path).path()).entryList({QFileInfo(path).fileName() + QLatin1Char('*')}, QDir::Files),
             QStringList{QFileInfo(path).fileName()});
}

void StorageTest::missingFileRefused()
{
    const QString path = freshPath();
    Database db;
    QString error;
    QVERIFY(!db.open(path, Database::OpenMode::MustExist, &error));
    QCOMPARE(error, QStringLiteral("%1: no such database file").arg(path));
    QVERIFY(!db.isOpen());
    QVERIFY(!QFileInfo::exists(path));
}

void StorageTest::foreignFilesRefused_data()
{
    QTest::addColumn<QString>("kind");

    QTest::newRow("other-sqlite-database") << QStringLiteral("sqlite");
    QTest::newRow("text-file") << QStringLiteral("text");
}

void StorageTest::foreignFilesRefused()
{
    QFETCH(QString, kind);
    const QString path = freshPath();
    if (kind == QLatin1String("sqlite")) {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('keep me')")));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("reference;title\nMEF-ELL-2020;Expertise Logiciels Libres\n"
                   "This is a CSV file that someone gave to Plafond as its database.\n");
    }
    const QByteArray before = fileBytes(path);
    QVERIFY(!before.isEmpty());

    for (Database::OpenMode mode : {Database::OpenMode::MustExist, Database::OpenMode::CreateIfMissing}) {
        Database db;
        QString error;
        QVERIFY(!db.open(path, mode, &error));
        QCOMPARE(error, QStringLiteral("%1 is not a Plafond database.").arg(path));
        QVERIFY(!db.isOpen());
    }
    QCOMPARE(fileBytes(path), before);
}

void StorageTest::failedWriteLeavesFileUnchanged_data()
{
    QTest::addColumn<QString>("what");

    QTest::newRow("order-line-with-unknown-work-unit") << QStringLiteral("foreign-key");
    QTest::newRow("duplicate-contract-reference") << QStringLiteral("unique");
    QTest::newRow("inner-guard-not-committed") << QStringLiteral("inner-guard");
    QTest::newRow("outer-guard-not-committed") << QStringLiteral("outer-guard");
}

void StorageTest::failedWriteLeavesFileUnchanged()
{
    QFETCH(QString, what);
    QString path;
    Database db;
    openFresh(db, &path);
    if (QTest::currentTestFailed())
        return;
    Stores stores(db);
    Fixture f;
    makeFixture(stores, f);
    if (QTest::currentTestFailed())
        return;
    PurchaseOrder existing = newOrder(f, QStringLiteral("BC-1"), {{1000, 100000}});
    QVERIFY(stores.orders.saveOrder(existing));

    // Every committed transaction is in the file itself (rollback journal): its bytes are the state.
    const QByteArray before = fileBytes(path);
    QVERIFY(!before.isEmpty());

    if (what == QLatin1String("foreign-key")) {
        // The order row is written first, then the line fails: the order row must go too.
        PurchaseOrder order = newOrder(f, QStringLiteral("BC-2"), {{1000, 100000}, {1000, 100000}});
        order.lines[1].workUnitId = 999;
        const Status refused = stores.orders.saveOrder(order);
        QVERIFY(!refused);
        QVERIFY2(refused.message().startsWith(QStringLiteral("Database error: FOREIGN KEY constraint failed")), qPrintable(refused.message()));
    } else if (what == QLatin1String("unique")) {
        Contract duplicate;
        duplicate.reference = f.contract.reference;
        duplicate.maxHt = Money::fromCents(1);
        const Status refused = stores.contracts.saveContract(duplicate);
        QVERIFY(!refused);
        QVERIFY2(refused.message().startsWith(QStringLiteral("Database error: UNIQUE constraint failed: contracts.reference")), qPrintable(refused.message()));
    } else if (what == QLatin1String("inner-guard")) {
        TransactionGuard outer(db);
        QVERIFY(outer.isActive());
        Contract added;
        added.reference = QStringLiteral("ADDED");
        PLAFOND_VERIFY_OK(stores.contracts.saveContract(added));
        QVERIFY(stores.orders.removeOrder(existing.id));
        {
            TransactionGuard inner(db);
            QVERIFY(inner.isActive());
        }
        QVERIFY(!outer.commit());
    } else {
        TransactionGuard outer(db);
        Contract added;
        added.reference = QStringLiteral("ADDED");
        PLAFOND_VERIFY_OK(stores.contracts.saveContract(added));
    }

    QCOMPARE(fileBytes(path), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
    QCOMPARE(stores.contracts.contracts().value().size(), 1);
    QCOMPARE(stores.orders.orderRows().value().size(), 1);
    QCOMPARE(db.transactionDepth, 0);
}

void StorageTest::transactionGuardNesting_data()
{
    QTest::addColumn<bool>("commitInner");

    QTest::newRow("inner-committed") << true;
    QTest::newRow("inner-not-committed") << false;
}

void StorageTest::transactionGuardNesting()
{
    QFETCH(bool, commitInner);
    QString path;
    Database db;
    openFresh(db, &path);
    if (QTest::currentTestFailed())
        return;
    Stores stores(db);
    {
        TransactionGuard outer(db);
        QVERIFY(outer.isActive());
        QCOMPARE(db.transactionDepth, 1);
        Contract first;
        first.reference = QStringLiteral("FIRST");
        PLAFOND_VERIFY_OK(stores.contracts.saveContract(first)); // joins the outer transaction
        {
            TransactionGuard inner(db);
            QVERIFY(inner.isActive());
            QCOMPARE(db.transactionDepth, 2);
            Contract second;
            second.reference = QStringLiteral("SECOND");
            PLAFOND_VERIFY_OK(stores.contracts.saveContract(second));
            if (commitInner)
                QVERIFY(inner.commit());
        }
        QCOMPARE(db.transactionDepth, 1);
        if (!commitInner) {
            // Once a nested guard gave up, nothing more can be committed in this transaction.
            TransactionGuard late(db);
            QVERIFY(!late.isActive());
            QVERIFY(!late.commit());
        }
        QCOMPARE(outer.commit(), commitInner);
        QVERIFY(!outer.commit()); // once only
    }
    QCOMPARE(db.transactionDepth, 0);
    QCOMPARE(stores.contracts.contracts().value().size(), commitInner ? 2 : 0);

    // Seen from another connection, too.
    {
        RawConnection raw(path);
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM contracts")).toInt(), commitInner ? 2 : 0);
    }

    // The next transaction starts afresh.
    Contract after;
    after.reference = QStringLiteral("AFTER");
    PLAFOND_VERIFY_OK(stores.contracts.saveContract(after));
    QCOMPARE(stores.contracts.contracts().value().size(), commitInner ? 3 : 1);
}

QTEST_GUILESS_MAIN(StorageTest)
#include "tst_storage.moc"
