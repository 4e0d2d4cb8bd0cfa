// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a tickets CSV, checked against a database holding the fixture contract, two
// catalogued components and the tickets of tests/data/import/tickets.csv (so that updates are checked too).
#include "fuzz_common.h"
#include "io/ticketsimport.h"

#include <cstddef>
#include <cstdint>

namespace {

Plafond::Repository &ticketsRepository()
{
    static Plafond::Repository &repository = []() -> Plafond::Repository & {
        Plafond::Repository &repo = PlafondFuzz::repository(true);
        const auto contract = repo.contractByReference(QStringLiteral("TEST-2024"));
        if (!contract)
            std::abort();
        const QList<Plafond::Lot> lots = repo.lots(contract->id);
        Plafond::Component postgres;
        postgres.sillId = QStringLiteral("17");
        postgres.name = QStringLiteral("PostgreSQL");
        Plafond::Component drupal;
        drupal.sillId = QStringLiteral("34");
        drupal.name = QStringLiteral("Drupal");
        if (lots.size() < 2 || !repo.saveComponent(postgres) || !repo.saveComponent(drupal)
            || !repo.setComponentCovered(postgres.id, lots.at(0).id, true)
            || !repo.setComponentCovered(drupal.id, lots.at(1).id, true))
            std::abort();
        QFile sample(QStringLiteral(PLAFOND_SOURCE_DIR "/tests/data/import/tickets.csv"));
        if (!sample.open(QIODevice::ReadOnly))
            std::abort();
        Plafond::TicketsImport import;
        if (!import.prepare(repo, sample.readAll(), QStringLiteral("tickets.csv"), {})
            || !import.apply(repo, {}, nullptr))
            std::abort();
        return repo;
    }();
    return repository;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Plafond::Repository &repository = ticketsRepository();
    Plafond::TicketsImport import;
    if (import.prepare(repository,
            QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)),
            QStringLiteral("fuzz.csv"), {})) {
        (void)import.changes();
        (void)import.warnings();
    }
    return 0;
}
