// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/contributions.h"
#include "engine/revisedschedule.h"
#include "engine/summary.h"
#include "io/demodata.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Plafond;

namespace {

// Every row of a table, columns in order, without the timestamps that record when the demo was written.
QStringList dumpTable(const Database &database, const QString &table)
{
    QStringList rows;
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
        return {QStringLiteral("cannot read %1").arg(table)};
    while (query.next()) {
        const QSqlRecord record = query.record();
        QStringList fields;
        for (int i = 0; i < record.count(); ++i) {
            const QString name = record.fieldName(i);
            if (name == QLatin1String("created_at") || name == QLatin1String("updated_at"))
                continue;
            fields << name + QLatin1Char('=') + (record.isNull(i) ? QStringLiteral("NULL") : record.value(i).toString());
        }
        rows << fields.join(QLatin1Char('|'));
    }
    return rows;
}

QString holderText(const Holder &holder)
{
    static const char *const roles[] = {"lead", "co-contractor", "subcontractor"};
    return holder.name + QLatin1Char('/') + QLatin1String(roles[static_cast<int>(holder.role)]) + QLatin1Char('/')
        + holder.siret;
}

} // namespace

class DemoTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deterministic_data();
    void deterministic();
    void refusesNonEmptyDatabase();
    void contracts_data();
    void contracts();
    void lots_data();
    void lots();
    void workUnits_data();
    void workUnits();
    void volumes();
    void beneficiaryHierarchy();
    void everyStatus_data();
    void everyStatus();
    void orderDates();
    void orderNumbers();
    void linePrices();
    void budgets();
    void allocations();
    void acimNotOrderedByEconomy();
    void lotPastNinetyPercent();
    void contributions(); // issue 5: development work units, contributions, declared uses
    void syntecRevisions(); // issue 6: the real Syntec values, the revisions of MEF-ELL-2020

private:
    QTemporaryDir m_dir;
    Database m_first;
    Database m_second;
    std::unique_ptr<Stores> m_stores;
    QList<PurchaseOrder> m_orders;
    QHash<Id, Id> m_contractOfLot;
};

void DemoTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Database *databases[] = {&m_first, &m_second};
    for (int i = 0; i < 2; ++i) {
        QString error;
        QVERIFY2(databases[i]->open(m_dir.filePath(QStringLiteral("demo%1.plafond").arg(i)),
                                    Database::OpenMode::CreateIfMissing, &error), qPrintable(error));
        Stores stores(*databases[i]);
        QVERIFY2(DemoData::write(stores, &error), qPrintable(error));
    }
    m_stores = std::make_unique<Stores>(m_first);
    for (const OrderRow &row : m_stores->orders.orderRows()) {
        const auto order = m_stores->orders.order(row.id);
        QVERIFY(order);
        m_orders << *order;
        m_contractOfLot.insert(row.lotId, row.contractId);
    }
}

void DemoTest::deterministic_data()
{
    QTest::addColumn<QString>("table");
    QStringList tables = m_first.connection().tables();
    tables.sort();
    QCOMPARE(tables, [this] { QStringList t = m_second.connection().tables(); t.sort(); return t; }());
    for (const QString &table : std::as_const(tables))
        QTest::newRow(qPrintable(table)) << table;
}

void DemoTest::deterministic()
{
    QFETCH(QString, table);
    const QStringList first = dumpTable(m_first, table);
    const QStringList second = dumpTable(m_second, table);
    QCOMPARE(first.size(), second.size());
    QCOMPARE(first, second);
}

