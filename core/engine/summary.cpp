// SPDX-License-Identifier: GPL-3.0-or-later
#include "summary.h"

#include "amendmentcaps.h"

#include "storage/stores.h"

#include <QJsonArray>

namespace Plafond {

namespace {

StepTotals totalsOf(const StepAmounts &amounts)
{
    return {amounts.orderedHt, amounts.doneHt, amounts.invoicedHt, amounts.paidHt};
}

QJsonValue optionalCents(const std::optional<Money> &money)
{
    return money ? QJsonValue(money->cents()) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalMilli(const std::optional<qint64> &milli)
{
    return milli ? QJsonValue(*milli) : QJsonValue(QJsonValue::Null);
}

void putTotals(QJsonObject &object, const StepTotals &totals, const QString &prefix = QString())
{
    object.insert(prefix + QStringLiteral("ordered_ht_cents"), totals.ordered.cents());
    object.insert(prefix + QStringLiteral("done_ht_cents"), totals.done.cents());
    object.insert(prefix + QStringLiteral("invoiced_ht_cents"), totals.invoiced.cents());
    object.insert(prefix + QStringLiteral("paid_ht_cents"), totals.paid.cents());
}

void putCeiling(QJsonObject &object, const CeilingState &ceiling)
{
    object.insert(QStringLiteral("remaining_ht_cents"), ceiling.remaining.cents());
    object.insert(QStringLiteral("percent_hundredths"), ceiling.percentHundredths);
}

// A field of a ';'-separated file, quoted only when it has to be (RFC 4180 style).
QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// The alerts about a lot's or the contract's own ceiling and term, not about budgets or allocations.
bool isCeilingAlert(const Alert &alert)
{
    return alert.kind != Alert::Kind::BudgetThreshold && alert.kind != Alert::Kind::AllocationThreshold;
}

} // namespace

std::optional<Summary> Summary::compute(Stores &stores, const QDate &asOf, const QString &reference, QString *error,
                                        Failure *failure)
{
    auto fail = [&](Failure kind, const QString &message) -> std::optional<Summary> {
        if (error)
            *error = message;
        if (failure)
            *failure = kind;
        return std::nullopt;
    };
    if (failure)
        *failure = Failure::None;
    QList<Contract> contracts;
    if (reference.isEmpty()) {
        auto all = stores.contracts.contracts();
        if (!all)
            return fail(Failure::Storage, all.message());
        contracts = std::move(all).value();
    } else {
        const auto contract = stores.contracts.contractByReference(reference);
        if (!contract) {
            if (!contract.isNotFound())
                return fail(Failure::Storage, contract.message());
            return fail(Failure::UnknownContract, tr("%1 is not the reference of a contract in this database.").arg(reference));
        }
        contracts << *contract;
    }

    // The orders' facts of the contracts summed up, read once for all of them.
    const auto facts = stores.orders.orderFacts(reference.isEmpty() ? 0 : contracts.constFirst().id);
    if (!facts)
        return fail(Failure::Storage, facts.message());
    EngineOptions options;
    options.facts = &facts.value();

    Summary summary;
    summary.asOf = asOf;
    for (const Contract &contract : std::as_const(contracts)) {
        QString engineError;
        std::optional<ContractConsumption> consumption = ConsumptionEngine::compute(stores, contract.id, asOf, options,
                                                                                    &engineError);
        if (!consumption)
            return fail(Failure::Storage, engineError);
        ContractSummary result;
        result.contractId = contract.id;
        result.reference = consumption->reference;
        result.title = consumption->title;
        result.maxHt = consumption->ceiling.maximum;
        result.minHt = consumption->ceiling.minimum;
        result.endOn = consumption->endOn;
        result.totals = totalsOf(consumption->amounts);
        // The amendment caps (engine/amendmentcaps.h), against the initial maxima: two more queries.
        const auto amendmentsRead = stores.contracts.amendments(contract.id);
        const auto lotsRead = stores.contracts.lots(contract.id);
        if (const Status read = firstFailure({amendmentsRead.status(), lotsRead.status()}); !read)
            return fail(Failure::Storage, read.message());
        const QList<Amendment> &amendments = *amendmentsRead;
        QHash<Id, Money> initialLotMaxima;
        for (const Lot &lot : *lotsRead)
            initialLotMaxima.insert(lot.id, lot.maxHt);
        // Support tickets and their SLA (engine/sla.h), clocks run to the end of the date: three more queries.
        const std::optional<SlaStatistics> sla = SlaEngine::compute(stores, contract.id, SlaEngine::endOfDay(asOf),
                                                                    0, &engineError);
        if (!sla)
            return fail(Failure::Storage, engineError);
        for (const LotConsumption &lot : std::as_const(consumption->lots)) {
            LotSummary lotSummary;
            lotSummary.lotId = lot.lotId;
            lotSummary.number = lot.number;
            lotSummary.title = lot.title;
            lotSummary.maxHt = lot.ceiling.maximum;
            lotSummary.minHt = lot.ceiling.minimum;
            lotSummary.totals = totalsOf(lot.amounts);
            lotSummary.remainingHt = lot.ceiling.remaining;
            lotSummary.percentHundredths = lot.ceiling.percentHundredths;
            lotSummary.sla = sla->perLot.value(lot.lotId);
            for (const Alert &alert : std::as_const(consumption->alerts)) {
                if (alert.lotId == lot.lotId && isCeilingAlert(alert))
                    lotSummary.alerts << alert.key();
            }
            for (const AmendmentWarning &warning :
                 AmendmentCaps::check(initialLotMaxima.value(lot.lotId), amendments, asOf, lot.lotId, lot.number))
                lotSummary.alerts << warning.key();
            result.lots << lotSummary;
        }
        for (const Alert &alert : std::as_const(consumption->alerts)) {
            if (alert.lotId == 0 && isCeilingAlert(alert))
                result.alerts << alert.key();
        }
        for (const AmendmentWarning &warning : AmendmentCaps::check(contract.maxHt, amendments, asOf))
            result.alerts << warning.key();
        result.consumption = std::move(*consumption);
        // Component coverage: two more queries.
        const auto components = stores.components.componentCount();
        const auto covered = stores.components.coveredComponentCount(contract.id);
        if (const Status read = firstFailure({components.status(), covered.status()}); !read)
            return fail(Failure::Storage, read.message());
        result.coverage.components = *components;
        result.coverage.covered = *covered;
        result.coverage.scope = contract.componentsInScope;
        summary.contracts << result;
    }
    return summary;
}

QJsonObject Summary::toJson() const
{
    QJsonArray contractArray;
    for (const ContractSummary &contract : contracts) {
        const ContractConsumption &consumption = contract.consumption;
        QJsonObject object;
        object.insert(QStringLiteral("reference"), contract.reference);
        object.insert(QStringLiteral("end_on"), contract.endOn.isValid() ? QJsonValue(contract.endOn.toString(Qt::ISODate))
                                                                         : QJsonValue(QJsonValue::Null));
        object.insert(QStringLiteral("max_ht_cents"), contract.maxHt.cents());
        object.insert(QStringLiteral("min_ht_cents"), optionalCents(contract.minHt));
        putTotals(object, contract.totals);
        putCeiling(object, consumption.ceiling);
        QJsonArray lotArray;
        for (const LotSummary &lot : contract.lots) {
            QJsonObject lotObject;
            lotObject.insert(QStringLiteral("number"), lot.number);
            lotObject.insert(QStringLiteral("max_ht_cents"), lot.maxHt.cents());
            lotObject.insert(QStringLiteral("min_ht_cents"), optionalCents(lot.minHt));
            putTotals(lotObject, lot.totals);
            lotObject.insert(QStringLiteral("remaining_ht_cents"), lot.remainingHt.cents());
            lotObject.insert(QStringLiteral("percent_hundredths"), lot.percentHundredths);
            lotObject.insert(QStringLiteral("alerts"), QJsonArray::fromStringList(lot.alerts));
            lotObject.insert(QStringLiteral("sla"), QJsonObject{{QStringLiteral("tickets"), lot.sla.tickets},
                                                                {QStringLiteral("response_breaches"), lot.sla.responseBreaches},
                                                                {QStringLiteral("restore_breaches"), lot.sla.restoreBreaches}});
            lotArray << lotObject;
        }
        object.insert(QStringLiteral("lots"), lotArray);

        QHash<Id, QString> codeOf;
        for (const BeneficiaryConsumption &beneficiary : consumption.beneficiaries)
            codeOf.insert(beneficiary.beneficiaryId, beneficiary.code);
        QJsonArray beneficiaryArray;
        for (const BeneficiaryConsumption &beneficiary : consumption.beneficiaries) {
            QJsonObject beneficiaryObject{
                {QStringLiteral("code"), beneficiary.code},
                {QStringLiteral("parent"), beneficiary.parentId != 0 ? QJsonValue(codeOf.value(beneficiary.parentId))
                                                                     : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("ordered_ht_cents"), beneficiary.own.orderedHt.cents()},
                {QStringLiteral("allocation_ht_cents"), optionalCents(beneficiary.allocationHt)}};
            putTotals(beneficiaryObject, totalsOf(beneficiary.rolledUp), QStringLiteral("rolled_up_"));
            QStringList alerts;
            for (const Alert &alert : consumption.alerts) {
                if (alert.kind == Alert::Kind::AllocationThreshold && alert.beneficiaryId == beneficiary.beneficiaryId)
                    alerts << alert.key();
            }
            beneficiaryObject.insert(QStringLiteral("alerts"), QJsonArray::fromStringList(alerts));
            beneficiaryArray << beneficiaryObject;
        }
        object.insert(QStringLiteral("beneficiaries"), beneficiaryArray);

        QJsonArray unitArray;
        for (const WorkUnitConsumption &unit : consumption.workUnits) {
            QJsonArray yearArray;
            for (const WorkUnitYear &year : unit.years) {
                QStringList alerts;
                for (const Alert &alert : consumption.alerts) {
                    if (alert.kind == Alert::Kind::BudgetThreshold && alert.workUnitId == unit.workUnitId
                        && alert.year == year.year)
                        alerts << alert.key();
                }
                yearArray << QJsonObject{{QStringLiteral("year"), year.year},
                                         {QStringLiteral("quantity_milli"), year.orderedQuantityMilli},
                                         {QStringLiteral("budget_quantity_milli"), optionalMilli(year.budgetQuantityMilli)},
                                         {QStringLiteral("ordered_ht_cents"), year.orderedHt.cents()},
                                         {QStringLiteral("alerts"), QJsonArray::fromStringList(alerts)}};
            }
            unitArray << QJsonObject{{QStringLiteral("lot"), unit.lotNumber},
                                     {QStringLiteral("code"), unit.code},
                                     {QStringLiteral("quantity_milli"), unit.orderedQuantityMilli},
                                     {QStringLiteral("budget_quantity_milli"), optionalMilli(unit.budgetQuantityMilli)},
                                     {QStringLiteral("ordered_ht_cents"), unit.orderedHt.cents()},
                                     {QStringLiteral("years"), yearArray}};
        }
        object.insert(QStringLiteral("work_units"), unitArray);

        // docs/DOMAIN.md: the date the maximum will be reached, or "not before the end" (then the date is null).
        const Forecast &forecast = consumption.forecast;
        const bool dated = forecast.maxReachedOn && !forecast.notBeforeEnd;
        object.insert(QStringLiteral("forecast"),
                      QJsonObject{{QStringLiteral("max_reached_on"), dated ? QJsonValue(forecast.maxReachedOn->toString(Qt::ISODate))
                                                                           : QJsonValue(QJsonValue::Null)},
                                  {QStringLiteral("burn_rate_per_month_ht_cents"), forecast.burnRatePerMonthHt.cents()},
                                  {QStringLiteral("window_months"), forecast.windowMonths},
                                  {QStringLiteral("not_before_end"), forecast.notBeforeEnd}});
        object.insert(QStringLiteral("alerts"), QJsonArray::fromStringList(contract.alerts));
        object.insert(QStringLiteral("coverage"), QJsonObject{{QStringLiteral("components"), contract.coverage.components},
                                                              {QStringLiteral("covered"), contract.coverage.covered},
                                                              {QStringLiteral("scope"), contract.coverage.scope}});
        contractArray << object;
    }
    return QJsonObject{{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)}, {QStringLiteral("contracts"), contractArray}};
}

QString Summary::toCsv() const
{
    QString text = QStringLiteral("contract;lot;max_ht;ordered_ht;done_ht;invoiced_ht;paid_ht;remaining_ht;percent;alerts\n");
    for (const ContractSummary &contract : contracts) {
        for (const LotSummary &lot : contract.lots) {
            const QStringList fields{
                csvField(contract.reference),
                QString::number(lot.number),
                lot.maxHt.toDecimalString(),
                lot.totals.ordered.toDecimalString(),
                lot.totals.done.toDecimalString(),
                lot.totals.invoiced.toDecimalString(),
                lot.totals.paid.toDecimalString(),
                lot.remainingHt.toDecimalString(),
                // Hundredths of a percent, formatted like cents: the same two-decimal point notation.
                lot.maxHt.cents() > 0 ? Money::fromCents(lot.percentHundredths).toDecimalString() : QString(),
                lot.alerts.join(QLatin1Char(',')),
            };
            text += fields.join(QLatin1Char(';')) + QLatin1Char('\n');
        }
    }
    return text;
}

} // namespace Plafond
