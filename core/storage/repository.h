// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "domain/component.h"
#include "domain/contribution.h"
#include "domain/entities.h"
#include "domain/indexvalue.h"
#include "domain/lifecycle.h"
#include "domain/ticket.h"
#include "domain/workinghours.h"

#include <map>
#include <memory>
#include <QSet>
#include <QSqlQuery>

namespace Plafond {

// One row of the orders table, aggregated in SQL: one query for all orders, never one per row.
struct OrderRow
{
    Id id = 0;
    QString number;
    Id contractId = 0;
    QString contractReference;
    Id lotId = 0;
    int lotNumber = 0;
    Id beneficiaryId = 0;
    QString beneficiaryCode;
    QString beneficiaryName;
    QString commitmentNumber;
    OrderStatus status = OrderStatus::Draft;
    QDate issuedOn;
    QDate lastStepOn; // date of the current status
    Money totalHt;
    Money totalTtc;
    bool ceilingOverride = false;
};

// Totals of one lot as of a date, by lifecycle step (see docs/DOMAIN.md: "ordered" counts issued and later).
struct LotTotals
{
    Id lotId = 0;
    Money ordered;
    Money done;
    Money invoiced;
    Money paid;
};

// The only place that writes SQL for the domain. Every write is one transaction (joining an outer one
// when there is one), with prepared statements only. Errors are kept in lastError().
class Repository
{
    Q_DECLARE_TR_FUNCTIONS(Repository)
public:
    explicit Repository(Database &database);

    Database &database() { return m_database; }
    QString lastError() const { return m_lastError; }
    // Whether the last error came from the database itself (locked, read-only, disk full, I/O) rather than
    // from a rule about the data: an import then blames the database, not a line of its file.
    bool lastErrorIsDatabase() const { return m_lastErrorIsDatabase; }

    // Contracts
    QList<Contract> contracts();
    std::optional<Contract> contract(Id id);
    std::optional<Contract> contractByReference(const QString &reference);
    bool saveContract(Contract &contract);
    bool removeContract(Id id);

    // Lots, with their holders
    QList<Lot> lots(Id contractId);
    std::optional<Lot> lot(Id id);
    bool saveLot(Lot &lot);
    bool removeLot(Id id);
    // Initial maximum plus the amendments on that lot.
    std::optional<Money> effectiveLotMaximum(Id lotId);
    // Inside a write transaction, before a rule that reads a lot's figures and then writes (the ceiling):
    // locks the lots' rows until the commit on PostgreSQL (SELECT … FOR UPDATE). On SQLite the
    // transaction already holds the write lock (BEGIN IMMEDIATE), so there is nothing more to take.
    bool lockLots(const QList<Id> &lotIds);

    // Beneficiaries
    QList<Beneficiary> beneficiaries();
    std::optional<Beneficiary> beneficiary(Id id);
    bool saveBeneficiary(Beneficiary &beneficiary);
    bool removeBeneficiary(Id id);

    // Work units and their unit price schedule
    QList<WorkUnit> workUnits(Id lotId);
    std::optional<WorkUnit> workUnit(Id id);
    bool saveWorkUnit(WorkUnit &workUnit); // replaces the unit's price schedule
    bool removeWorkUnit(Id id);

    QList<WorkUnitBudget> budgets(Id lotId);
    bool saveBudget(WorkUnitBudget &budget);
    QList<Allocation> allocations(Id lotId);
    bool saveAllocation(Allocation &allocation);

    QList<Amendment> amendments(Id contractId);
    bool saveAmendment(Amendment &amendment);
    bool removeAmendment(Id id);

    // Purchase orders, with their lines
    std::optional<PurchaseOrder> order(Id id);
    QList<OrderRow> orderRows();
    // Inserts when new or deleted (undo), updates otherwise. A batch writer that checked the numbers itself
    // (orderNumbers(), one query per contract) passes numberChecked, so that no query runs per order for it.
    bool saveOrder(PurchaseOrder &order, bool numberChecked = false);
    // Every order number of a contract, in one query.
    std::optional<QSet<QString>> orderNumbers(Id contractId);
    bool removeOrder(Id id);
    bool orderNumberTaken(Id contractId, const QString &number, Id exceptOrderId);
    QString nextOrderNumber(Id contractId, int year);
    // What counts against a lot's maximum today, without one order (the one being edited).
    std::optional<Money> orderedOnLot(Id lotId, Id exceptOrderId);
    // The ceiling rule against what is stored: the lot's effective maximum, what its orders other than
    // `exceptOrderId` hold (plus `alsoOrdered`, not stored yet), and `amount`. The one place that reads a
    // ceiling: the order editor, the lifecycle actions, the save command and the orders import use it.
    std::optional<CeilingCheck> lotCeilingCheck(Id lotId, Id exceptOrderId, Money amount, Money alsoOrdered = Money());
    bool logCeilingOverride(const PurchaseOrder &order, const CeilingCheck &check, const QString &userName);