void DemoTest::refusesNonEmptyDatabase()
{
    QString error;
    QVERIFY(!DemoData::write(*m_stores, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_stores->contracts.contracts().value().size(), 2); // and nothing was added
}

void DemoTest::contracts_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("buyer");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("months");
    QTest::addColumn<int>("firmMonths");
    QTest::addColumn<int>("renewals");
    QTest::addColumn<int>("inScope");
    QTest::addColumn<qint64>("awardedCents"); // -1: none
    QTest::addColumn<qint64>("maxCents");
    QTest::addColumn<int>("lotCount");

    QTest::newRow("acim") << QStringLiteral("ACIM-2012")
                          << QStringLiteral("Accord-cadre interministériel support logiciels libres et prestations complémentaires")
                          << QStringLiteral("Ministère de l'Intérieur, Service des achats de l'État et DISIC")
                          << QDate(2012, 7, 1) << 48 << 36 << 1 << 350 << qint64(275000000) << qint64(550000000) << 1;
    QTest::newRow("mef-ell") << QStringLiteral("MEF-ELL-2020") << QStringLiteral("Expertise Logiciels Libres")
                             << QStringLiteral("Ministère de l'Économie, des Finances et de la Relance")
                             << QDate(2020, 9, 1) << 48 << 12 << 3 << 208 << qint64(-1) << qint64(1210000000) << 6;
}

void DemoTest::contracts()
{
    QFETCH(QString, reference);
    const auto contract = m_stores->contracts.contractByReference(reference);
    QVERIFY(contract);
    QTEST(contract->title, "title");
    QTEST(contract->buyer, "buyer");
    QTEST(contract->startOn, "start");
    QVERIFY(contract->notifiedOn.isValid() && contract->notifiedOn <= contract->startOn);
    QCOMPARE(contract->notifiedOn.year(), contract->startOn.year());
    QTEST(contract->durationMonths, "months");
    QTEST(contract->firmMonths, "firmMonths");
    QTEST(contract->renewalCount, "renewals");
    QCOMPARE(contract->firmMonths + contract->renewalCount * contract->renewalMonths, contract->durationMonths);
    QTEST(contract->componentsInScope, "inScope");
    QFETCH(qint64, awardedCents);
    if (awardedCents < 0)
        QVERIFY(!contract->awardedHt);
    else
        QCOMPARE(contract->awardedHt.value_or(Money()).cents(), awardedCents);
    QTEST(contract->maxHt.cents(), "maxCents");
    QVERIFY(contract->demo);
    QCOMPARE(contract->revisionIndex, QStringLiteral("SYNTEC"));
    QCOMPARE(contract->revisionFixedPart, QStringLiteral("0.15"));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}$")).match(contract->revisionBaseMonth).hasMatch());
    QVERIFY(!contract->revisionClause.isEmpty());
    QTEST(int(m_stores->contracts.lots(contract->id).value().size()), "lotCount");
}

void DemoTest::lots_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("titleStart");
    QTest::addColumn<QStringList>("holders"); // name/role/siret

    const QStringList linagora{QStringLiteral("LINAGORA/lead/")};
    const QString ell = QStringLiteral("MEF-ELL-2020");
    QTest::newRow("ell-1-generic") << ell << 1 << QStringLiteral("Expertise générique") << linagora;
    QTest::newRow("ell-2-drupal") << ell << 2 << QStringLiteral("Drupal") << linagora;
    QTest::newRow("ell-3-samba-not-provided") << ell << 3 << QStringLiteral("Samba") << QStringList();
    QTest::newRow("ell-4-postgresql-not-provided") << ell << 4 << QStringLiteral("PostgreSQL") << QStringList();
    QTest::newRow("ell-5-openstack-not-provided") << ell << 5 << QStringLiteral("OpenStack") << QStringList();
    QTest::newRow("ell-6-moodle-not-provided") << ell << 6 << QStringLiteral("Moodle") << QStringList();
    QTest::newRow("acim-1") << QStringLiteral("ACIM-2012") << 1 << QStringLiteral("Support et maintenance des logiciels libres")
                            << QStringList{QStringLiteral("Capgemini/lead/"), QStringLiteral("Alter Way/co-contractor/"),
                                           QStringLiteral("Zenika/subcontractor/")};
}

