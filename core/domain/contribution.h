// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Plafond {

// A contribution made upstream for one development order line (issue 5: "every development made under the
// contract must be contributed upstream"): the component it went to, where it can be seen, and its state.
struct Contribution
{
    enum class State { Submitted, Merged, Refused };

    Id id = 0;
    Id orderLineId = 0;
    Id componentId = 0; // 0: not tied to a catalogued component
    QString url;
    State state = State::Submitted;
    QDate stateOn; // the date the contribution reached its state
    qint64 rowVersion = 0;

    // "submitted", "merged", "refused": the stored and exported keys.
    static QString stateKey(State state);
    static std::optional<State> stateFromKey(const QString &key);
    // The translated name of a state.
    static QString stateName(State state);
};

// A beneficiary's declaration that it uses a component.
struct ComponentUse
{
    Id id = 0;
    Id beneficiaryId = 0;
    Id componentId = 0;
    QDate declaredOn;
    QString note;
    qint64 rowVersion = 0;
};

// A development order line, with what the contributions views need to show it.
struct DevelopmentLine
{
    Id orderLineId = 0;
    Id orderId = 0;
    QString orderNumber;
    Id contractId = 0;
    QString contractReference;
    Id lotId = 0;
    int lotNumber = 0;
    QString beneficiaryCode;
    QString workUnitCode;
    OrderStatus status = OrderStatus::Draft;
    QDate issuedOn;
    Money amountHt;
};

} // namespace Plafond
