// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Plafond {

struct Stores;

// The demo database: the two real contracts of docs/DOMAIN.md (public facts kept exactly) with illustrative
// prices, budgets, allocations and about 340 orders. Deterministic: a fixed-seed generator and fixed dates,
// so two runs give the same rows (only the created_at / updated_at timestamps differ).
// Sources and licences of every fact: resources/demo/README.md.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
public:
    // Writes the demo into an empty database, all in one transaction: on failure nothing is written.
    // Refuses a database that already holds contracts.
    static bool write(Stores &stores, QString *error = nullptr);

    // Orders of the ongoing contract (MEF-ELL-2020) are frozen at this date: no step of any demo order is
    // dated after it, whatever today is.
    static QDate snapshotDate();

    // Writes the demo into a new file (or an empty server database). An existing file is refused, never
    // overwritten; on failure the file it created is removed.
    static bool writeTo(const QString &location, QString *error = nullptr);
    // The demo database of `plafond --demo` and File → Open the demo database, in the user's data folder.
    static QString defaultPath();
    // defaultPath(), written first when it does not exist yet.
    static bool ensureDefault(QString *location, QString *error = nullptr);
};

} // namespace Plafond