void DemoTest::lots()
{
    QFETCH(QString, reference);
    QFETCH(int, number);
    QFETCH(QString, titleStart);
    QFETCH(QStringList, holders);
    const auto contract = m_stores->contracts.contractByReference(reference);
    QVERIFY(contract);
    const QList<Lot> lots = m_stores->contracts.lots(contract->id).value();
    QVERIFY(number <= lots.size());
    const Lot &lot = lots.at(number - 1);
    QCOMPARE(lot.number, number);
    QVERIFY2(lot.title.startsWith(titleStart), qPrintable(lot.title));
    QStringList actual;
    for (const Holder &holder : lot.holders)
        actual << holderText(holder);
    QCOMPARE(actual, holders);
}

void DemoTest::workUnits_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QStringList>("labelsEn"); // in the order of the units' codes
    QTest::newRow("mef-ell") << QStringLiteral("MEF-ELL-2020")
                             << QStringList{QStringLiteral("Implementation assistance"), QStringLiteral("Operations assistance"),
                                            QStringLiteral("Audit"), QStringLiteral("Development"),
                                            QStringLiteral("Implementation study"), QStringLiteral("Opportunity study"),
                                            QStringLiteral("Mentoring")};
    QTest::newRow("acim") << QStringLiteral("ACIM-2012")
                          << QStringList{QStringLiteral("Development (contributed upstream)"), QStringLiteral("Help desk"),
                                         QStringLiteral("Incident handling"), QStringLiteral("Adaptive maintenance")};
}

void DemoTest::workUnits()
{
    QFETCH(QString, reference);
    QFETCH(QStringList, labelsEn);
    const auto contract = m_stores->contracts.contractByReference(reference);
    QVERIFY(contract);
    bool someUnitHasSeveralPrices = false;
    for (const Lot &lot : m_stores->contracts.lots(contract->id)) {
        QStringList labels;
        for (const WorkUnit &unit : m_stores->catalogue.workUnits(lot.id)) { // by code
            labels << unit.labelEn;
            QVERIFY(!unit.labelFr.isEmpty());
            QVERIFY(!unit.unit.isEmpty());
            QVERIFY(!unit.prices.isEmpty());
            QCOMPARE(unit.prices.first().effectiveFrom, contract->startOn);
            someUnitHasSeveralPrices = someUnitHasSeveralPrices || unit.prices.size() > 1;
        }
        QCOMPARE(labels, labelsEn);
        if (reference.startsWith(QLatin1String("MEF"))) {
            for (const WorkUnit &unit : m_stores->catalogue.workUnits(lot.id))
                QCOMPARE(unit.unit, QStringLiteral("day"));
        }
    }
    QVERIFY(someUnitHasSeveralPrices);
}

void DemoTest::volumes()
{
    QVERIFY2(m_orders.size() >= 300, qPrintable(QString::number(m_orders.size())));
    QVERIFY(m_stores->catalogue.beneficiaries().value().size() >= 20);
    QHash<Id, int> perContract;
    for (const PurchaseOrder &order : std::as_const(m_orders))
        ++perContract[m_contractOfLot.value(order.lotId)];
    QCOMPARE(perContract.size(), 2);
    for (int count : std::as_const(perContract))
        QVERIFY(count >= 100);
}

void DemoTest::beneficiaryHierarchy()
{
    QHash<Id, Beneficiary> byId;
    for (const Beneficiary &beneficiary : m_stores->catalogue.beneficiaries())
        byId.insert(beneficiary.id, beneficiary);
    int maxDepth = 0;
    int roots = 0;
    for (const Beneficiary &beneficiary : std::as_const(byId)) {
        int depth = 1;
        for (Id parent = beneficiary.parentId; parent != 0; parent = byId.value(parent).parentId) {
            QVERIFY(byId.contains(parent));
            ++depth;
        }
        maxDepth = std::max(maxDepth, depth);
        roots += beneficiary.parentId == 0 ? 1 : 0;
    }
    QVERIFY(roots >= 10);      // ministries
    QCOMPARE(maxDepth, 3);     // ministry → direction → body
    // Names come from the shared reference data, verbatim.
    bool found = false;
    for (const Beneficiary &beneficiary : std::as_const(byId))
        found = found || (beneficiary.code == QLatin1String("DGFIP") && beneficiary.name == QStringLiteral("Direction Générale Des Finances Publiques"));
    QVERIFY(found);
}

