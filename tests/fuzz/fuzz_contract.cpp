// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a contract definition (JSON), checked against an empty database.
#include "fuzz_common.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Plafond::Stores &stores = PlafondFuzz::stores(false);
    Plafond::ContractImport import;
    if (import.prepare(stores, QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)),
                       QStringLiteral("fuzz.json")))
        (void)import.changes();
    return 0;
}
