// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcomponents.h"

#include "models/dashboardvalues.h"
#include "storage/stores.h"

#include <QHash>
#include <QSet>

namespace Plafond {

std::shared_ptr<const ComponentsReport> ReportComponents::read(Stores &stores, const Contract &contract,
                                                                const QDate &asOf, QString *error)
{
    const auto catalogued = stores.components.componentCount();
    const auto covered = stores.components.coveredComponentCount(contract.id);
    const auto coverage = stores.components.componentLots();
    const auto lots = stores.contracts.lots(contract.id);
    const auto beneficiaries = stores.catalogue.beneficiaries();
    const auto components = stores.components.components();
    const auto gaps = stores.components.uncoveredUses();
    if (const Status read = firstFailure({catalogued.status(), covered.status(), coverage.status(), lots.status(),
                                          beneficiaries.status(), components.status(), gaps.status()});
        !read) {
        if (error)
            *error = read.message();
        return nullptr;
    }
    auto report = std::make_shared<ComponentsReport>();
    report->asOf = asOf;
    report->catalogued = *catalogued;
    report->covered = *covered;
    report->scope = contract.componentsInScope;
    QHash<Id, int> coveredPerLot;
    for (const auto &pair : *coverage)
        ++coveredPerLot[pair.second];
    for (const Lot &lot : *lots)
        report->lots << ComponentsReport::LotCoverage{lot.number, lot.title, coveredPerLot.value(lot.id)};
    QHash<Id, QString> beneficiaryCodes;
    for (const Beneficiary &b : *beneficiaries)
        beneficiaryCodes.insert(b.id, b.code);
    QHash<Id, QString> componentNames;
    for (const Component &c : *components)
        componentNames.insert(c.id, c.name);
    for (const ComponentUse &use : *gaps)
        report->gaps << ComponentsReport::Gap{beneficiaryCodes.value(use.beneficiaryId), componentNames.value(use.componentId)};
    const std::optional<ContractContributions> contributions = ContributionsEngine::compute(stores, contract.id, asOf, error);
    if (!contributions)
        return nullptr;
    report->contributions = *contributions;
    return report;
}

QList<ReportSla::Block> ReportComponents::coverageBlocks(const ComponentsReport &report, const QLocale &locale)
{
    using Block = ReportSla::Block;
    QList<Block> blocks;
    if (!hasCoverage(report))
        return blocks;
    Block intro;
    intro.text = tr("%1 catalogued components are covered by the lots of this contract, whose stated scope is %2 "
                    "components; the catalogue holds %3 components.")
                     .arg(locale.toString(report.covered), locale.toString(report.scope), locale.toString(report.catalogued));
    blocks << intro;
    Block perLot;
    perLot.kind = Block::Kind::Table;
    perLot.table.titles = {tr("Lot"), tr("Title"), tr("Components covered")};
    perLot.table.widths = {0.1, 0.7, 0.2};
    perLot.table.rightAligned = {false, false, true};
    for (const ComponentsReport::LotCoverage &lot : report.lots)
        perLot.table.rows << QStringList{locale.toString(lot.number), lot.title, locale.toString(lot.covered)};
    blocks << perLot;
    Block gapsTitle;
    gapsTitle.kind = Block::Kind::Subheading;
    gapsTitle.text = tr("Used but not covered");
    blocks << gapsTitle;
    if (report.gaps.isEmpty()) {
        Block none;
        none.kind = Block::Kind::Note;
        none.text = tr("No beneficiary declares using a component that no lot covers.");
        blocks << none;
    } else {
        Block note;
        note.kind = Block::Kind::Note;
        note.text = tr("Components a beneficiary declares it uses that no lot of any contract covers.");
        blocks << note;
        Block gaps;
        gaps.kind = Block::Kind::Table;
        gaps.table.titles = {tr("Beneficiary"), tr("Component")};
        gaps.table.widths = {0.3, 0.7};
        gaps.table.rightAligned = {false, false};
        for (const ComponentsReport::Gap &gap : report.gaps)
            gaps.table.rows << QStringList{gap.beneficiaryCode, gap.componentName};
        blocks << gaps;
    }
    return blocks;
}

QList<ReportSla::Block> ReportComponents::contributionBlocks(const ComponentsReport &report, const QLocale &locale)
{
    using Block = ReportSla::Block;
    QList<Block> blocks;
    const ContractContributions &k = report.contributions;
    if (!hasContributions(report))
        return blocks;
    Block intro;
    intro.text = tr("Development ordered: %1; with at least one contribution merged upstream by %2: %3, that is %4.")
                     .arg(k.share.developmentHt.toString(locale), locale.toString(report.asOf, QLocale::ShortFormat),
                          k.share.mergedHt.toString(locale), DashboardValues::percentText(k.share.percentHundredths, locale));
    blocks << intro;
    Block perLot;
    perLot.kind = Block::Kind::Table;
    perLot.table.titles = {tr("Lot"), tr("Development"), tr("Merged upstream"), tr("Share")};
    perLot.table.widths = {0.1, 0.3, 0.3, 0.3};
    perLot.table.rightAligned = {false, true, true, true};
    for (const LotContributions &lot : k.lots)
        perLot.table.rows << QStringList{locale.toString(lot.lotNumber), lot.share.developmentHt.toString(locale),
                                         lot.share.mergedHt.toString(locale),
                                         DashboardValues::percentText(lot.share.percentHundredths, locale)};
    blocks << perLot;
    Block withoutTitle;
    withoutTitle.kind = Block::Kind::Subheading;
    withoutTitle.text = tr("Development orders without a merged contribution");
    blocks << withoutTitle;
    if (k.without.isEmpty()) {
        Block none;
        none.kind = Block::Kind::Note;
        none.text = tr("Every development order has at least one merged contribution.");
        blocks << none;
    } else {
        Block without;
        without.kind = Block::Kind::Table;
        without.table.titles = {tr("Order"), tr("Lot"), tr("Beneficiary"), tr("Issued on"), tr("Development")};
        without.table.widths = {0.25, 0.1, 0.2, 0.2, 0.25};
        without.table.rightAligned = {false, false, false, false, true};
        for (const UncontributedOrder &order : k.without)
            without.table.rows << QStringList{order.number, locale.toString(order.lotNumber), order.beneficiaryCode,
                                              locale.toString(order.issuedOn, QLocale::ShortFormat),
                                              order.developmentHt.toString(locale)};
        blocks << without;
    }
    return blocks;
}

bool ReportComponents::hasCoverage(const ComponentsReport &report)
{
    return report.catalogued > 0 || report.scope > 0;
}

bool ReportComponents::hasContributions(const ComponentsReport &report)
{
    return report.contributions.share.developmentHt.cents() != 0 || !report.contributions.without.isEmpty();
}

QList<QStringList> ReportComponents::figures(const ComponentsReport &report)
{
    QList<QStringList> records;
    if (!hasCoverage(report) && !hasContributions(report))
        return records; // nothing shown, nothing in the fingerprint
    records << QStringList{QStringLiteral("coverage"), QString::number(report.catalogued), QString::number(report.covered),
                           QString::number(report.scope)};
    for (const ComponentsReport::LotCoverage &lot : report.lots)
        records << QStringList{QStringLiteral("lot_coverage"), QString::number(lot.number), QString::number(lot.covered)};
    for (const ComponentsReport::Gap &gap : report.gaps)
        records << QStringList{QStringLiteral("gap"), gap.beneficiaryCode, gap.componentName};
    const ContractContributions &k = report.contributions;
    records << QStringList{QStringLiteral("contributions"), QString::number(k.share.developmentHt.cents()),
                           QString::number(k.share.mergedHt.cents()), QString::number(k.share.percentHundredths)};
    for (const UncontributedOrder &order : k.without)
        records << QStringList{QStringLiteral("uncontributed"), order.number, QString::number(order.developmentHt.cents())};
    return records;
}

} // namespace Plafond
