// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/component.h"
#include "io/importbase.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace Plafond {

class Stores;

// Reads a SILL catalogue into the component catalogue. Three published shapes are recognised from their
// content: the 2022 JSON with abbreviated keys, the 2022 CSV (version_min, version_max) and the 2020 CSV
// (composant, version). Entries are matched on their SILL identifier, so a re-import updates and never
// duplicates; a field the file does not carry (the 2022 CSV has no category) keeps its stored value.
// Everything is checked before anything is written: prepare() collects every error as "FILE:LINE: what is
// wrong", and apply() writes in one transaction. Malformed entries are skipped only when asked to.
class SillImport : public ImportBase
{
    Q_DECLARE_TR_FUNCTIONS(SillImport)
public:
    enum class Format { Unknown, Json2022, Csv2022, Csv2020 };

    // False when the file cannot be read at all, or when an entry is malformed and skipInvalid is off.
    bool prepare(Stores &stores, const QByteArray &bytes, const QString &fileName, bool skipInvalid = false);
    bool apply(Stores &stores, QString *error = nullptr);
    // Progress and cancel, errors() (with skipInvalid, what was skipped and why): see ImportBase.

    Format format() const { return m_format; }
    QStringList changes() const;                     // one sentence a line, for the user

    int entryCount() const { return static_cast<int>(m_entries.size()); } // valid entries read
    int skippedCount() const { return m_skipped; }
    int addedCount() const { return m_added; }
    int changedCount() const { return m_changed; }
    int unchangedCount() const { return m_unchanged; }
    // The components as they will be stored (identifiers set for those already stored), after prepare().
    QList<Component> components() const { return m_entries; }

private:
    // The fields a file carries, so that the others keep what is stored.
    enum Field { Function = 1, Category = 2, Licence = 4, VersionMin = 8, VersionMax = 16, Status = 32, Support = 64 };

    bool readJson(const QByteArray &bytes);
    bool readCsv(const QByteArray &bytes);
    // Checks one entry; false (with the error told) when it must be skipped.
    bool check(int line, const Component &entry, const QString &supportText);

    Format m_format = Format::Unknown;
    int m_fields = 0;
    bool m_fatal = false; // the file as a whole cannot be read
    QList<Component> m_entries;
    QHash<QString, int> m_lineOfId;
    int m_skipped = 0;
    int m_added = 0;
    int m_changed = 0;
    int m_unchanged = 0;
    QList<Component> m_toWrite;
};

} // namespace Plafond
