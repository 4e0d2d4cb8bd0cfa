// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/indexvalue.h"
#include "io/importprogress.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace Plafond {

struct Stores;

// Imports the Syntec index values (the CSV of ../shared/data/syntec/): new months are added, a month whose
// value differs from the stored one is a correction (the stored value is kept as history), the same value is
// left alone. Checked first, written in one transaction.
class SyntecImport
{
    Q_DECLARE_TR_FUNCTIONS(SyntecImport)
public:
    static QString indexName() { return QStringLiteral("SYNTEC"); }

    bool prepare(Stores &stores, const QByteArray &bytes, const QString &fileName);
    bool apply(Stores &stores, const QDate &today, QString *error = nullptr);
    // Told now and then by prepare() and apply(); returning false cancels: prepare() then fails with
    // ImportProgress::cancelledMessage(), apply() rolls back.
    void setProgress(ImportProgress::Callback progress) { m_progress.setCallback(std::move(progress)); }

    QStringList errors() const { return m_errors; }
    QStringList changes() const;
    int added() const { return m_added; }
    int corrected() const { return m_corrected; }

private:
    QString m_fileName;
    ImportProgress m_progress;
    QStringList m_errors;
    QList<IndexValue> m_values;
    QStringList m_corrections;
    int m_added = 0;
    int m_corrected = 0;
};

} // namespace Plafond
