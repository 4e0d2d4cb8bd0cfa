// SPDX-License-Identifier: GPL-3.0-or-later
#include "democontributions.h"

#include "demodata.h"
#include "randomgenerator.h"

#include "storage/stores.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Plafond {

namespace {

// Where a contribution to each component is reviewed: its real upstream forge. The numbers drawn into these
// addresses are illustrative.
struct Forge
{
    const char *component; // the catalogue name (SILL 2022)
    const char *urlPattern;
};

const Forge forges[] = {
    {"Drupal", "https://git.drupalcode.org/project/drupal/-/merge_requests/%1"},
    {"Samba", "https://gitlab.com/samba-team/samba/-/merge_requests/%1"},
    {"PostgreSQL", "https://commitfest.postgresql.org/patch/%1/"},
    {"PostGIS", "https://git.osgeo.org/gitea/postgis/postgis/pulls/%1"},
    {"OpenStack", "https://review.opendev.org/c/openstack/nova/+/%1"},
    {"Moodle", "https://tracker.moodle.org/browse/MDL-%1"},
    {"LibreOffice", "https://gerrit.libreoffice.org/c/core/+/%1"},
    {"Keycloak", "https://github.com/keycloak/keycloak/pull/%1"},
    {"NextCloud", "https://github.com/nextcloud/server/pull/%1"},
    {"Qgis", "https://github.com/qgis/QGIS/pull/%1"},
    {"XWiki", "https://github.com/xwiki/xwiki-platform/pull/%1"},
    {"Debian", "https://bugs.debian.org/cgi-bin/bugreport.cgi?bug=%1"},
    {"GLPI", "https://github.com/glpi-project/glpi/pull/%1"},
    {"SPIP", "https://git.spip.net/spip/spip/pulls/%1"},
    {"Mantis BT", "https://github.com/mantisbt/mantisbt/pull/%1"},
    {"Mozilla Firefox (Extended Support Release)", "https://phabricator.services.mozilla.com/D%1"},
    {"Thunderbird", "https://phabricator.services.mozilla.com/D%1"},
    {"Nagios", "https://github.com/NagiosEnterprises/nagioscore/pull/%1"},
    {"Centreon", "https://github.com/centreon/centreon/pull/%1"},
    {"LemonLDAP::NG", "https://gitlab.ow2.org/lemonldap-ng/lemonldap-ng/-/merge_requests/%1"},
};

QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *name : list)
        result << QString::fromUtf8(name);
    return result;
}

} // namespace

