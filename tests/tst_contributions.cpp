// SPDX-License-Identifier: GPL-3.0-or-later
// Upstream contributions (issue 5): storage, the KPI on a fixture with exact cents and percents, declared uses
// and the "used but not covered" gap list, and contributions surviving an edit of their order.
#include "engine/contributions.h"
#include "storecheck.h"
#include "io/contractimport.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Plafond;

namespace {

OrderLine line(Id workUnitId, qint64 quantityMilli, qint64 unitPriceCents)
{
    OrderLine l;
    l.workUnitId = workUnitId;
    l.quantityMilli = quantityMilli;
    l.unitPriceHt = Money::fromCents(unitPriceCents);
    return l;
}

} // namespace

class ContributionsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void percent_data();
    void percent();
    void kpi_data();
    void kpi();
    void contributionRules();
    void survivesOrderEdit();
    void declaredUses();
    void contractImportDevelopment();

private:
    PurchaseOrder order(Id lotId, const QString &number, OrderStatus status, const QDate &issuedOn,
                        QList<OrderLine> lines, const QDate &cancelledOn = QDate());
    Contribution contribute(Id lineId, Contribution::State state, const QDate &on);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_repo;
    Contract m_contract;
    Lot m_lot1;
    Lot m_lot2;
    Beneficiary m_beneficiary;
    WorkUnit m_dev;   // lot 1, development, 1,000.00 a day
    WorkUnit m_audit; // lot 1, not development, 1,200.00 a day
    WorkUnit m_dev2;  // lot 2, development, 850.00 a day
    PurchaseOrder m_o1, m_o2, m_o3, m_o4, m_o5, m_o6;
};

PurchaseOrder ContributionsTest::order(Id lotId, const QString &number, OrderStatus status, const QDate &issuedOn,
                                       QList<OrderLine> lines, const QDate &cancelledOn)
{
    PurchaseOrder o;
    o.lotId = lotId;
    o.beneficiaryId = m_beneficiary.id;
    o.number = number;
    o.status = status;
    o.createdOn = issuedOn.isValid() ? issuedOn : QDate(2024, 1, 2);
    o.issuedOn = issuedOn;
    o.cancelledOn = cancelledOn;
    o.lines = std::move(lines);
    if (const Status status = m_repo->orders.saveOrder(o); !status)
        qWarning() << status.message();
    return o;
}

Contribution ContributionsTest::contribute(Id lineId, Contribution::State state, const QDate &on)
{
    Contribution k;
    k.orderLineId = lineId;
    k.url = QStringLiteral("https://gitlab.com/samba-team/samba/-/merge_requests/%1").arg(lineId);
    k.state = state;
    k.stateOn = on;
    if (const Status status = m_repo->components.saveContribution(k); !status)
        qWarning() << status.message();
    return k;
}

void ContributionsTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("k.plafond")), Database::OpenMode::CreateIfMissing, &error),
             qPrintable(error));
    m_repo = std::make_unique<Stores>(*m_db);
    m_contract = Contract();
    m_contract.reference = QStringLiteral("K-1");
    m_contract.title = QStringLiteral("Contributions");
    m_contract.buyer = QStringLiteral("Buyer");
    m_contract.startOn = QDate(2024, 1, 1);
    m_contract.durationMonths = 24;
    m_contract.maxHt = Money::fromCents(100000000);
    PLAFOND_VERIFY_OK(m_repo->contracts.saveContract(m_contract));
    m_lot1 = Lot();
    m_lot1.contractId = m_contract.id;
    m_lot1.number = 1;
    m_lot1.title = QStringLiteral("One");
    m_lot1.maxHt = Money::fromCents(50000000);
    PLAFOND_VERIFY_OK(m_repo->contracts.saveLot(m_lot1));
    m_lot2 = m_lot1;
    m_lot2.id = 0;
    m_lot2.rowVersion = 0;
    m_lot2.number = 2;
    m_lot2.title = QStringLiteral("Two");
    PLAFOND_VERIFY_OK(m_repo->contracts.saveLot(m_lot2));
    m_beneficiary = Beneficiary();
    m_beneficiary.code = QStringLiteral("B1");
    m_beneficiary.name = QStringLiteral("Beneficiary one");
    PLAFOND_VERIFY_OK(m_repo->catalogue.saveBeneficiary(m_beneficiary));
    auto unit = [&](WorkUnit &u, Id lotId, const QString &code, bool development, qint64 cents) {
        u = WorkUnit();
        u.lotId = lotId;
        u.code = code;
        u.labelFr = code;
        u.unit = QStringLiteral("day");
        u.development = development;
        u.prices << UnitPrice{0, 0, QDate(2024, 1, 1), Money::fromCents(cents)};
        return m_repo->catalogue.saveWorkUnit(u);
    };
    QVERIFY(unit(m_dev, m_lot1.id, QStringLiteral("DEV"), true, 100000));
    QVERIFY(unit(m_audit, m_lot1.id, QStringLiteral("AUDIT"), false, 120000));
    QVERIFY(unit(m_dev2, m_lot2.id, QStringLiteral("DEV2"), true, 85000));
    QCOMPARE(m_repo->catalogue.workUnit(m_dev.id)->development, true);
    QCOMPARE(m_repo->catalogue.workUnit(m_audit.id)->development, false);

    // O1 lot 1: DEV 3 days 300000 (merged 2024-03-01) + AUDIT 120000 (not development).
    m_o1 = order(m_lot1.id, QStringLiteral("O1"), OrderStatus::Issued, QDate(2024, 1, 10),
                 {line(m_dev.id, 3000, 100000), line(m_audit.id, 1000, 120000)});
    // O2 lot 1: DEV 2.5 days 250000 (refused) + DEV 1 day 100000 (merged 2024-05-01).
    m_o2 = order(m_lot1.id, QStringLiteral("O2"), OrderStatus::Done, QDate(2024, 2, 1),
                 {line(m_dev.id, 2500, 100000), line(m_dev.id, 1000, 100000)});
    m_o2.doneOn = QDate(2024, 3, 1);
    // O3 lot 2: DEV2 1.333 days × 850.00 = 1133.05, a submitted contribution only.
    m_o3 = order(m_lot2.id, QStringLiteral("O3"), OrderStatus::Issued, QDate(2024, 2, 15), {line(m_dev2.id, 1333, 85000)});
    // O4: a draft, never counted.
    m_o4 = order(m_lot1.id, QStringLiteral("O4"), OrderStatus::Draft, QDate(), {line(m_dev.id, 10000, 100000)});
    // O5 lot 2: issued 2024-01-05, cancelled 2024-04-01: DEV2 2 days 170000.
    m_o5 = order(m_lot2.id, QStringLiteral("O5"), OrderStatus::Cancelled, QDate(2024, 1, 5), {line(m_dev2.id, 2000, 85000)},
                 QDate(2024, 4, 1));
    // O6 lot 1: issued after the second date.
    m_o6 = order(m_lot1.id, QStringLiteral("O6"), OrderStatus::Issued, QDate(2024, 7, 1), {line(m_dev.id, 1000, 100000)});
    QVERIFY(m_o6.id);
    QCOMPARE(m_o3.lines.at(0).amountHt.cents(), 113305);

    contribute(m_o1.lines.at(0).id, Contribution::State::Merged, QDate(2024, 3, 1));
    contribute(m_o2.lines.at(0).id, Contribution::State::Refused, QDate(2024, 3, 10));
    contribute(m_o2.lines.at(1).id, Contribution::State::Merged, QDate(2024, 5, 1));
    contribute(m_o2.lines.at(1).id, Contribution::State::Merged, QDate(2024, 5, 2)); // counted once
    contribute(m_o3.lines.at(0).id, Contribution::State::Submitted, QDate(2024, 3, 1));
    contribute(m_o5.lines.at(0).id, Contribution::State::Merged, QDate(2024, 6, 1)); // after the cancellation
    contribute(m_o6.lines.at(0).id, Contribution::State::Merged, QDate(2024, 7, 20));
    QCOMPARE(m_repo->components.contributions(m_contract.id).value().size(), 7);
}

void ContributionsTest::cleanup()
{
    m_repo.reset();
    m_db.reset();
    m_dir.reset();
}

void ContributionsTest::percent_data()
{
    QTest::addColumn<qint64>("merged");
    QTest::addColumn<qint64>("development");
    QTest::addColumn<qint64>("hundredths");
    QTest::newRow("nothing-developed") << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("all") << qint64(763305) << qint64(763305) << qint64(10000);
    QTest::newRow("half-hundredth-up") << qint64(1) << qint64(20000) << qint64(1);         // 0.5 → 1
    QTest::newRow("one-and-a-half-up") << qint64(3) << qint64(20000) << qint64(2);         // 1.5 → 2
    QTest::newRow("just-under-half") << qint64(1) << qint64(20001) << qint64(0);           // 0.49997… → 0
    QTest::newRow("two-thirds") << qint64(2) << qint64(3) << qint64(6667);                 // 6666.67 → 6667
}

