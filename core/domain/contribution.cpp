// SPDX-License-Identifier: GPL-3.0-or-later
#include "contribution.h"

namespace Plafond {

QString Contribution::stateKey(State state)
{
    switch (state) {
    case State::Submitted:
        return QStringLiteral("submitted");
    case State::Merged:
        return QStringLiteral("merged");
    case State::Refused:
        return QStringLiteral("refused");
    }
    return QString();
}

std::optional<Contribution::State> Contribution::stateFromKey(const QString &key)
{
    for (State state : {State::Submitted, State::Merged, State::Refused}) {
        if (stateKey(state) == key)
            return state;
    }
    return std::nullopt;
}

QString Contribution::stateName(State state)
{
    switch (state) {
    case State::Submitted:
        return QCoreApplication::translate("Contribution", "submitted");
    case State::Merged:
        return QCoreApplication::translate("Contribution", "merged");
    case State::Refused:
        return QCoreApplication::translate("Contribution", "refused");
    }
    return QString();
}

} // namespace Plafond
