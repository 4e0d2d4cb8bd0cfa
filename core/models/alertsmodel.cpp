// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertsmodel.h"

#include <QLocale>

#include <algorithm>

namespace Plafond {

AlertsModel::AlertsModel(QObject *parent)
    : ColumnTableModel(parent)
{
    const auto alert = [this](int r) -> const Alert & { return m_alerts.at(r); };
    // Translated when shown, so that a language switch needs no recomputation.
    const Value message = [alert](int r) { return alert(r).message(); };
    setColumns({
        {[] { return tr("Severity"); },
         {{Qt::DisplayRole, [alert](int r) { return severityName(alert(r).severity); }},
          {SortRole, [alert](int r) { return int(alert(r).severity); }}}},
        {[] { return tr("Alert"); }, {{Qt::DisplayRole, message}, {Qt::ToolTipRole, message}, {SortRole, message}}},
        {[] { return tr("Lot"); },
         {{Qt::DisplayRole,
           [alert](int r) {
               return alert(r).lotId ? tr("Lot %1").arg(QLocale().toString(alert(r).lotNumber)) : tr("Contract");
           }},
          {SortRole, [alert](int r) { return alert(r).lotNumber; }}}},
    });
    setRowRoles({
        {IdRole,
         [alert](int r) {
             const Alert &a = alert(r);
             switch (a.kind) {
             case Alert::Kind::BudgetThreshold: return a.workUnitId;
             case Alert::Kind::AllocationThreshold: return a.beneficiaryId;
             default: return a.lotId ? a.lotId : a.contractId;
             }
         }},
        {LotIdRole, [alert](int r) { return alert(r).lotId; }},
        {ContractIdRole, [alert](int r) { return alert(r).contractId; }},
        {BeneficiaryIdRole, [alert](int r) { return alert(r).beneficiaryId; }},
        {KindRole, [alert](int r) { return int(alert(r).kind); }},
        {SeverityRole, [alert](int r) { return int(alert(r).severity); }},
    });
}

void AlertsModel::setConsumption(const ContractConsumption &consumption, Id lotId)
{
    QList<Alert> alerts;
    for (const Alert &a : consumption.alerts) {
        // A lot's dashboard also shows what concerns the whole contract (its end, its minimum).
        if (!lotId || a.lotId == lotId || a.lotId == 0)
            alerts << a;
    }
    // Most severe first; within a severity, the engine's order.
    std::stable_sort(alerts.begin(), alerts.end(),
                     [](const Alert &a, const Alert &b) { return int(a.severity) > int(b.severity); });
    replaceRows(int(alerts.size()), [&] { m_alerts = std::move(alerts); });
}

void AlertsModel::clear()
{
    replaceRows(0, [this] { m_alerts.clear(); });
}

QString AlertsModel::severityName(Alert::Severity severity)
{
    switch (severity) {
    case Alert::Severity::Info: return tr("Information");
    case Alert::Severity::Warning: return tr("Warning");
    case Alert::Severity::Critical: return tr("Critical");
    }
    return {};
}

} // namespace Plafond
