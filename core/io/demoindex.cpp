// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoindex.h"

#include "demodata.h"
#include "syntecimport.h"

#include <QCoreApplication>
#include <QFile>

namespace Plafond {

bool writeDemoIndex(Stores &stores, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QFile file(QStringLiteral(":/plafond/syntec/syntec_2019_2025.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("DemoData", "Cannot read the Syntec index values of the demo: %1")
                        .arg(file.errorString()));
    SyntecImport import;
    if (!import.prepare(stores, file.readAll(), file.fileName()))
        return fail(import.errors().join(QLatin1Char('\n')));
    // The values are recorded as of the demo's snapshot, never the clock.
    QString applyError;
    if (!import.apply(stores, DemoData::snapshotDate(), &applyError))
        return fail(applyError);
    return true;
}

} // namespace Plafond
