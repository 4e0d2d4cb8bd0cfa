// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columntablemodel.h"
#include "engine/consumption.h"
#include "roles.h"

namespace Plafond {

// The alerts of a contract (or of one lot, with the contract's own), most severe first.
// IdRole is the alert's subject, read with KindRole: the work unit of a budget alert, the beneficiary of an
// allocation alert, otherwise the lot, or the contract when the alert has no lot. LotIdRole is the lot the
// alerts panel leads to (0: the contract).
class AlertsModel : public ColumnTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, MessageColumn, LotColumn, ColumnCount };
    Q_ENUM(Column)

    explicit AlertsModel(QObject *parent = nullptr);

    void setConsumption(const ContractConsumption &consumption, Id lotId = 0);
    void clear();

    const Alert &alert(int row) const { return m_alerts.at(row); }
    static QString severityName(Alert::Severity severity);


protected:
    int rows() const override { return int(m_alerts.size()); }

private:
    QList<Alert> m_alerts;
};

} // namespace Plafond
