// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/indexvalue.h"
#include "io/importbase.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace Plafond {

class Stores;

// Imports the Syntec index values (the CSV of ../shared/data/syntec/): new months are added, a month whose
// value differs from the stored one is a correction (the stored value is kept as history), the same value is
// left alone. Checked first, written in one transaction.
class SyntecImport : public ImportBase
{
    Q_DECLARE_TR_FUNCTIONS(SyntecImport)
public:
    static QString indexName() { return QStringLiteral("SYNTEC"); }

    bool prepare(Stores &stores, const QByteArray &bytes, const QString &fileName);
    bool apply(Stores &stores, const QDate &today, QString *error = nullptr);
    // Progress and cancel, errors(): see ImportBase.
    QStringList changes() const;
    int added() const { return m_added; }
    int corrected() const { return m_corrected; }

private:
    QList<IndexValue> m_values;
    QStringList m_corrections;
    int m_added = 0;
    int m_corrected = 0;
};

} // namespace Plafond
