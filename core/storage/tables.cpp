// SPDX-License-Identifier: GPL-3.0-or-later
#include "tables.h"

namespace Plafond::Tables {

namespace {

Table declare(const char *name, std::initializer_list<const char *> columns)
{
    QStringList list;
    for (const char *column : columns)
        list << QLatin1String(column);
    return Table(QLatin1String(name), list);
}

} // namespace

#define PLAFOND_TABLE(function, name, ...)                                                                             \
    const Table &function()                                                                                            \
    {                                                                                                                  \
        static const Table table = declare(name, {__VA_ARGS__});                                                       \
        return table;                                                                                                  \
    }

PLAFOND_TABLE(contracts, "contracts", "reference", "title", "buyer", "notified_on", "start_on", "duration_months",
              "firm_months", "renewal_count", "renewal_months", "min_ht_cents", "max_ht_cents", "awarded_ht_cents",
              "vat_basis_points", "revision_index", "revision_base_month", "revision_fixed_part", "revision_clause",
              "components_in_scope", "demo", "alert_thresholds", "revision_dates", "revision_rounding")
PLAFOND_TABLE(lots, "lots", "contract_id", "number", "title", "min_ht_cents", "max_ht_cents")
PLAFOND_TABLE(holders, "holders", "lot_id", "position", "name", "siret", "role")
PLAFOND_TABLE(amendments, "amendments", "contract_id", "lot_id", "signed_on", "delta_max_ht_cents", "delta_months",
              "reason")
PLAFOND_TABLE(beneficiaries, "beneficiaries", "code", "name", "parent_id")
PLAFOND_TABLE(workUnits, "work_units", "lot_id", "code", "label_fr", "label_en", "unit", "development")
PLAFOND_TABLE(unitPrices, "unit_prices", "work_unit_id", "effective_from", "price_ht_cents")
PLAFOND_TABLE(budgets, "work_unit_budgets", "work_unit_id", "year", "quantity_milli")
PLAFOND_TABLE(allocations, "allocations", "lot_id", "beneficiary_id", "amount_ht_cents", "work_unit_id",
              "quantity_milli")
PLAFOND_TABLE(orders, "orders", "lot_id", "beneficiary_id", "number", "commitment_number", "status", "created_on",
              "issued_on", "done_on", "invoiced_on", "paid_on", "cancelled_on", "ceiling_override", "override_reason")
PLAFOND_TABLE(orderLines, "order_lines", "order_id", "position", "work_unit_id", "quantity_milli",
              "unit_price_ht_cents", "amount_ht_cents")
PLAFOND_TABLE(ceilingOverrides, "ceiling_overrides", "order_id", "lot_id", "maximum_ht_cents",
              "ordered_before_ht_cents", "order_ht_cents", "reason", "user_name")
PLAFOND_TABLE(components, "components", "sill_id", "name", "function", "category", "licence", "version_min",
              "version_max", "status", "support_contract")
PLAFOND_TABLE(componentLots, "component_lots", "component_id", "lot_id")
PLAFOND_TABLE(componentUses, "component_uses", "beneficiary_id", "component_id", "declared_on", "note")
PLAFOND_TABLE(contributions, "contributions", "order_line_id", "component_id", "url", "state", "state_on")
PLAFOND_TABLE(tickets, "tickets", "reference", "lot_id", "component_id", "beneficiary_id", "severity", "title",
              "opened_at", "first_response_at", "restored_at", "closed_at")
PLAFOND_TABLE(slaTargets, "sla_targets", "lot_id", "severity", "response_minutes", "restore_minutes")
PLAFOND_TABLE(indexValues, "index_values", "index_name", "month", "series", "value_tenths", "source", "note")

#undef PLAFOND_TABLE

} // namespace Plafond::Tables
