// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Plafond {

struct Stores;

// A deterministic large data set for benchmarks (docs/DOMAIN.md `plafond generate --scale N`): N contracts of six
// lots over ten years, each with 10,000 orders of one to five lines (about 30,000), 60 beneficiaries shared.
// Scale 20 is the target volume of the project: 20 contracts, 200,000 orders, about 600,000 lines.
class DataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DataGenerator)
public:
    static constexpr int ordersPerContract = 10000;

    // Writes into an empty database, in one transaction; `progress(done, total)` counts contracts.
    static bool write(Stores &stores, int scale, QString *error = nullptr,
                      const std::function<void(int, int)> &progress = {});
};

} // namespace Plafond
