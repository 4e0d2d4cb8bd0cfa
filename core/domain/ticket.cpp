// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticket.h"

namespace Plafond {

QString Severities::key(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QStringLiteral("critical");
    case Severity::Major:
        return QStringLiteral("major");
    case Severity::Minor:
        return QStringLiteral("minor");
    }
    return QString();
}

std::optional<Severity> Severities::fromKey(const QString &text)
{
    for (Severity severity : all()) {
        if (key(severity) == text)
            return severity;
    }
    return std::nullopt;
}

QString Severities::name(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return tr("Critical");
    case Severity::Major:
        return tr("Major");
    case Severity::Minor:
        return tr("Minor");
    }
    return QString();
}

} // namespace Plafond
