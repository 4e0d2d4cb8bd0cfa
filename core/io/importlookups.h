// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/component.h"
#include "domain/entities.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>
#include <map>
#include <optional>

namespace Plafond {

class Stores;

// The references an import file makes to what the database holds (a contract by its reference, one of its
// lots by number, a beneficiary by code, a work unit of a lot by code, a component by SILL identifier),
// each read once whatever the number of lines naming it, and the one wording of a reference that does not
// resolve, told to `report` with the line ("FILE:LINE: …" is the importer's). Every importer goes through
// here rather than reading the repository and wording its own message. The pointers returned stay valid
// as long as the lookups do.
class ImportLookups
{
    Q_DECLARE_TR_FUNCTIONS(ImportLookups)
public:
    using Report = std::function<void(int line, const QString &message)>;

    // A contract and its lots by number.
    struct ContractEntry
    {
        Contract contract;
        QHash<int, Lot> lots;
    };

    ImportLookups(Stores &stores, Report report);

    // The contract of `reference`; nullptr, told, when the reference is empty or names no contract.
    const ContractEntry *contract(int line, const QString &reference);
    // The lot numbered `number` (text, as in the file) of `contract`; nullptr, told, when it is not a
    // number or the contract has no such lot. With no contract (already told), only the number is checked.
    const Lot *lot(int line, const ContractEntry *contract, const QString &number);
    // The beneficiary of `code`; nullptr, told, when there is none.
    const Beneficiary *beneficiary(int line, const QString &code);
    // The work unit of `code` in `lot`; nullptr, told, when the lot has none.
    const WorkUnit *workUnit(int line, const Lot &lot, const QString &code);
    // The catalogued component of SILL identifier `sillId`; nullptr, told, when there is none.
    const Component *component(int line, const QString &sillId);
    // False, told, when a contract of `reference` is already in the database (a contract definition
    // creates its contract).
    bool isNewContract(int line, const QString &reference);

    // The same, without a word: for the importers that create or update what is not found.
    const ContractEntry *findContract(const QString &reference);
    const Beneficiary *findBeneficiary(const QString &code);
    const Component *findComponent(const QString &sillId);
    // Any contract of the database by identifier, or whether one has `reference`; every contract is read
    // once, at the first of these.
    const Contract *contractById(Id id);
    bool hasContract(const QString &reference);

    // The first read of the database that failed (empty when none did): the file is then not judged.
    QString storageError() const { return m_storageError; }

private:
    template<typename R>
    R noted(R result)
    {
        if (!result && !result.isNotFound() && m_storageError.isEmpty())
            m_storageError = result.message();
        return result;
    }
    QString m_storageError;

    void loadContracts();
    // `found`, or nullptr with the message `missing` makes told at `line`.
    template <typename T, typename Message>
    const T *told(const T *found, int line, Message missing) const
    {
        if (!found)
            m_report(line, missing());
        return found;
    }

    Stores &m_stores;
    Report m_report;
    std::map<QString, std::optional<ContractEntry>> m_entries; // by reference, found or not
    std::map<Id, QHash<QString, WorkUnit>> m_units;            // by lot, then code
    std::optional<QHash<QString, Beneficiary>> m_beneficiaries;
    std::optional<QHash<QString, Component>> m_components;
    std::optional<QHash<Id, Contract>> m_contracts;
    QHash<QString, Id> m_contractIds; // by reference, with m_contracts
};

} // namespace Plafond
