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

QString Severities::name(Severity severity, const Catalogue &language)
{
    switch (severity) {
    case Severity::Critical:
        return language.translate("Severities", "Critical");
    case Severity::Major:
        return language.translate("Severities", "Major");
    case Severity::Minor:
        return language.translate("Severities", "Minor");
    }
    return QString();
}

} // namespace Plafond
