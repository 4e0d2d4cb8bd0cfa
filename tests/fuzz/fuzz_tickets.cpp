// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a tickets CSV, checked against a database holding the fixture contract, two
// catalogued components and the tickets of tests/data/import/tickets.csv (so that updates are checked too).
#include "fuzz_common.h"
#include "io/ticketsimport.h"

#include <cstddef>
#include <cstdint>

namespace {

Plafond::Stores &ticketsRepository()
{
    static Plafond::Stores &stores = []() -> Plafond::Stores & {
        Plafond::Stores &stores = PlafondFuzz::stores(true);
        const auto contract = stores.contracts.contractByReference(QStringLiteral("TEST-2024"));
        if (!contract)
            std::abort();
        const QList<Plafond::Lot> lots = stores.contracts.lots(contract->id);
        Plafond::Component postgres;
        postgres.sillId = QStringLiteral("17");
        postgres.name = QStringLiteral("PostgreSQL");
        Plafond::Component drupal;
        drupal.sillId = QStringLiteral("34");
        drupal.name = QStringLiteral("Drupal");
        if (lots.size() < 2 || !stores.components.saveComponent(postgres) || !stores.components.saveComponent(drupal)
            || !stores.components.setComponentCovered(postgres.id, lots.at(0).id, true)
            || !stores.components.setComponentCovered(drupal.id, lots.at(1).id, true))
            std::abort();
        QFile sample(QStringLiteral(PLAFOND_SOURCE_DIR "/tests/data/import/tickets.csv"));
        if (!sample.open(QIODevice::ReadOnly))
            std::abort();
        Plafond::TicketsImport import;
        if (!import.prepare(stores, sample.readAll(), QStringLiteral("tickets.csv"), {})
            || !import.apply(stores, {}, nullptr))
            std::abort();
        return stores;
    }();
    return stores;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Plafond::Stores &stores = ticketsRepository();
    Plafond::TicketsImport import;
    if (import.prepare(stores,
            QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)),
            QStringLiteral("fuzz.csv"), {})) {
        (void)import.changes();
        (void)import.warnings();
    }
    return 0;
}
