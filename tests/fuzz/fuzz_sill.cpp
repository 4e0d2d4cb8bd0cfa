// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a SILL catalogue (JSON or either CSV), checked against an empty database;
// odd-sized inputs with skipInvalid, so that both the refusing and the skipping paths run.
#include "fuzz_common.h"
#include "io/sillimport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Plafond::Stores &stores = PlafondFuzz::stores(false);
    Plafond::SillImport import;
    if (import.prepare(stores, QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)),
                       QStringLiteral("fuzz.sill"), size % 2 == 1))
        (void)import.changes();
    return 0;
}
