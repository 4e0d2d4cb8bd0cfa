// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/catalogue.h"
#include "engine/consumption.h"
#include "reportcomponents.h"
#include "reportlayout.h"
#include "reportsla.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace Plafond {

// Everything the report shows of one contract, read in the first pass (ReportBuilder::prepare).
struct ContractReport
{
    Contract contract;
    QList<Lot> lots;
    QList<Amendment> amendments;
    std::shared_ptr<const ContractConsumption> consumption;
    QList<PurchaseOrder> orders; // those that existed on the date, by number
    QHash<Id, WorkUnit> workUnits;
    QHash<Id, int> lotNumbers;
    std::shared_ptr<const SlaReport> sla; // report/reportsla.*: null when the contract has no ticket
    std::shared_ptr<const ComponentsReport> components; // report/reportcomponents.*
};

// The sections of the report: what each shows of a contract, in the report's language, laid out with
// reportlayout.h. Each reads only what prepare() has read; none touches the database.
namespace ReportSections {

struct Context
{
    std::shared_ptr<const Catalogue> language; // the charts keep it to draw later
    QDate asOf;
    const QHash<Id, Beneficiary> &beneficiaries;
    std::function<bool(int)> tick; // called per order of the annex; false: cancelled
};

// Texts of figures in the report's language.
QString percentText(qint64 hundredths, const Catalogue &language);
QString optionalMoney(const std::optional<Money> &amount, const Catalogue &language);
QString date(const QDate &value, const QLocale &locale);

// The pages of one contract's summary, the annex of its orders included; false when cancelled.
bool contractSummary(
    ReportLayout::Pager &pager, const ContractReport &report, const Context &context, int &done);
// The portfolio: one page a contract, then the table of them all.
void portfolioPage(ReportLayout::Pager &pager, const ContractReport &report, const Context &context);
void portfolioTable(
    ReportLayout::Pager &pager, const QList<ContractReport> &contracts, const Context &context);
// The full fingerprint, once, on the last page; the footers carry its first 16 digits.
void fingerprint(ReportLayout::Pager &pager, const QString &fingerprint, const Context &context);

// The parts of a contract's summary (reportsections.cpp, reportconsumption.cpp).
void identity(ReportLayout::Pager &pager, const ContractReport &report, const Context &context);
void holders(ReportLayout::Pager &pager, const ContractReport &report, const Context &context);
void lotTable(ReportLayout::Pager &pager, const ContractReport &report, const Context &context);
void ministries(ReportLayout::Pager &pager, const ContractReport &report, const Context &context);
void charts(ReportLayout::Pager &pager, const ContractReport &report, const Context &context);
void alertsAndForecast(
    ReportLayout::Pager &pager, const ContractConsumption &cc, const Context &context, bool compact);
bool annex(ReportLayout::Pager &pager, const ContractReport &report, const Context &context, int &done);

} // namespace ReportSections

} // namespace Plafond
