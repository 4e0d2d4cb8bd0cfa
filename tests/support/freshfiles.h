// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Fresh database file names in one temporary folder, a new one for each test that asks: a test class derives
// from it next to QObject, and its initTestCase() checks isValid().

#include <QString>
#include <QTemporaryDir>

namespace PlafondTest {

class FreshFiles
{
protected:
    bool isValid() const { return m_dir.isValid(); }
    QString freshPath() { return m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_files)); }

private:
    QTemporaryDir m_dir;
    int m_files = 0;
};

} // namespace PlafondTest
