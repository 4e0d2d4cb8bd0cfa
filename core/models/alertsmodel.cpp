// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertsmodel.h"

#include <QLocale>

#include <algorithm>

namespace Plafond {

AlertsModel::AlertsModel(QObject *parent)
    : ConsumptionTableModel(parent)
{
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

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &a = m_alerts.at(index.row());
    const auto column = static_cast<Column>(index.column());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SeverityColumn: return severityName(a.severity);
        // Translated when shown, so that a language switch needs no recomputation.
        case MessageColumn: return a.message();
        case LotColumn: return a.lotId ? tr("Lot %1").arg(locale.toString(a.lotNumber)) : tr("Contract");
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        return column == MessageColumn ? QVariant(a.message()) : QVariant();
    case IdRole:
        switch (a.kind) {
        case Alert::Kind::BudgetThreshold: return a.workUnitId;
        case Alert::Kind::AllocationThreshold: return a.beneficiaryId;
        default: return a.lotId ? a.lotId : a.contractId;
        }
    case LotIdRole: return a.lotId;
    case ContractIdRole: return a.contractId;
    case BeneficiaryIdRole: return a.beneficiaryId;
    case KindRole: return int(a.kind);
    case SeverityRole: return int(a.severity);
    case SortRole:
        switch (column) {
        case SeverityColumn: return int(a.severity);
        case MessageColumn: return a.message();
        case LotColumn: return a.lotNumber;
        case ColumnCount: break;
        }
        return {};
    default:
        return {};
    }
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return ConsumptionTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case SeverityColumn: return tr("Severity");
    case MessageColumn: return tr("Alert");
    case LotColumn: return tr("Lot");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Plafond