bool writeDemoContributions(Stores &stores, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    Generator generator(0x5EED'C0DE'2026'0005ULL);

    // The development work units.
    for (const Contract &contract : stores.contracts.contracts()) {
        for (const WorkUnit &unit : stores.catalogue.contractWorkUnits(contract.id)) {
            if (unit.code != QLatin1String("DEV") && unit.code != QLatin1String("DEV-REVERS"))
                continue;
            auto full = stores.catalogue.workUnit(unit.id);
            if (!full)
                return fail(full.message());
            full->development = true;
            if (const Status status = stores.catalogue.saveWorkUnit(*full); !status)
                return fail(status.message());
        }
    }

    QHash<QString, Id> componentIds;
    const auto components = stores.components.components();
    if (!components)
        return fail(components.message());
    for (const Component &component : *components)
        componentIds.insert(component.name, component.id);
    QHash<QString, QString> patterns;
    for (const Forge &forge : forges)
        patterns.insert(QString::fromUtf8(forge.component), QString::fromUtf8(forge.urlPattern));

    // The components a development of each lot goes to (MEF-ELL-2020's lots are named after them).
    const QHash<QString, QStringList> componentsOfLot = {
        {QStringLiteral("MEF-ELL-2020/1"), names({"LibreOffice", "Keycloak", "NextCloud", "Qgis", "XWiki"})},
        {QStringLiteral("MEF-ELL-2020/2"), names({"Drupal"})},
        {QStringLiteral("MEF-ELL-2020/3"), names({"Samba"})},
        {QStringLiteral("MEF-ELL-2020/4"), names({"PostgreSQL", "PostGIS"})},
        {QStringLiteral("MEF-ELL-2020/5"), names({"OpenStack"})},
        {QStringLiteral("MEF-ELL-2020/6"), names({"Moodle"})},
        {QStringLiteral("ACIM-2012/1"),
         names({"Debian", "GLPI", "SPIP", "Mantis BT", "Mozilla Firefox (Extended Support Release)", "Thunderbird",
                "Nagios", "Centreon", "LemonLDAP::NG", "Drupal"})},
    };
    const QDate snapshot = DemoData::snapshotDate();
    auto contributionFor = [&](const DevelopmentLine &line, Contribution::State state, int delayDays) {
        const QStringList choices = componentsOfLot.value(QStringLiteral("%1/%2").arg(line.contractReference).arg(line.lotNumber));
        const QString name = choices.isEmpty() ? QString() : choices.at(generator.between(0, choices.size() - 1));
        Contribution k;
        k.orderLineId = line.orderLineId;
        k.componentId = componentIds.value(name);
        k.url = patterns.value(name, QStringLiteral("https://example.org/upstream/%1")).arg(generator.between(1000, 99999));
        k.state = state;
        k.stateOn = std::min(line.issuedOn.addDays(delayDays), snapshot);
        return k;
    };
    for (const DevelopmentLine &line : stores.components.developmentLines()) {
        if (line.status == OrderStatus::Draft || line.status == OrderStatus::Cancelled || !line.issuedOn.isValid())
            continue;
        const qint64 draw = generator.between(0, 99);
        QList<Contribution> made;
        if (draw < 15) {
            // nothing contributed (yet): these lines make the KPI fall short of 100 %
        } else if (draw < 65) {
            made << contributionFor(line, Contribution::State::Merged, int(generator.between(30, 240)));
        } else if (draw < 75) {
            // refused first, then reworked and merged
            made << contributionFor(line, Contribution::State::Refused, int(generator.between(20, 90)));
            made << contributionFor(line, Contribution::State::Merged, int(generator.between(120, 300)));
        } else if (draw < 90) {
            made << contributionFor(line, Contribution::State::Submitted, int(generator.between(20, 120)));
        } else {
            made << contributionFor(line, Contribution::State::Refused, int(generator.between(20, 120)));
        }
        for (Contribution &k : made) {
            if (const Status status = stores.components.saveContribution(k); !status)
                return fail(status.message());
        }
    }

    // Declared uses: fifteen beneficiaries, mostly components some lot covers, a few that none covers.
    QList<Id> covered;
    QSet<Id> coveredSet;
    for (const auto &pair : stores.components.componentLots()) {
        if (!coveredSet.contains(pair.first)) {
            coveredSet.insert(pair.first);
            covered << pair.first;
        }
    }
    QList<Id> uncovered;
    for (const Component &component : stores.components.components()) {
        if (!coveredSet.contains(component.id))
            uncovered << component.id;
    }
    auto beneficiariesRead = stores.catalogue.beneficiaries();
    if (!beneficiariesRead)
        return fail(beneficiariesRead.message());
    QList<Beneficiary> beneficiaries = std::move(beneficiariesRead).value();
    std::sort(beneficiaries.begin(), beneficiaries.end(),
              [](const Beneficiary &a, const Beneficiary &b) { return a.code < b.code; });
    if (covered.isEmpty() || uncovered.isEmpty())
        return true;
    int declaring = 0;
    for (qsizetype i = 0; i < beneficiaries.size() && declaring < 15; ++i) {
        if (generator.between(0, 99) < 35) // about two in three declare
            continue;
        ++declaring;
        QSet<Id> chosen;
        const int count = int(generator.between(4, 8));
        const bool withGap = generator.between(0, 99) < 40;
        for (int n = 0; n < count; ++n) {
            const bool gap = withGap && n == 0;
            const QList<Id> &pool = gap ? uncovered : covered;
            const Id componentId = pool.at(generator.between(0, pool.size() - 1));
            if (chosen.contains(componentId))
                continue;
            chosen.insert(componentId);
            ComponentUse use;
            use.beneficiaryId = beneficiaries.at(i).id;
            use.componentId = componentId;
            use.declaredOn = QDate(2022, 4, 1).addDays(generator.between(0, 400));
            use.note = gap ? QStringLiteral("Déclaré lors de l'inventaire (illustratif) ; hors marché de support.")
                           : QStringLiteral("Déclaré lors de l'inventaire (illustratif).");
            if (const Status status = stores.components.saveComponentUse(use); !status)
                return fail(status.message());
        }
    }
    return true;
}

} // namespace Plafond
