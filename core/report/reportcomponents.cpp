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

QList<ReportSla::Block> ReportComponents::coverageBlocks(
    const ComponentsReport &report, const Catalogue &language)
{
    using Block = ReportSla::Block;
    const QLocale locale = language.locale();
    QList<Block> blocks;
    if (!hasCoverage(report))
        return blocks;
    blocks << Block::of(Block::Kind::Paragraph,
        language
            .translate("ReportComponents",
                "%1 catalogued components are covered by the lots of "
                "this contract, whose stated scope is %2 components; the catalogue holds "
                "%3 components.")
            .arg(locale.toString(report.covered), locale.toString(report.scope),
                locale.toString(report.catalogued)));
    Block perLot = Block::tableOf(
        { language.translate("ReportComponents", "Lot"), language.translate("ReportComponents", "Title"),
            language.translate("ReportComponents", "Components covered") },
        { 0.1, 0.7, 0.2 }, { false, false, true });
    for (const ComponentsReport::LotCoverage &lot : report.lots)
        perLot.table.rows << QStringList{locale.toString(lot.number), lot.title, locale.toString(lot.covered)};
    blocks << perLot;
    blocks << Block::of(
        Block::Kind::Subheading, language.translate("ReportComponents", "Used but not covered"));
    if (report.gaps.isEmpty()) {
        blocks << Block::of(Block::Kind::Note,
            language.translate("ReportComponents",
                "No beneficiary declares using "
                "a component that no lot covers."));
        return blocks;
    }
    blocks << Block::of(Block::Kind::Note,
        language.translate("ReportComponents",
            "Components a beneficiary declares "
            "it uses that no lot of any contract covers."));
    Block gaps = Block::tableOf({ language.translate("ReportComponents", "Beneficiary"),
                                    language.translate("ReportComponents", "Component") },
        { 0.3, 0.7 }, { false, false });
    for (const ComponentsReport::Gap &gap : report.gaps)
        gaps.table.rows << QStringList { gap.beneficiaryCode, gap.componentName };
    blocks << gaps;
    return blocks;
}

QList<ReportSla::Block> ReportComponents::contributionBlocks(
    const ComponentsReport &report, const Catalogue &language)
{
    using Block = ReportSla::Block;
    const QLocale locale = language.locale();
    QList<Block> blocks;
    const ContractContributions &k = report.contributions;
    if (!hasContributions(report))
        return blocks;
    blocks << Block::of(Block::Kind::Paragraph,
        language
            .translate("ReportComponents",
                "Development ordered: %1; with at least one "
                "contribution merged upstream by %2: %3, that is %4.")
            .arg(k.share.developmentHt.toString(locale), locale.toString(report.asOf, QLocale::ShortFormat),
                k.share.mergedHt.toString(locale),
                DashboardValues::percentText(k.share.percentHundredths, language)));
    Block perLot = Block::tableOf({ language.translate("ReportComponents", "Lot"),
                                      language.translate("ReportComponents", "Development"),
                                      language.translate("ReportComponents", "Merged upstream"),
                                      language.translate("ReportComponents", "Share") },
        { 0.1, 0.3, 0.3, 0.3 }, { false, true, true, true });
    for (const LotContributions &lot : k.lots)
        perLot.table.rows << QStringList { locale.toString(lot.lotNumber),
            lot.share.developmentHt.toString(locale), lot.share.mergedHt.toString(locale),
            DashboardValues::percentText(lot.share.percentHundredths, language) };
    blocks << perLot;
    blocks << Block::of(Block::Kind::Subheading,
        language.translate("ReportComponents", "Development orders without a merged contribution"));
    if (k.without.isEmpty()) {
        blocks << Block::of(Block::Kind::Note,
            language.translate("ReportComponents",
                "Every development order has "
                "at least one merged contribution."));
        return blocks;
    }
    Block without = Block::tableOf(
        { language.translate("ReportComponents", "Order"), language.translate("ReportComponents", "Lot"),
            language.translate("ReportComponents", "Beneficiary"),
            language.translate("ReportComponents", "Issued on"),
            language.translate("ReportComponents", "Development") },
        { 0.25, 0.1, 0.2, 0.2, 0.25 }, { false, false, false, false, true });
    for (const UncontributedOrder &order : k.without)
        without.table.rows << QStringList { order.number, locale.toString(order.lotNumber),
            order.beneficiaryCode, locale.toString(order.issuedOn, QLocale::ShortFormat),
            order.developmentHt.toString(locale) };
    blocks << without;
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
