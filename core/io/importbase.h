// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "io/importprogress.h"
#include "io/jsontree.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Plafond {

class Stores;

// What every importer keeps and does the same way, whatever it reads: the name of the file in its messages,
// the errors and warnings as "FILE:LINE: what is wrong" (told in file order where the reading goes by
// topic), the progress and its cancel (ImportProgress), and the write: one transaction, the progress told
// per unit written, a cancel or a failure rolling everything back.
class ImportBase
{
    Q_DECLARE_TR_FUNCTIONS(ImportBase)
public:
    // Told now and then by prepare() and apply(); returning false cancels: prepare() then fails with
    // ImportProgress::cancelledMessage(), apply() rolls back.
    void setProgress(ImportProgress::Callback progress) { m_progress.setCallback(std::move(progress)); }
    QStringList errors() const { return m_errors; }
    QStringList warnings() const { return m_warnings; }

protected:
    // A new reading of `fileName`: no error, no warning yet.
    void begin(const QString &fileName);
    void error(int line, const QString &message);
    void warning(int line, const QString &message);
    // What a cancelled prepare() leaves: the one "cancelled" error, no warning. False, to be returned.
    bool cancelled();
    // The errors and warnings in the order of their lines (stable): the user reads the file from the top.
    void sortByLine();
    // The JSON document of `bytes`; nullopt, told at its line, when it is not JSON.
    std::optional<JsonNode> parseJson(const QByteArray &bytes);
    // The message of a failed write at `line` of the file: a database failure as it is, a refused row
    // with its place in the file.
    QString writeError(const Status &status, int line) const;

    // One step of apply(): unit `index` of the `count` writeAll() goes through; an empty string when it
    // was written, otherwise what went wrong.
    using WriteStep = std::function<QString(qint64 index)>;
    // What apply() does before its first unit, inside the transaction (locks, checks again); empty or an
    // error.
    using Before = std::function<QString()>;
    // Writes `count` units in one transaction, the progress told per unit; false with `*error` set when it
    // was cancelled or failed, and then nothing is written.
    bool writeAll(Stores &stores, qint64 count, const WriteStep &write, QString *error,
                  const Before &before = Before());

    QString m_fileName;
    QStringList m_errors;
    QStringList m_warnings;
    ImportProgress m_progress;
};

} // namespace Plafond