void ContributionsTest::percent()
{
    QFETCH(qint64, merged);
    QFETCH(qint64, development);
    QFETCH(qint64, hundredths);
    QCOMPARE(ContributionsEngine::percentHundredths(Money::fromCents(merged), Money::fromCents(development)), hundredths);
}

void ContributionsTest::kpi_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<qint64>("development");
    QTest::addColumn<qint64>("merged");
    QTest::addColumn<qint64>("percent");
    QTest::addColumn<qint64>("lot1Development");
    QTest::addColumn<qint64>("lot1Merged");
    QTest::addColumn<qint64>("lot1Percent");
    QTest::addColumn<qint64>("lot2Development");
    QTest::addColumn<QStringList>("without");
    // 2024-03-15: O1 300000 (merged 03-01), O2 250000 + 100000 (merged only 05-01), O3 113305, O5 170000 (not yet
    // cancelled) = 933305; merged 300000 → 32.1439 % → 3214. Lot 1 650000, 300000 → 46.1538 % → 4615.
    QTest::newRow("before-the-second-merge") << QDate(2024, 3, 15) << qint64(933305) << qint64(300000) << qint64(3214)
                                             << qint64(650000) << qint64(300000) << qint64(4615) << qint64(283305)
                                             << QStringList{QStringLiteral("O2"), QStringLiteral("O3"), QStringLiteral("O5")};
    // 2024-06-30: O5 cancelled, O6 not issued yet: 300000 + 350000 + 113305 = 763305; merged 300000 + 100000
    // (O2's second line; the refused first line does not count) = 400000 → 52.4036 % → 5240.
    // Lot 1 650000, 400000 → 61.5385 % → 6154.
    QTest::newRow("after-the-cancellation") << QDate(2024, 6, 30) << qint64(763305) << qint64(400000) << qint64(5240)
                                            << qint64(650000) << qint64(400000) << qint64(6154) << qint64(113305)
                                            << QStringList{QStringLiteral("O3")};
    // 2024-12-31: O6 100000 issued and merged 07-20: 863305, 500000 → 57.9170 % → 5792; lot 1 750000,
    // 500000 → 66.6667 % → 6667.
    QTest::newRow("end-of-year") << QDate(2024, 12, 31) << qint64(863305) << qint64(500000) << qint64(5792)
                                 << qint64(750000) << qint64(500000) << qint64(6667) << qint64(113305)
                                 << QStringList{QStringLiteral("O3")};
}

void ContributionsTest::kpi()
{
    QFETCH(QDate, asOf);
    QString error;
    const std::optional<ContractContributions> result = ContributionsEngine::compute(*m_repo, m_contract.id, asOf, &error);
    QVERIFY2(result, qPrintable(error));
    QTEST(result->share.developmentHt.cents(), "development");
    QTEST(result->share.mergedHt.cents(), "merged");
    QTEST(result->share.percentHundredths, "percent");
    QCOMPARE(result->lots.size(), 2);
    QCOMPARE(result->lots.at(0).lotNumber, 1);
    QTEST(result->lots.at(0).share.developmentHt.cents(), "lot1Development");
    QTEST(result->lots.at(0).share.mergedHt.cents(), "lot1Merged");
    QTEST(result->lots.at(0).share.percentHundredths, "lot1Percent");
    QCOMPARE(result->lots.at(1).lotNumber, 2);
    QTEST(result->lots.at(1).share.developmentHt.cents(), "lot2Development");
    QCOMPARE(result->lots.at(1).share.mergedHt.cents(), qint64(0));
    QStringList without;
    for (const UncontributedOrder &order : result->without)
        without << order.number;
    QTEST(without, "without");
    const UncontributedOrder &o3 = result->without.at(without.indexOf(QStringLiteral("O3")));
    QCOMPARE(o3.developmentHt.cents(), qint64(113305));
    QCOMPARE(o3.lotNumber, 2);
    QCOMPARE(o3.issuedOn, QDate(2024, 2, 15));
    QCOMPARE(o3.beneficiaryCode, QStringLiteral("B1"));
}

