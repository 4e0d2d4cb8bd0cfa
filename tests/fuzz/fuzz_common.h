// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/contractimport.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdlib>

namespace PlafondFuzz {

// One database for the whole run, opened once: the importers only read it while they check a file, so every
// input meets the same state. With the fixture contract when `withContract`, empty otherwise.
inline Plafond::Stores &stores(bool withContract)
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    // Made once and never destroyed: at exit, static destructors would run after Qt's own (the SQL driver
    // registry) and crash in a way that says nothing about the importers.
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    static Plafond::Database &database = *new Plafond::Database;
    static Plafond::Stores *repository = nullptr;
    Q_UNUSED(app)
    if (!stores) {
        const QString path = QDir::temp().filePath(QStringLiteral("plafond-fuzz-%1-%2.sqlite")
                                                       .arg(QCoreApplication::applicationPid())
                                                       .arg(withContract ? 1 : 0));
        QFile::remove(path);
        if (!database.open(path, Plafond::Database::OpenMode::CreateIfMissing))
            std::abort();
        repository = new Plafond::Stores(database);
        if (withContract) {
            QFile fixture(QStringLiteral(PLAFOND_SOURCE_DIR "/tests/data/import/contract.json"));
            if (!fixture.open(QIODevice::ReadOnly))
                std::abort();
            Plafond::ContractImport import;
            if (!import.prepare(*stores, fixture.readAll(), QStringLiteral("contract.json"))
                || !import.apply(*stores))
                std::abort();
        }
    }
    return *stores;
}

} // namespace PlafondFuzz