void DemoTest::everyStatus_data()
{
    QTest::addColumn<int>("status");
    for (OrderStatus status : Lifecycle::allStatuses())
        QTest::newRow(qPrintable(Lifecycle::statusKey(status))) << static_cast<int>(status);
}

void DemoTest::everyStatus()
{
    QFETCH(int, status);
    int count = 0;
    for (const PurchaseOrder &order : std::as_const(m_orders))
        count += static_cast<int>(order.status) == status ? 1 : 0;
    QVERIFY(count > 0);
}

void DemoTest::orderDates()
{
    QHash<Id, Contract> contracts;
    for (const Contract &contract : m_stores->contracts.contracts())
        contracts.insert(contract.id, contract);
    for (const PurchaseOrder &order : std::as_const(m_orders)) {
        const Contract contract = contracts.value(m_contractOfLot.value(order.lotId));
        const QString what = contract.reference + QLatin1Char(' ') + order.number;
        QList<QDate> steps{order.createdOn, order.issuedOn, order.doneOn, order.invoicedOn, order.paidOn};
        // The dates a status implies are set, those after it are not.
        const int reached = order.status == OrderStatus::Cancelled ? (order.issuedOn.isValid() ? 1 : 0)
                                                                   : static_cast<int>(order.status);
        QDate previous;
        for (int i = 0; i < steps.size(); ++i) {
            QVERIFY2(steps.at(i).isValid() == (i <= reached), qPrintable(what));
            if (!steps.at(i).isValid())
                continue;
            QVERIFY2(steps.at(i) >= contract.startOn && steps.at(i) <= contract.endOn(), qPrintable(what));
            QVERIFY2(!previous.isValid() || steps.at(i) > previous, qPrintable(what));
            previous = steps.at(i);
        }
        QCOMPARE(order.cancelledOn.isValid(), order.status == OrderStatus::Cancelled);
        if (order.cancelledOn.isValid()) {
            QVERIFY2(order.cancelledOn > previous && order.cancelledOn <= contract.endOn(), qPrintable(what));
        }
        if (contract.reference == QLatin1String("MEF-ELL-2020")) {
            for (const QDate &step : std::as_const(steps))
                QVERIFY(!step.isValid() || step <= DemoData::snapshotDate());
        }
    }
}

void DemoTest::orderNumbers()
{
    static const QRegularExpression numberShape(QStringLiteral("^BC-(\\d{4})-\\d{4}$"));
    static const QRegularExpression commitmentShape(QStringLiteral("^\\d{10}$"));
    QSet<QString> numbers;
    QSet<QString> commitments;
    for (const PurchaseOrder &order : std::as_const(m_orders)) {
        const auto match = numberShape.match(order.number);
        QVERIFY2(match.hasMatch(), qPrintable(order.number));
        QCOMPARE(match.captured(1).toInt(), order.createdOn.year());
        const QString key = QString::number(m_contractOfLot.value(order.lotId)) + QLatin1Char('/') + order.number;
        QVERIFY2(!numbers.contains(key), qPrintable(key));
        numbers.insert(key);
        if (order.issuedOn.isValid()) {
            QVERIFY2(commitmentShape.match(order.commitmentNumber).hasMatch(), qPrintable(order.commitmentNumber));
            QVERIFY(!commitments.contains(order.commitmentNumber));
            commitments.insert(order.commitmentNumber);
        } else {
            QVERIFY(order.commitmentNumber.isEmpty());
        }
        QVERIFY(!order.ceilingOverride);
    }
}