    // Totals per lot of a contract at a date (steps dated after it do not count).
    QList<LotTotals> lotTotals(Id contractId, const QDate &asOf);

    int vatBasisPointsOfLot(Id lotId);

private:
    QSqlQuery &prepared(const QString &sql);
    bool exec(QSqlQuery &query);
    bool fail(const QString &message);
    // TextRules::problem() of each (name, text), as the error of the first that fails.
    bool checkTexts(std::initializer_list<std::pair<QString, QString>> fields);
    bool insertOrUpdate(const QString &table, Id &id, qint64 &rowVersion, const QStringList &columns,
                        const QVariantList &values);
    bool removeRow(const QString &table, Id id);

    Database &m_database;
    QString m_lastError;
    bool m_lastErrorIsDatabase = false;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements; // prepared once, reused

public:

    

    // Forgets the last error: list queries report failure only through lastError(), so a caller that runs
    // several clears it first and checks it once at the end.
    void clearLastError()
    {
        m_lastError.clear();
        m_lastErrorIsDatabase = false;
    }
public:
    // How many times the ceiling of the order's lot was overridden for it (the override log).
    int ceilingOverrideCount(Id orderId);

public:
    // --- Consumption engine (engine/consumption.*): a fixed number of queries per contract, never one per
    // order; the engine makes one pass over what they return.

    // Order lines of one lot, beneficiary and work unit whose step falls in one month, summed. The step is
    // the lifecycle's own (OrderStatus: Issued, Done, Invoiced, Paid, or Cancelled, the negative of the issue
    // it undoes); there is no second numbering of the lifecycle.
    struct StepSum
    {
        Id lotId = 0;
        Id beneficiaryId = 0;
        Id workUnitId = 0;
        OrderStatus step = OrderStatus::Issued;
        QDate month;      // first day of the month of the step's date
        QDate issueMonth; // Cancelled only: first day of the month the cancelled orders were issued
        qint64 quantityMilli = 0;
        Money amountHt;
        Money amountTtc; // VAT rounded per line, then summed
    };
    // Every step dated on or before `asOf` of the contract's non-draft orders: issues (even of orders
    // cancelled later), cancellations of issued orders, and done, invoiced, paid of orders not cancelled by
    // then. Ordered at a date d = issues on or before d − cancellations on or before d. One query.
    QList<StepSum> stepSums(Id contractId, const QDate &asOf);

