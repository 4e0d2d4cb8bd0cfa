// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "io/contractimport.h"
#include "io/decpimport.h"
#include "io/ordersimport.h"
#include "io/sillimport.h"
#include "io/syntecimport.h"
#include "io/ticketsimport.h"

namespace Plafond {

namespace {

// Adapters: each importer keeps its own interface (and its tests); these only map it onto Importer.

class ContractImporter final : public Importer
{
public:
    Kind kind() const override { return Kind::Contract; }
    bool prepare(Repository &repository, const QByteArray &bytes, const QString &fileName,
                 const Options &options) override
    {
        m_import.setProgress(options.progress);
        return m_import.prepare(repository, bytes, fileName);
    }
    bool apply(Repository &repository, const Options &options, QString *error) override
    {
        m_import.setProgress(options.progress);
        return m_import.apply(repository, error);
    }
    QStringList errors() const override { return m_import.errors(); }
    QStringList changes() const override { return m_import.changes(); }
    QString doneMessage(const QString &path) const override { return Importer::tr("Contract imported from %1").arg(path); }

private:
    ContractImport m_import;
};

class OrdersImporter final : public Importer
{
public:
    Kind kind() const override { return Kind::Orders; }
    bool prepare(Repository &repository, const QByteArray &bytes, const QString &fileName,
                 const Options &options) override
    {
        m_import.setProgress(options.progress);
        return m_import.prepare(repository, bytes, fileName);
    }
    bool apply(Repository &repository, const Options &options, QString *error) override
    {
        m_import.setProgress(options.progress);
        return m_import.apply(repository, error);
    }
    QStringList errors() const override { return m_import.errors(); }
    // A revision that cannot be applied (its index month is missing): the base price is used, said per line.
    QStringList warnings() const override { return m_import.warnings(); }
    QStringList changes() const override { return m_import.changes(); }
    QString doneMessage(const QString &path) const override
    {
        return Importer::tr("%n order(s) imported from %1", nullptr, m_import.orderCount()).arg(path);
    }

private:
    OrdersImport m_import;
};

class SyntecImporter final : public Importer
{
public:
    Kind kind() const override { return Kind::Syntec; }
    bool prepare(Repository &repository, const QByteArray &bytes, const QString &fileName,
                 const Options &options) override
    {
        m_import.setProgress(options.progress);
        return m_import.prepare(repository, bytes, fileName);
    }
    bool apply(Repository &repository, const Options &options, QString *error) override
    {
        m_import.setProgress(options.progress);
        return m_import.apply(repository, options.today, error);
    }
    QStringList errors() const override { return m_import.errors(); }
    QStringList changes() const override { return m_import.changes(); }
    QString doneMessage(const QString &path) const override
    {
        return Importer::tr("Syntec index imported from %1: %2").arg(path, m_import.changes().mid(0, 2).join(QStringLiteral(", ")));
    }

private:
    SyntecImport m_import;
};

class SillImporter final : public Importer
{
public:
    Kind kind() const override { return Kind::Sill; }
    bool prepare(Repository &repository, const QByteArray &bytes, const QString &fileName,
                 const Options &options) override
    {
        m_import.setProgress(options.progress);
        return m_import.prepare(repository, bytes, fileName, options.skipInvalid);
    }
    bool apply(Repository &repository, const Options &options, QString *error) override
    {
        m_import.setProgress(options.progress);
        return m_import.apply(repository, error);
    }
    QStringList errors() const override { return m_import.errors(); }
    QStringList changes() const override { return m_import.changes(); }
    QString doneMessage(const QString &path) const override
    {
        QString message = Importer::tr("Components imported from %1:").arg(path);
        for (const QString &change : m_import.changes())
            message += QStringLiteral("\n  ") + change;
        return message;
    }

private:
    SillImport m_import;
};

} // namespace

std::unique_ptr<Importer> Importer::create(Kind kind)
{
    switch (kind) {
    case Kind::Contract:
        return std::make_unique<ContractImporter>();
    case Kind::Orders:
        return std::make_unique<OrdersImporter>();
    case Kind::Sill:
        return std::make_unique<SillImporter>();
    case Kind::Syntec:
        return std::make_unique<SyntecImporter>();
    case Kind::Tickets:
        return std::make_unique<TicketsImport>();
    case Kind::Decp:
        return std::make_unique<DecpImport>();
    }
    return nullptr;
}

QList<Importer::Kind> Importer::kinds()
{
    QList<Kind> available;
    for (Kind kind : {Kind::Contract, Kind::Orders, Kind::Sill, Kind::Syntec, Kind::Decp, Kind::Tickets})
        if (create(kind))
            available << kind;
    return available;
}

QString Importer::name(Kind kind)
{
    switch (kind) {
    case Kind::Contract:
        return QStringLiteral("contract");
    case Kind::Orders:
        return QStringLiteral("orders");
    case Kind::Sill:
        return QStringLiteral("sill");
    case Kind::Syntec:
        return QStringLiteral("syntec");
    case Kind::Decp:
        return QStringLiteral("decp");
    case Kind::Tickets:
        return QStringLiteral("tickets");
    }
    return QString();
}

std::optional<Importer::Kind> Importer::kindFromName(const QString &text)
{
    for (Kind kind : kinds())
        if (name(kind) == text)
            return kind;
    return std::nullopt;
}

QString Importer::title(Kind kind)
{
    switch (kind) {
    case Kind::Contract:
        return tr("Contract definition (JSON)");
    case Kind::Orders:
        return tr("Orders (CSV)");
    case Kind::Sill:
        return tr("SILL catalogue (JSON or CSV)");
    case Kind::Syntec:
        return tr("Syntec index (CSV)");
    case Kind::Decp:
        return tr("DECP essential data (JSON)");
    case Kind::Tickets:
        return tr("Support tickets (CSV)");
    }
    return QString();
}

QString Importer::fileFilter(Kind kind)
{
    switch (kind) {
    case Kind::Contract:
    case Kind::Decp:
        return tr("JSON files (*.json);;All files (*)");
    case Kind::Sill:
        return tr("SILL files (*.json *.csv);;All files (*)");
    case Kind::Orders:
    case Kind::Syntec:
    case Kind::Tickets:
        return tr("CSV files (*.csv *.txt);;All files (*)");
    }
    return QString();
}

bool Importer::canSkipInvalid(Kind kind)
{
    return kind == Kind::Sill;
}

} // namespace Plafond
