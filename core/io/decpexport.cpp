// SPDX-License-Identifier: GPL-3.0-or-later
#include "decpexport.h"

#include "decpimport.h"
#include "jsontree.h"
#include "jsonwriter.h"
#include "storage/stores.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Plafond {

namespace {

using Type = JsonNode::Type;

// The published fields kept by the import, read back with the checks of the schema.
class Extra
{
public:
    explicit Extra(const QString &json)
    {
        int line = 0;
        QString error;
        if (const auto root = JsonTree::parse(json.toUtf8(), &line, &error); root && root->type == Type::Object)
            m_root = *root;
    }
    const JsonNode *get(const QString &key, Type type) const
    {
        const JsonNode *node = m_root.member(key);
        return node && node->type == type ? node : nullptr;
    }
    QString oneOf(const QString &key, const QStringList &allowed) const
    {
        const JsonNode *node = get(key, Type::String);
        return node && allowed.contains(node->text) ? node->text : QString();
    }
    std::optional<bool> boolean(const QString &key) const
    {
        const JsonNode *node = get(key, Type::Bool);
        return node ? std::optional<bool>(node->boolean) : std::nullopt;
    }
    // A list of enumerated values, nested ({"techniques": {"technique": [...]}}, schema 2.0.3) or flat
    // ("technique": [...], the buyers' 2024 files): the allowed values, each once.
    QStringList list(const QString &outer, const QString &inner, const QStringList &allowed) const
    {
        const JsonNode *array = nullptr;
        if (const JsonNode *wrapper = get(outer, Type::Object))
            array = wrapper->member(inner);
        else if (const JsonNode *flat = get(outer, Type::Array))
            array = flat;
        else
            array = get(inner, Type::Array);
        QStringList values;
        if (array && array->type == Type::Array) {
            for (const JsonNode &item : array->items) {
                if (item.type == Type::String && allowed.contains(item.text) && !values.contains(item.text))
                    values << item.text;
            }
        }
        return values;
    }
    const JsonNode &root() const { return m_root; }

private:
    JsonNode m_root;
};

QString dateText(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})"));
    const QRegularExpressionMatch match = shape.match(text);
    return match.hasMatch() && QDate::fromString(match.captured(1), Qt::ISODate).isValid() ? match.captured(1) : QString();
}

JsonNode wrapped(const QString &key, const JsonNode &value)
{
    JsonNode node = JsonWriter::object();
    JsonWriter::set(node, key, value);
    return node;
}

const JsonNode &unwrap(const JsonNode &node, const char *wrapper)
{
    if (node.type == Type::Object && node.members.size() == 1 && node.members.first().first == QLatin1String(wrapper)
        && node.members.first().second.type == Type::Object)
        return node.members.first().second;
    return node;
}

} // namespace