void ContributionsTest::contributionRules()
{
    Contribution k;
    k.orderLineId = m_o1.lines.at(1).id; // the audit line
    k.url = QStringLiteral("https://example.org/1");
    k.stateOn = QDate(2024, 3, 1);
    PLAFOND_VERIFY_FAILS(m_repo->components.saveContribution(k), QStringLiteral("Only the lines of a development work unit carry upstream contributions."));
    QCOMPARE(k.id, Id(0));
    k.orderLineId = m_o1.lines.at(0).id;
    k.url = QStringLiteral("  ");
    PLAFOND_VERIFY_FAILS(m_repo->components.saveContribution(k), QStringLiteral("A contribution needs the address (URL) where it can be seen."));
    k.url = QStringLiteral("https://example.org/1");
    PLAFOND_VERIFY_OK(m_repo->components.saveContribution(k));
    const std::optional<Contribution> stored = m_repo->components.contribution(k.id).optional();
    QVERIFY(stored);
    QCOMPARE(stored->state, Contribution::State::Submitted);
    QCOMPARE(stored->stateOn, QDate(2024, 3, 1));
    QCOMPARE(stored->componentId, Id(0));
    QVERIFY(m_repo->components.removeContribution(k.id));
    QVERIFY(!m_repo->components.contribution(k.id));

    const QList<DevelopmentLine> lines = m_repo->components.developmentLines(m_contract.id).value();
    QStringList numbers;
    for (const DevelopmentLine &l : lines)
        numbers << l.orderNumber + QLatin1Char('/') + l.workUnitCode;
    QCOMPARE(numbers, (QStringList{QStringLiteral("O1/DEV"), QStringLiteral("O2/DEV"), QStringLiteral("O2/DEV"),
                                   QStringLiteral("O3/DEV2"), QStringLiteral("O4/DEV"), QStringLiteral("O5/DEV2"),
                                   QStringLiteral("O6/DEV")}));
}

void ContributionsTest::survivesOrderEdit()
{
    // An edit of the order (quantity changed, a line added, the audit line removed) keeps the development line
    // and its contribution.
    PurchaseOrder edited = *m_repo->orders.order(m_o1.id);
    const Id devLine = edited.lines.at(0).id;
    const Id auditLine = edited.lines.at(1).id;
    edited.lines[0].quantityMilli = 4000;
    edited.lines.removeAt(1);
    edited.lines << line(m_dev.id, 500, 100000);
    PLAFOND_VERIFY_OK(m_repo->orders.saveOrder(edited));
    const PurchaseOrder reread = *m_repo->orders.order(m_o1.id);
    QCOMPARE(reread.lines.size(), 2);
    QCOMPARE(reread.lines.at(0).id, devLine);
    QCOMPARE(reread.lines.at(0).amountHt.cents(), qint64(400000));
    QVERIFY(reread.lines.at(1).id != auditLine);
    int ofLine = 0;
    for (const Contribution &k : m_repo->components.contributions(m_contract.id))
        ofLine += k.orderLineId == devLine ? 1 : 0;
    QCOMPARE(ofLine, 1);

    // Undo of the edit (the old state forced back, row version 0): the audit line comes back with its identifier.
    PurchaseOrder before = m_o1;
    before.rowVersion = 0;
    PLAFOND_VERIFY_OK(m_repo->orders.saveOrder(before));
    const PurchaseOrder restored = *m_repo->orders.order(m_o1.id);
    QCOMPARE(restored.lines.size(), 2);
    QCOMPARE(restored.lines.at(0).id, devLine);
    QCOMPARE(restored.lines.at(1).id, auditLine);
    QCOMPARE(restored.lines.at(0).amountHt.cents(), qint64(300000));

    // A line copied from another order is inserted anew, never moved.
    PurchaseOrder copy = *m_repo->orders.order(m_o3.id);
    copy.lines << m_repo->orders.order(m_o6.id)->lines.at(0);
    PLAFOND_VERIFY_OK(m_repo->orders.saveOrder(copy));
    QCOMPARE(m_repo->orders.order(m_o6.id)->lines.size(), 1);
    QCOMPARE(m_repo->orders.order(m_o3.id)->lines.size(), 2);

    // Removing the development line removes its contributions with it.
    PurchaseOrder without = *m_repo->orders.order(m_o1.id);
    without.lines.removeAt(0);
    PLAFOND_VERIFY_OK(m_repo->orders.saveOrder(without));
    ofLine = 0;
    for (const Contribution &k : m_repo->components.contributions(m_contract.id))
        ofLine += k.orderLineId == devLine ? 1 : 0;
    QCOMPARE(ofLine, 0);
}

