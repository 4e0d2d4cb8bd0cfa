// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "engine/consumption.h"

#include <QWidget>

class QLabel;

namespace Plafond {

// The dashboard's headline: the title of the contract or lot, and its figures in cards (maximum, ordered,
// remaining, consumed, the date the maximum will be reached). The percentage takes the colour of the
// most severe ceiling alert. Object names: "dashboardTitle", "maximumValue", "orderedValue",
// "remainingValue", "percentValue" (property "alertState": none, info, warning, critical), "forecastValue".
class DashboardFigures : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardFigures(QWidget *parent = nullptr);

    // The figures of the contract (lotId 0) or of one of its lots, coloured for a dark or a light palette.
    void setConsumption(const ContractConsumption &c, Id lotId, bool dark);
    void retranslate();

private:
    QLabel *m_title;
    QLabel *m_maximumCaption;
    QLabel *m_maximum;
    QLabel *m_orderedCaption;
    QLabel *m_ordered;
    QLabel *m_remainingCaption;
    QLabel *m_remaining;
    QLabel *m_percentCaption;
    QLabel *m_percent;
    QLabel *m_forecastCaption;
    QLabel *m_forecast;
};

} // namespace Plafond
