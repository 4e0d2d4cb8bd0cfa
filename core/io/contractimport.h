// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "io/importprogress.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace Plafond {

struct Stores;
struct JsonNode;

// Reads a contract definition (the JSON format of docs/DOMAIN.md): the contract, its lots with their holders and
// work units (one entry per price, each with the date it applies from), and the beneficiaries. Everything
// is checked first (errors as "FILE:LINE: what is wrong"); apply() then writes it all in one transaction.
// A beneficiary whose code is already in the database is kept as it is; a contract whose reference is already
// there is refused.
class ContractImport
{
    Q_DECLARE_TR_FUNCTIONS(ContractImport)
public:
    bool prepare(Stores &stores, const QByteArray &bytes, const QString &fileName);
    bool apply(Stores &stores, QString *error = nullptr);
    // Told now and then by prepare() and apply(); returning false cancels: prepare() then fails with
    // ImportProgress::cancelledMessage(), apply() rolls back.
    void setProgress(ImportProgress::Callback progress) { m_progress.setCallback(std::move(progress)); }

    QStringList errors() const { return m_errors; }
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
    void error(int line, const QString &message);
    void readContract(Stores &stores, const JsonNode &root);
    void readLot(const JsonNode &node);
    // "revision": "dates" (ISO dates, ascending; absent, null or empty: each anniversary) and "rounding" (the
    // number of decimals the coefficient is rounded to, 0 to 6; absent or null: exact). Both optional.
    void readRevisionDatesAndRounding(const JsonNode &revision, Contract &contract);
    void readBeneficiaries(Stores &stores, const JsonNode &node);

    QString m_fileName;
    QStringList m_errors;
    QString m_storageError; // a read of the database that failed while the file was checked
    Contract m_contract;
    QList<PendingLot> m_lots;
    QList<PendingBeneficiary> m_beneficiaries; // new ones only, parents before children
    ImportProgress m_progress;
};

} // namespace Plafond
