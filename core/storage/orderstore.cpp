// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderstore.h"

#include "sqlvalues.h"
#include "tables.h"

#include <QHash>

namespace Plafond {

namespace {

// VAT-inclusive amount of one line in SQL, rounded half away from zero with integer arithmetic only,
// which SQLite and PostgreSQL compute identically.
QString lineTtcSql(const QString &amount, const QString &rate)
{
    return QStringLiteral("(%1 + CASE WHEN %1 >= 0 THEN (%1 * %2 * 2 + 10000) / 20000"
                          " ELSE (%1 * %2 * 2 - 10000) / 20000 END)").arg(amount, rate);
}

PurchaseOrder readOrder(SqlRow &r)
{
    PurchaseOrder o;
    o.id = r.id();
    o.lotId = r.id();
    o.beneficiaryId = r.id();
    o.number = r.text();
    o.commitmentNumber = r.text();
    o.status = Lifecycle::statusFromKey(r.text()).value_or(OrderStatus::Draft);
    o.createdOn = r.date();
    o.issuedOn = r.date();
    o.doneOn = r.date();
    o.invoicedOn = r.date();
    o.paidOn = r.date();
    o.cancelledOn = r.date();
    o.ceilingOverride = r.flag();
    o.overrideReason = r.text();
    o.rowVersion = r.int64();
    return o;
}

QVariantList orderValues(const PurchaseOrder &o)
{
    return {o.lotId, o.beneficiaryId, o.number, o.commitmentNumber, Lifecycle::statusKey(o.status),
            SqlValues::date(o.createdOn), SqlValues::date(o.issuedOn), SqlValues::date(o.doneOn),
            SqlValues::date(o.invoicedOn), SqlValues::date(o.paidOn), SqlValues::date(o.cancelledOn),
            o.ceilingOverride ? 1 : 0, o.overrideReason};
}

OrderLine readLine(SqlRow &r)
{
    OrderLine line;
    line.id = r.id();
    line.orderId = r.id();
    r.skip(); // position: the order of the rows
    line.workUnitId = r.id();
    line.quantityMilli = r.int64();
    line.unitPriceHt = r.money();
    line.amountHt = r.money();
    return line;
}

OrderRow readOrderRow(SqlRow &r)
{
    OrderRow row;
    row.id = r.id();
    row.number = r.text();
    row.contractId = r.id();
    row.contractReference = r.text();
    row.lotId = r.id();
    row.lotNumber = r.integer();
    row.beneficiaryId = r.id();
    row.beneficiaryCode = r.text();
    row.beneficiaryName = r.text();
    row.commitmentNumber = r.text();
    row.status = Lifecycle::statusFromKey(r.text()).value_or(OrderStatus::Draft);
    PurchaseOrder dates; // the dates of each step, to take the current one's
    dates.issuedOn = r.date();
    dates.createdOn = r.date();
    dates.doneOn = r.date();
    dates.invoicedOn = r.date();
    dates.paidOn = r.date();
    dates.cancelledOn = r.date();
    row.issuedOn = dates.issuedOn;
    row.lastStepOn = dates.dateOf(row.status);
    row.totalHt = r.money();
    row.totalTtc = r.money();
    row.ceilingOverride = r.flag();
    return row;
}

QString orderRowsSql(const QString &where)
{
    return QStringLiteral(
               "SELECT o.id, o.number, c.id, c.reference, l.id, l.number, b.id, b.code, b.name, o.commitment_number, o.status,"
               " o.issued_on, o.created_on, o.done_on, o.invoiced_on, o.paid_on, o.cancelled_on,"
               " COALESCE(t.ht, 0), COALESCE(t.ttc, 0), o.ceiling_override"
               " FROM orders o JOIN lots l ON l.id = o.lot_id JOIN contracts c ON c.id = l.contract_id"
               " JOIN beneficiaries b ON b.id = o.beneficiary_id"
               " LEFT JOIN (SELECT ol.order_id, SUM(ol.amount_ht_cents) AS ht, SUM(%1) AS ttc"
               "   FROM order_lines ol JOIN orders oo ON oo.id = ol.order_id JOIN lots ll ON ll.id = oo.lot_id"
               "   JOIN contracts cc ON cc.id = ll.contract_id%2 GROUP BY ol.order_id) t ON t.order_id = o.id"
               "%3 ORDER BY c.reference, o.number")
        .arg(lineTtcSql(QStringLiteral("ol.amount_ht_cents"), QStringLiteral("cc.vat_basis_points")),
             where.isEmpty() ? QString() : QStringLiteral(" WHERE oo.id IN (%1)").arg(where),
             where.isEmpty() ? QString() : QStringLiteral(" WHERE o.id IN (%1)").arg(where));
}

} // namespace

OrderStore::OrderStore(Database &database)
    : StoreBase(database), m_contracts(database), m_catalogue(database)
{
}

Result<PurchaseOrder> OrderStore::order(Id id)
{
    auto order = readOne<PurchaseOrder>(Tables::orders().select(QStringLiteral("o")) + QStringLiteral(" WHERE o.id = ?"),
                                        {id}, readOrder, tr("Order %1 is not in the database.").arg(id));
    if (!order)
        return order;
    auto lines = readAll<OrderLine>(Tables::orderLines().select() + QStringLiteral(" WHERE order_id = ? ORDER BY position"),
                                    {id}, readLine);
    if (!lines)
        return lines.error();
    order->lines = *lines;
    return order;
}

Result<QList<OrderRow>> OrderStore::orderRows()
{
    return readAll<OrderRow>(orderRowsSql(QString()), {}, readOrderRow);
}

Result<QList<OrderRow>> OrderStore::orderRows(const QList<Id> &orderIds)
{
    if (orderIds.isEmpty())
        return QList<OrderRow>();
    // Identifiers are numbers: written into the statement, they need no binding (and no statement per count).
    QStringList ids;
    for (Id id : orderIds)
        ids << QString::number(id);
    const QString list = ids.join(QLatin1Char(','));
    auto query = run(orderRowsSql(list));
    if (!query)
        return query.error();
    QList<OrderRow> rows;
    while ((*query)->next()) {
        SqlRow row(**query);
        rows << readOrderRow(row);
    }
    return rows;
}

Result<QList<PurchaseOrder>> OrderStore::contractOrders(Id contractId)
{
    auto orders = readAll<PurchaseOrder>(Tables::orders().select(QStringLiteral("o"))
                                             + QStringLiteral(" JOIN lots l ON l.id = o.lot_id WHERE l.contract_id = ?"
                                                              " ORDER BY o.number, o.id"),
                                         {contractId}, readOrder);
    if (!orders)
        return orders;
    QHash<Id, qsizetype> indexOf;
    for (qsizetype i = 0; i < orders->size(); ++i)
        indexOf.insert(orders->at(i).id, i);
    auto query = run(Tables::orderLines().select(QStringLiteral("ol"))
                         + QStringLiteral(" JOIN orders o ON o.id = ol.order_id JOIN lots l ON l.id = o.lot_id"
                                          " WHERE l.contract_id = ? ORDER BY ol.order_id, ol.position"),
                     {contractId});
    if (!query)
        return query.error();
    while ((*query)->next()) {
        SqlRow row(**query);
        const OrderLine line = readLine(row);
        if (const auto it = indexOf.constFind(line.orderId); it != indexOf.constEnd())
            (*orders)[*it].lines << line;
    }
    return orders;
}

Result<bool> OrderStore::orderNumberTaken(Id contractId, const QString &number, Id exceptOrderId)
{
    const auto count = readNumber(QStringLiteral("SELECT COUNT(*) FROM orders o JOIN lots l ON l.id = o.lot_id"
                                                 " WHERE l.contract_id = ? AND o.number = ? AND o.id <> ?"),
                                  {contractId, number, exceptOrderId});
    if (!count)
        return count.error();
    return *count > 0;
}

Result<QString> OrderStore::nextOrderNumber(Id contractId, int year)
{
    const QString prefix = QStringLiteral("BC-%1-").arg(year);
    auto numbers = readAll<QString>(QStringLiteral("SELECT o.number FROM orders o JOIN lots l ON l.id = o.lot_id"
                                                   " WHERE l.contract_id = ? AND o.number LIKE ?"),
                                    {contractId, prefix + QLatin1Char('%')}, [](SqlRow &r) { return r.text(); });
    if (!numbers)
        return numbers.error();
    int highest = 0;
    for (const QString &number : *numbers)
        highest = std::max(highest, number.mid(prefix.size()).toInt());
    return prefix + QString::number(highest + 1).rightJustified(4, QLatin1Char('0'));
}

Result<QSet<QString>> OrderStore::orderNumbers(Id contractId)
{
    auto numbers = readAll<QString>(QStringLiteral("SELECT o.number FROM orders o JOIN lots l ON l.id = o.lot_id WHERE l.contract_id = ?"),
                                    {contractId}, [](SqlRow &r) { return r.text(); });
    if (!numbers)
        return numbers.error();
    return QSet<QString>(numbers->cbegin(), numbers->cend());
}

Result<Money> OrderStore::orderedOnLot(Id lotId, Id exceptOrderId)
{
    const auto cents = readNumber(QStringLiteral("SELECT COALESCE(SUM(ol.amount_ht_cents), 0) FROM order_lines ol"
                                                 " JOIN orders o ON o.id = ol.order_id"
                                                 " WHERE o.lot_id = ? AND o.id <> ? AND o.status NOT IN ('draft', 'cancelled')"),
                                  {lotId, exceptOrderId});
    if (!cents)
        return cents.error();
    return Money::fromCents(*cents);
}

Result<CeilingCheck> OrderStore::lotCeilingCheck(Id lotId, Id exceptOrderId, Money amount, Money alsoOrdered)
{
    const auto maximum = m_contracts.effectiveLotMaximum(lotId);
    if (!maximum)
        return maximum.error();
    const auto stored = orderedOnLot(lotId, exceptOrderId);
    if (!stored)
        return stored.error();
    const auto before = stored->checkedAdd(alsoOrdered);
    if (!before)
        return fail(tr("The orders of this lot add up to an amount too large."));
    return CeilingCheck::check(*maximum, *before, amount);
}

Status OrderStore::checkOrder(PurchaseOrder &o, const std::function<Result<LotFacts>(Id)> &lotOf,
                              const std::function<Status(Id)> &beneficiaryExists,
                              const std::function<Status(Id)> &numberFree)
{
    if (o.number.trimmed().isEmpty())
        return fail(tr("An order needs a number."));
    if (Status texts = checkTexts({{tr("order number"), o.number}, {tr("commitment number"), o.commitmentNumber},
                                   {tr("override reason"), o.overrideReason}});
        !texts)
        return texts;
    const auto lot = lotOf(o.lotId);
    if (!lot)
        return lot.isNotFound() ? Status(fail(tr("Order %1: its lot does not exist.").arg(o.number))) : lot.status();
    if (const Status beneficiary = beneficiaryExists(o.beneficiaryId); !beneficiary)
        return beneficiary.isNotFound() ? Status(fail(tr("Order %1: its beneficiary does not exist.").arg(o.number)))
                                        : beneficiary;
    if (numberFree) {
        if (const Status free = numberFree(lot->contractId); !free)
            return free;
    }
    for (OrderLine &line : o.lines) {
        if (line.quantityMilli <= 0)
            return fail(tr("Order %1: a line has a quantity of zero or less.").arg(o.number));
        if (line.unitPriceHt.isNegative())
            return fail(tr("Order %1: a line has a negative unit price.").arg(o.number));
        if (!line.computeAmount())
            return fail(tr("Order %1: a line amount is too large.").arg(o.number));
    }
    if (!o.totalTtc(lot->vatBasisPoints))
        return fail(tr("Order %1: the total is too large.").arg(o.number));
    return {};
}

Result<OrderStore::LotFacts> OrderStore::lotFacts(Id lotId)
{
    const auto contractId = m_contracts.contractIdOfLot(lotId);
    if (!contractId)
        return contractId.error();
    const auto rate = m_contracts.vatBasisPointsOfLot(lotId);
    if (!rate)
        return rate.error();
    return LotFacts{*contractId, *rate};
}

Status OrderStore::saveOrder(PurchaseOrder &o, bool numberChecked)
{
    const auto numberFree = [&](Id contractId) -> Status {
        const auto taken = orderNumberTaken(contractId, o.number, o.id);
        if (!taken)
            return taken.status();
        if (*taken)
            return fail(tr("Order number %1 is already used in this contract.").arg(o.number));
        return {};
    };
    const Status checked = checkOrder(
        o, [&](Id lotId) { return lotFacts(lotId); },
        [&](Id beneficiaryId) { return m_catalogue.beneficiary(beneficiaryId).status(); },
        numberChecked ? std::function<Status(Id)>() : std::function<Status(Id)>(numberFree));
    if (!checked)
        return checked;
    // On failure the lines get back the identifiers they came with, as the order does.
    const QList<OrderLine> linesBefore = o.lines;
    Status saved = saveWithIdentity(o.id, o.rowVersion, [&]() -> Status {
        if (Status written = insertOrUpdate(Tables::orders(), o.id, o.rowVersion, orderValues(o)); !written)
            return written;
        // Lines are updated in place by identifier, so that what refers to a line (its upstream contributions)
        // survives an edit of the order; only the lines no longer in the order are deleted.
        auto existing = readAll<Id>(QStringLiteral("SELECT id FROM order_lines WHERE order_id = ?"), {o.id},
                                    [](SqlRow &r) { return r.id(); });
        if (!existing)
            return existing.status();
        const QSet<Id> stored(existing->cbegin(), existing->cend());
        QSet<Id> kept;
        for (OrderLine &line : o.lines) {
            // A line of another order (a copy), a second copy of a line, or one removed since is inserted anew,
            // with its identifier when free (undo of a removal brings it back as it was).
            if (line.id == 0)
                continue;
            if (kept.contains(line.id)) {
                line.id = 0;
                continue;
            }
            if (stored.contains(line.id)) {
                kept.insert(line.id);
                continue;
            }
            const auto owner = readNumber(QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE id = ?"), {line.id});
            if (!owner)
                return owner.status();
            if (*owner > 0)
                line.id = 0;
        }
        for (Id id : stored) {
            if (kept.contains(id))
                continue;
            if (auto removed = run(QStringLiteral("DELETE FROM order_lines WHERE id = ?"), {id}); !removed)
                return removed.status();
        }
        int position = 0;
        for (OrderLine &line : o.lines) {
            line.orderId = o.id;
            if (Status written = insertRow(Tables::orderLines(), line.id,
                                           {o.id, position++, line.workUnitId, line.quantityMilli, line.unitPriceHt.cents(),
                                            line.amountHt.cents()});
                !written)
                return written;
        }
        return {};
    });
    if (!saved)
        o.lines = linesBefore;
    return saved;
}

Status OrderStore::insertNewOrder(PurchaseOrder &o, NewOrders &batch)
{
    Q_ASSERT(o.id == 0);
    const Status checked = checkOrder(
        o,
        [&](Id lotId) -> Result<LotFacts> {
            if (const auto known = batch.lots.constFind(lotId); known != batch.lots.constEnd())
                return *known;
            auto read = lotFacts(lotId);
            if (read)
                batch.lots.insert(lotId, *read);
            return read;
        },
        [&](Id beneficiaryId) -> Status {
            if (batch.beneficiaries.contains(beneficiaryId))
                return {};
            const Status read = m_catalogue.beneficiary(beneficiaryId).status();
            if (read)
                batch.beneficiaries.insert(beneficiaryId);
            return read;
        },
        {});
    if (!checked)
        return checked;
    if (batch.now.isEmpty())
        batch.now = SqlValues::now();
    return withTransaction([&]() -> Status {
        const auto id = insertNew(Tables::orders(), orderValues(o), batch.now);
        if (!id)
            return id.status();
        int position = 0;
        for (OrderLine &line : o.lines) {
            const auto lineId = insertNew(Tables::orderLines(),
                                          {*id, position++, line.workUnitId, line.quantityMilli,
                                           line.unitPriceHt.cents(), line.amountHt.cents()},
                                          batch.now);
            if (!lineId)
                return lineId.status();
            line.id = *lineId;
            line.orderId = *id;
        }
        o.id = *id;
        o.rowVersion = 1;
        return {};
    });
}

Status OrderStore::removeOrder(Id id)
{
    return removeRow(Tables::orders(), id);
}

Status OrderStore::logCeilingOverride(const PurchaseOrder &order, const CeilingCheck &check, const QString &userName)
{
    return withTransaction([&]() {
        Id id = 0;
        return insertRow(Tables::ceilingOverrides(), id,
                         {order.id, order.lotId, check.maximum.cents(), check.orderedBefore.cents(), check.orderAmount.cents(),
                          order.overrideReason, userName});
    });
}

Result<int> OrderStore::ceilingOverrideCount(Id orderId)
{
    const auto count = readNumber(QStringLiteral("SELECT COUNT(*) FROM ceiling_overrides WHERE order_id = ?"), {orderId});
    if (!count)
        return count.error();
    return static_cast<int>(*count);
}

Result<QList<LotTotals>> OrderStore::lotTotals(Id contractId, const QDate &asOf)
{
    // A step counts when it is dated on or before the as-of date; a cancellation by then removes the order.
    const QString day = asOf.toString(Qt::ISODate);
    return readAll<LotTotals>(
        QStringLiteral(
            "SELECT l.id,"
            " COALESCE(SUM(CASE WHEN o.issued_on <= ? AND (o.cancelled_on IS NULL OR o.cancelled_on > ?) THEN ol.amount_ht_cents END), 0),"
            " COALESCE(SUM(CASE WHEN o.done_on <= ? THEN ol.amount_ht_cents END), 0),"
            " COALESCE(SUM(CASE WHEN o.invoiced_on <= ? THEN ol.amount_ht_cents END), 0),"
            " COALESCE(SUM(CASE WHEN o.paid_on <= ? THEN ol.amount_ht_cents END), 0)"
            " FROM lots l LEFT JOIN orders o ON o.lot_id = l.id AND o.status <> 'draft'"
            " LEFT JOIN order_lines ol ON ol.order_id = o.id"
            " WHERE l.contract_id = ? GROUP BY l.id, l.number ORDER BY l.number"),
        {day, day, day, day, day, contractId}, [](SqlRow &r) {
            LotTotals totals;
            totals.lotId = r.id();
            totals.ordered = r.money();
            totals.done = r.money();
            totals.invoiced = r.money();
            totals.paid = r.money();
            return totals;
        });
}

Result<QList<StepSum>> OrderStore::stepSums(Id contractId, const QDate &asOf)
{
    // Each line is crossed with the five steps and kept for the steps dated on or before the date, then
    // summed per lot, beneficiary, work unit, step and month (tests/bench/README.md gives its cost). Dates
    // are 'YYYY-MM-DD' text on both dialects, so substr(…, 1, 7) is the month and text comparison is date
    // comparison. A cancellation keeps the month the order was issued in too, so that the engine can take
    // it off that year's work-unit budget as well as off the month's flow.
    // The steps are numbered as OrderStatus numbers them: %2 issued, %3 done, %4 invoiced, %5 paid, %6 cancelled.
    auto n = [](OrderStatus status) { return QString::number(static_cast<int>(status)); };
    const QString sql = QStringLiteral(
        "SELECT x.lot_id, x.beneficiary_id, x.work_unit_id, x.step, x.month, x.issue_month,"
        " SUM(x.quantity_milli), SUM(x.amount_ht_cents), SUM(x.amount_ttc_cents)"
        " FROM (SELECT o.lot_id, o.beneficiary_id, ol.work_unit_id, s.step,"
        "   substr(CASE s.step WHEN %2 THEN o.issued_on WHEN %6 THEN o.cancelled_on WHEN %3 THEN o.done_on"
        "     WHEN %4 THEN o.invoiced_on ELSE o.paid_on END, 1, 7) AS month,"
        "   CASE WHEN s.step = %6 THEN substr(o.issued_on, 1, 7) ELSE '' END AS issue_month,"
        "   ol.quantity_milli, ol.amount_ht_cents, %1 AS amount_ttc_cents"
        "   FROM order_lines ol JOIN orders o ON o.id = ol.order_id JOIN lots l ON l.id = o.lot_id"
        "   JOIN contracts c ON c.id = l.contract_id"
        "   CROSS JOIN (SELECT %2 AS step UNION ALL SELECT %3 UNION ALL SELECT %4 UNION ALL SELECT %5"
        "     UNION ALL SELECT %6) s"
        "   WHERE l.contract_id = ? AND o.status <> 'draft' AND o.issued_on IS NOT NULL AND o.issued_on <= ?"
        "   AND (s.step = %2 OR (s.step = %6 AND o.cancelled_on <= ?)"
        "     OR (s.step IN (%3, %4, %5) AND (o.cancelled_on IS NULL OR o.cancelled_on > ?)"
        "       AND CASE s.step WHEN %3 THEN o.done_on WHEN %4 THEN o.invoiced_on ELSE o.paid_on END <= ?))) x"
        " GROUP BY x.lot_id, x.beneficiary_id, x.work_unit_id, x.step, x.month, x.issue_month")
                            .arg(lineTtcSql(QStringLiteral("ol.amount_ht_cents"), QStringLiteral("c.vat_basis_points")),
                                 n(OrderStatus::Issued), n(OrderStatus::Done), n(OrderStatus::Invoiced),
                                 n(OrderStatus::Paid), n(OrderStatus::Cancelled));
    const QString day = asOf.toString(Qt::ISODate);
    QHash<QString, QDate> months; // a few dozen distinct months: parse each once
    auto monthOf = [&months](const QString &text) {
        auto it = months.constFind(text);
        if (it == months.constEnd())
            it = months.insert(text, QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate));
        return *it;
    };
    return readAll<StepSum>(sql, {contractId, day, day, day, day}, [&monthOf](SqlRow &r) {
        StepSum sum;
        sum.lotId = r.id();
        sum.beneficiaryId = r.id();
        sum.workUnitId = r.id();
        sum.step = static_cast<OrderStatus>(r.integer());
        sum.month = monthOf(r.text());
        const QString issueMonth = r.text();
        if (sum.step == OrderStatus::Cancelled)
            sum.issueMonth = monthOf(issueMonth);
        sum.quantityMilli = r.int64();
        sum.amountHt = r.money();
        sum.amountTtc = r.money();
        return sum;
    });
}

namespace {

// 'YYYY-MM-DD' (how storage writes dates on both dialects) as a Julian day, without building a QDate from a
// string for each of a million values; anything else goes through the general reader.
OrderFacts::Day factDay(const QVariant &value)
{
    if (value.isNull())
        return 0;
    const QString text = value.toString();
    if (text.size() == 10 && text[4] == u'-' && text[7] == u'-') {
        auto digits = [&text](int from, int count) {
            int number = 0;
            for (int i = from; i < from + count; ++i) {
                const char16_t c = text[i].unicode();
                if (c < u'0' || c > u'9')
                    return -1;
                number = number * 10 + (c - u'0');
            }
            return number;
        };
        const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
        if (year >= 0 && month >= 0 && day >= 0)
            return OrderFacts::dayOf(QDate(year, month, day));
    }
    return OrderFacts::dayOf(SqlValues::toDate(value));
}

} // namespace

Result<OrderFacts> OrderStore::orderFacts(Id contractId)
{
    const QString onlyContract = contractId ? QStringLiteral(" AND l.contract_id = ?") : QString();
    const QVariantList values = contractId ? QVariantList{contractId} : QVariantList{};
    OrderFacts facts;
    QHash<Id, std::pair<quint32, int>> orderAt; // order id → its index, and its contract's VAT rate
    {
        auto query = run(QStringLiteral("SELECT o.id, l.contract_id, o.lot_id, o.beneficiary_id, o.issued_on, o.done_on,"
                                        " o.invoiced_on, o.paid_on, o.cancelled_on, c.vat_basis_points"
                                        " FROM orders o JOIN lots l ON l.id = o.lot_id JOIN contracts c ON c.id = l.contract_id"
                                        " WHERE o.status <> 'draft' AND o.issued_on IS NOT NULL%1")
                             .arg(onlyContract),
                         values);
        if (!query)
            return query.error();
        QSqlQuery &q = **query;
        std::vector<std::pair<OrderFacts::Order, int>> read;
        while (q.next()) {
            OrderFacts::Order order;
            order.id = q.value(0).toLongLong();
            order.contractId = q.value(1).toLongLong();
            order.lotId = q.value(2).toLongLong();
            order.beneficiaryId = q.value(3).toLongLong();
            order.issued = factDay(q.value(4));
            order.done = factDay(q.value(5));
            order.invoiced = factDay(q.value(6));
            order.paid = factDay(q.value(7));
            order.cancelled = factDay(q.value(8));
            read.emplace_back(order, q.value(9).toInt());
        }
        std::sort(read.begin(), read.end(), [](const auto &a, const auto &b) {
            return a.first.contractId != b.first.contractId ? a.first.contractId < b.first.contractId
                                                            : a.first.id < b.first.id;
        });
        facts.orders.reserve(read.size());
        orderAt.reserve(static_cast<qsizetype>(read.size()));
        for (const auto &[order, rate] : read) {
            orderAt.insert(order.id, {static_cast<quint32>(facts.orders.size()), rate});
            facts.orders.push_back(order);
        }
    }
    // The lines in the file's order, then put in the orders' sequence (a counting sort: no SQL sort).
    struct ReadLine
    {
        quint32 order;
        OrderFacts::Line line;
    };
    std::vector<ReadLine> read;
    {
        auto query = run(contractId
                             ? QStringLiteral("SELECT ol.order_id, ol.work_unit_id, ol.quantity_milli, ol.amount_ht_cents"
                                              " FROM order_lines ol JOIN orders o ON o.id = ol.order_id"
                                              " JOIN lots l ON l.id = o.lot_id WHERE l.contract_id = ?")
                             : QStringLiteral("SELECT order_id, work_unit_id, quantity_milli, amount_ht_cents FROM order_lines"),
                         values);
        if (!query)
            return query.error();
        QSqlQuery &q = **query;
        // An order's lines are mostly stored one after the other: look its order up once for them all.
        Id lastOrder = -1;
        auto at = orderAt.constEnd();
        while (q.next()) {
            if (const Id orderId = q.value(0).toLongLong(); orderId != lastOrder) {
                lastOrder = orderId;
                at = orderAt.constFind(orderId);
            }
            if (at == orderAt.constEnd())
                continue; // a draft's line
            OrderFacts::Line line;
            line.workUnitId = q.value(1).toLongLong();
            line.quantityMilli = q.value(2).toLongLong();
            line.amountHtCents = q.value(3).toLongLong();
            const Money ht = Money::fromCents(line.amountHtCents);
            const auto vat = ht.vat(at->second);
            const auto ttc = vat ? ht.checkedAdd(*vat) : std::nullopt;
            if (!ttc)
                return Error::rule(tr("The amount including VAT of a line of order %1 is too large.").arg(facts.orders[at->first].id));
            line.amountTtcCents = ttc->cents();
            read.push_back({at->first, line});
            ++facts.orders[at->first].lineCount;
        }
    }
    quint32 next = 0;
    for (OrderFacts::Order &order : facts.orders) {
        order.firstLine = next;
        next += order.lineCount;
    }
    facts.lines.resize(read.size());
    std::vector<quint32> filled(facts.orders.size(), 0);
    for (const ReadLine &r : read)
        facts.lines[facts.orders[r.order].firstLine + filled[r.order]++] = r.line;
    return facts;
}

} // namespace Plafond

