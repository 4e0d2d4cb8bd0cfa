// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Plafond {

struct Stores;

// What every import has in common, so that the command line (`plafond import KIND FILE`) and the GUI's import
// dialog drive any of them the same way: prepare() reads and checks the whole file against the database and
// writes nothing; changes() then tells what apply() would do (the dry run and the GUI's preview); apply()
// writes it in one transaction, all or nothing. A dry run is prepare() and changes() without apply().
// Every kind is described once, in the table of importer.cpp (its word, title, file filter, help, what
// options it takes, how to make it): the command line, its help, the import dialog and the GUI's Import menu
// are all built from that table; adding an importer is adding a row there.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    enum class Kind { Contract, Orders, Sill, Syntec, Decp, Tickets };

    struct Options
    {
        bool skipInvalid = false;          // skip malformed entries (still reported) instead of refusing the file
        QDate today = QDate::currentDate(); // the date a correction is recorded on
        // Called now and then with the work done so far out of `total` (0 when unknown); returning false
        // cancels: prepare() or apply() then returns false and writes nothing.
        std::function<bool(qint64 done, qint64 total)> progress;
    };

    virtual ~Importer() = default;

    static std::unique_ptr<Importer> create(Kind kind);
    // "contract", "orders", "sill", "syntec", "decp", "tickets" (the command line's words).
    static std::optional<Kind> kindFromName(const QString &name);
    static QString name(Kind kind);
    static QList<Kind> kinds();
    // What the kind imports, for a menu or a file dialog ("Orders (CSV)").
    static QString title(Kind kind);
    static QString fileFilter(Kind kind);
    // Whether the kind accepts Options::skipInvalid.
    static bool canSkipInvalid(Kind kind);
    // Whether a re-import updates what is there (changes() then tells added, changed, unchanged).
    static bool updatesExisting(Kind kind);
    // What the kind imports, in a sentence for the command line's help ("support tickets (CSV) with …").
    static QString help(Kind kind);
    // The command line's words of the kinds that accept Options::skipInvalid ("import sill").
    static QString skipInvalidCommands();

    virtual Kind kind() const = 0;
    // False when the file cannot be imported as it is (see errors()).
    virtual bool prepare(Stores &stores, const QByteArray &bytes, const QString &fileName,
                         const Options &options) = 0;
    virtual bool apply(Stores &stores, const Options &options, QString *error) = 0;
    // "FILE:LINE: what is wrong", one a line. With skipInvalid, what was skipped.
    virtual QStringList errors() const = 0;
    // Tolerated oddities of the input (for instance the known traps of real DECP files), one a line.
    virtual QStringList warnings() const { return {}; }
    // What apply() writes (or would write), one sentence a line.
    virtual QStringList changes() const = 0;
    // The sentence that ends a successful import of `path`.
    virtual QString doneMessage(const QString &path) const = 0;
};

} // namespace Plafond
