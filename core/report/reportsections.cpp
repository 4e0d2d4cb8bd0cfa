// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of the report around the figures: the identity and the holders of a contract, the order of the
// sections of a contract's summary, the portfolio's pages and the fingerprint.
#include "reportsections.h"
#include "models/dashboardvalues.h"

namespace Plafond::ReportSections {

using namespace ReportLayout;
using S = ReportStyle;

namespace {

QString signedMoney(Money amount, const QLocale &locale)
{
    return (amount.cents() > 0 ? QStringLiteral("+") : QString()) + amount.toString(locale);
}

QString holderRole(HolderRole role, const Catalogue &language)
{
    switch (role) {
    case HolderRole::Lead:
        return language.translate("ReportBuilder", "lead contractor");
    case HolderRole::CoContractor:
        return language.translate("ReportBuilder", "co-contractor");
    case HolderRole::Subcontractor:
        return language.translate("ReportBuilder", "subcontractor");
    }
    return {};
}

} // namespace

QString percentText(qint64 hundredths, const Catalogue &language)
{
    return DashboardValues::percentText(hundredths, language);
}

QString optionalMoney(const std::optional<Money> &amount, const Catalogue &language)
{
    return amount ? amount->toString(language.locale()) : language.translate("ReportBuilder", "none");
}

QString date(const QDate &value, const QLocale &locale)
{
    return value.isValid() ? locale.toString(value, QLocale::ShortFormat) : QString();
}

void identity(Pager &pager, const ContractReport &report, const Context &context)
{
    const Contract &k = report.contract;
    const ContractConsumption &cc = *report.consumption;
    const Catalogue &language = *context.language;
    const QLocale l = language.locale();
    int effectiveMonths = k.durationMonths;
    for (const Amendment &a : report.amendments) {
        if (a.signedOn <= context.asOf)
            effectiveMonths += a.deltaMonths;
    }
    QList<QPair<QString, QString>> rows { { language.translate("ReportBuilder", "Reference"), k.reference },
        { language.translate("ReportBuilder", "Title"), k.title },
        { language.translate("ReportBuilder", "Buyer"),
            k.buyer.isEmpty() ? language.translate("ReportBuilder", "not provided") : k.buyer } };
    if (k.notifiedOn.isValid())
        rows << qMakePair(language.translate("ReportBuilder", "Notified on"), date(k.notifiedOn, l));
    QString period
        = language.translate("ReportBuilder", "%1 to %2").arg(date(cc.startOn, l), date(cc.endOn, l));
    if (cc.endOn != k.endOn())
        period += QLatin1Char(' ')
            + language.translate("ReportBuilder", "(initially to %1, extended by amendment)")
                  .arg(date(k.endOn(), l));
    rows << qMakePair(language.translate("ReportBuilder", "Dates"), period)
         << qMakePair(language.translate("ReportBuilder", "Duration"),
                effectiveMonths == k.durationMonths
                    ? language.translate("ReportBuilder", "%n month(s)", nullptr, effectiveMonths)
                    : language.translate("ReportBuilder", "%n month(s)", nullptr, effectiveMonths)
                        + QLatin1Char(' ')
                        + language.translate("ReportBuilder", "(%n initially)", nullptr, k.durationMonths));
    const int firm = k.firmMonths > 0 ? k.firmMonths : k.durationMonths;
    rows << qMakePair(language.translate("ReportBuilder", "Firm period"),
        language.translate("ReportBuilder", "%n month(s), to %1", nullptr, firm).arg(date(cc.firmEndOn, l)));
    rows << qMakePair(language.translate("ReportBuilder", "Renewals"),
        k.renewalCount > 0 ? language.translate("ReportBuilder", "%n renewal(s)", nullptr, k.renewalCount)
                + QStringLiteral(" × ")
                + language.translate("ReportBuilder", "%n month(s)", nullptr, k.renewalMonths)
                           : language.translate("ReportBuilder", "none"));
    rows << qMakePair(
        language.translate("ReportBuilder", "Minimum excl. VAT"), optionalMoney(k.minHt, language))
         << qMakePair(language.translate("ReportBuilder", "Maximum excl. VAT"), k.maxHt.toString(l));
    if (cc.ceiling.maximum != k.maxHt)
        rows << qMakePair(language.translate("ReportBuilder", "Maximum with amendments"),
            language.translate("ReportBuilder", "%1 as of %2")
                .arg(cc.ceiling.maximum.toString(l), date(context.asOf, l)));
    if (k.awardedHt)
        rows << qMakePair(language.translate("ReportBuilder", "Amount at award"), k.awardedHt->toString(l));
    rows << qMakePair(
        language.translate("ReportBuilder", "VAT rate"), percentText(k.vatBasisPoints, language))
         << qMakePair(language.translate("ReportBuilder", "Alert thresholds"), [&]() {
                QStringList list;
                for (const int threshold : k.alertThresholds)
                    list << l.toString(threshold)
                            + (l.language() == QLocale::French ? QStringLiteral("\u202f%")
                                                               : QStringLiteral("%"));
                return list.join(QStringLiteral(", "));
            }());
    if (k.componentsInScope > 0)
        rows << qMakePair(language.translate("ReportBuilder", "Software components in scope"),
            l.toString(k.componentsInScope));
    QString revision;
    if (k.revisionIndex.isEmpty()) {
        revision = language.translate("ReportBuilder", "No price revision clause.");
    } else {
        revision = language
                       .translate("ReportBuilder",
                           "Index %1, base month %2, fixed part %3: P = P0 × (a + (1 − a) × S / S0).")
                       .arg(k.revisionIndex, k.revisionBaseMonth, k.revisionFixedPart);
        if (!k.revisionClause.isEmpty())
            revision += QLatin1Char('\n') + k.revisionClause;
    }
    rows << qMakePair(language.translate("ReportBuilder", "Price revision"), revision);
    keyValues(pager, rows);

    subheading(pager, language.translate("ReportBuilder", "Amendments"));
    if (report.amendments.isEmpty()) {
        paragraph(pager, language.translate("ReportBuilder", "No amendment."), S::font(8.5));
        return;
    }
    QList<QList<Row>> groups;
    for (const Amendment &a : report.amendments) {
        const QString scope = a.lotId == 0
            ? language.translate("ReportBuilder", "Contract")
            : language.translate("ReportBuilder", "Lot %1").arg(l.toString(report.lotNumbers.value(a.lotId)));
        QString effect;
        if (!a.deltaMaxHt.isZero())
            effect = language.translate("ReportBuilder", "maximum %1").arg(signedMoney(a.deltaMaxHt, l));
        if (a.deltaMonths != 0) {
            if (!effect.isEmpty())
                effect += QStringLiteral(", ");
            effect += language.translate("ReportBuilder", "duration %1")
                          .arg((a.deltaMonths > 0 ? QStringLiteral("+") : QString())
                              + language.translate("ReportBuilder", "%n month(s)", nullptr, a.deltaMonths));
        }
        if (a.signedOn > context.asOf)
            effect += QLatin1Char(' ')
                + language.translate("ReportBuilder", "(signed after the date of the figures: not counted)");
        groups << QList<Row> { Row { { date(a.signedOn, l), scope, effect, a.reason } } };
    }
    table(pager,
        TableSpec { { { language.translate("ReportBuilder", "Signed on"), 0.13 },
                        { language.translate("ReportBuilder", "Applies to"), 0.13 },
                        { language.translate("ReportBuilder", "Effect"), 0.39 },
                        { language.translate("ReportBuilder", "Reason"), 0.35 } },
            7.5 },
        groups);
}

void holders(Pager &pager, const ContractReport &report, const Context &context)
{
    const Catalogue &language = *context.language;
    QList<QList<Row>> groups;
    for (const Lot &lot : report.lots) {
        QList<Row> group;
        const QString number = language.locale().toString(lot.number);
        if (lot.holders.isEmpty())
            group << Row { { number, lot.title, language.translate("ReportBuilder", "not provided"),
                QString(), QString() } };
        for (int i = 0; i < lot.holders.size(); ++i) {
            const Holder &holder = lot.holders.at(i);
            group << Row { { i == 0 ? number : QString(), i == 0 ? lot.title : QString(), holder.name,
                holderRole(holder.role, language),
                holder.siret.isEmpty() ? language.translate("ReportBuilder", "not provided")
                                       : holder.siret } };
        }
        groups << group;
    }
    table(pager,
        TableSpec { { { language.translate("ReportBuilder", "Lot"), 0.07 },
                        { language.translate("ReportBuilder", "Title"), 0.38 },
                        { language.translate("ReportBuilder", "Holder"), 0.22 },
                        { language.translate("ReportBuilder", "Role"), 0.16 },
                        { language.translate("ReportBuilder", "SIRET"), 0.17 } },
            7.5 },
        groups);
}

bool contractSummary(Pager &pager, const ContractReport &report, const Context &context, int &done)
{
    const Catalogue &language = *context.language;
    const QLocale l = language.locale();
    const QFont titleFont = S::font(17, true);
    const QFont bodyFont = S::font(8.5);
    const Contract &k = report.contract;
    pager.setHeader(k.reference + QStringLiteral(" — ") + k.title);
    pager.newPage();
    paragraph(pager, language.translate("ReportBuilder", "Summary of contract %1").arg(k.reference),
        titleFont, S::accent(), S::mm(1));
    paragraph(pager, k.title, S::font(12), S::text(), S::mm(1.5));
    paragraph(pager,
        language
            .translate("ReportBuilder", "Figures as of %1. Amounts excluding VAT unless stated otherwise.")
            .arg(date(context.asOf, l)),
        bodyFont, S::muted(), S::mm(2));
    if (k.demo)
        paragraph(pager,
            language.translate("ReportBuilder",
                "Demo data: the prices, orders and figures of this contract are illustrative."),
            S::font(8.5, true), S::danger(), S::mm(2));
    heading(pager, language.translate("ReportBuilder", "1. Contract identity"));
    identity(pager, report, context);
    heading(pager, language.translate("ReportBuilder", "2. Holders per lot"));
    holders(pager, report, context);
    heading(pager, language.translate("ReportBuilder", "3. Consumption"));
    subheading(pager, language.translate("ReportBuilder", "Per lot"));
    lotTable(pager, report, context);
    subheading(pager, language.translate("ReportBuilder", "Per ministry"));
    ministries(pager, report, context);
    heading(pager, language.translate("ReportBuilder", "4. Charts"), S::mm(60));
    charts(pager, report, context);
    heading(pager, language.translate("ReportBuilder", "5. Alerts and forecast"));
    alertsAndForecast(pager, *report.consumption, context, false);
    int section = 6;
    if (report.sla) {
        heading(pager, language.translate("ReportBuilder", "%1. Support and SLA").arg(section++));
        blocks(pager, ReportSla::blocks(report.sla, context.language));
    }
    if (ReportComponents::hasCoverage(*report.components)) {
        heading(pager, language.translate("ReportBuilder", "%1. Component coverage").arg(section++));
        blocks(pager, ReportComponents::coverageBlocks(*report.components, language));
    }
    if (ReportComponents::hasContributions(*report.components)) {
        heading(pager, language.translate("ReportBuilder", "%1. Upstream contributions").arg(section++));
        blocks(pager, ReportComponents::contributionBlocks(*report.components, language));
    }
    pager.setHeader(
        k.reference + QStringLiteral(" — ") + language.translate("ReportBuilder", "Annex: purchase orders"));
    pager.newPage();
    heading(pager, language.translate("ReportBuilder", "%1. Annex: purchase orders").arg(section));
    return annex(pager, report, context, done);
}

void portfolioPage(Pager &pager, const ContractReport &report, const Context &context)
{
    const Catalogue &language = *context.language;
    const QLocale l = language.locale();
    const QFont titleFont = S::font(17, true);
    const Contract &k = report.contract;
    const ContractConsumption &cc = *report.consumption;
    pager.setHeader(k.reference + QStringLiteral(" — ") + k.title);
    pager.newPage();
    paragraph(pager, k.reference, titleFont, S::accent(), S::mm(1));
    paragraph(pager, k.title, S::font(12), S::text(), S::mm(2));
    if (k.demo)
        paragraph(pager,
            language.translate("ReportBuilder",
                "Demo data: the prices, orders and figures of this contract are illustrative."),
            S::font(8, true), S::danger(), S::mm(2));
    keyValues(pager,
        { { language.translate("ReportBuilder", "Buyer"),
              k.buyer.isEmpty() ? language.translate("ReportBuilder", "not provided") : k.buyer },
            { language.translate("ReportBuilder", "Dates"),
                language.translate("ReportBuilder", "%1 to %2").arg(date(cc.startOn, l), date(cc.endOn, l)) },
            { language.translate("ReportBuilder", "Minimum excl. VAT"),
                optionalMoney(cc.ceiling.minimum, language) },
            { language.translate("ReportBuilder", "Maximum excl. VAT"), cc.ceiling.maximum.toString(l) },
            { language.translate("ReportBuilder", "Ordered"),
                language.translate("ReportBuilder", "%1 (%2 of the maximum)")
                    .arg(cc.amounts.orderedHt.toString(l),
                        percentText(cc.ceiling.percentHundredths, language)) } });
    subheading(pager, language.translate("ReportBuilder", "Consumption per lot"));
    lotTable(pager, report, context);
    subheading(pager, language.translate("ReportBuilder", "Alerts and forecast"));
    alertsAndForecast(pager, cc, context, true);
}

void portfolioTable(Pager &pager, const QList<ContractReport> &contracts, const Context &context)
{
    const Catalogue &language = *context.language;
    const QLocale l = language.locale();
    pager.setHeader(language.translate("ReportBuilder", "All contracts"));
    pager.newPage();
    heading(pager, language.translate("ReportBuilder", "All contracts as of %1").arg(date(context.asOf, l)));
    QList<QList<Row>> groups;
    for (const ContractReport &report : contracts) {
        const ContractConsumption &cc = *report.consumption;
        const Forecast &f = cc.forecast;
        groups << QList<Row> { Row { { report.contract.reference + QLatin1Char('\n') + report.contract.title,
            date(cc.endOn, l), cc.ceiling.maximum.toString(l), cc.amounts.orderedHt.toString(l),
            cc.amounts.paidHt.toString(l), cc.ceiling.remaining.toString(l),
            percentText(cc.ceiling.percentHundredths, language),
            f.maxReachedOn && !f.notBeforeEnd ? date(*f.maxReachedOn, l)
                                              : language.translate("ReportBuilder", "not before the end"),
            l.toString(cc.alerts.size()) } } };
    }
    table(pager,
        TableSpec { { { language.translate("ReportBuilder", "Contract"), 0.22 },
                        { language.translate("ReportBuilder", "End"), 0.09 },
                        { language.translate("ReportBuilder", "Maximum"), 0.12, Qt::AlignRight },
                        { language.translate("ReportBuilder", "Ordered"), 0.12, Qt::AlignRight },
                        { language.translate("ReportBuilder", "Paid"), 0.12, Qt::AlignRight },
                        { language.translate("ReportBuilder", "Remaining"), 0.12, Qt::AlignRight },
                        { language.translate("ReportBuilder", "%"), 0.06, Qt::AlignRight },
                        { language.translate("ReportBuilder", "Maximum reached"), 0.09 },
                        { language.translate("ReportBuilder", "Alerts"), 0.06, Qt::AlignRight } },
            7 },
        groups);
}

void fingerprint(Pager &pager, const QString &fingerprint, const Context &context)
{
    const Catalogue &language = *context.language;
    const QLocale l = language.locale();
    heading(pager, language.translate("ReportBuilder", "Fingerprint of the figures"), S::mm(20));
    paragraph(pager,
        language
            .translate("ReportBuilder",
                "SHA-256 of every figure of this report (every amount in cents, every order line) as of %1. "
                "Two reports with the same fingerprint were made from the same data; the footers show its "
                "first "
                "16 digits.")
            .arg(date(context.asOf, l)),
        S::font(8), S::muted());
    paragraph(pager, fingerprint, S::font(9, true), S::text());
}

} // namespace Plafond::ReportSections
