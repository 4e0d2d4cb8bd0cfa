// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "io/importbase.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace Plafond {

class Stores;
class ImportLookups;
struct JsonNode;

// Reads a contract definition (the JSON format of docs/DOMAIN.md): the contract, its lots with their holders and
// work units (one entry per price, each with the date it applies from), and the beneficiaries. Everything
// is checked first (errors as "FILE:LINE: what is wrong"); apply() then writes it all in one transaction.
// A beneficiary whose code is already in the database is kept as it is; a contract whose reference is already
// there is refused.
class ContractImport : public ImportBase
{
    Q_DECLARE_TR_FUNCTIONS(ContractImport)
public:
    bool prepare(Stores &stores, const QByteArray &bytes, const QString &fileName);
    bool apply(Stores &stores, QString *error = nullptr);
    // Progress and cancel, errors(): see ImportBase.
    QStringList changes() const;

private:
    struct PendingLot
    {
        Lot lot;
        QList<WorkUnit> units;
    };
    struct PendingBeneficiary
    {
        Beneficiary beneficiary;
        QString parentCode;
    };
    // Whether `node` is an object; if not, told with `notObject` ("… is an object, not %1").
    bool isObject(const JsonNode &node, const QString &notObject);
    void readContract(ImportLookups &lookups, const JsonNode &root);
    void readLot(const JsonNode &node);
    // "revision": "dates" (ISO dates, ascending; absent, null or empty: each anniversary) and "rounding" (the
    // number of decimals the coefficient is rounded to, 0 to 6; absent or null: exact). Both optional.
    void readRevisionDatesAndRounding(const JsonNode &revision, Contract &contract);
    void readBeneficiaries(ImportLookups &lookups, const JsonNode &node);

    Contract m_contract;
    QList<PendingLot> m_lots;
    QList<PendingBeneficiary> m_beneficiaries; // new ones only, parents before children
};

} // namespace Plafond
