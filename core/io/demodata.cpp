// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include "demotickets.h"
#include "democontributions.h"
#include "demoindex.h"
#include "randomgenerator.h"
#include "sillimport.h"

#include "domain/lifecycle.h"
#include "storage/newdatabasefile.h"
#include "storage/stores.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>
#include <array>

// The resources of a static library are only linked in when something asks for them by name.
static void initCoreResources()
{
    Q_INIT_RESOURCE(core);
}

namespace Plafond {

namespace {


struct WorkUnitSpec
{
    QString code;
    QString labelFr;
    QString labelEn;
    QString unit;
    qint64 priceCents = 0; // at the start of the contract, before any revision
    int weight = 1;        // how often the unit appears in orders
};

struct LotSpec
{
    int number = 0;
    QString title;
    qint64 maxCents = 0;
    std::optional<qint64> minCents;
    QList<Holder> holders;
    int priceFactorPermille = 1000; // the lot's prices relative to the contract's base schedule
    int countedOrders = 0;          // orders issued and not cancelled
    int targetPermille = 0;         // what those orders add up to, in thousandths of the lot's initial maximum
};

struct Revision
{
    QDate from;
    int increasePerTenThousand = 0; // +3.8 % is 380
};

struct ContractSpec
{
    Contract contract;
    QList<LotSpec> lots;
    QList<WorkUnitSpec> units;
    QList<Revision> revisions;
    QList<QPair<QString, int>> beneficiaryWeights; // who orders on the contract, and how often
    QDate stateDate;    // the order book is as it stood on this date
    int cancelledIssued = 0;
    int cancelledDrafts = 0;
    int drafts = 0;
    quint64 seed = 1;
    qint64 commitmentBase = 0; // EJ numbers are 10 digits
};

// One order being built, before it is numbered and stored.
struct Planned
{
    qsizetype lotIndex = 0;
    int sequence = 0; // generation order: ties on the creation date keep it
    PurchaseOrder order;
};

QString dayUnit()
{
    return QStringLiteral("day");
}

QList<WorkUnitSpec> ellUnits()
{
    // The seven work units of the MEF contract (docs/DOMAIN.md); prices per day are illustrative.
    return {
        {QStringLiteral("ETU-MEO"), QStringLiteral("Étude de mise en œuvre"), QStringLiteral("Implementation study"),
         dayUnit(), 110000, 3},
        {QStringLiteral("ACC-MEO"), QStringLiteral("Accompagnement à la mise en œuvre"),
         QStringLiteral("Implementation assistance"), dayUnit(), 95000, 5},
        {QStringLiteral("ASS-EXP"), QStringLiteral("Assistance à l'exploitation"), QStringLiteral("Operations assistance"),
         dayUnit(), 88000, 4},
        {QStringLiteral("AUDIT"), QStringLiteral("Audit"), QStringLiteral("Audit"), dayUnit(), 125000, 2},
        {QStringLiteral("ETU-OPP"), QStringLiteral("Étude d'opportunité"), QStringLiteral("Opportunity study"), dayUnit(),
         115000, 1},
        {QStringLiteral("DEV"), QStringLiteral("Développement"), QStringLiteral("Development"), dayUnit(), 82000, 4},
        {QStringLiteral("MONITORAT"), QStringLiteral("Monitorat"), QStringLiteral("Mentoring"), dayUnit(), 90000, 2},
    };
}

// A demo contract's identity, dates (notified, started) and duration in months (whole, firm, renewals
// and the months of each).
Contract demoContract(const QString &reference, const QString &title, const QString &buyer,
                      const std::pair<QDate, QDate> &notifiedAndStart, const std::array<int, 4> &months)
{
    Contract c;
    c.reference = reference;
    c.title = title;
    c.buyer = buyer;
    c.notifiedOn = notifiedAndStart.first;
    c.startOn = notifiedAndStart.second;
    c.durationMonths = months[0];
    c.firmMonths = months[1];
    c.renewalCount = months[2];
    c.renewalMonths = months[3];
    return c;
}

ContractSpec ellSpec()
{
    ContractSpec spec;
    // Signed in September 2020 for four years (public); the day of the month is illustrative. The firm
    // period and renewals are not public: a common 1 + 3 × 1 year pattern.
    Contract &c = spec.contract = demoContract(QStringLiteral("MEF-ELL-2020"), QStringLiteral("Expertise Logiciels Libres"),
        QStringLiteral("Ministère de l'Économie, des Finances et de la Relance"), {QDate(2020, 9, 1), QDate(2020, 9, 1)},
        {48, 12, 3, 12});
    c.maxHt = Money::fromCents(1210000000); // the sum of the lots' illustrative maxima
    c.revisionIndex = QStringLiteral("SYNTEC");
    c.revisionBaseMonth = QStringLiteral("2020-06");
    c.revisionFixedPart = QStringLiteral("0.15");
    c.revisionClause = QStringLiteral(
        "Les prix sont révisés chaque année à la date anniversaire de la notification selon la formule"
        " P = P0 × (0,15 + 0,85 × S / S0), où S0 est l'indice Syntec du mois de base (juin 2020) et S le dernier"
        " indice publié à la date de révision. Clause illustrative (données de démonstration).");
    c.componentsInScope = 208;
    c.demo = true;

    const QList<Holder> linagora{Holder{0, 0, QStringLiteral("LINAGORA"), QString(), HolderRole::Lead}};
    // Maxima are illustrative, sized after LINAGORA's statement that the agreement was "estimated at more than
    // 12 million euros over its maximum duration of 4 years".
    spec.lots = {
        {1, QStringLiteral("Expertise générique sur les logiciels libres"), 600000000, 50000000, linagora, 1000, 64, 620},
        {2, QStringLiteral("Drupal et logiciels associés"), 240000000, std::nullopt, linagora, 1000, 36, 760},
        // The holders of lots 3 to 6 are not public: none is stored, the UI shows "not provided".
        {3, QStringLiteral("Samba et logiciels associés"), 90000000, std::nullopt, {}, 1050, 14, 450},
        {4, QStringLiteral("PostgreSQL et logiciels associés"), 120000000, std::nullopt, {}, 1080, 20, 870},
        {5, QStringLiteral("OpenStack et logiciels associés"), 100000000, std::nullopt, {}, 1120, 12, 380},
        {6, QStringLiteral("Moodle et logiciels associés"), 60000000, std::nullopt, {}, 950, 14, 560},
    };
    spec.units = ellUnits();
    // Yearly Syntec revisions at the anniversary, illustrative rates.
    spec.revisions = {{QDate(2021, 9, 1), 150}, {QDate(2022, 9, 1), 400}, {QDate(2023, 9, 1), 300}};
    // The ministry's own directions order most; the other beneficiaries of the agreement now and then.
    spec.beneficiaryWeights = {
        {QStringLiteral("DGFIP"), 16}, {QStringLiteral("MEF"), 4},   {QStringLiteral("DGDDI"), 5},
        {QStringLiteral("INSEE"), 4},  {QStringLiteral("DINUM"), 2}, {QStringLiteral("ETALAB"), 1},
        {QStringLiteral("MIOM"), 2},   {QStringLiteral("STSI2"), 1}, {QStringLiteral("DGNUM"), 2},
        {QStringLiteral("DNE"), 2},    {QStringLiteral("SU"), 1},    {QStringLiteral("ULILLE"), 1},
        {QStringLiteral("ANCT"), 1},   {QStringLiteral("IGN"), 1},   {QStringLiteral("SNUM"), 1},
        {QStringLiteral("MC"), 1},     {QStringLiteral("MJ"), 1},    {QStringLiteral("DNUM-MEAE"), 1},
    };
    spec.stateDate = DemoData::snapshotDate();
    spec.cancelledIssued = 4;
    spec.cancelledDrafts = 1;
    spec.drafts = 5;
    spec.seed = 0x454C4C2D32303230ULL; // "ELL-2020"
    spec.commitmentBase = 2100000000;
    return spec;
}

ContractSpec acimSpec()
{
    ContractSpec spec;
    // Announced at Solutions Linux in June 2012 (public); the days are illustrative. 4 years of which 3
    // firm (public).
    Contract &c = spec.contract = demoContract(QStringLiteral("ACIM-2012"),
        QStringLiteral("Accord-cadre interministériel support logiciels libres et prestations complémentaires"),
        QStringLiteral("Ministère de l'Intérieur, Service des achats de l'État et DISIC"),
        {QDate(2012, 6, 15), QDate(2012, 7, 1)}, {48, 36, 1, 12});
    c.awardedHt = Money::fromCents(275000000); // €2.75 M awarded (public)
    c.maxHt = Money::fromCents(550000000);     // "the amount could double" (public)
    c.revisionIndex = QStringLiteral("SYNTEC");
    c.revisionBaseMonth = QStringLiteral("2012-03");
    c.revisionFixedPart = QStringLiteral("0.15");
    c.revisionClause = QStringLiteral(
        "Les prix sont révisés chaque année à la date anniversaire de la notification selon la formule"
        " P = P0 × (0,15 + 0,85 × S / S0), où S0 est l'indice Syntec du mois de base (mars 2012) et S le dernier"
        " indice publié à la date de révision. Clause illustrative (données de démonstration).");
    c.componentsInScope = 350;
    c.demo = true;

    const QList<Holder> holders{
        Holder{0, 0, QStringLiteral("Capgemini"), QString(), HolderRole::Lead},
        Holder{0, 0, QStringLiteral("Alter Way"), QString(), HolderRole::CoContractor},
        Holder{0, 0, QStringLiteral("Zenika"), QString(), HolderRole::Subcontractor}, // the specialised provider
    };
    spec.lots = {{1, QStringLiteral("Support et maintenance des logiciels libres"), 550000000, std::nullopt, holders,
                  1000, 160, 930}};
    spec.units = {
        {QStringLiteral("HELPDESK"), QStringLiteral("Assistance (help desk)"), QStringLiteral("Help desk"),
         QStringLiteral("month"), 240000, 3},
        {QStringLiteral("INCIDENT"), QStringLiteral("Traitement d'incident"), QStringLiteral("Incident handling"),
         QStringLiteral("ticket"), 65000, 5},
        {QStringLiteral("MAINT-ADAPT"), QStringLiteral("Maintenance adaptative"), QStringLiteral("Adaptive maintenance"),
         dayUnit(), 78000, 3},
        {QStringLiteral("DEV-REVERS"), QStringLiteral("Développement avec reversement à la communauté"),
         QStringLiteral("Development (contributed upstream)"), dayUnit(), 72000, 2},
    };
    spec.revisions = {{QDate(2013, 7, 1), 120}, {QDate(2014, 7, 1), 80}, {QDate(2015, 7, 1), 60}};
    // All ministries except Economy and Finance (public); weights are illustrative.
    spec.beneficiaryWeights = {
        {QStringLiteral("MIOM"), 10},  {QStringLiteral("STSI2"), 8}, {QStringLiteral("MINARM"), 5},
        {QStringLiteral("DIRISI"), 8}, {QStringLiteral("MJ"), 4},    {QStringLiteral("MC"), 3},
        {QStringLiteral("MASA"), 3},   {QStringLiteral("MENJ"), 4},  {QStringLiteral("EOLE"), 4},
        {QStringLiteral("MESR"), 3},   {QStringLiteral("MEAE"), 3},  {QStringLiteral("MTECT"), 4},
        {QStringLiteral("IGN"), 2},    {QStringLiteral("MSP"), 2},   {QStringLiteral("SGMAS"), 3},
        {QStringLiteral("CNAF"), 2},   {QStringLiteral("MTPEI"), 2}, {QStringLiteral("POLE-EMPLOI"), 2},
        {QStringLiteral("PM"), 2},
    };
    spec.stateDate = c.endOn(); // the contract is over: its book is closed at its last day
    spec.cancelledIssued = 4;
    spec.seed = 0x4143494D2D323031ULL; // "ACIM-201"
    spec.commitmentBase = 1300000000;
    return spec;
}

struct Writer
{
    Stores &stores;
    QString error;
    QHash<QString, Id> beneficiaryIds;

