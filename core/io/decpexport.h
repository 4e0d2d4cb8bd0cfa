// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Plafond {

struct Stores;

// Writes a contract in the 2024 DECP format, valid against schema_decp_v2.0.3.json: {"marches": {"marche":
// [record]}}. Its amendments become modifications (new amount and duration after each); the published fields
// kept by the DECP import are given back when the schema accepts them; the required fields Plafond does not
// know get the documented defaults of README.md ("DECP").
class DecpExport
{
    Q_DECLARE_TR_FUNCTIONS(DecpExport)
public:
    enum class Failure { None, UnknownContract, NotExportable, Storage };

    // Nothing on failure (*error tells why, *failure what kind). *warnings: the defaults worth telling.
    static std::optional<QByteArray> contract(Stores &stores, const QString &reference, QStringList *warnings,
                                              QString *error, Failure *failure = nullptr);
};

} // namespace Plafond
