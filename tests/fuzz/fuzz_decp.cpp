// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a DECP file, checked against a database that already holds DECP contracts
// (tests/data/decp/decp_traps.json imported), so that both the new and the update paths run.
#include "fuzz_common.h"
#include "io/decpimport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Plafond::Stores &stores = PlafondFuzz::stores(false);
    static const bool seeded = [&repository] {
        QFile fixture(QStringLiteral(PLAFOND_SOURCE_DIR "/tests/data/decp/decp_traps.json"));
        Plafond::DecpImport import;
        if (!fixture.open(QIODevice::ReadOnly) || !import.prepare(stores, fixture.readAll(), QStringLiteral("traps.json"))
            || !import.apply(stores))
            std::abort();
        return true;
    }();
    Q_UNUSED(seeded)
    Plafond::DecpImport import;
    if (import.prepare(stores, QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)),
                       QStringLiteral("fuzz.json"))) {
        (void)import.changes();
        (void)import.warnings();
    }
    return 0;
}
