// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One contract in a fresh SQLite database, built through the Stores step by step (the engine's fixtures).

#include "domain/lifecycle.h"
#include "engine/consumption.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace PlafondTest {

using namespace Plafond;

struct Line
{
    QString unit;
    qint64 quantityMilli = 0;
    qint64 priceCents = 0;
};
using Steps = QList<QPair<OrderStatus, QDate>>;

// One contract in a fresh database, built step by step; each step returns false and keeps the reason.
class Books
{
public:
    explicit Books(const QString &path)
    {
        m_ok = m_database.open(path, Database::OpenMode::CreateIfMissing, &m_error);
        m_stores = std::make_unique<Stores>(m_database);
        contract.reference = QStringLiteral("C-1");
        contract.title = QStringLiteral("Test contract");
        contract.buyer = QStringLiteral("Test buyer");
        contract.startOn = QDate(2024, 1, 1);
        contract.durationMonths = 48;
        contract.maxHt = Money::fromCents(100000000);
    }

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    Stores &stores() { return *m_stores; }

    Contract contract; // set its fields, then saveContract()

    bool saveContract() { return check(m_stores->contracts.saveContract(contract)); }

    bool addLot(int number, qint64 maxCents, std::optional<qint64> minCents = std::nullopt)
    {
        Lot lot;
        lot.contractId = contract.id;
        lot.number = number;
        lot.title = QStringLiteral("Lot %1").arg(number);
        lot.maxHt = Money::fromCents(maxCents);
        if (minCents)
            lot.minHt = Money::fromCents(*minCents);
        if (!check(m_stores->contracts.saveLot(lot)))
            return false;
        m_lots.insert(number, lot.id);
        return true;
    }

    bool addUnit(int lot, const QString &code, qint64 priceCents)
    {
        WorkUnit unit{0, m_lots.value(lot), code, code, code, QStringLiteral("day"),
                      {{0, 0, QDate(2020, 1, 1), Money::fromCents(priceCents)}}, 0};
        if (!check(m_stores->catalogue.saveWorkUnit(unit)))
            return false;
        m_units.insert(code, unit.id);
        return true;
    }

    bool addBeneficiary(const QString &code, const QString &parent = QString())
    {
        Beneficiary beneficiary{0, code, code + QStringLiteral(" name"), m_beneficiaries.value(parent), 0};
        if (!check(m_stores->catalogue.saveBeneficiary(beneficiary)))
            return false;
        m_beneficiaries.insert(code, beneficiary.id);
        return true;
    }

    // Created on the day of its first step (or 2024-01-01 for a draft), then moved through the steps.
    bool addOrder(const QString &number, int lot, const QString &beneficiary, const QList<Line> &lines, const Steps &steps)
    {
        PurchaseOrder order;
        order.number = number;
        order.lotId = m_lots.value(lot);
        order.beneficiaryId = m_beneficiaries.value(beneficiary);
        order.createdOn = steps.isEmpty() ? QDate(2024, 1, 1) : steps.constFirst().second;
        for (const Line &line : lines)
            order.lines << OrderLine{0, 0, m_units.value(line.unit), line.quantityMilli, Money::fromCents(line.priceCents), Money()};
        for (const auto &step : steps) {
            if (!Lifecycle::move(order, step.first, step.second, &m_error))
                return false;
        }
        if (!check(m_stores->orders.saveOrder(order)))
            return false;
        m_orders.insert(number, order);
        return true;
    }

    bool addBudget(const QString &unit, int year, qint64 quantityMilli)
    {
        WorkUnitBudget budget{0, m_units.value(unit), year, quantityMilli};
        return check(m_stores->catalogue.saveBudget(budget));
    }

    bool addAllocation(int lot, const QString &beneficiary, std::optional<qint64> cents, const QString &unit = QString(),
                       std::optional<qint64> quantityMilli = std::nullopt)
    {
        Allocation allocation{0, m_lots.value(lot), m_beneficiaries.value(beneficiary),
                              cents ? std::optional<Money>(Money::fromCents(*cents)) : std::nullopt, m_units.value(unit),
                              quantityMilli};
        return check(m_stores->catalogue.saveAllocation(allocation));
    }

    bool addAmendment(int lot, const QDate &signedOn, qint64 deltaCents, int deltaMonths)
    {
        Amendment amendment{0, contract.id, lot ? m_lots.value(lot) : 0, signedOn, Money::fromCents(deltaCents),
                            deltaMonths, QStringLiteral("amendment")};
        return check(m_stores->contracts.saveAmendment(amendment));
    }

    std::optional<ContractConsumption> compute(const QDate &asOf, const EngineOptions &options = {})
    {
        return ConsumptionEngine::compute(*m_stores, contract.id, asOf, options, &m_error);
    }

    Id lotId(int number) const { return m_lots.value(number); }
    Id unitId(const QString &code) const { return m_units.value(code); }
    Id beneficiaryId(const QString &code) const { return m_beneficiaries.value(code); }
    PurchaseOrder order(const QString &number) const { return m_orders.value(number); }

private:
    bool check(const Status &saved)
    {
        if (!saved)
            m_error = saved.message();
        return saved.ok();
    }

    Database m_database;
    std::unique_ptr<Stores> m_stores;
    bool m_ok = false;
    QString m_error;
    QHash<int, Id> m_lots;
    QHash<QString, Id> m_units;
    QHash<QString, Id> m_beneficiaries;
    QHash<QString, PurchaseOrder> m_orders;
};

// The keys of the alerts, in their order: what the engine's tests compare.
inline QStringList keys(const QList<Alert> &alerts)
{
    QStringList list;
    for (const Alert &alert : alerts)
        list << alert.key();
    return list;
}

} // namespace PlafondTest
