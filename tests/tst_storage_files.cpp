// SPDX-License-Identifier: GPL-3.0-or-later
// The database file itself: migration from version 1 with its backup, the files Plafond refuses to open
// (newer, missing, foreign), a failed write that leaves the file as it was, nested transaction guards;
// and two connections on one file (optimistic locking, a stale edit of a removed row).
#include "storagefixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

using namespace Plafond;
using PlafondTest::newOrder;

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

} // namespace

class StorageFilesTest : public QObject, private PlafondTest::FreshDatabases
{
    Q_OBJECT

private slots:
    void initTestCase();

    void migrationFromVersion1();
    void newerSchemaRefused();
    void missingFileRefused();
    void foreignFilesRefused_data();
    void foreignFilesRefused();
    void failedWriteLeavesFileUnchanged_data();
    void failedWriteLeavesFileUnchanged();
    void transactionGuardNesting_data();
    void transactionGuardNesting();
    void optimisticLocking();
    void staleEditOfRemovedRowRefused();
};

void StorageFilesTest::initTestCase()
{
    QVERIFY(isValid());
}

// --- Files: migration, refusals, atomicity -----------------------------------------------------------

void StorageFilesTest::migrationFromVersion1()
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

void StorageFilesTest::newerSchemaRefused()
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

void StorageFilesTest::missingFileRefused()
{
    const QString path = freshPath();
    Database db;
    QString error;
    QVERIFY(!db.open(path, Database::OpenMode::MustExist, &error));
    QCOMPARE(error, QStringLiteral("%1: no such database file").arg(path));
    QVERIFY(!db.isOpen());
    QVERIFY(!QFileInfo::exists(path));
}

void StorageFilesTest::foreignFilesRefused_data()
{
    QTest::addColumn<QString>("kind");

    QTest::newRow("other-sqlite-database") << QStringLiteral("sqlite");
    QTest::newRow("text-file") << QStringLiteral("text");
}

void StorageFilesTest::foreignFilesRefused()
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

void StorageFilesTest::failedWriteLeavesFileUnchanged_data()
{
    QTest::addColumn<QString>("what");

    QTest::newRow("order-line-with-unknown-work-unit") << QStringLiteral("foreign-key");
    QTest::newRow("duplicate-contract-reference") << QStringLiteral("unique");
    QTest::newRow("inner-guard-not-committed") << QStringLiteral("inner-guard");
    QTest::newRow("outer-guard-not-committed") << QStringLiteral("outer-guard");
}

void StorageFilesTest::failedWriteLeavesFileUnchanged()
{
    QFETCH(QString, what);
    QString path;
    auto &[db, stores, f] = openWithFixture(&path);
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

void StorageFilesTest::transactionGuardNesting_data()
{
    QTest::addColumn<bool>("commitInner");

    QTest::newRow("inner-committed") << true;
    QTest::newRow("inner-not-committed") << false;
}

void StorageFilesTest::transactionGuardNesting()
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

// --- Two connections on one file --------------------------------------------------------------------

void StorageFilesTest::optimisticLocking()
{
    auto &[connections, one, two, f] = openTwiceWithFixture();
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

void StorageFilesTest::staleEditOfRemovedRowRefused()
{
    auto &[connections, one, two, f] = openTwiceWithFixture();
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

QTEST_GUILESS_MAIN(StorageFilesTest)
#include "tst_storage_files.moc"
