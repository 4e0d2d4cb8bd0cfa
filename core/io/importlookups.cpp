// SPDX-License-Identifier: GPL-3.0-or-later
#include "importlookups.h"

#include "storage/stores.h"

namespace Plafond {

ImportLookups::ImportLookups(Stores &stores, Report report)
    : m_stores(stores), m_report(std::move(report))
{
}

const ImportLookups::ContractEntry *ImportLookups::findContract(const QString &reference)
{
    auto it = m_entries.find(reference);
    if (it == m_entries.end()) {
        std::optional<ContractEntry> entry;
        if (const auto contract = noted(m_stores.contracts.contractByReference(reference))) {
            entry = ContractEntry();
            entry->contract = *contract;
            for (const Lot &lot : noted(m_stores.contracts.lots(contract->id)))
                entry->lots.insert(lot.number, lot);
        }
        it = m_entries.emplace(reference, std::move(entry)).first;
    }
    return it->second ? &*it->second : nullptr;
}

const ImportLookups::ContractEntry *ImportLookups::contract(int line, const QString &reference)
{
    const ContractEntry *entry = findContract(reference);
    if (reference.isEmpty())
        m_report(line, tr("contract: the reference is missing"));
    else if (!entry)
        m_report(line, tr("contract: \"%1\" is not a contract of this database").arg(reference));
    return reference.isEmpty() ? nullptr : entry;
}

const Lot *ImportLookups::lot(int line, const ContractEntry *contract, const QString &number)
{
    bool ok = false;
    const int value = number.toInt(&ok);
    if (!ok) {
        m_report(line, tr("lot: \"%1\" is not a lot number").arg(number));
        return nullptr;
    }
    if (!contract)
        return nullptr;
    const auto it = contract->lots.constFind(value);
    if (it == contract->lots.constEnd()) {
        m_report(line, tr("lot: contract %1 has no lot %2").arg(contract->contract.reference).arg(value));
        return nullptr;
    }
    return &it.value();
}

namespace {

// The entry of `key` in `cache`, read whole from `load` (keyed by `keyOf`) the first time.
template <typename T, typename Load, typename KeyOf>
const T *cached(std::optional<QHash<QString, T>> &cache, const QString &key, Load load, KeyOf keyOf)
{
    if (!cache) {
        cache.emplace();
        for (const T &entry : load())
            cache->insert(keyOf(entry), entry);
    }
    const auto it = cache->constFind(key);
    return it == cache->constEnd() ? nullptr : &it.value();
}

} // namespace

const Beneficiary *ImportLookups::findBeneficiary(const QString &code)
{
    return cached(m_beneficiaries, code, [this]() { return noted(m_stores.catalogue.beneficiaries()); },
                  [](const Beneficiary &beneficiary) { return beneficiary.code; });
}

const Beneficiary *ImportLookups::beneficiary(int line, const QString &code)
{
    return told(findBeneficiary(code), line, [&code]() {
        return tr("beneficiary: \"%1\" is not a beneficiary of this database").arg(code);
    });
}

const WorkUnit *ImportLookups::workUnit(int line, const Lot &lot, const QString &code)
{
    auto units = m_units.find(lot.id);
    if (units == m_units.end()) {
        QHash<QString, WorkUnit> byCode;
        for (const WorkUnit &unit : noted(m_stores.catalogue.workUnits(lot.id)))
            byCode.insert(unit.code, unit);
        units = m_units.emplace(lot.id, std::move(byCode)).first;
    }
    const auto it = units->second.constFind(code);
    if (it == units->second.constEnd()) {
        m_report(line, tr("work_unit: lot %1 has no work unit \"%2\"").arg(lot.number).arg(code));
        return nullptr;
    }
    return &it.value();
}

const Component *ImportLookups::findComponent(const QString &sillId)
{
    return cached(m_components, sillId, [this]() { return noted(m_stores.components.components()); },
                  [](const Component &component) { return component.sillId; });
}

const Component *ImportLookups::component(int line, const QString &sillId)
{
    return told(findComponent(sillId), line, [&sillId]() {
        return tr("component: \"%1\" is not the SILL identifier of a catalogued component").arg(sillId);
    });
}

bool ImportLookups::isNewContract(int line, const QString &reference)
{
    if (!findContract(reference))
        return true;
    m_report(line, tr("reference: contract %1 is already in this database").arg(reference));
    return false;
}

void ImportLookups::loadContracts()
{
    if (m_contracts)
        return;
    m_contracts.emplace();
    for (const Contract &contract : noted(m_stores.contracts.contracts())) {
        m_contracts->insert(contract.id, contract);
        m_contractIds.insert(contract.reference, contract.id);
    }
}

const Contract *ImportLookups::contractById(Id id)
{
    loadContracts();
    const auto it = m_contracts->constFind(id);
    return it == m_contracts->constEnd() ? nullptr : &it.value();
}

bool ImportLookups::hasContract(const QString &reference)
{
    loadContracts();
    return m_contractIds.contains(reference);
}

} // namespace Plafond
