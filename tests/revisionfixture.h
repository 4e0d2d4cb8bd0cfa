// SPDX-License-Identifier: GPL-3.0-or-later
// A contract with a Syntec revision clause and the real index values of ../shared/data/syntec/, imported
// through SyntecImport: shared by tst_revision and tst_gui_prices.
#pragma once

#include "io/syntecimport.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace Plafond {

// Contract REV-2020: start 2020-09-01 for 48 months, base month June 2020 (old series, 274.9), fixed part
// 0.15, revised each anniversary on the index of June (x = 3 months). Lot 1: AUDIT at 1000.00 and DEV at
// 1234.56 from the start. Revisions: 2021-09-01 on June 2021 (old series, 275.7); 2022-09-01 on June 2022,
// missing from the file; 2023-09-01 on June 2023 (revised series, 304.0).
struct RevisionFixture
{
    QTemporaryDir dir;
    Database database;
    std::unique_ptr<Stores> storesOwned;
    Contract contract;
    Lot lot;
    WorkUnit audit;
    WorkUnit dev;
    Beneficiary beneficiary;

    QString path() const { return dir.filePath(QStringLiteral("revision.sqlite")); }

    bool setUp(QString *error)
    {
        if (!dir.isValid() || !database.open(path(), Database::OpenMode::CreateIfMissing, error))
            return false;
        storesOwned = std::make_unique<Stores>(database);
        Stores &stores = *storesOwned;
        contract.reference = QStringLiteral("REV-2020");
        contract.title = QStringLiteral("Revision test");
        contract.buyer = QStringLiteral("Buyer");
        contract.startOn = QDate(2020, 9, 1);
        contract.notifiedOn = QDate(2020, 9, 1);
        contract.durationMonths = 48;
        contract.maxHt = Money::fromCents(100'000'000);
        contract.revisionIndex = QStringLiteral("SYNTEC");
        contract.revisionBaseMonth = QStringLiteral("2020-06");
        contract.revisionFixedPart = QStringLiteral("0.15");
        lot.number = 1;
        lot.title = QStringLiteral("Expertise");
        lot.maxHt = Money::fromCents(50'000'000);
        beneficiary.code = QStringLiteral("MEF");
        beneficiary.name = QStringLiteral("Ministère");
        if (const Status saved = stores.contracts.saveContract(contract); !saved)
            return fail(saved, error);
        lot.contractId = contract.id;
        if (const Status saved = stores.contracts.saveLot(lot); !saved)
            return fail(saved, error);
        if (const Status saved = stores.catalogue.saveBeneficiary(beneficiary); !saved)
            return fail(saved, error);
        for (auto [unit, code, cents] : {std::tuple{&audit, "AUDIT", qint64(100000)}, std::tuple{&dev, "DEV", qint64(123456)}}) {
            unit->lotId = lot.id;
            unit->code = QString::fromLatin1(code);
            unit->labelFr = unit->code;
            unit->labelEn = unit->code;
            unit->unit = QStringLiteral("day");
            UnitPrice price;
            price.effectiveFrom = contract.startOn;
            price.priceHt = Money::fromCents(cents);
            unit->prices = {price};
            if (const Status saved = stores.catalogue.saveWorkUnit(*unit); !saved)
                return fail(saved, error);
            *unit = *stores.catalogue.workUnit(unit->id);
        }
        QFile file(QStringLiteral(PLAFOND_SHARED_DATA "/syntec/syntec_2019_2025.csv"));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return false;
        }
        SyntecImport syntec;
        if (!syntec.prepare(stores, file.readAll(), QStringLiteral("syntec_2019_2025.csv"))) {
            *error = syntec.errors().join(QLatin1Char('\n'));
            return false;
        }
        return syntec.apply(stores, QDate(2025, 12, 1), error);
    }

    static bool fail(const Status &status, QString *error)
    {
        *error = status.message();
        return false;
    }
};

} // namespace Plafond
