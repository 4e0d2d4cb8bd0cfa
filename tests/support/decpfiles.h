// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the DECP tests (tst_decp, tst_decp_export) share: the real files of ../shared/data/decp and the test
// data, new databases in a temporary folder, and an import prepared and applied in one go.

#include "io/decpimport.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QByteArray>
#include <QDebug>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace PlafondTest {

const QString sharedDecp = QStringLiteral(PLAFOND_SHARED_DATA "/decp/");
const QString dataDir = QStringLiteral(PLAFOND_SOURCE_DIR "/tests/data");
const QString aife = QStringLiteral("decp_v1_2019_data.gouv.fr_aife_IT_cpv72-48.json");
const QString pes = QStringLiteral("decp_v1_2019_data.gouv.fr_pes_IT_cpv72-48.json");
const QString v2 = QStringLiteral("decp_v2_real_GIP-Maximilien_2024-02-29.json");

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The DECP test classes derive from it, next to QObject; their initTestCase() checks m_dir.
class DecpFiles
{
protected:
    // A new database file in the temporary directory, opened.
    bool openNew(Plafond::Database &database, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return database.open(path, Plafond::Database::OpenMode::CreateIfMissing);
    }

    // Prepared and applied; what went wrong is written as a warning.
    bool import(Plafond::Stores &stores, const QString &path, const QString &shownName, Plafond::DecpImport &importer)
    {
        if (!importer.prepare(stores, readFile(path), shownName)) {
            qWarning() << importer.errors();
            return false;
        }
        QString error;
        if (!importer.apply(stores, &error)) {
            qWarning() << error;
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
};

} // namespace PlafondTest