void DemoTest::linePrices()
{
    QHash<Id, WorkUnit> units;
    QHash<Id, Id> contractOfLot = m_contractOfLot;
    for (const Contract &contract : m_stores->contracts.contracts()) {
        for (const Lot &lot : m_stores->contracts.lots(contract.id)) {
            for (const WorkUnit &unit : m_stores->catalogue.workUnits(lot.id))
                units.insert(unit.id, unit);
        }
    }
    int linesWithLaterPrice = 0;
    for (const PurchaseOrder &order : std::as_const(m_orders)) {
        QVERIFY(!order.lines.isEmpty());
        // Drafts have no issue date yet: they are priced at their creation date.
        const QDate priceDate = order.issuedOn.isValid() ? order.issuedOn : order.createdOn;
        for (const OrderLine &line : order.lines) {
            QVERIFY(units.contains(line.workUnitId));
            const WorkUnit &unit = units[line.workUnitId];
            QCOMPARE(unit.lotId, order.lotId);
            QCOMPARE(line.unitPriceHt, unit.priceOn(priceDate).value_or(Money::fromCents(-1)));
            QCOMPARE(line.amountHt, Money::lineAmount(line.quantityMilli, line.unitPriceHt).value_or(Money()));
            QVERIFY(line.quantityMilli > 0);
            if (line.unitPriceHt != unit.prices.first().priceHt)
                ++linesWithLaterPrice;
        }
    }
    QVERIFY(linesWithLaterPrice > 0);
}

void DemoTest::budgets()
{
    for (const Contract &contract : m_stores->contracts.contracts()) {
        for (const Lot &lot : m_stores->contracts.lots(contract.id)) {
            QSet<QPair<Id, int>> budgeted;
            for (const WorkUnitBudget &budget : m_stores->catalogue.budgets(lot.id)) {
                QVERIFY(budget.quantityMilli > 0);
                budgeted.insert(qMakePair(budget.workUnitId, budget.year));
            }
            for (const WorkUnit &unit : m_stores->catalogue.workUnits(lot.id)) {
                for (int year = contract.startOn.year(); year <= contract.endOn().year(); ++year)
                    QVERIFY2(budgeted.contains(qMakePair(unit.id, year)),
                             qPrintable(QStringLiteral("%1 lot %2 %3 %4").arg(contract.reference).arg(lot.number).arg(unit.code).arg(year)));
            }
        }
    }
}

void DemoTest::allocations()
{
    int amounts = 0;
    int quantities = 0;
    for (const Contract &contract : m_stores->contracts.contracts()) {
        for (const Lot &lot : m_stores->contracts.lots(contract.id)) {
            for (const Allocation &allocation : m_stores->catalogue.allocations(lot.id)) {
                QVERIFY(allocation.beneficiaryId != 0);
                if (allocation.amountHt)
                    ++amounts;
                if (allocation.quantityMilli) {
                    QVERIFY(allocation.workUnitId != 0);
                    ++quantities;
                }
            }
        }
    }
    QVERIFY(amounts >= 2);
    QVERIFY(quantities >= 2);
}

void DemoTest::acimNotOrderedByEconomy()
{
    // All ministries except Economy and Finance order on the interministerial agreement.
    QHash<Id, Beneficiary> byId;
    for (const Beneficiary &beneficiary : m_stores->catalogue.beneficiaries())
        byId.insert(beneficiary.id, beneficiary);
    const auto acim = m_stores->contracts.contractByReference(QStringLiteral("ACIM-2012"));
    QVERIFY(acim);
    for (const PurchaseOrder &order : std::as_const(m_orders)) {
        if (m_contractOfLot.value(order.lotId) != acim->id)
            continue;
        Id root = order.beneficiaryId;
        while (byId.value(root).parentId != 0)
            root = byId.value(root).parentId;
        QVERIFY2(byId.value(root).code != QLatin1String("MEF"), qPrintable(order.number));
    }
}

