// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"
#include "domain/result.h"
#include "importer.h"
#include "importbase.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Plafond {

struct Stores;
struct JsonNode;

// Reads DECP files (données essentielles de la commande publique): the 2019 format ({"marches": [...]}, with
// `_type`, `nature`…), the flat 2024 format published by buyers ({"marches": [...]} with `technique`…) and the
// 2024 format of schema_decp_v2.0.3.json ({"marches": {"marche": [...]}}, which `export decp` writes).
// Each record creates or updates a contract, keyed on the buyer's SIRET and the DECP identifier (unique per
// buyer only); its modifications become amendments. The known traps of real files are tolerated with one
// warning per record; anything else wrong refuses the whole file. See README.md, "DECP".
class DecpImport final : public Importer, private ImportBase
{
    Q_DECLARE_TR_FUNCTIONS(DecpImport)
public:
    Kind kind() const override { return Kind::Decp; }
    bool prepare(Stores &stores, const QByteArray &bytes, const QString &fileName,
                 const Options &options = Options()) override;
    bool apply(Stores &stores, const Options &options, QString *error) override;
    bool apply(Stores &stores, QString *error = nullptr) { return apply(stores, Options(), error); }

    QStringList errors() const override { return m_errors; }
    QStringList warnings() const override { return m_warnings; }
    QStringList changes() const override;
    QString doneMessage(const QString &path) const override;

    int createdCount() const;
    int updatedCount() const;
    int unchangedCount() const;

    // The reference Plafond gives a contract read from DECP: the buyer's SIRET, a dash, the DECP identifier.
    static QString reference(const QString &buyerSiret, const QString &decpId);
    // The identifier `export decp` writes: the DECP identifier when it fits the schema's 16 characters,
    // otherwise its first 7 characters, "~" and 8 hexadecimal digits of its SHA-1; the import maps such an
    // identifier back to the contract it came from.
    static QString exportId(const QString &decpId);

private:
    struct Modification
    {
        int line = 0;
        QString decpId; // the modification's "id", or its position in the record (2019 format)
        QDate signedOn;
        Money deltaMaxHt;
        int deltaMonths = 0;
        QString reason;
    };
    struct Record
    {
        int line = 0;
        QString decpId;
        QString buyerSiret;
        QString buyerName;
        QString title;
        QDate notifiedOn;
        int durationMonths = 0;
        Money maxHt;
        QList<Holder> holders;
        QList<Modification> modifications;
        QString extra; // JSON
    };
    enum class Action { Create, Update, Unchanged };
    struct Pending
    {
        Record record;
        Action action = Action::Create;
        Contract contract;
        Lot lot;
        bool lotChanged = true;
        bool fieldsChanged = true;
        // The amendments to write (new or changed), with their DECP modification identifier.
        QList<QPair<Amendment, QString>> amendments;
        QStringList what; // for an update: what changed
    };

    void readRecord(const JsonNode &node, QList<Record> &records);
    Status plan(Stores &stores, const QList<Record> &records);

    QList<Pending> m_pending;
};

} // namespace Plafond
