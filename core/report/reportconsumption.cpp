// SPDX-License-Identifier: GPL-3.0-or-later
// The consumption parts of a contract's summary: per lot, per ministry, the charts, the alerts and the
// forecast, and the annex of every order.
#include "domain/lifecycle.h"
#include "models/dashboardvalues.h"
#include "reportcharts.h"
#include "reportsections.h"

#include <QSet>

#include <algorithm>

namespace Plafond::ReportSections {

using namespace ReportLayout;
using S = ReportStyle;

namespace {

QList<Column> amountColumns(const QString &first, double firstWidth, const Catalogue &language)
{
    const double rest = (1.0 - firstWidth - 0.085) / 6.0;
    return { { first, firstWidth }, { language.translate("ReportBuilder", "Maximum"), rest, Qt::AlignRight },
        { language.translate("ReportBuilder", "Ordered"), rest, Qt::AlignRight },
        { language.translate("ReportBuilder", "Service done"), rest, Qt::AlignRight },
        { language.translate("ReportBuilder", "Invoiced"), rest, Qt::AlignRight },
        { language.translate("ReportBuilder", "Paid"), rest, Qt::AlignRight },
        { language.translate("ReportBuilder", "Remaining"), rest, Qt::AlignRight },
        { language.translate("ReportBuilder", "%"), 0.085, Qt::AlignRight } };
}

QString alertLine(const Alert &alert, const Catalogue &language)
{
    const QString severity = alert.severity == Alert::Severity::Critical
        ? language.translate("ReportBuilder", "Critical")
        : alert.severity == Alert::Severity::Warning ? language.translate("ReportBuilder", "Warning")
                                                     : language.translate("ReportBuilder", "Information");
    return language.translate("ReportBuilder", "%1: %2").arg(severity, alert.message(language));
}

} // namespace

void lotTable(Pager &pager, const ContractReport &report, const Context &context)
{
    const ContractConsumption &cc = *report.consumption;
    const Catalogue &language = *context.language;
    const QLocale l = language.locale();
    QList<QList<Row>> groups;
    for (const LotConsumption &lot : cc.lots) {
        groups << QList<Row> { Row {
            { language.translate("ReportBuilder", "%1 – %2").arg(l.toString(lot.number), lot.title),
                lot.ceiling.maximum.toString(l), lot.amounts.orderedHt.toString(l),
                lot.amounts.doneHt.toString(l), lot.amounts.invoicedHt.toString(l),
                lot.amounts.paidHt.toString(l), lot.ceiling.remaining.toString(l),
                percentText(lot.ceiling.percentHundredths, language) } } };
    }
    groups << QList<Row> { Row {
        { language.translate("ReportBuilder", "Contract"), cc.ceiling.maximum.toString(l),
            cc.amounts.orderedHt.toString(l), cc.amounts.doneHt.toString(l),
            cc.amounts.invoicedHt.toString(l), cc.amounts.paidHt.toString(l),
            cc.ceiling.remaining.toString(l), percentText(cc.ceiling.percentHundredths, language) },
        RowStyle::Total } };
    table(pager, TableSpec { amountColumns(language.translate("ReportBuilder", "Lot"), 0.19, language), 7 },
        groups);
}

void alertsAndForecast(Pager &pager, const ContractConsumption &cc, const Context &context, bool compact)
{
    const Catalogue &language = *context.language;
    const QLocale l = language.locale();
    if (!compact)
        subheading(pager, language.translate("ReportBuilder", "Alerts"));
    if (cc.alerts.isEmpty())
        paragraph(pager, language.translate("ReportBuilder", "No alert as of %1.").arg(date(cc.asOf, l)),
            S::font(8.5));
    // The portfolio keeps to one page a contract: the contract's and lots' own alerts there, the budgets'
    // and allocations' (a hundred on a large contract) counted only.
    QList<Alert> shown;
    int others = 0;
    for (const Alert &alert : cc.alerts) {
        const bool detail
            = alert.kind == Alert::Kind::BudgetThreshold || alert.kind == Alert::Kind::AllocationThreshold;
        if (compact && detail)
            ++others;
        else
            shown << alert;
    }
    for (const Alert &alert : std::as_const(shown)) {
        const QColor colour = alert.severity == Alert::Severity::Critical ? S::danger()
            : alert.severity == Alert::Severity::Warning                  ? S::warning().darker(130)
                                                                          : S::text();
        paragraph(pager, QStringLiteral("• ") + alertLine(alert, language), S::font(8.5), colour, S::mm(1),
            S::mm(2));
    }
    if (others > 0)
        paragraph(pager,
            QStringLiteral("• ")
                + language.translate("ReportBuilder",
                    "%n more alert(s) on work-unit budgets and allocations: see the contract's "
                    "own summary.",
                    nullptr, others),
            S::font(8.5), S::muted(), S::mm(1), S::mm(2));
    if (!compact)
        subheading(pager, language.translate("ReportBuilder", "Forecast"));
    const Forecast &f = cc.forecast;
    QString reached;
    if (f.maxReachedOn && !f.notBeforeEnd) {
        reached = language.translate("ReportBuilder", "At this rate the maximum will be reached on %1.")
                      .arg(date(*f.maxReachedOn, l));
    } else {
        reached = language
                      .translate("ReportBuilder",
                          "At this rate the maximum will not be reached before the end of the contract (%1).")
                      .arg(date(f.endOn, l));
    }
    paragraph(pager,
        language.translate("ReportBuilder", "Ordered over the last %n month(s): %1 a month on average.",
                    nullptr, f.windowMonths)
                .arg(f.burnRatePerMonthHt.toString(l))
            + QLatin1Char(' ') + reached,
        S::font(8.5));
}

void ministries(Pager &pager, const ContractReport &report, const Context &context)
{
    const ContractConsumption &cc = *report.consumption;
    const Catalogue &language = *context.language;
    const QLocale l = language.locale();
    // Ministries (top level) with their directions under them, each with its amounts rolled up.
    QHash<Id, QList<const BeneficiaryConsumption *>> children;
    QList<const BeneficiaryConsumption *> roots;
    QSet<Id> present;
    for (const BeneficiaryConsumption &b : cc.beneficiaries)
        present.insert(b.beneficiaryId);
    for (const BeneficiaryConsumption &b : cc.beneficiaries) {
        if (b.parentId == 0 || !present.contains(b.parentId))
            roots << &b;
        else
            children[b.parentId] << &b;
    }
    QList<QList<Row>> groups;
    std::function<void(const BeneficiaryConsumption *, int, QList<Row> &)> add
        = [&](const BeneficiaryConsumption *b, int depth, QList<Row> &group) {
              const StepAmounts &a = b->rolledUp;
              QString remaining = QStringLiteral("—");
              QString percent = QStringLiteral("—");
              if (b->allocationHt) {
                  if (const auto left = b->allocationHt->checkedSub(a.orderedHt))
                      remaining = left->toString(l);
                  if (const auto hundredths
                      = DashboardValues::percentHundredths(a.orderedHt.cents(), b->allocationHt->cents()))
                      percent = percentText(*hundredths, language);
              }
              const QString indent
                  = depth > 0 ? QString(depth * 2, QChar(0x00a0)) + QStringLiteral("↳ ") : QString();
              group << Row { { indent + b->code + QStringLiteral(" – ") + b->name,
                                 b->allocationHt ? b->allocationHt->toString(l) : QStringLiteral("—"),
                                 a.orderedHt.toString(l), a.doneHt.toString(l), a.invoicedHt.toString(l),
                                 a.paidHt.toString(l), remaining, percent },
                  depth == 0 ? RowStyle::Strong : RowStyle::Normal };
              for (const BeneficiaryConsumption *child : children.value(b->beneficiaryId))
                  add(child, depth + 1, group);
          };
    for (const BeneficiaryConsumption *root : std::as_const(roots)) {
        QList<Row> group;
        add(root, 0, group);
        groups << group;
    }
    if (groups.isEmpty()) {
        paragraph(pager,
            language.translate("ReportBuilder", "No beneficiary has ordered by the date of the figures."),
            S::font(8.5));
        return;
    }
    QList<Column> columns = amountColumns(language.translate("ReportBuilder", "Beneficiary"), 0.25, language);
    columns[1].title = language.translate("ReportBuilder", "Allocation");
    table(pager, TableSpec { columns, 7 }, groups);
    paragraph(pager,
        language.translate("ReportBuilder",
            "A ministry's amounts include its directions'. Remaining and percentage are against "
            "the beneficiary's allocation, when it has one."),
        S::font(7), S::muted());
}

void charts(Pager &pager, const ContractReport &report, const Context &context)
{
    const std::shared_ptr<const ContractConsumption> cc = report.consumption;
    const std::shared_ptr<const Catalogue> shared = context.language;
    const Catalogue &language = *shared;
    const double lotHeight = std::max(S::mm(40), S::mm(11) * double(cc->lots.size()) + S::mm(14));
    chart(pager, language.translate("ReportBuilder", "Consumption per lot against its maximum"), lotHeight,
        [cc, shared](QPainter &painter, const QRectF &rect) {
            ReportCharts::lotConsumption(painter, rect, *cc, *shared);
        });
    chart(pager, language.translate("ReportBuilder", "Cumulative amount ordered, maximum and forecast"),
        S::mm(80), [cc, shared](QPainter &painter, const QRectF &rect) {
            ReportCharts::cumulativeOrdered(painter, rect, *cc, *shared);
        });
    int ministries = 0;
    for (const BeneficiaryConsumption &b : cc->beneficiaries)
        ministries += b.parentId == 0 && b.rolledUp.orderedHt.cents() > 0 ? 1 : 0;
    chart(pager, language.translate("ReportBuilder", "Amount ordered per ministry"),
        std::max(S::mm(25), S::mm(7.5) * std::min(ministries, 10) + S::mm(4)),
        [cc, shared](QPainter &painter, const QRectF &rect) {
            ReportCharts::ministrySpending(painter, rect, *cc, *shared);
        });
    QSet<QString> codes;
    for (const WorkUnitConsumption &w : cc->workUnits) {
        if (w.orderedQuantityMilli != 0 || w.budgetQuantityMilli)
            codes.insert(w.code);
    }
    chart(pager, language.translate("ReportBuilder", "Work-unit mix against the budget"),
        std::max(S::mm(30), S::mm(7.5) * double(codes.size()) + S::mm(14)),
        [cc, shared](QPainter &painter, const QRectF &rect) {
            ReportCharts::workUnitMix(painter, rect, *cc, *shared);
        });
}

bool annex(Pager &pager, const ContractReport &report, const Context &context, int &done)
{
    const Catalogue &language = *context.language;
    const QLocale l = language.locale();
    paragraph(pager,
        language
            .translate("ReportBuilder",
                "%n purchase order(s), with the step each had reached on %1. Amounts excluding VAT; "
                "drafts and cancelled orders count nowhere.",
                nullptr, int(report.orders.size()))
            .arg(date(context.asOf, l)),
        S::font(8), S::muted());
    if (report.orders.isEmpty())
        return true;
    QList<QList<Row>> groups;
    groups.reserve(report.orders.size());
    for (const PurchaseOrder &order : report.orders) {
        QList<Row> group;
        const Beneficiary beneficiary = context.beneficiaries.value(order.beneficiaryId);
        group << Row { { order.number, l.toString(report.lotNumbers.value(order.lotId)), beneficiary.code,
                           Lifecycle::statusName(Lifecycle::statusOn(order, context.asOf), language),
                           order.issuedOn <= context.asOf ? date(order.issuedOn, l) : QString(), QString(),
                           QString(), QString(), order.totalHt().value_or(Money()).toString(l) },
            RowStyle::Strong };
        for (const OrderLine &line : order.lines) {
            const WorkUnit unit = report.workUnits.value(line.workUnitId);
            group << Row { { QString(), QString(), QString(), QString(), QString(),
                               unit.code + QStringLiteral(" – ") + unit.label(l),
                               Quantity::fromMilli(line.quantityMilli).toString(l),
                               line.unitPriceHt.toString(l), line.amountHt.toString(l) },
                RowStyle::Detail };
        }
        groups << group;
    }
    const int start = done;
    return table(pager,
        TableSpec {
            { { language.translate("ReportBuilder", "Order"), 0.13 },
                { language.translate("ReportBuilder", "Lot"), 0.045 },
                { language.translate("ReportBuilder", "Beneficiary"), 0.1 },
                { language.translate("ReportBuilder", "Status"), 0.1 },
                { language.translate("ReportBuilder", "Issued"), 0.09 },
                { language.translate("ReportBuilder", "Work unit"), 0.2 },
                { language.translate("ReportBuilder", "Quantity"), 0.075, Qt::AlignRight },
                { language.translate("ReportBuilder", "Unit price excl. VAT"), 0.125, Qt::AlignRight },
                { language.translate("ReportBuilder", "Amount excl. VAT"), 0.135, Qt::AlignRight } },
            7 },
        groups, [&done, start, &context](int index) {
            done = start + index;
            return context.tick(done);
        });
}

} // namespace Plafond::ReportSections