void DemoTest::lotPastNinetyPercent()
{
    // Any date after both contracts: every demo order has reached its final step by then.
    QString error;
    const auto summary = Summary::compute(*m_stores, QDate(2030, 1, 1), QString(), &error);
    QVERIFY2(summary, qPrintable(error));
    int pastNinety = 0;
    for (const ContractSummary &contract : summary->contracts) {
        for (const LotSummary &lot : contract.lots) {
            QVERIFY2(lot.totals.ordered <= lot.maxHt, qPrintable(contract.reference));
            if (lot.totals.ordered.cents() * 10 > lot.maxHt.cents() * 9) {
                ++pastNinety;
                QCOMPARE(lot.alerts, QStringList{QStringLiteral("lot_over_90_percent")});
            }
        }
    }
    QVERIFY(pastNinety >= 1);
}

void DemoTest::contributions()
{
    // DEV (MEF-ELL-2020) and DEV-REVERS (ACIM-2012) are the development work units, and only they.
    QStringList development;
    for (const Contract &contract : m_stores->contracts.contracts()) {
        for (const WorkUnit &unit : m_stores->catalogue.contractWorkUnits(contract.id)) {
            if (unit.development)
                development << contract.reference + QLatin1Char('/') + unit.code;
        }
    }
    development.removeDuplicates();
    QCOMPARE(development, (QStringList{QStringLiteral("ACIM-2012/DEV-REVERS"), QStringLiteral("MEF-ELL-2020/DEV")}));
    QCOMPARE(m_stores->components.developmentLines().value().size(), 128);
    const QList<Contribution> all = m_stores->components.contributions().value();
    QCOMPARE(all.size(), 101);
    int merged = 0;
    int submitted = 0;
    int refused = 0;
    for (const Contribution &k : all) {
        merged += k.state == Contribution::State::Merged ? 1 : 0;
        submitted += k.state == Contribution::State::Submitted ? 1 : 0;
        refused += k.state == Contribution::State::Refused ? 1 : 0;
        QVERIFY(k.url.startsWith(QStringLiteral("https://")));
        QVERIFY(k.stateOn <= DemoData::snapshotDate());
        QVERIFY(k.componentId != 0);
    }
    QCOMPARE(merged, 59);
    QCOMPARE(submitted, 22);
    QCOMPARE(refused, 20);
    QCOMPARE(m_stores->components.contributions(m_stores->contracts.contractByReference(QStringLiteral("ACIM-2012"))->id).value().size(), 50);

    // The KPI of MEF-ELL-2020 at the snapshot: 806,496.57 of 1,671,064.72 merged, 48.26 %.
    const auto ell = ContributionsEngine::compute(*m_stores, m_stores->contracts.contractByReference(QStringLiteral("MEF-ELL-2020"))->id,
                                                  DemoData::snapshotDate());
    QVERIFY(ell);
    QCOMPARE(ell->share.developmentHt.cents(), qint64(167106472));
    QCOMPARE(ell->share.mergedHt.cents(), qint64(80649657));
    QCOMPARE(ell->share.percentHundredths, qint64(4826));
    QVERIFY(!ell->without.isEmpty());

    // Declared uses: fifteen beneficiaries, seven uses of components no lot covers.
    const QList<ComponentUse> uses = m_stores->components.componentUses().value();
    QCOMPARE(uses.size(), 90);
    QSet<Id> declaring;
    for (const ComponentUse &use : uses)
        declaring.insert(use.beneficiaryId);
    QCOMPARE(declaring.size(), 15);
    QCOMPARE(m_stores->components.uncoveredUses().value().size(), 7);
}

