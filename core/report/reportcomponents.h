// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/contributions.h"
#include "reportsla.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <memory>

namespace Plafond {

struct Stores;

// What the sections "Component coverage" and "Upstream contributions" of a contract's report show (issue 5):
// read once in the report's first pass, laid out in the second without the database.
struct ComponentsReport
{
    struct LotCoverage
    {
        int number = 0;
        QString title;
        int covered = 0;
    };
    struct Gap
    {
        QString beneficiaryCode;
        QString componentName;
    };
    QDate asOf;
    int catalogued = 0; // entries of the catalogue
    int covered = 0;    // distinct catalogued components covered by the contract's lots
    int scope = 0;      // the contract's stated scope
    QList<LotCoverage> lots;
    QList<Gap> gaps; // declared uses that no lot of any contract covers
    ContractContributions contributions;
};

// The two sections, described as blocks (ReportSla::Block) that the report builder lays out like the others.
class ReportComponents
{
public:
    // Null on a storage error, which *error then says.
    static std::shared_ptr<const ComponentsReport> read(Stores &stores, const Contract &contract,
                                                        const QDate &asOf, QString *error = nullptr);
    static QList<ReportSla::Block> coverageBlocks(const ComponentsReport &report, const Catalogue &language);
    // Empty when the contract has no development ordered at the date nor any development order without
    // contribution: the section is then left out.
    static QList<ReportSla::Block> contributionBlocks(
        const ComponentsReport &report, const Catalogue &language);
    // Whether each section is shown: a catalogue or a stated scope; development ordered or orders without.
    static bool hasCoverage(const ComponentsReport &report);
    static bool hasContributions(const ComponentsReport &report);
    // The sections' figures for the report's fingerprint, one record a line (the record name first).
    static QList<QStringList> figures(const ComponentsReport &report);
};

} // namespace Plafond
