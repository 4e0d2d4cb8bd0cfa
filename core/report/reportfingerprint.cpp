// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfingerprint.h"

#include "domain/lifecycle.h"

#include <QUrl>

namespace Plafond::ReportFingerprint {

namespace {

// Canonical text: one record a line, fields separated by '|', text percent-encoded so that no value can
// forge a separator; amounts in cents, quantities in thousandths, dates ISO.
class Canonical
{
public:
    Canonical &field(const QString &value)
    {
        m_line << QString::fromLatin1(QUrl::toPercentEncoding(value));
        return *this;
    }
    Canonical &field(qint64 value)
    {
        m_line << QString::number(value);
        return *this;
    }
    Canonical &field(Money value) { return field(value.cents()); }
    Canonical &field(const std::optional<Money> &value)
    {
        m_line << (value ? QString::number(value->cents()) : QStringLiteral("-"));
        return *this;
    }
    Canonical &field(const QDate &value)
    {
        m_line << (value.isValid() ? value.toString(Qt::ISODate) : QStringLiteral("-"));
        return *this;
    }
    void record(const char *kind)
    {
        m_text += QByteArray(kind) + '=' + m_line.join(QLatin1Char('|')).toUtf8() + '\n';
        m_line.clear();
    }
    Canonical &steps(const StepAmounts &a)
    {
        return field(a.orderedHt)
            .field(a.doneHt)
            .field(a.invoicedHt)
            .field(a.paidHt)
            .field(a.orderedTtc)
            .field(a.doneTtc)
            .field(a.invoicedTtc)
            .field(a.paidTtc);
    }
    Canonical &ceiling(const CeilingState &c)
    {
        return field(c.maximum).field(c.minimum).field(c.remaining).field(c.percentHundredths);
    }
    QByteArray text() const { return m_text; }

private:
    QStringList m_line;
    QByteArray m_text;
};

} // namespace

QByteArray canonicalFigures(const QList<ContractReport> &contracts,
    const QHash<Id, Beneficiary> &beneficiaries, const QDate &asOf, bool all)
{
    Canonical c;
    c.field(QStringLiteral("plafond-report")).field(1).record("format");
    c.field(asOf).field(all ? QStringLiteral("all") : QStringLiteral("contract")).record("scope");
    for (const ContractReport &report : contracts) {
        const Contract &k = report.contract;
        const ContractConsumption &cc = *report.consumption;
        c.field(k.reference)
            .field(k.title)
            .field(k.buyer)
            .field(k.notifiedOn)
            .field(k.startOn)
            .field(k.durationMonths)
            .field(k.firmMonths)
            .field(k.renewalCount)
            .field(k.renewalMonths)
            .field(k.minHt)
            .field(k.maxHt)
            .field(k.awardedHt)
            .field(k.vatBasisPoints)
            .field(k.revisionIndex)
            .field(k.revisionBaseMonth)
            .field(k.revisionFixedPart)
            .field(k.revisionClause)
            .field(k.componentsInScope)
            .field(formatAlertThresholds(k.alertThresholds, QStringLiteral(",")))
            .record("contract");
        c.field(cc.startOn)
            .field(cc.endOn)
            .field(cc.firmEndOn)
            .ceiling(cc.ceiling)
            .steps(cc.amounts)
            .record("consumption");
        for (const Amendment &a : report.amendments)
            c.field(a.signedOn)
                .field(report.lotNumbers.value(a.lotId))
                .field(a.deltaMaxHt)
                .field(a.deltaMonths)
                .field(a.reason)
                .record("amendment");
        for (const Lot &lot : report.lots) {
            c.field(lot.number).field(lot.title).field(lot.maxHt).field(lot.minHt).record("lot");
            for (const Holder &holder : lot.holders)
                c.field(lot.number)
                    .field(holder.name)
                    .field(holder.siret)
                    .field(holderRoleKey(holder.role))
                    .record("holder");
        }
        for (const LotConsumption &lot : cc.lots)
            c.field(lot.number)
                .ceiling(lot.ceiling)
                .steps(lot.amounts)
                .field(lot.forecast.burnRatePerMonthHt)
                .field(lot.forecast.maxReachedOn.value_or(QDate()))
                .record("lot_consumption");
        for (const BeneficiaryConsumption &b : cc.beneficiaries)
            c.field(b.code)
                .field(b.name)
                .field(beneficiaries.value(b.parentId).code)
                .steps(b.own)
                .steps(b.rolledUp)
                .field(b.allocationHt)
                .record("beneficiary");
        for (const WorkUnitConsumption &w : cc.workUnits) {
            c.field(w.lotNumber)
                .field(w.code)
                .field(w.orderedQuantityMilli)
                .field(w.budgetQuantityMilli.value_or(-1))
                .field(w.orderedHt)
                .record("work_unit");
            for (const WorkUnitYear &y : w.years)
                c.field(w.lotNumber)
                    .field(w.code)
                    .field(y.year)
                    .field(y.orderedQuantityMilli)
                    .field(y.budgetQuantityMilli.value_or(-1))
                    .field(y.orderedHt)
                    .record("work_unit_year");
        }
        for (const MonthAmounts &m : cc.months)
            c.field(m.month).steps(m.inMonth).field(m.cumulativeOrderedHt).record("month");
        c.field(cc.forecast.windowMonths)
            .field(cc.forecast.burnRatePerMonthHt)
            .field(cc.forecast.maxReachedOn.value_or(QDate()))
            .field(cc.forecast.notBeforeEnd ? 1 : 0)
            .field(cc.forecast.endOn)
            .record("forecast");
        for (const Alert &alert : cc.alerts)
            c.field(alert.key())
                .field(alert.lotNumber)
                .field(alert.value)
                .field(alert.beneficiaryCode)
                .field(alert.workUnitCode)
                .field(alert.year)
                .field(alert.date)
                .record("alert");
        if (report.sla) {
            for (const QStringList &record : ReportSla::figures(*report.sla)) {
                for (const QString &value : record.mid(1))
                    c.field(value);
                c.record(qPrintable(record.first()));
            }
        }
        for (const QStringList &record : ReportComponents::figures(*report.components)) {
            for (const QString &value : record.mid(1))
                c.field(value);
            c.record(qPrintable(record.first()));
        }
        for (const PurchaseOrder &order : report.orders) {
            c.field(order.number)
                .field(report.lotNumbers.value(order.lotId))
                .field(beneficiaries.value(order.beneficiaryId).code)
                .field(Lifecycle::statusKey(Lifecycle::statusOn(order, asOf)))
                .field(order.commitmentNumber)
                .field(order.createdOn)
                .field(order.issuedOn)
                .field(order.doneOn)
                .field(order.invoicedOn)
                .field(order.paidOn)
                .field(order.cancelledOn)
                .field(order.totalHt().value_or(Money()))
                .record("order");
            for (const OrderLine &line : order.lines)
                c.field(report.workUnits.value(line.workUnitId).code)
                    .field(line.quantityMilli)
                    .field(line.unitPriceHt)
                    .field(line.amountHt)
                    .record("line");
        }
    }
    return c.text();
}

} // namespace Plafond::ReportFingerprint