    // The work units of all the lots of a contract (without their price schedules), by lot number and code.
    QList<WorkUnit> contractWorkUnits(Id contractId);
    // Budgets and allocations of all the lots of a contract, one query each.
    QList<WorkUnitBudget> contractBudgets(Id contractId);
    QList<Allocation> contractAllocations(Id contractId);

public:
    // --- Reports and exports (report/*, io/csvexport.*): every order of a contract with its lines, by order
    // number, in two queries whatever the number of orders (never one per order).
    QList<PurchaseOrder> contractOrders(Id contractId);

public:
    // --- Component catalogue (io/sillimport.*, models/componentsmodel.*): keyed by SILL identifier.
    QList<Component> components(); // by name, then SILL identifier
    bool saveComponent(Component &component);
    // Component and lot pairs: which lots cover which components.
    QList<QPair<Id, Id>> componentLots();
    bool setComponentCovered(Id componentId, Id lotId, bool covered);
    // How many distinct components the lots of a contract cover.
    int coveredComponentCount(Id contractId);

public:
    // --- Price revision index (engine/pricerevision.*, io/syntecimport.*): monthly values of an index.
    // The values in force, by month then series; with `history`, the superseded ones too (supersededOn set).
    QList<IndexValue> indexValues(const QString &indexName, bool history = false);
    // Stores a value. When the month already has a value in that series, a different value is a correction:
    // the old row is kept, superseded on `today`. Sets *changed to false when the same value was there already.
    bool saveIndexValue(const QString &indexName, const IndexValue &value, const QDate &today, bool *changed = nullptr);

public:
    // --- Support tickets and SLA targets (issue 5: io/ticketsimport.*, engine/sla.*).
    // Tickets of a contract (0: of every contract), of one of its lots when lotId is set, by opening time
    // then reference, with their lot number, component and beneficiary codes: one query.
    QList<Ticket> tickets(Id contractId = 0, Id lotId = 0);
    bool saveTicket(Ticket &ticket); // inserts when new or removed (undo), updates otherwise
    bool removeTicket(Id id);
    // The SLA targets of every lot of a contract, by lot then severity: one query.
    QList<SlaTarget> slaTargets(Id contractId);
    bool saveSlaTarget(SlaTarget &target);
    bool removeSlaTarget(Id id);
    // The SLA calendar of a lot (lots.working_hours; empty or malformed text: the default calendar).
    WorkingHours lotWorkingHours(Id lotId);
    // The calendars of every lot of a contract, by lot id: one query.
    QHash<Id, WorkingHours> contractWorkingHours(Id contractId);
    bool setLotWorkingHours(Id lotId, const WorkingHours &hours); // the default is stored as ''

public:
    // --- Upstream contributions and declared use of components (issue 5).
    // Contributions of the order lines of one contract (every contract when 0), by order number, line, date.
    QList<Contribution> contributions(Id contractId = 0);
    std::optional<Contribution> contribution(Id id);
    bool saveContribution(Contribution &contribution); // refused unless the line is a development line
    bool removeContribution(Id id);
    // The lines of development work units of one contract (every contract when 0), by contract, order number.
    QList<DevelopmentLine> developmentLines(Id contractId = 0);
    // One order of a contract with development lines that count as ordered at `asOf` (issued on or before it,
    // not cancelled by then), with the sum of those lines and the sum of those of them that have at least one
    // contribution merged on or before `asOf`. One query.
    struct DevelopmentOrderAmounts
    {
        Id orderId = 0;
        QString number;
        Id lotId = 0;
        int lotNumber = 0;
        QString beneficiaryCode;
        QDate issuedOn;
        Money developmentHt;
        Money mergedHt;
    };
    QList<DevelopmentOrderAmounts> developmentOrderAmounts(Id contractId, const QDate &asOf);

    // Declared uses of one beneficiary (every beneficiary when 0), by beneficiary then component.
    QList<ComponentUse> componentUses(Id beneficiaryId = 0);
    bool saveComponentUse(ComponentUse &use); // one use per beneficiary and component
    bool removeComponentUse(Id id);
    // "Used but not covered": the declared uses whose component no lot of any contract covers, by beneficiary
    // code then component name. One query.
    QList<ComponentUse> uncoveredUses();
    // Catalogue size, for the coverage figures.
    int componentCount();

public:
    // --- DECP import and export (issue 6: io/decp*).
    // What the DECP import keeps beside a contract: the published identifier (unique per buyer only), the
    // buyer's SIRET and, as JSON text, the published fields Plafond does not model.
    struct DecpFields
    {
        Id contractId = 0;
        QString decpId;
        QString buyerSiret;
        QString extra;
    };
    // Every contract imported from DECP (decp_id not empty), one query.
    QList<DecpFields> decpContracts();
    std::optional<DecpFields> decpFields(Id contractId);
    bool saveDecpFields(const DecpFields &fields);
    // The lots, with their holders, of every contract imported from DECP: two queries.
    QList<Lot> decpLots();
    // The amendments of every contract imported from DECP (or of one contract when contractId is set), each
    // with its DECP modification identifier, by contract then signature date: one query.
    QList<QPair<Amendment, QString>> decpAmendments(Id contractId = 0);
    bool setAmendmentDecpId(Id amendmentId, const QString &decpId);

public:
    // --- Price revision clause and revised schedules (issue 6: engine/pricerevision.*).
    // The clause itself is stored with the contract (Contract::revision*; engine/revisedschedule.h reads it).
    // The contract of a lot, in one query without the lot's holders: 0 when the lot does not exist.
    Id contractIdOfLot(Id lotId);
};

} // namespace Plafond
