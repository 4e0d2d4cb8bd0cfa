// SPDX-License-Identifier: GPL-3.0-or-later
#include "summary.h"

#include "storage/repository.h"

#include <QJsonArray>

#include <limits>

namespace Plafond {

namespace {

__extension__ typedef __int128 Wide; // exact products of two 64-bit values

// Money sums of real contracts stay far below 2^63 cents; saturating keeps a corrupt row from wrapping.
Money add(Money a, Money b)
{
    return a.checkedAdd(b).value_or(Money::fromCents(std::numeric_limits<qint64>::max()));
}

StepTotals add(const StepTotals &a, const StepTotals &b)
{
    return {add(a.ordered, b.ordered), add(a.done, b.done), add(a.invoiced, b.invoiced), add(a.paid, b.paid)};
}

QJsonValue optionalCents(const std::optional<Money> &money)
{
    return money ? QJsonValue(money->cents()) : QJsonValue(QJsonValue::Null);
}

void putTotals(QJsonObject &object, const StepTotals &totals)
{
    object.insert(QStringLiteral("ordered_ht_cents"), totals.ordered.cents());
    object.insert(QStringLiteral("done_ht_cents"), totals.done.cents());
    object.insert(QStringLiteral("invoiced_ht_cents"), totals.invoiced.cents());
    object.insert(QStringLiteral("paid_ht_cents"), totals.paid.cents());
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

} // namespace

QStringList Summary::thresholdAlerts(const QString &prefix, Money maximum, Money ordered)
{
    if (maximum.cents() <= 0)
        return {};
    for (int threshold : {100, 90, 70}) {
        // ordered / maximum >= threshold %, compared exactly in 128 bits: no rounding may raise an alert early.
        if (Wide(ordered.cents()) * 100 >= Wide(maximum.cents()) * threshold)
            return {QStringLiteral("%1_over_%2_percent").arg(prefix).arg(threshold)};
    }
    return {};
}

std::optional<Summary> Summary::compute(Repository &repository, const QDate &asOf, const QString &reference, QString *error,
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
    repository.clearLastError(); // the list queries below report failure only there

    QList<Contract> contracts;
    if (reference.isEmpty()) {
        contracts = repository.contracts();
        if (!repository.lastError().isEmpty())
            return fail(Failure::Storage, repository.lastError());
    } else {
        const auto contract = repository.contractByReference(reference);
        if (!contract) {
            if (!repository.lastError().isEmpty())
                return fail(Failure::Storage, repository.lastError());
            return fail(Failure::UnknownContract, tr("%1 is not the reference of a contract in this database.").arg(reference));
        }
        contracts << *contract;
    }

    Summary summary;
    summary.asOf = asOf;
    for (const Contract &contract : std::as_const(contracts)) {
        ContractSummary result;
        result.contractId = contract.id;
        result.reference = contract.reference;
        result.title = contract.title;
        result.minHt = contract.minHt;

        // Amendments are few per contract: summed here from one query. Only those signed by the date count,
        // so that a summary as of a past date shows the ceiling that was in force then.
        Money contractDelta;
        int extraMonths = 0;
        std::map<Id, Money> lotDelta;
        for (const Amendment &amendment : repository.amendments(contract.id)) {
            if (amendment.signedOn > asOf)
                continue;
            if (amendment.lotId == 0) {
                contractDelta = add(contractDelta, amendment.deltaMaxHt);
                extraMonths += amendment.deltaMonths;
            } else {
                lotDelta[amendment.lotId] = add(lotDelta[amendment.lotId], amendment.deltaMaxHt);
            }
        }
        result.maxHt = add(contract.maxHt, contractDelta);
        result.endOn = contract.startOn.isValid()
            ? contract.startOn.addMonths(contract.durationMonths + extraMonths).addDays(-1)
            : QDate();

        std::map<Id, StepTotals> totalsByLot;
        for (const LotTotals &totals : repository.lotTotals(contract.id, asOf))
            totalsByLot[totals.lotId] = StepTotals{totals.ordered, totals.done, totals.invoiced, totals.paid};
        for (const Lot &lot : repository.lots(contract.id)) {
            LotSummary lotSummary;
            lotSummary.lotId = lot.id;
            lotSummary.number = lot.number;
            lotSummary.title = lot.title;
            lotSummary.maxHt = add(lot.maxHt, lotDelta[lot.id]);
            lotSummary.minHt = lot.minHt;
            lotSummary.totals = totalsByLot[lot.id];
            lotSummary.alerts = thresholdAlerts(QStringLiteral("lot"), lotSummary.maxHt, lotSummary.totals.ordered);
            if (lot.minHt && result.endOn.isValid() && asOf > result.endOn && lotSummary.totals.ordered < *lot.minHt)
                lotSummary.alerts << QStringLiteral("lot_minimum_shortfall");
            result.totals = add(result.totals, lotSummary.totals);
            result.lots << lotSummary;
        }
        for (const Repository::BeneficiaryTotal &total : repository.beneficiaryTotals(contract.id, asOf))
            result.beneficiaries << BeneficiarySummary{total.code, total.name, total.ordered};
        for (const Repository::WorkUnitTotal &total : repository.workUnitTotals(contract.id, asOf))
            result.workUnits << WorkUnitSummary{total.lotNumber, total.code, total.quantityMilli, total.budgetQuantityMilli,
                                                total.ordered};
        if (!repository.lastError().isEmpty())
            return fail(Failure::Storage, repository.lastError());

        // Alerts that are cheap to tell from the totals; the alert engine will add the others.
        result.alerts = thresholdAlerts(QStringLiteral("contract"), result.maxHt, result.totals.ordered);
        // At the end of the contract, ordered below the minimum is a shortfall (DESIGN.md).
        if (contract.minHt && result.endOn.isValid() && asOf > result.endOn && result.totals.ordered < *contract.minHt)
            result.alerts << QStringLiteral("minimum_shortfall");
        summary.contracts << result;
    }
    return summary;
}

QJsonObject Summary::toJson() const
{
    QJsonArray contractArray;
    for (const ContractSummary &contract : contracts) {
        QJsonObject object;
        object.insert(QStringLiteral("reference"), contract.reference);
        object.insert(QStringLiteral("max_ht_cents"), contract.maxHt.cents());
        object.insert(QStringLiteral("min_ht_cents"), optionalCents(contract.minHt));
        putTotals(object, contract.totals);
        QJsonArray lotArray;
        for (const LotSummary &lot : contract.lots) {
            QJsonObject lotObject;
            lotObject.insert(QStringLiteral("number"), lot.number);
            lotObject.insert(QStringLiteral("max_ht_cents"), lot.maxHt.cents());
            lotObject.insert(QStringLiteral("min_ht_cents"), optionalCents(lot.minHt));
            putTotals(lotObject, lot.totals);
            lotObject.insert(QStringLiteral("alerts"), QJsonArray::fromStringList(lot.alerts));
            lotArray << lotObject;
        }
        object.insert(QStringLiteral("lots"), lotArray);
        QJsonArray beneficiaryArray;
        for (const BeneficiarySummary &beneficiary : contract.beneficiaries)
            beneficiaryArray << QJsonObject{{QStringLiteral("code"), beneficiary.code},
                                            {QStringLiteral("ordered_ht_cents"), beneficiary.ordered.cents()}};
        object.insert(QStringLiteral("beneficiaries"), beneficiaryArray);
        QJsonArray unitArray;
        for (const WorkUnitSummary &unit : contract.workUnits) {
            unitArray << QJsonObject{
                {QStringLiteral("lot"), unit.lotNumber},
                {QStringLiteral("code"), unit.code},
                {QStringLiteral("quantity_milli"), unit.quantityMilli},
                {QStringLiteral("budget_quantity_milli"),
                 unit.budgetQuantityMilli ? QJsonValue(*unit.budgetQuantityMilli) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("ordered_ht_cents"), unit.ordered.cents()}};
        }
        object.insert(QStringLiteral("work_units"), unitArray);
        object.insert(QStringLiteral("forecast"),
                      QJsonObject{{QStringLiteral("max_reached_on"),
                                   contract.maxReachedOn ? QJsonValue(contract.maxReachedOn->toString(Qt::ISODate))
                                                         : QJsonValue(QJsonValue::Null)}});
        object.insert(QStringLiteral("alerts"), QJsonArray::fromStringList(contract.alerts));
        contractArray << object;
    }
    return QJsonObject{{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)}, {QStringLiteral("contracts"), contractArray}};
}

QString Summary::toCsv() const
{
    QString text = QStringLiteral("contract;lot;max_ht;ordered_ht;done_ht;invoiced_ht;paid_ht;remaining_ht;percent\n");
    for (const ContractSummary &contract : contracts) {
        for (const LotSummary &lot : contract.lots) {
            const Money remaining = lot.maxHt.checkedSub(lot.totals.ordered).value_or(Money());
            // Hundredths of a percent, formatted like cents: the same two-decimal point notation.
            const auto hundredths = lot.maxHt.isZero() ? std::nullopt
                                                      : mulDivRounded(lot.totals.ordered.cents(), 10000, lot.maxHt.cents());
            const QStringList fields{
                csvField(contract.reference),
                QString::number(lot.number),
                lot.maxHt.toDecimalString(),
                lot.totals.ordered.toDecimalString(),
                lot.totals.done.toDecimalString(),
                lot.totals.invoiced.toDecimalString(),
                lot.totals.paid.toDecimalString(),
                remaining.toDecimalString(),
                hundredths ? Money::fromCents(*hundredths).toDecimalString() : QString(),
            };
            text += fields.join(QLatin1Char(';')) + QLatin1Char('\n');
        }
    }
    return text;
}

} // namespace Plafond
