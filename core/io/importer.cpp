// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "io/contractimport.h"
#include "io/decpimport.h"
#include "io/ordersimport.h"
#include "io/sillimport.h"
#include "io/syntecimport.h"
#include "io/ticketsimport.h"

#include <QStringList>

#include <type_traits>

namespace Plafond {

namespace {

// One adapter for the four importers that keep an interface of their own (and their own tests): it maps them
// onto Importer. What differs between them is said here, once: SILL takes skipInvalid, Syntec records its
// corrections on a day.
template <typename Import>
class Adapter final : public Importer
{
public:
    using Done = QString (*)(const Import &import, const QString &path);
    Adapter(Kind kind, Done done) : m_kind(kind), m_done(done) { }

    Kind kind() const override { return m_kind; }
    bool prepare(Stores &stores, const QByteArray &bytes, const QString &fileName,
                 const Options &options) override
    {
        m_import.setProgress(options.progress);
        if constexpr (std::is_same_v<Import, SillImport>)
            return m_import.prepare(stores, bytes, fileName, options.skipInvalid);
        else
            return m_import.prepare(stores, bytes, fileName);
    }
    bool apply(Stores &stores, const Options &options, QString *error) override
    {
        m_import.setProgress(options.progress);
        if constexpr (std::is_same_v<Import, SyntecImport>)
            return m_import.apply(stores, options.today, error);
        else
            return m_import.apply(stores, error);
    }
    QStringList errors() const override { return m_import.errors(); }
    QStringList warnings() const override { return m_import.warnings(); }
    QStringList changes() const override { return m_import.changes(); }
    QString doneMessage(const QString &path) const override { return m_done(m_import, path); }

private:
    Import m_import;
    Kind m_kind;
    Done m_done;
};

// Every kind, described once: the command line's word, its title, file filter and help (translated where
// shown), whether it takes skipInvalid, whether it updates what is there (the dry run then says "would leave"),
// and how to make its importer. The command line, the import dialog and its file filters read this table.
struct KindInfo
{
    Importer::Kind kind;
    const char *name;
    const char *title;
    const char *filter;
    const char *help;
    bool skipInvalid;
    bool updates;
    std::unique_ptr<Importer> (*create)();
};

const char *const jsonFilter = QT_TRANSLATE_NOOP("Importer", "JSON files (*.json);;All files (*)");
const char *const csvFilter = QT_TRANSLATE_NOOP("Importer", "CSV files (*.csv *.txt);;All files (*)");

const KindInfo kindTable[] = {
    {Importer::Kind::Contract, "contract", QT_TRANSLATE_NOOP("Importer", "Contract definition (JSON)"), jsonFilter,
     QT_TRANSLATE_NOOP("Importer", "a contract definition (JSON): the contract, its lots with their holders, work units and prices, and its beneficiaries"),
     false, false,
     [] {
         return std::unique_ptr<Importer>(new Adapter<ContractImport>(
             Importer::Kind::Contract, [](const ContractImport &, const QString &path) {
                 return Importer::tr("Contract imported from %1").arg(path);
             }));
     }},
    {Importer::Kind::Orders, "orders", QT_TRANSLATE_NOOP("Importer", "Orders (CSV)"), csvFilter,
     QT_TRANSLATE_NOOP("Importer", "purchase orders (CSV), one row per order line, each lot's maximum checked"),
     false, false,
     [] {
         return std::unique_ptr<Importer>(new Adapter<OrdersImport>(
             Importer::Kind::Orders, [](const OrdersImport &import, const QString &path) {
                 return Importer::tr("%n order(s) imported from %1", nullptr, import.orderCount()).arg(path);
             }));
     }},
    {Importer::Kind::Sill, "sill", QT_TRANSLATE_NOOP("Importer", "SILL catalogue (JSON or CSV)"),
     QT_TRANSLATE_NOOP("Importer", "SILL files (*.json *.csv);;All files (*)"),
     QT_TRANSLATE_NOOP("Importer", "a SILL catalogue (2022 JSON, 2022 or 2020 CSV) into the component catalogue"),
     true, true,
     [] {
         return std::unique_ptr<Importer>(new Adapter<SillImport>(
             Importer::Kind::Sill, [](const SillImport &import, const QString &path) {
                 QString message = Importer::tr("Components imported from %1:").arg(path);
                 for (const QString &change : import.changes())
                     message += QStringLiteral("\n  ") + change;
                 return message;
             }));
     }},
    {Importer::Kind::Syntec, "syntec", QT_TRANSLATE_NOOP("Importer", "Syntec index (CSV)"), csvFilter,
     QT_TRANSLATE_NOOP("Importer", "Syntec index values (CSV), corrections kept as history"), false, false,
     [] {
         return std::unique_ptr<Importer>(new Adapter<SyntecImport>(
             Importer::Kind::Syntec, [](const SyntecImport &import, const QString &path) {
                 return Importer::tr("Syntec index imported from %1: %2")
                     .arg(path, import.changes().mid(0, 2).join(QStringLiteral(", ")));
             }));
     }},
    {Importer::Kind::Decp, "decp", QT_TRANSLATE_NOOP("Importer", "DECP essential data (JSON)"), jsonFilter,
     QT_TRANSLATE_NOOP("Importer", "DECP essential data (2019 or 2024 JSON) as contracts and amendments; known traps told as warnings"),
     false, false,
     [] { return std::unique_ptr<Importer>(std::make_unique<DecpImport>()); }},
    {Importer::Kind::Tickets, "tickets", QT_TRANSLATE_NOOP("Importer", "Support tickets (CSV)"), csvFilter,
     QT_TRANSLATE_NOOP("Importer", "support tickets (CSV) with their SLA times, matched on their reference"),
     false, true,
     [] { return std::unique_ptr<Importer>(std::make_unique<TicketsImport>()); }},
};

const KindInfo *info(Importer::Kind kind)
{
    for (const KindInfo &entry : kindTable) {
        if (entry.kind == kind)
            return &entry;
    }
    return nullptr;
}

} // namespace

std::unique_ptr<Importer> Importer::create(Kind kind)
{
    const KindInfo *entry = info(kind);
    return entry ? entry->create() : nullptr;
}

QList<Importer::Kind> Importer::kinds()
{
    QList<Kind> available;
    for (const KindInfo &entry : kindTable)
        available << entry.kind;
    return available;
}

QString Importer::name(Kind kind)
{
    const KindInfo *entry = info(kind);
    return entry ? QLatin1String(entry->name) : QString();
}

std::optional<Importer::Kind> Importer::kindFromName(const QString &text)
{
    for (const KindInfo &entry : kindTable) {
        if (text == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QString Importer::title(Kind kind)
{
    const KindInfo *entry = info(kind);
    return entry ? tr(entry->title) : QString();
}

QString Importer::fileFilter(Kind kind)
{
    const KindInfo *entry = info(kind);
    return entry ? tr(entry->filter) : QString();
}

bool Importer::canSkipInvalid(Kind kind)
{
    const KindInfo *entry = info(kind);
    return entry && entry->skipInvalid;
}

bool Importer::updatesExisting(Kind kind)
{
    const KindInfo *entry = info(kind);
    return entry && entry->updates;
}

QString Importer::help(Kind kind)
{
    const KindInfo *entry = info(kind);
    return entry ? tr(entry->help) : QString();
}

QString Importer::skipInvalidCommands()
{
    QStringList commands;
    for (const KindInfo &entry : kindTable) {
        if (entry.skipInvalid)
            commands << QStringLiteral("import ") + QLatin1String(entry.name);
    }
    return commands.join(QStringLiteral(", "));
}

} // namespace Plafond
