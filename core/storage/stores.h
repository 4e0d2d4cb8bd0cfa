// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cataloguestore.h"
#include "componentstore.h"
#include "contractstore.h"
#include "indexstore.h"
#include "orderstore.h"
#include "ticketstore.h"

#include <type_traits>

namespace Plafond {

// One store per aggregate over one database, for a caller that works across several of them (an
// importer, the report, the workspace). Each store knows its own aggregate only; this struct only puts
// them side by side. A caller that needs one store makes that one alone.
struct Stores
{
    explicit Stores(Database &database)
        : contracts(database), catalogue(database), orders(database), components(database), tickets(database),
          indexes(database), m_database(database)
    {
    }
    Stores(const Stores &) = delete;
    Stores &operator=(const Stores &) = delete;

    Database &database() { return m_database; }
    // One transaction around the work of several stores (they share the connection).
    template<typename Work>
    Status withTransaction(Work &&work)
    {
        return contracts.withTransaction(std::forward<Work>(work));
    }

    // The store of one type, for code written once for every aggregate (the undoable save of an entity).
    template<typename Store>
    Store &store()
    {
        if constexpr (std::is_same_v<Store, ContractStore>)
            return contracts;
        else if constexpr (std::is_same_v<Store, CatalogueStore>)
            return catalogue;
        else if constexpr (std::is_same_v<Store, OrderStore>)
            return orders;
        else if constexpr (std::is_same_v<Store, ComponentStore>)
            return components;
        else if constexpr (std::is_same_v<Store, TicketStore>)
            return tickets;
        else
            return indexes;
    }

    ContractStore contracts;
    CatalogueStore catalogue;
    OrderStore orders;
    ComponentStore components;
    TicketStore tickets;
    IndexStore indexes;

private:
    Database &m_database;
};

} // namespace Plafond