void DemoTest::syntecRevisions()
{
    // The 61 monthly values of resources/syntec/syntec_2019_2025.csv (August 2022 in both series), none corrected.
    const QList<IndexValue> values = m_stores->indexes.indexValues(QStringLiteral("SYNTEC")).value();
    QCOMPARE(values.size(), 61);
    QCOMPARE(m_stores->indexes.indexValues(QStringLiteral("SYNTEC"), true).value().size(), 61);

    const auto contract = m_stores->contracts.contractByReference(QStringLiteral("MEF-ELL-2020"));
    QVERIFY(contract);
    const RevisedSchedule schedule = RevisedSchedule::load(*m_stores, contract->id);
    QVERIFY(schedule.hasClause());
    QCOMPARE(schedule.clauseError(), QString());
    QCOMPARE(schedule.baseIndex().value_or(IndexValue()).tenths, 2749); // June 2020, old series
    // Base month June 2020, start September 2020: each anniversary takes the index of June.
    const QList<RevisionStep> &steps = schedule.revisions();
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.at(0).date, QDate(2021, 9, 1));
    QCOMPARE(steps.at(0).indexMonth, QDate(2021, 6, 1));
    QVERIFY(steps.at(0).applied());
    QCOMPARE(steps.at(0).index->tenths, 2757);
    QCOMPARE(steps.at(1).date, QDate(2022, 9, 1));
    QVERIFY(!steps.at(1).applied()); // June 2022 was not found: reported, never guessed
    QCOMPARE(steps.at(1).problem, QStringLiteral("the Syntec index of 2022-06 is missing"));
    QCOMPARE(steps.at(2).date, QDate(2023, 9, 1));
    QVERIFY(steps.at(2).applied()); // across the August 2022 change of series
    QCOMPARE(steps.at(2).index->tenths, 3040);
    QCOMPARE(steps.at(2).index->series, IndexValue::Series::Revised);
    QCOMPARE(schedule.problems().size(), 1);

    const QList<Lot> lots = m_stores->contracts.lots(contract->id).value();
    WorkUnit unit;
    for (const WorkUnit &candidate : m_stores->catalogue.workUnits(lots.at(0).id)) {
        if (candidate.code == QLatin1String("ETU-MEO"))
            unit = candidate;
    }
    QCOMPARE(unit.code, QStringLiteral("ETU-MEO"));
    // The demo's schedule has its own price from each revision date: taken as it is, so the orders keep theirs.
    QCOMPARE(schedule.priceOn(unit, QDate(2021, 8, 31)), std::optional<Money>(Money::fromCents(110000)));
    QCOMPARE(schedule.priceOn(unit, QDate(2021, 9, 1)), std::optional<Money>(Money::fromCents(111650)));
    QCOMPARE(schedule.priceOn(unit, QDate(2022, 9, 1)), std::optional<Money>(Money::fromCents(116116)));
    QCOMPARE(schedule.priceOn(unit, QDate(2023, 9, 1)), std::optional<Money>(Money::fromCents(119599)));
    // What the clause gives from the initial price alone: 1100.00 × (0.15 + 0.85 × 275.7 / 274.9) = 1102.7210…
    WorkUnit initialOnly = unit;
    initialOnly.prices = {unit.prices.first()};
    QCOMPARE(schedule.priceOn(initialOnly, QDate(2021, 9, 1)), std::optional<Money>(Money::fromCents(110272)));
    // 2022-09-01 is not applied: the 2021 revision stays.
    QCOMPARE(schedule.priceOn(initialOnly, QDate(2022, 9, 1)), std::optional<Money>(Money::fromCents(110272)));
    // Across the change of series, S0 linked (274.9 × 0.97975 = 269.333275):
    // 1100.00 × (0.15 + 0.85 × 304.0 / 269.333275) = 1220.3466…
    QCOMPARE(schedule.priceOn(initialOnly, QDate(2023, 9, 1)), std::optional<Money>(Money::fromCents(122035)));
}

QTEST_GUILESS_MAIN(DemoTest)
#include "tst_demo.moc"