    bool fail(const QString &message)
    {
        error = message;
        return false;
    }
    bool failStorage(const Status &status) { return fail(status.message()); }

    bool writeBeneficiaries();
    bool writeContract(const ContractSpec &spec);
};

bool Writer::writeBeneficiaries()
{
    initCoreResources();
    QFile file(QStringLiteral(":/plafond/demo/beneficiaries.json"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(DemoData::tr("The demo's list of beneficiaries is missing from the application."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (document.isNull())
        return fail(DemoData::tr("The demo's list of beneficiaries is not valid JSON: %1").arg(parseError.errorString()));
    // Parents come before their children in the file, so one pass resolves every parent.
    const QJsonArray entries = document.object().value(QStringLiteral("beneficiaries")).toArray();
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        Beneficiary beneficiary;
        beneficiary.code = object.value(QStringLiteral("code")).toString();
        beneficiary.name = object.value(QStringLiteral("name")).toString();
        const QString parent = object.value(QStringLiteral("parent")).toString();
        if (!parent.isEmpty()) {
            if (!beneficiaryIds.contains(parent))
                return fail(DemoData::tr("Demo beneficiary %1: its parent %2 is not listed before it.")
                                .arg(beneficiary.code, parent));
            beneficiary.parentId = beneficiaryIds.value(parent);
        }
        if (const Status status = stores.catalogue.saveBeneficiary(beneficiary); !status)
            return failStorage(status);
        beneficiaryIds.insert(beneficiary.code, beneficiary.id);
    }
    return true;
}

bool Writer::writeContract(const ContractSpec &spec)
{
    Generator random(spec.seed);
    Contract contract = spec.contract;
    if (const Status status = stores.contracts.saveContract(contract); !status)
        return failStorage(status);

    // Lots, holders and the unit price schedule (one price from the start, one more per revision).
    QList<Lot> lots;
    QList<QList<WorkUnit>> units; // per lot, in the order of spec.units
    for (const LotSpec &lotSpec : spec.lots) {
        Lot lot;
        lot.contractId = contract.id;
        lot.number = lotSpec.number;
        lot.title = lotSpec.title;
        lot.maxHt = Money::fromCents(lotSpec.maxCents);
        if (lotSpec.minCents)
            lot.minHt = Money::fromCents(*lotSpec.minCents);
        lot.holders = lotSpec.holders;
        if (const Status status = stores.contracts.saveLot(lot); !status)
            return failStorage(status);
        lots << lot;
        QList<WorkUnit> lotUnits;
        for (const WorkUnitSpec &unitSpec : spec.units) {
            WorkUnit unit;
            unit.lotId = lot.id;
            unit.code = unitSpec.code;
            unit.labelFr = unitSpec.labelFr;
            unit.labelEn = unitSpec.labelEn;
            unit.unit = unitSpec.unit;
            // Base prices round to the euro; revised prices to the cent, as the revision formula gives them.
            qint64 price = mulDivRounded(unitSpec.priceCents, lotSpec.priceFactorPermille, 100000).value_or(0) * 100;
            unit.prices << UnitPrice{0, 0, contract.startOn, Money::fromCents(price)};
            for (const Revision &revision : spec.revisions) {
                price = mulDivRounded(price, 10000 + revision.increasePerTenThousand, 10000).value_or(price);
                unit.prices << UnitPrice{0, 0, revision.from, Money::fromCents(price)};
            }
            if (const Status status = stores.catalogue.saveWorkUnit(unit); !status)
                return failStorage(status);
            lotUnits << unit;
        }
        units << lotUnits;
    }

    QList<int> unitWeights;
    for (const WorkUnitSpec &unitSpec : spec.units)
        unitWeights << unitSpec.weight;
    QList<int> beneficiaryWeights;
    for (const auto &weight : spec.beneficiaryWeights) {
        if (!beneficiaryIds.contains(weight.first))
            return fail(DemoData::tr("Demo beneficiary %1 is not in the list of beneficiaries.").arg(weight.first));
        beneficiaryWeights << weight.second;
    }

    // Lines worth about `budget`, priced from the schedule at `priceDate`. Days are ordered by halves,
    // tickets and months whole; quantities round to the nearest step so that the errors cancel out.
    auto makeLines = [&](qsizetype lotIndex, qint64 budget, const QDate &priceDate) {
        const QList<WorkUnit> &lotUnits = units.at(lotIndex);
        const int lineCount = static_cast<int>(random.between(1, 3));
        QList<qsizetype> chosen;
        while (chosen.size() < lineCount) {
            const qsizetype index = random.pick(unitWeights);
            if (!chosen.contains(index))
                chosen << index;
        }
        QList<qint64> shares;
        qint64 shareTotal = 0;
        for (int i = 0; i < lineCount; ++i) {
            shares << random.between(1, 4);
            shareTotal += shares.last();
        }
        QList<OrderLine> lines;
        for (int i = 0; i < lineCount; ++i) {
            const WorkUnit &unit = lotUnits.at(chosen.at(i));
            const Money price = unit.priceOn(priceDate).value_or(Money());
            const qint64 step = unit.unit == dayUnit() ? 500 : 1000;
            const qint64 part = mulDivRounded(budget, shares.at(i), shareTotal).value_or(0);
            const qint64 steps = std::max<qint64>(1, mulDivRounded(part, 1000, price.cents() * step).value_or(1));
            OrderLine line;
            line.workUnitId = unit.id;
            line.quantityMilli = steps * step;
            line.unitPriceHt = price;
            line.computeAmount();
            lines << line;
        }
        return lines;
    };
    auto pickBeneficiary = [&]() {
        return beneficiaryIds.value(spec.beneficiaryWeights.at(random.pick(beneficiaryWeights)).first);
    };
    // The size of an average order of a lot, for the orders that do not count.
    auto averageOrder = [&](qsizetype lotIndex) {
        const LotSpec &lotSpec = spec.lots.at(lotIndex);
        return mulDivRounded(lotSpec.maxCents, lotSpec.targetPermille, 1000LL * lotSpec.countedOrders).value_or(0);
    };

    // Orders are issued between a fortnight after the start and ten days before the state date.
    const QDate firstIssue = contract.startOn.addDays(15);
    const qint64 issueSpan = firstIssue.daysTo(spec.stateDate.addDays(-10));
    auto moveTo = [&](PurchaseOrder &order, OrderStatus status, const QDate &on) {
        QString moveError;
        if (!Lifecycle::move(order, status, on, &moveError))
            return fail(moveError);
        return true;
    };

    QList<Planned> planned;
    int sequence = 0;
    // Orders that count: issued, then done, invoiced and paid as far as the state date allows.
    for (qsizetype lotIndex = 0; lotIndex < spec.lots.size(); ++lotIndex) {
        const LotSpec &lotSpec = spec.lots.at(lotIndex);
        const qint64 target = mulDivRounded(lotSpec.maxCents, lotSpec.targetPermille, 1000).value_or(0);
        QList<qint64> weights;
        qint64 weightTotal = 0;
        QList<QDate> issueDates;
        for (int i = 0; i < lotSpec.countedOrders; ++i) {
            weights << random.between(50, 150);
            weightTotal += weights.last();
            issueDates << firstIssue.addDays(random.between(0, issueSpan));
        }
        std::sort(issueDates.begin(), issueDates.end());
        for (int i = 0; i < lotSpec.countedOrders; ++i) {
            Planned plan;
            plan.lotIndex = lotIndex;
            plan.sequence = sequence++;
            PurchaseOrder &order = plan.order;
            order.lotId = lots.at(lotIndex).id;
            order.beneficiaryId = pickBeneficiary();
            const QDate issued = issueDates.at(i);
            order.createdOn = issued.addDays(-random.between(1, 10));
            order.lines = makeLines(lotIndex, mulDivRounded(target, weights.at(i), weightTotal).value_or(0), issued);
            if (!moveTo(order, OrderStatus::Issued, issued))
                return false;
            const QDate done = issued.addDays(random.between(15, 75));
            const QDate invoiced = done.addDays(random.between(10, 45));
            const QDate paid = invoiced.addDays(random.between(10, 40));
            if (done <= spec.stateDate && !moveTo(order, OrderStatus::Done, done))
                return false;
            if (invoiced <= spec.stateDate && !moveTo(order, OrderStatus::Invoiced, invoiced))
                return false;
            if (paid <= spec.stateDate && !moveTo(order, OrderStatus::Paid, paid))
                return false;
            planned << plan;
        }
    }
    QList<int> lotOrderWeights;
    for (const LotSpec &lotSpec : spec.lots)
        lotOrderWeights << lotSpec.countedOrders;
    // Cancelled orders: issued, then withdrawn a few days later; or dropped while still drafts.
    for (int i = 0; i < spec.cancelledIssued + spec.cancelledDrafts; ++i) {
        Planned plan;
        plan.lotIndex = random.pick(lotOrderWeights);
        plan.sequence = sequence++;
        PurchaseOrder &order = plan.order;
        order.lotId = lots.at(plan.lotIndex).id;
        order.beneficiaryId = pickBeneficiary();
        const QDate issued = firstIssue.addDays(random.between(0, issueSpan - 30));
        order.createdOn = issued.addDays(-random.between(1, 10));
        order.lines = makeLines(plan.lotIndex, averageOrder(plan.lotIndex), i < spec.cancelledIssued ? issued : order.createdOn);
        if (i < spec.cancelledIssued && !moveTo(order, OrderStatus::Issued, issued))
            return false;
        if (!moveTo(order, OrderStatus::Cancelled, issued.addDays(random.between(3, 25))))
            return false;
        planned << plan;
    }
    // Drafts being prepared at the state date: priced at their creation date, no commitment yet.
    for (int i = 0; i < spec.drafts; ++i) {
        Planned plan;
        plan.lotIndex = random.pick(lotOrderWeights);
        plan.sequence = sequence++;
        PurchaseOrder &order = plan.order;
        order.lotId = lots.at(plan.lotIndex).id;
        order.beneficiaryId = pickBeneficiary();
        order.createdOn = spec.stateDate.addDays(-random.between(0, 25));
        order.lines = makeLines(plan.lotIndex, averageOrder(plan.lotIndex), order.createdOn);
        planned << plan;
    }

    // Numbers follow the creation dates, as a buyer's register would: "BC-2021-0042", per contract and year.
    std::sort(planned.begin(), planned.end(), [](const Planned &a, const Planned &b) {
        return a.order.createdOn != b.order.createdOn ? a.order.createdOn < b.order.createdOn : a.sequence < b.sequence;
    });
    QHash<int, int> perYear;
    qint64 commitments = 0;
    QList<Money> orderedPerLot(spec.lots.size());
    // Ordered quantity per work unit and year of issue, for the budgets below.
    QMap<QPair<Id, int>, qint64> orderedQuantity;
    for (Planned &plan : planned) {
        PurchaseOrder &order = plan.order;
        const int year = order.createdOn.year();
        order.number = QStringLiteral("BC-%1-%2").arg(year).arg(++perYear[year], 4, 10, QLatin1Char('0'));
        if (order.issuedOn.isValid()) // the commitment (EJ) is made when the order is issued
            order.commitmentNumber = QString::number(spec.commitmentBase + 100 * ++commitments + random.between(0, 99));
        if (const Status status = stores.orders.saveOrder(order); !status)
            return failStorage(status);
        if (Lifecycle::countsAsOrdered(order.status)) {
            const Money total = order.totalHt().value_or(Money());
            orderedPerLot[plan.lotIndex] = orderedPerLot.at(plan.lotIndex).checkedAdd(total).value_or(Money());
            for (const OrderLine &line : std::as_const(order.lines))
                orderedQuantity[qMakePair(line.workUnitId, order.issuedOn.year())] += line.quantityMilli;
        }
    }

    // Budgets for every work unit and calendar year of the contract: what was ordered that year with some
    // slack (a yearly plan is never exact: from just enough to twice what was used), never under five units.
    for (const QList<WorkUnit> &lotUnits : std::as_const(units)) {
        for (const WorkUnit &unit : lotUnits) {
            for (int year = contract.startOn.year(); year <= contract.endOn().year(); ++year) {
                const qint64 ordered = orderedQuantity.value(qMakePair(unit.id, year));
                const qint64 wholeUnits = (mulDivRounded(ordered, random.between(100, 200), 100).value_or(0) + 999) / 1000;
                WorkUnitBudget budget;
                budget.workUnitId = unit.id;
                budget.year = year;
                budget.quantityMilli = std::max<qint64>(5, wholeUnits) * 1000;
                if (const Status status = stores.catalogue.saveBudget(budget); !status)
                    return failStorage(status);
            }
        }
    }

    // The generator aims below the maxima; this keeps a later change of figures from silently breaking the
    // ceiling rule that the demo is meant to illustrate.
    for (qsizetype i = 0; i < lots.size(); ++i) {
        const auto maximum = stores.contracts.effectiveLotMaximum(lots.at(i).id);
        if (maximum && orderedPerLot.at(i) > *maximum)
            return fail(DemoData::tr("Demo lot %1 of %2 would be past its maximum.")
                            .arg(lots.at(i).number)
                            .arg(contract.reference));
    }
    return true;
}

} // namespace

QDate DemoData::snapshotDate()
{
    return QDate(2024, 7, 31);
}

bool DemoData::write(Stores &stores, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    TransactionGuard guard(stores.database());
    if (!guard.isActive())
        return fail(guard.errorText());
    const auto existing = stores.contracts.contracts();
    if (!existing)
        return fail(existing.message());
    if (!existing->isEmpty())
        return fail(tr("The database already holds contracts: the demo is only written to an empty database."));

    Writer writer{stores, QString(), {}};
    if (!writer.writeBeneficiaries())
        return fail(writer.error);
    const ContractSpec ell = ellSpec();
    const ContractSpec acim = acimSpec();
    if (!writer.writeContract(acim) || !writer.writeContract(ell))
        return fail(writer.error);

    auto idOf = [&](const QString &code) { return writer.beneficiaryIds.value(code); };
    const auto acimContract = stores.contracts.contractByReference(acim.contract.reference);
    const auto ellContract = stores.contracts.contractByReference(ell.contract.reference);
    if (const Status read = firstFailure({acimContract.status(), ellContract.status()}); !read)
        return fail(read.message());
    const QList<Lot> acimLots = stores.contracts.lots(acimContract->id).value();
    const QList<Lot> ellLots = stores.contracts.lots(ellContract->id).value();
    auto unitId = [&](const Lot &lot, const QString &code) {
        for (const WorkUnit &unit : stores.catalogue.workUnits(lot.id)) {
            if (unit.code == code)
                return unit.id;
        }
        return Id(0);
    };

    // Drawing rights of a few beneficiaries, in both forms (illustrative).
    auto amount = [&](const Lot &lot, const QString &beneficiary, qint64 cents) {
        return Allocation{0, lot.id, idOf(beneficiary), Money::fromCents(cents), 0, std::nullopt};
    };
    auto quantity = [&](const Lot &lot, const QString &beneficiary, const QString &unit, qint64 milli) {
        return Allocation{0, lot.id, idOf(beneficiary), std::nullopt, unitId(lot, unit), milli};
    };
    QList<Allocation> allocations{
        amount(acimLots.at(0), QStringLiteral("MIOM"), 150000000),
        amount(acimLots.at(0), QStringLiteral("MINARM"), 100000000),
        quantity(acimLots.at(0), QStringLiteral("STSI2"), QStringLiteral("INCIDENT"), 400000),
        amount(ellLots.at(0), QStringLiteral("DGFIP"), 300000000),
        quantity(ellLots.at(0), QStringLiteral("INSEE"), QStringLiteral("AUDIT"), 40000),
        quantity(ellLots.at(1), QStringLiteral("DGFIP"), QStringLiteral("DEV"), 600000),
    };
    for (Allocation &allocation : allocations) {
        if (const Status status = stores.catalogue.saveAllocation(allocation); !status)
            return fail(status.message());
    }

    // One amendment (illustrative): lot 4 raised by 10 % of its initial maximum, the cap on cumulated small changes.
    Amendment amendment;
    amendment.contractId = ellContract->id;
    amendment.lotId = ellLots.at(3).id;
    amendment.signedOn = QDate(2023, 3, 15);
    amendment.deltaMaxHt = Money::fromCents(12000000);
    amendment.reason = QStringLiteral("Avenant n° 1 (illustratif) : extension du lot 4 aux nouvelles instances PostgreSQL.");
    if (const Status status = stores.contracts.saveAmendment(amendment); !status)
        return fail(status.message());

    // The component catalogue: the SILL of March 2022 (resources/sill/README.md), of which ACIM lot 1 covers
    // the entries the SILL flags as in the interministerial support contract.
    QFile sill(QStringLiteral(":/plafond/sill/sill-api_software_2022-03.csv"));
    if (!sill.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the SILL catalogue of the demo: %1").arg(sill.errorString()));
    SillImport sillImport;
    if (!sillImport.prepare(stores, sill.readAll(), sill.fileName()))
        return fail(sillImport.errors().join(QLatin1Char('\n')));
    QString sillError;
    if (!sillImport.apply(stores, &sillError))
        return fail(sillError);
    for (const Component &component : stores.components.components()) {
        if (!component.supportContract)
            continue;
        if (const Status status = stores.components.setComponentCovered(component.id, acimLots.at(0).id, true); !status)
            return fail(status.message());
    }

    if (!writeDemoTickets(stores, error)) // core/io/demotickets.cpp: SLA targets and support tickets
        return false;
    if (!writeDemoContributions(stores, error)) // core/io/democontributions.cpp: issue 5
        return false;
    if (!writeDemoIndex(stores, error)) // core/io/demoindex.cpp: the Syntec values (issue 6)
        return false;
    if (!guard.commit())
        return fail(tr("The demo could not be committed to the database."));
    return true;
}

bool DemoData::writeTo(const QString &location, QString *error)
{
    const bool server = Database::isServerUrl(location);
    if (!server && QFileInfo::exists(location)) {
        if (error)
            *error = tr("%1: the file already exists; the demo is only written to a new file").arg(location);
        return false;
    }
    // Built under a temporary name and renamed at the end: a killed or failed build leaves no half-made
    // file behind, which the next attempt would refuse.
    NewDatabaseFile file(location);
    if (!file.prepare(error))
        return false;
    bool written = false;
    {
        Database database;
        if (database.open(file.buildLocation(), Database::OpenMode::CreateIfMissing, error)) {
            Stores stores(database);
            written = write(stores, error);
        }
    }
    return written && file.commit(error);
}

QString DemoData::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo.plafond"));
}

bool DemoData::ensureDefault(QString *location, QString *error)
{
    const QString path = defaultPath();
    if (location)
        *location = path;
    if (QFileInfo::exists(path))
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    return writeTo(path, error);
}

} // namespace Plafond
