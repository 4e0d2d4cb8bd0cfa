// SPDX-License-Identifier: GPL-3.0-or-later
#include "datagenerator.h"

#include "randomgenerator.h"

#include "domain/lifecycle.h"
#include "storage/stores.h"

namespace Plafond {

bool DataGenerator::write(Stores &stores, int scale, QString *error, const std::function<void(int, int)> &progress)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (scale < 1 || scale > 1000)
        return fail(tr("The scale must be between 1 and 1000."));
    const auto existing = stores.contracts.contracts();
    if (!existing)
        return fail(existing.message());
    if (!existing->isEmpty())
        return fail(tr("The database already holds contracts: the generated data only goes into an empty one."));
    TransactionGuard guard(stores.database());
    if (!guard.isActive())
        return fail(guard.errorText());
    Generator random(0x5EEDu + quint64(scale));

    QList<Id> beneficiaries;
    for (int b = 0; b < 60; ++b) {
        Beneficiary beneficiary{0, QStringLiteral("GEN-B%1").arg(b + 1, 2, 10, QLatin1Char('0')),
                                QStringLiteral("Generated beneficiary %1").arg(b + 1), b >= 12 ? beneficiaries.at(b % 12) : 0, 0};
        if (const Status status = stores.catalogue.saveBeneficiary(beneficiary); !status)
            return fail(status.message());
        beneficiaries << beneficiary.id;
    }
    const QDate start(2015, 1, 1);
    const QList<OrderStatus> steps{OrderStatus::Issued, OrderStatus::Done, OrderStatus::Invoiced, OrderStatus::Paid};
    for (int c = 0; c < scale; ++c) {
        Contract contract;
        contract.reference = QStringLiteral("GEN-%1").arg(c + 1, 3, 10, QLatin1Char('0'));
        contract.title = QStringLiteral("Generated contract %1").arg(c + 1);
        contract.buyer = QStringLiteral("Generated buyer");
        contract.notifiedOn = start;
        contract.startOn = start;
        contract.durationMonths = 120;
        contract.firmMonths = 48;
        contract.renewalCount = 6;
        contract.renewalMonths = 12;
        contract.maxHt = Money::fromCents(60'000'000'000); // 600 M€: the generated orders stay below it
        if (const Status status = stores.contracts.saveContract(contract); !status)
            return fail(status.message());
        QList<QList<WorkUnit>> units;
        QList<Id> lots;
        for (int l = 0; l < 6; ++l) {
            Lot lot{0, contract.id, l + 1, QStringLiteral("Generated lot %1").arg(l + 1), std::nullopt,
                    Money::fromCents(10'000'000'000), {}, 0};
            if (const Status status = stores.contracts.saveLot(lot); !status)
                return fail(status.message());
            lots << lot.id;
            QList<WorkUnit> lotUnits;
            for (int w = 0; w < 7; ++w) {
                WorkUnit unit;
                unit.lotId = lot.id;
                unit.code = QStringLiteral("WU%1").arg(w + 1);
                unit.labelFr = QStringLiteral("Unité %1").arg(w + 1);
                unit.labelEn = QStringLiteral("Unit %1").arg(w + 1);
                unit.unit = QStringLiteral("day");
                const qint64 price = random.between(500, 1500) * 100;
                unit.prices = {UnitPrice{0, 0, start, Money::fromCents(price)},
                               UnitPrice{0, 0, QDate(2020, 1, 1), Money::fromCents(price * 11 / 10)}};
                if (const Status status = stores.catalogue.saveWorkUnit(unit); !status)
                    return fail(status.message());
                lotUnits << unit;
            }
            units << lotUnits;
        }
        QHash<int, int> perYear;
        for (int o = 0; o < ordersPerContract; ++o) {
            const int lotIndex = static_cast<int>(random.between(0, 5));
            PurchaseOrder order;
            order.lotId = lots.at(lotIndex);
            order.beneficiaryId = beneficiaries.at(random.between(0, beneficiaries.size() - 1));
            const QDate created = start.addDays(random.between(0, 3600));
            order.number = QStringLiteral("BC-%1-%2").arg(created.year()).arg(++perYear[created.year()], 5, 10, QLatin1Char('0'));
            order.commitmentNumber = QString::number(2100000000 + c * ordersPerContract + o);
            order.createdOn = created;
            // Most orders run their whole course; a few stop at each step or are cancelled.
            const qint64 draw = random.between(0, 99);
            const int lastStep = draw < 70 ? 3 : draw < 80 ? 2 : draw < 88 ? 1 : draw < 94 ? 0 : -1;
            QDate on = created.addDays(random.between(0, 10));
            for (int s = 0; s <= lastStep; ++s) {
                Lifecycle::move(order, steps.at(s), on);
                on = on.addDays(random.between(10, 60));
            }
            if (draw >= 97)
                Lifecycle::move(order, OrderStatus::Cancelled, on);
            const QDate priceDate = order.issuedOn.isValid() ? order.issuedOn : order.createdOn;
            const int lineCount = static_cast<int>(random.between(1, 5));
            for (int n = 0; n < lineCount; ++n) {
                const WorkUnit &unit = units.at(lotIndex).at(random.between(0, 6));
                OrderLine line;
                line.workUnitId = unit.id;
                line.quantityMilli = random.between(1, 40) * 500;
                line.unitPriceHt = unit.priceOn(priceDate).value_or(Money());
                order.lines << line;
            }
            if (const Status status = stores.orders.saveOrder(order, true); !status) // numbers unique by construction, in a database without contracts
                return fail(status.message());
        }
        if (progress)
            progress(c + 1, scale);
    }
    if (!guard.commit())
        return fail(tr("The generated data could not be committed."));
    return true;
}

} // namespace Plafond
