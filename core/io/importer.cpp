// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "io/contractimport.h"
#include "io/decpimport.h"
#include "io/ordersimport.h"
#include "io/sillimport.h"
#include "io/syntecimport.h"
#include "io/ticketsimport.h"

#include <type_traits>

namespace Plafond {

namespace {

// One adapter for the four importers that keep an interface of their own (and their own tests): it maps them
// onto Importer. What differs between them is said here, once: SILL takes skipInvalid, Syntec records its
// corrections on a day, the orders import has warnings.
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
    QStringList warnings() const override
    {
        // A revision that cannot be applied (its index month is missing): the base price is used, said per line.
        if constexpr (std::is_same_v<Import, OrdersImport>)
            return m_import.warnings();
        else
            return {};
    }
    QStringList changes() const override { return m_import.changes(); }
    QString doneMessage(const QString &path) const override { return m_done(m_import, path); }

private:
    Import m_import;
    Kind m_kind;
    Done m_done;
};

// Every kind, described once: the command line's word, its title and file filter (translated where shown),
// whether it takes skipInvalid, whether it updates what is there (the dry run then says "would leave"),
// and how to make its importer. The command line, the import dialog and its file filters read this table.
struct KindInfo
{
    Importer::Kind kind;
    const char *name;
    const char *title;
    const char *filter;
    bool skipInvalid;
    bool updates;
    std::unique_ptr<Importer> (*create)();
};

const char *const jsonFilter = QT_TRANSLATE_NOOP("Importer", "JSON files (*.json);;All files (*)");
const char *const csvFilter = QT_TRANSLATE_NOOP("Importer", "CSV files (*.csv *.txt);;All files (*)");

const KindInfo kindTable[] = {
    {Importer::Kind::Contract, "contract", QT_TRANSLATE_NOOP("Importer", "Contract definition (JSON)"), jsonFilter,
     false, false,
     [] {
         return std::unique_ptr<Importer>(new Adapter<ContractImport>(
             Importer::Kind::Contract, [](const ContractImport &, const QString &path) {
                 return Importer::tr("Contract imported from %1").arg(path);
             }));
     }},
    {Importer::Kind::Orders, "orders", QT_TRANSLATE_NOOP("Importer", "Orders (CSV)"), csvFilter, false, false,
     [] {
         return std::unique_ptr<Importer>(new Adapter<OrdersImport>(
             Importer::Kind::Orders, [](const OrdersImport &import, const QString &path) {
                 return Importer::tr("%n order(s) imported from %1", nullptr, import.orderCount()).arg(path);
             }));
     }},
    {Importer::Kind::Sill, "sill", QT_TRANSLATE_NOOP("Importer", "SILL catalogue (JSON or CSV)"),
     QT_TRANSLATE_NOOP("Importer", "SILL files (*.json *.csv);;All files (*)"), true, true,
     [] {
         return std::unique_ptr<Importer>(new Adapter<SillImport>(
             Importer::Kind::Sill, [](const SillImport &import, const QString &path) {
                 QString message = Importer::tr("Components imported from %1:").arg(path);
                 for (const QString &change : import.changes())
                     message += QStringLiteral("\n  ") + change;
                 return message;
             }));
     }},
    {Importer::Kind::Syntec, "syntec", QT_TRANSLATE_NOOP("Importer", "Syntec index (CSV)"), csvFilter, false, false,
     [] {
         return std::unique_ptr<Importer>(new Adapter<SyntecImport>(
             Importer::Kind::Syntec, [](const SyntecImport &import, const QString &path) {
                 return Importer::tr("Syntec index imported from %1: %2")
                     .arg(path, import.changes().mid(0, 2).join(QStringLiteral(", ")));
             }));
     }},
    {Importer::Kind::Decp, "decp", QT_TRANSLATE_NOOP("Importer", "DECP essential data (JSON)"), jsonFilter, false, false,
     [] { return std::unique_ptr<Importer>(std::make_unique<DecpImport>()); }},
    {Importer::Kind::Tickets, "tickets", QT_TRANSLATE_NOOP("Importer", "Support tickets (CSV)"), csvFilter, false, true,
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

} // namespace Plafond