void ContributionsTest::declaredUses()
{
    Component covered;
    covered.sillId = QStringLiteral("1");
    covered.name = QStringLiteral("Samba");
    Component bare;
    bare.sillId = QStringLiteral("2");
    bare.name = QStringLiteral("GIMP");
    QVERIFY(m_repo->components.saveComponent(covered));
    QVERIFY(m_repo->components.saveComponent(bare));
    QVERIFY(m_repo->components.setComponentCovered(covered.id, m_lot2.id, true));
    QCOMPARE(m_repo->components.componentCount(), 2);
    ComponentUse a{0, m_beneficiary.id, covered.id, QDate(2024, 2, 1), QStringLiteral("file servers"), 0};
    ComponentUse b{0, m_beneficiary.id, bare.id, QDate(2024, 2, 2), QString(), 0};
    PLAFOND_VERIFY_OK(m_repo->components.saveComponentUse(a));
    PLAFOND_VERIFY_OK(m_repo->components.saveComponentUse(b));
    ComponentUse twice{0, m_beneficiary.id, bare.id, QDate(2024, 2, 3), QString(), 0};
    QVERIFY(!m_repo->components.saveComponentUse(twice)); // one declaration per beneficiary and component
    QCOMPARE(twice.id, Id(0));
    const QList<ComponentUse> uses = m_repo->components.componentUses(m_beneficiary.id).value();
    QCOMPARE(uses.size(), 2);
    QCOMPARE(uses.at(0).componentId, bare.id); // by component name: GIMP before Samba
    QCOMPARE(uses.at(1).note, QStringLiteral("file servers"));
    QCOMPARE(uses.at(1).declaredOn, QDate(2024, 2, 1));
    QList<ComponentUse> gaps = m_repo->components.uncoveredUses().value();
    QCOMPARE(gaps.size(), 1);
    QCOMPARE(gaps.at(0).componentId, bare.id);
    QVERIFY(m_repo->components.setComponentCovered(bare.id, m_lot1.id, true));
    QCOMPARE(m_repo->components.uncoveredUses().value().size(), 0);
    QVERIFY(m_repo->components.setComponentCovered(bare.id, m_lot1.id, false));
    QVERIFY(m_repo->components.removeComponentUse(b.id));
    QCOMPARE(m_repo->components.uncoveredUses().value().size(), 0);
    QCOMPARE(m_repo->components.componentUses().value().size(), 1);
}

void ContributionsTest::contractImportDevelopment()
{
    const QByteArray json = R"({"reference": "K-2", "title": "T", "buyer": "B", "start": "2024-01-01", "months": 12,
 "vat_rate_percent": "20", "max_ht": "1000.00", "min_ht": null, "revision": null,
 "lots": [{"number": 1, "title": "L", "max_ht": "1000.00", "min_ht": null, "holders": [],
           "work_units": [{"code": "DEV", "label_fr": "Dev", "label_en": "Dev", "unit": "day", "price_ht": "100.00",
                           "from": "2024-01-01", "development": true},
                          {"code": "AUDIT", "label_fr": "Audit", "label_en": "Audit", "unit": "day",
                           "price_ht": "100.00", "from": "2024-01-01"}]}],
 "beneficiaries": []}
)";
    ContractImport import;
    QVERIFY2(import.prepare(*m_repo, json, QStringLiteral("k2.json")), qPrintable(import.errors().join(QLatin1Char('\n'))));
    QString error;
    QVERIFY2(import.apply(*m_repo, &error), qPrintable(error));
    const auto contract = m_repo->contracts.contractByReference(QStringLiteral("K-2"));
    QVERIFY(contract);
    QStringList flags;
    for (const WorkUnit &unit : m_repo->catalogue.contractWorkUnits(contract->id))
        flags << unit.code + (unit.development ? QStringLiteral(":dev") : QString());
    QCOMPARE(flags, (QStringList{QStringLiteral("AUDIT"), QStringLiteral("DEV:dev")}));

    QByteArray bad = json;
    bad.replace("\"K-2\"", "\"K-3\"").replace("\"development\": true", "\"development\": \"yes\"");
    ContractImport refused;
    QVERIFY(!refused.prepare(*m_repo, bad, QStringLiteral("k3.json")));
    QCOMPARE(refused.errors(), QStringList{QStringLiteral("k3.json:5: work unit: development: a boolean is expected, not a string")});
}

QTEST_GUILESS_MAIN(ContributionsTest)
#include "tst_contributions.moc"