std::optional<QByteArray> DecpExport::contract(Stores &stores, const QString &reference, QStringList *warnings,
                                               QString *error, Failure *failure)
{
    auto fail = [&](Failure kind, const QString &message) -> std::optional<QByteArray> {
        if (error)
            *error = message;
        if (failure)
            *failure = kind;
        return std::nullopt;
    };
    auto warn = [&](const QString &message) {
        if (warnings)
            *warnings << message;
    };
    const auto found = stores.contracts.contractByReference(reference);
    if (!found) {
        if (!found.isNotFound())
            return fail(Failure::Storage, found.message());
        return fail(Failure::UnknownContract, tr("no contract %1 in this database").arg(reference));
    }
    const Contract &c = *found;
    const auto lotsRead = stores.contracts.lots(c.id);
    const auto amendmentsRead = stores.contracts.decpAmendments(c.id);
    const auto fields = stores.contracts.decpFields(c.id);
    if (const Status read = firstFailure({lotsRead.status(), amendmentsRead.status(), fields.status()}); !read)
        return fail(Failure::Storage, read.message());
    const QList<Lot> &lots = *lotsRead;
    const QList<QPair<Amendment, QString>> &amendments = *amendmentsRead;
    const Extra extra(fields->extra);

    // What the schema requires and Plafond cannot make up: refused rather than invented.
    const QDate notified = c.notifiedOn.isValid() ? c.notifiedOn : c.startOn;
    if (!notified.isValid())
        return fail(Failure::NotExportable,
                    tr("contract %1 has no notification date: the DECP format requires dateNotification").arg(reference));
    if (c.durationMonths < 1)
        return fail(Failure::NotExportable, tr("contract %1 has no duration: the DECP format requires dureeMois").arg(reference));
    if (c.maxHt.cents() < 100)
        return fail(Failure::NotExportable,
                    tr("contract %1 has no maximum (%2): the DECP format requires a montant of at least 1")
                        .arg(reference, c.maxHt.toDecimalString()));

    // Holders of all the lots, each once.
    const JsonNode *publishedHolders = extra.get(QStringLiteral("titulaires"), Type::Array);
    static const QStringList idTypes{QStringLiteral("SIRET"), QStringLiteral("TVA"), QStringLiteral("TAHITI"),
                                     QStringLiteral("RIDET"), QStringLiteral("FRWF"), QStringLiteral("IREP"),
                                     QStringLiteral("HORS-UE")};
    JsonNode holders = JsonWriter::array();
    QSet<QString> seen;
    int position = 0;
    for (const Lot &lot : lots) {
        for (const Holder &holder : lot.holders) {
            QString type = QStringLiteral("SIRET");
            QString id = holder.siret;
            // A holder stored without SIRET (not valid, or another kind of identifier): the published one.
            if (id.isEmpty() && publishedHolders && position < publishedHolders->items.size()) {
                const JsonNode &published = unwrap(publishedHolders->items.at(position), "titulaire");
                if (const JsonNode *pid = published.member(QStringLiteral("id")); pid && pid->type == Type::String)
                    id = pid->text.trimmed();
                if (const JsonNode *ptype = published.member(QStringLiteral("typeIdentifiant"));
                    ptype && ptype->type == Type::String && idTypes.contains(ptype->text))
                    type = ptype->text;
            }
            ++position;
            // The schema wants each titulaire once: holders without an identifier become one empty entry.
            if (id.isEmpty())
                warn(tr("contract %1: holder %2 has no identifier: written with an empty id").arg(reference, holder.name));
            const QString key = type + QLatin1Char('\n') + id;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            JsonNode titulaire = JsonWriter::object();
            JsonWriter::set(titulaire, QStringLiteral("typeIdentifiant"), JsonWriter::string(type));
            JsonWriter::set(titulaire, QStringLiteral("id"), JsonWriter::string(id));
            holders.items << wrapped(QStringLiteral("titulaire"), titulaire);
        }
    }
    if (holders.items.isEmpty())
        return fail(Failure::NotExportable,
                    tr("contract %1 has no holder: the DECP format requires at least one titulaire").arg(reference));

    JsonNode m = JsonWriter::object();
    auto set = [&m](const char *key, const JsonNode &value) { JsonWriter::set(m, QLatin1String(key), value); };
    set("id", JsonWriter::string(DecpImport::exportId(fields->decpId.isEmpty() ? c.reference : fields->decpId)));
    static const QRegularExpression siretShape(QStringLiteral("^[0-9]{14}$"));
    QString buyerSiret = fields->buyerSiret;
    if (!siretShape.match(buyerSiret).hasMatch()) {
        buyerSiret = QStringLiteral("00000000000000");
        warn(tr("contract %1: the buyer's SIRET is unknown: %2 written").arg(reference, buyerSiret));
    }
    JsonNode buyer = JsonWriter::object();
    JsonWriter::set(buyer, QStringLiteral("id"), JsonWriter::string(buyerSiret));
    set("acheteur", buyer);

    const QString publishedNature = extra.get(QStringLiteral("nature"), Type::String)
        ? extra.get(QStringLiteral("nature"), Type::String)->text : QString();
    const QString nature = extra.oneOf(QStringLiteral("nature"),
                                       {QStringLiteral("Marché"), QStringLiteral("Marché de partenariat"),
                                        QStringLiteral("Marché de défense ou de sécurité")});
    set("nature", JsonWriter::string(nature.isEmpty() ? QStringLiteral("Marché") : nature));
    QString title = c.title.isEmpty() ? c.reference : c.title;
    if (title.size() > 1000)
        title = title.left(1000);
    set("objet", JsonWriter::string(title));
    static const QRegularExpression cpvShape(QStringLiteral("^[0-9]{8}(-[0-9])?$"));
    const JsonNode *cpv = extra.get(QStringLiteral("codeCPV"), Type::String);
    set("codeCPV", JsonWriter::string(cpv && cpvShape.match(cpv->text).hasMatch() ? cpv->text : QStringLiteral("72000000")));

    QStringList techniques = extra.list(QStringLiteral("techniques"), QStringLiteral("technique"),
                                        {QStringLiteral("Accord-cadre"), QStringLiteral("Concours"),
                                         QStringLiteral("Système de qualification"),
                                         QStringLiteral("Système d'acquisition dynamique"),
                                         QStringLiteral("Catalogue électronique"), QStringLiteral("Enchère électronique"),
                                         QStringLiteral("Sans objet")});
    if (techniques.isEmpty())
        techniques << (publishedNature.isEmpty() || publishedNature == QLatin1String("Accord-cadre")
                           ? QStringLiteral("Accord-cadre") // Plafond supervises framework agreements
                           : QStringLiteral("Sans objet"));
    set("techniques", wrapped(QStringLiteral("technique"), JsonWriter::stringArray(techniques)));
    QStringList modalities = extra.list(QStringLiteral("modalitesExecution"), QStringLiteral("modaliteExecution"),
                                        {QStringLiteral("Tranches"), QStringLiteral("Bons de commande"),
                                         QStringLiteral("Marchés subséquents"), QStringLiteral("Sans objet")});
    if (modalities.isEmpty())
        modalities << (publishedNature.isEmpty() || publishedNature == QLatin1String("Accord-cadre")
                           ? QStringLiteral("Bons de commande")
                           : QStringLiteral("Sans objet"));
    set("modalitesExecution", wrapped(QStringLiteral("modaliteExecution"), JsonWriter::stringArray(modalities)));
    if (const JsonNode *framework = extra.get(QStringLiteral("idAccordCadre"), Type::String);
        framework && !framework->text.isEmpty() && framework->text.size() <= 16)
        set("idAccordCadre", JsonWriter::string(framework->text));
    set("marcheInnovant", JsonWriter::boolean(extra.boolean(QStringLiteral("marcheInnovant")).value_or(false)));
    const QString ccag = extra.oneOf(QStringLiteral("ccag"),
                                     {QStringLiteral("Travaux"), QStringLiteral("Maitrise d'œuvre"),
                                      QStringLiteral("Fournitures courantes et services"),
                                      QStringLiteral("Marchés industriels"), QStringLiteral("Prestations intellectuelles"),
                                      QStringLiteral("Techniques de l'information et de la communication"),
                                      QStringLiteral("Pas de CCAG")});
    set("ccag", JsonWriter::string(ccag.isEmpty() ? QStringLiteral("Techniques de l'information et de la communication") : ccag));
    const JsonNode *offers = extra.get(QStringLiteral("offresRecues"), Type::Number);
    const int offerCount = offers ? offers->text.toInt() : 0;
    set("offresRecues", JsonWriter::integer(offerCount >= 1 ? offerCount : 1));
    set("attributionAvance", JsonWriter::boolean(extra.boolean(QStringLiteral("attributionAvance")).value_or(false)));
    if (const JsonNode *rate = extra.get(QStringLiteral("tauxAvance"), Type::Number)) {
        static const QRegularExpression rateShape(QStringLiteral("^(0(\\.[0-9]+)?|1(\\.0+)?)$"));
        if (rateShape.match(rate->text).hasMatch())
            set("tauxAvance", JsonWriter::number(rate->text));
    }
    const QString grouping = extra.oneOf(QStringLiteral("typeGroupementOperateurs"),
                                         {QStringLiteral("Conjoint"), QStringLiteral("Solidaire"),
                                          QStringLiteral("Pas de groupement")});
    set("typeGroupementOperateurs",
        JsonWriter::string(!grouping.isEmpty()            ? grouping
                               : holders.items.size() > 1 ? QStringLiteral("Conjoint")
                                                          : QStringLiteral("Pas de groupement")));
    set("sousTraitanceDeclaree", JsonWriter::boolean(extra.boolean(QStringLiteral("sousTraitanceDeclaree")).value_or(false)));

    // The 2019 procedures outside the schema's list, mapped onto the procedure they became.
    QString procedure;
    if (const JsonNode *published = extra.get(QStringLiteral("procedure"), Type::String)) {
        procedure = published->text;
        if (procedure.contains(QStringLiteral("sans publicité")))
            procedure = QStringLiteral("Marché passé sans publicité ni mise en concurrence préalable");
        else if (procedure.contains(QStringLiteral("négociation")) || procedure.contains(QStringLiteral("négociée")))
            procedure = QStringLiteral("Procédure avec négociation");
    }
    static const QStringList procedures{QStringLiteral("Procédure adaptée"), QStringLiteral("Appel d'offres ouvert"),
                                        QStringLiteral("Appel d'offres restreint"),
                                        QStringLiteral("Procédure avec négociation"),
                                        QStringLiteral("Marché passé sans publicité ni mise en concurrence préalable"),
                                        QStringLiteral("Dialogue compétitif")};
    set("procedure", JsonWriter::string(procedures.contains(procedure) ? procedure : QStringLiteral("Appel d'offres ouvert")));

    static const QStringList placeTypes{QStringLiteral("Code postal"), QStringLiteral("Code commune"),
                                        QStringLiteral("Code arrondissement"), QStringLiteral("Code canton"),
                                        QStringLiteral("Code département"), QStringLiteral("Code région"),
                                        QStringLiteral("Code pays")};
    JsonNode place = JsonWriter::object();
    const JsonNode *publishedPlace = extra.get(QStringLiteral("lieuExecution"), Type::Object);
    const JsonNode *placeCode = publishedPlace ? publishedPlace->member(QStringLiteral("code")) : nullptr;
    const JsonNode *placeType = publishedPlace ? publishedPlace->member(QStringLiteral("typeCode")) : nullptr;
    if (placeCode && placeCode->type == Type::String && placeType && placeType->type == Type::String
        && placeTypes.contains(placeType->text)) {
        JsonWriter::set(place, QStringLiteral("code"), JsonWriter::string(placeCode->text));
        JsonWriter::set(place, QStringLiteral("typeCode"), JsonWriter::string(placeType->text));
    } else {
        JsonWriter::set(place, QStringLiteral("code"), JsonWriter::string(QStringLiteral("FR")));
        JsonWriter::set(place, QStringLiteral("typeCode"), JsonWriter::string(QStringLiteral("Code pays")));
    }
    set("lieuExecution", place);
    set("dureeMois", JsonWriter::integer(c.durationMonths));
    set("dateNotification", JsonWriter::string(notified.toString(Qt::ISODate)));
    const JsonNode *publishedOn = extra.get(QStringLiteral("datePublicationDonnees"), Type::String);
    const QString publication = publishedOn ? dateText(publishedOn->text) : QString();
    set("datePublicationDonnees", JsonWriter::string(publication.isEmpty() ? notified.toString(Qt::ISODate) : publication));
    set("montant", JsonWriter::number(c.maxHt.toDecimalString()));

    static const QStringList priceTypes{QStringLiteral("Définitif ferme"), QStringLiteral("Définitif actualisable"),
                                        QStringLiteral("Définitif révisable"), QStringLiteral("Provisoire")};
    QStringList types = extra.list(QStringLiteral("typesPrix"), QStringLiteral("typePrix"), priceTypes);
    const QString form = extra.get(QStringLiteral("formePrix"), Type::String)
        ? extra.get(QStringLiteral("formePrix"), Type::String)->text : QString();
    if (types.isEmpty()) {
        // The 2019 "formePrix" (Ferme, Ferme et actualisable, Révisable) is the 2024 "typePrix".
        if (form == QLatin1String("Ferme"))
            types << QStringLiteral("Définitif ferme");
        else if (form == QLatin1String("Ferme et actualisable"))
            types << QStringLiteral("Définitif actualisable");
        else if (form == QStringLiteral("Révisable") || !c.revisionIndex.isEmpty())
            types << QStringLiteral("Définitif révisable");
        else
            types << QStringLiteral("Définitif ferme");
    }
    set("typesPrix", wrapped(QStringLiteral("typePrix"), JsonWriter::stringArray(types)));
    static const QStringList forms{QStringLiteral("Unitaire"), QStringLiteral("Forfaitaire"), QStringLiteral("Mixte")};
    set("formePrix", JsonWriter::string(forms.contains(form) ? form : QStringLiteral("Unitaire")));
    for (const char *share : {"origineUE", "origineFrance"}) {
        static const QRegularExpression shareShape(QStringLiteral("^(0(\\.[0-9]+)?|1(\\.0+)?)$"));
        if (const JsonNode *value = extra.get(QLatin1String(share), Type::Number); value && shareShape.match(value->text).hasMatch())
            set(share, JsonWriter::number(value->text));
    }
    set("titulaires", holders);
    QStringList social = extra.list(QStringLiteral("considerationsSociales"), QStringLiteral("considerationSociale"),
                                    {QStringLiteral("Clause sociale"), QStringLiteral("Critère social"),
                                     QStringLiteral("Marché réservé"), QStringLiteral("Pas de considération sociale")});
    if (social.isEmpty())
        social << QStringLiteral("Pas de considération sociale");
    set("considerationsSociales", wrapped(QStringLiteral("considerationSociale"), JsonWriter::stringArray(social)));
    QStringList environmental = extra.list(QStringLiteral("considerationsEnvironnementales"),
                                           QStringLiteral("considerationEnvironnementale"),
                                           {QStringLiteral("Clause environnementale"),
                                            QStringLiteral("Critère environnemental"),
                                            QStringLiteral("Pas de considération environnementale")});
    if (environmental.isEmpty())
        environmental << QStringLiteral("Pas de considération environnementale");
    set("considerationsEnvironnementales",
        wrapped(QStringLiteral("considerationEnvironnementale"), JsonWriter::stringArray(environmental)));

    // Amendments: the amount and duration after each, as the format publishes them. Their identifiers are
    // the DECP ones when those are 1, 2, 3… (the schema's increasing sequence), the rank otherwise.
    if (!amendments.isEmpty()) {
        bool sequence = true;
        for (int i = 0; i < amendments.size(); ++i)
            sequence = sequence && amendments.at(i).second == QString::number(i + 1);
        QHash<QString, QString> publishedDates; // modification id → datePublicationDonneesModification
        if (const JsonNode *published = extra.get(QStringLiteral("modifications"), Type::Array)) {
            for (int i = 0; i < published->items.size(); ++i) {
                const JsonNode &mod = unwrap(published->items.at(i), "modification");
                const JsonNode *id = mod.member(QStringLiteral("id"));
                const JsonNode *date = mod.member(QStringLiteral("datePublicationDonneesModification"));
                if (date && date->type == Type::String)
                    publishedDates.insert(id && !id->isNull() ? id->text.trimmed() : QString::number(i + 1),
                                          dateText(date->text));
            }
        }
        JsonNode modifications = JsonWriter::array();
        qint64 amount = c.maxHt.cents();
        qint64 months = c.durationMonths;
        for (int i = 0; i < amendments.size(); ++i) {
            const Amendment &a = amendments.at(i).first;
            JsonNode mod = JsonWriter::object();
            JsonWriter::set(mod, QStringLiteral("id"), JsonWriter::integer(sequence ? amendments.at(i).second.toInt() : i + 1));
            JsonWriter::set(mod, QStringLiteral("dateNotificationModification"), JsonWriter::string(a.signedOn.toString(Qt::ISODate)));
            const QString published = publishedDates.value(amendments.at(i).second);
            JsonWriter::set(mod, QStringLiteral("datePublicationDonneesModification"),
                            JsonWriter::string(published.isEmpty() ? a.signedOn.toString(Qt::ISODate) : published));
            amount += a.deltaMaxHt.cents();
            months += a.deltaMonths;
            if (a.deltaMonths != 0 && months >= 1)
                JsonWriter::set(mod, QStringLiteral("dureeMois"), JsonWriter::integer(months));
            if (!a.deltaMaxHt.isZero() && amount >= 100)
                JsonWriter::set(mod, QStringLiteral("montant"), JsonWriter::number(Money::fromCents(amount).toDecimalString()));
            modifications.items << wrapped(QStringLiteral("modification"), mod);
        }
        set("modifications", modifications);
    }

    JsonNode marches = JsonWriter::object();
    JsonWriter::set(marches, QStringLiteral("marche"), JsonWriter::array({m}));
    JsonNode root = JsonWriter::object();
    JsonWriter::set(root, QStringLiteral("marches"), marches);
    return JsonWriter::write(root, true);
}

} // namespace Plafond
