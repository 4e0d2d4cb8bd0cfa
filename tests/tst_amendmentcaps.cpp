// SPDX-License-Identifier: GPL-3.0-or-later
// The caps on amendments: 10 % of the initial amount for small modifications added up, 50 % for any single one.
#include "engine/amendmentcaps.h"
#include "engine/summary.h"
#include "io/contractimport.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Plafond;

namespace {

Amendment amendment(Id id, const QDate &signedOn, qint64 deltaCents, Id lotId = 0)
{
    Amendment a;
    a.id = id;
    a.lotId = lotId;
    a.signedOn = signedOn;
    a.deltaMaxHt = Money::fromCents(deltaCents);
    return a;
}

} // namespace

class AmendmentCapsTest : public QObject
{
    Q_OBJECT

private slots:
    void caps_data();
    void caps();
    void message();
    void inSummary();
};

void AmendmentCapsTest::caps_data()
{
    QTest::addColumn<QList<Amendment>>("amendments");
    QTest::addColumn<QStringList>("expected"); // key@amendment id@percent hundredths
    const QDate d1(2023, 1, 10);
    const QDate d2(2023, 6, 10);
    const QDate d3(2024, 1, 10);
    // Initial maximum: 1 000 000.00 (100 000 000 cents).
    QTest::newRow("none") << QList<Amendment>{} << QStringList{};
    QTest::newRow("exactly-10-percent") << QList<Amendment>{amendment(1, d1, 10000000)} << QStringList{};
    QTest::newRow("one-cent-past-10-percent")
        << QList<Amendment>{amendment(1, d1, 10000001)} << QStringList{QStringLiteral("amendments_over_10_percent@1@1000")};
    QTest::newRow("cumulated-crosses-on-second")
        << QList<Amendment>{amendment(1, d1, 6000000), amendment(2, d2, 5000000), amendment(3, d3, 1000000)}
        << QStringList{QStringLiteral("amendments_over_10_percent@2@1100")};
    QTest::newRow("decrease-counts-in-absolute-value")
        << QList<Amendment>{amendment(1, d1, 6000000), amendment(2, d2, -5000000)}
        << QStringList{QStringLiteral("amendments_over_10_percent@2@1100")};
    QTest::newRow("signature-order-not-list-order")
        << QList<Amendment>{amendment(3, d3, 5000000), amendment(1, d1, 6000000)}
        << QStringList{QStringLiteral("amendments_over_10_percent@3@1100")};
    QTest::newRow("exactly-50-percent") << QList<Amendment>{amendment(1, d1, 50000000)}
                                        << QStringList{QStringLiteral("amendments_over_10_percent@1@5000")};
    QTest::newRow("past-50-percent") << QList<Amendment>{amendment(1, d1, 50000001)}
                                     << QStringList{QStringLiteral("amendment_over_50_percent@1@5000"),
                                                    QStringLiteral("amendments_over_10_percent@1@5000")};
    QTest::newRow("after-as-of-ignored") << QList<Amendment>{amendment(1, QDate(2030, 1, 1), 60000000)} << QStringList{};
    QTest::newRow("other-scope-ignored") << QList<Amendment>{amendment(1, d1, 60000000, 7)} << QStringList{};
}

void AmendmentCapsTest::caps()
{
    QFETCH(QList<Amendment>, amendments);
    QFETCH(QStringList, expected);
    QStringList found;
    for (const AmendmentWarning &w : AmendmentCaps::check(Money::fromCents(100000000), amendments, QDate(2025, 1, 1)))
        found << QStringLiteral("%1@%2@%3").arg(w.key()).arg(w.amendmentId).arg(w.percentHundredths);
    QCOMPARE(found, expected);
}

void AmendmentCapsTest::message()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    AmendmentWarning w;
    w.kind = AmendmentWarning::Kind::SingleOver50Percent;
    w.lotId = 3;
    w.lotNumber = 4;
    w.signedOn = QDate(2023, 3, 15);
    w.percentHundredths = 5507;
    QCOMPARE(w.message(), QStringLiteral("Lot 4: the amendment of 3/15/23 changes 55.07 % of its initial maximum, past "
                                         "the 50 % allowed for one modification."));
}

void AmendmentCapsTest::inSummary()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("caps.sqlite")), Database::OpenMode::CreateIfMissing));
    Stores stores(database);
    QFile file(QStringLiteral(PLAFOND_SOURCE_DIR "/tests/data/import/contract.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    ContractImport import;
    QVERIFY2(import.prepare(stores, file.readAll(), QStringLiteral("contract.json")), qPrintable(import.errors().join(QLatin1Char('\n'))));
    QVERIFY(import.apply(stores));
    const Contract contract = *stores.contracts.contractByReference(QStringLiteral("TEST-2024"));
    const Lot lot1 = stores.contracts.lots(contract.id).value().first();
    // Lot 1 (100 000.00): +60 000.00, past both caps. Contract (300 000.00): +31 000.00, past 10 %.
    Amendment onLot = amendment(0, QDate(2024, 6, 1), 6000000, lot1.id);
    onLot.contractId = contract.id;
    Amendment onContract = amendment(0, QDate(2024, 7, 1), 3100000);
    onContract.contractId = contract.id;
    QVERIFY(stores.contracts.saveAmendment(onLot));
    QVERIFY(stores.contracts.saveAmendment(onContract));
    QString error;
    const auto before = Summary::compute(stores, QDate(2024, 5, 31), QString(), &error);
    QVERIFY2(before, qPrintable(error));
    QCOMPARE(before->contracts.first().lots.first().alerts, QStringList());
    const auto after = Summary::compute(stores, QDate(2024, 12, 31), QString(), &error);
    QVERIFY2(after, qPrintable(error));
    QCOMPARE(after->contracts.first().lots.first().alerts,
             (QStringList{QStringLiteral("amendment_over_50_percent"), QStringLiteral("amendments_over_10_percent")}));
    QVERIFY(after->contracts.first().alerts.contains(QStringLiteral("amendments_over_10_percent")));
    QVERIFY(!after->contracts.first().alerts.contains(QStringLiteral("amendment_over_50_percent")));
}

QTEST_GUILESS_MAIN(AmendmentCapsTest)
#include "tst_amendmentcaps.moc"
