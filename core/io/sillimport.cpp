// SPDX-License-Identifier: GPL-3.0-or-later
#include "sillimport.h"

#include "csvreader.h"
#include "importlookups.h"
#include "jsontree.h"
#include "storage/stores.h"

#include <QHash>
#include <QRegularExpression>

namespace Plafond {

bool SillImport::check(int line, const Component &entry, const QString &supportText)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (entry.sillId.isEmpty()) {
        error(line, tr("the entry has no identifier"));
        return false;
    }
    if (!digits.match(entry.sillId).hasMatch()) {
        error(line, tr("identifier %1 is not a whole number").arg(entry.sillId));
        return false;
    }
    if (m_lineOfId.contains(entry.sillId)) {
        error(line, tr("identifier %1 already appears on line %2").arg(entry.sillId, QString::number(m_lineOfId.value(entry.sillId))));
        return false;
    }
    if (entry.name.isEmpty()) {
        error(line, tr("entry %1 has no name").arg(entry.sillId));
        return false;
    }
    if ((m_fields & Status) && entry.status != QLatin1String("R") && entry.status != QLatin1String("O")
        && entry.status != QLatin1String("FR")) {
        error(line, tr("entry %1: status \"%2\" is not R, O or FR").arg(entry.sillId, entry.status));
        return false;
    }
    if ((m_fields & Support) && !supportText.isEmpty() && supportText != QLatin1String("Oui")) {
        error(line, tr("entry %1: support \"%2\" is neither \"Oui\" nor empty").arg(entry.sillId, supportText));
        return false;
    }
    m_lineOfId.insert(entry.sillId, line);
    return true;
}

bool SillImport::readJson(const QByteArray &bytes)
{
    m_format = Format::Json2022;
    m_fields = Function | Category | Licence | VersionMin | VersionMax | Status | Support;
    const auto root = parseJson(bytes);
    if (!root) {
        m_fatal = true;
        return false;
    }
    if (root->type != JsonNode::Type::Array) {
        error(root->line, tr("the SILL catalogue is an array of entries, not %1").arg(JsonTree::typeName(root->type)));
        m_fatal = true;
        return false;
    }
    if (!m_progress.start(root->items.size()))
        return false;
    qint64 done = 0;
    for (const JsonNode &item : root->items) {
        if (!m_progress.advance(done++))
            return false;
        if (item.type != JsonNode::Type::Object) {
            error(item.line, tr("an entry is an object, not %1").arg(JsonTree::typeName(item.type)));
            ++m_skipped;
            continue;
        }
        // Every field read is text; a number is accepted for the identifier only, as written.
        bool wrongType = false;
        auto text = [&](const char *key) -> QString {
            const JsonNode *node = item.member(QLatin1String(key));
            if (!node || node->isNull())
                return {};
            if (node->type == JsonNode::Type::String
                || (node->type == JsonNode::Type::Number && qstrcmp(key, "id") == 0))
                return node->text.trimmed();
            if (!wrongType)
                error(node->line, tr("\"%1\" is %2, not a string").arg(QLatin1String(key), JsonTree::typeName(node->type)));
            wrongType = true;
            return {};
        };
        Component c;
        c.sillId = text("id");
        c.name = text("i");
        c.function = text("f");
        c.category = text("c");
        c.licence = text("l");
        c.versionMin = text("v-");
        c.versionMax = text("v+");
        c.status = text("st");
        const QString support = text("su");
        c.supportContract = support == QLatin1String("Oui");
        if (wrongType || !check(item.line, c, support)) {
            ++m_skipped;
            continue;
        }
        m_entries << c;
    }
    return true;
}

bool SillImport::readCsv(const QByteArray &input)
{
    const std::optional<CsvReader::Table> table = CsvReader::read(input, m_fileName, &m_errors);
    if (!table) {
        m_fatal = true;
        return false;
    }
    const QStringList &header = table->header;
    const int idColumn = header.indexOf(QStringLiteral("ID"));
    const int nameColumn = header.indexOf(QStringLiteral("nom"));
    if (idColumn < 0 || nameColumn < 0) {
        error(table->headerLine, tr("this is not a SILL catalogue: the header has no \"ID\" and \"nom\" columns"));
        m_fatal = true;
        return false;
    }
    const int functionColumn = header.indexOf(QStringLiteral("fonction"));
    const int categoryColumn = header.indexOf(QStringLiteral("composant"));
    const int licenceColumn = header.indexOf(QStringLiteral("licence"));
    const int statusColumn = header.indexOf(QStringLiteral("statut"));
    const int supportColumn = header.indexOf(QStringLiteral("support"));
    // 2020 has one "version" column, the minimum; 2022 has version_min and version_max.
    int minColumn = header.indexOf(QStringLiteral("version_min"));
    const int maxColumn = header.indexOf(QStringLiteral("version_max"));
    const int versionColumn = header.indexOf(QStringLiteral("version"));
    m_format = versionColumn >= 0 || categoryColumn >= 0 ? Format::Csv2020 : Format::Csv2022;
    if (minColumn < 0)
        minColumn = versionColumn;
    const struct
    {
        int column;
        Field field;
    } optional[] = {{functionColumn, Function}, {categoryColumn, Category}, {licenceColumn, Licence},
                    {minColumn, VersionMin},    {maxColumn, VersionMax},    {statusColumn, Status},
                    {supportColumn, Support}};
    for (const auto &o : optional) {
        if (o.column >= 0)
            m_fields |= o.field;
    }
    const QList<CsvReader::Record> &records = table->records;
    if (!m_progress.start(records.size()))
        return false;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!m_progress.advance(i))
            return false;
        const CsvReader::Record &record = records.at(i);
        if (record.fields.size() != header.size()) {
            error(record.line, tr("%1 fields where the header has %2").arg(QString::number(record.fields.size()),
                                                                            QString::number(header.size())));
            ++m_skipped;
            continue;
        }
        auto field = [&](int column) { return column >= 0 ? record.fields.at(column).trimmed() : QString(); };
        Component c;
        c.sillId = field(idColumn);
        c.name = field(nameColumn);
        c.function = field(functionColumn);
        c.category = field(categoryColumn);
        c.licence = field(licenceColumn);
        c.versionMin = field(minColumn);
        c.versionMax = field(maxColumn);
        c.status = field(statusColumn);
        const QString support = field(supportColumn);
        c.supportContract = support == QLatin1String("Oui");
        if (!check(record.line, c, support)) {
            ++m_skipped;
            continue;
        }
        m_entries << c;
    }
    return true;
}

bool SillImport::prepare(Stores &stores, const QByteArray &bytes, const QString &fileName, bool skipInvalid)
{
    begin(fileName);
    m_format = Format::Unknown;
    m_fields = 0;
    m_fatal = false;
    m_entries.clear();
    m_lineOfId.clear();
    m_toWrite.clear();
    m_skipped = m_added = m_changed = m_unchanged = 0;

    qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (start < bytes.size() && QChar::isSpace(static_cast<uchar>(bytes.at(start))))
        ++start;
    const bool json = start < bytes.size() && (bytes.at(start) == '[' || bytes.at(start) == '{');
    const bool read = json ? readJson(bytes) : readCsv(bytes);
    if (m_progress.isCancelled() || (read && !m_progress.finish())) {
        m_fatal = true;
        m_entries.clear();
        return cancelled();
    }
    if (!read)
        return false;
    if (!m_errors.isEmpty() && !skipInvalid)
        return false;

    // Matched on the SILL identifier: the catalogue is read once, whatever the number of entries.
    ImportLookups lookups(stores, ImportLookups::Report());
    for (Component &entry : m_entries) {
        const Component *stored = lookups.findComponent(entry.sillId);
        if (!lookups.storageError().isEmpty()) {
            m_errors << lookups.storageError();
            m_fatal = true;
            m_toWrite.clear();
            return false;
        }
        if (!stored) {
            ++m_added;
            m_toWrite << entry;
            continue;
        }
        const Component &old = *stored;
        entry.id = old.id;
        entry.rowVersion = old.rowVersion;
        // What the file does not say keeps what was stored.
        const struct
        {
            Field field;
            QString Component::*text;
        } texts[] = {{Function, &Component::function},     {Category, &Component::category},
                     {Licence, &Component::licence},       {VersionMin, &Component::versionMin},
                     {VersionMax, &Component::versionMax}, {Status, &Component::status}};
        for (const auto &kept : texts) {
            if (!(m_fields & kept.field))
                entry.*kept.text = old.*kept.text;
        }
        if (!(m_fields & Support))
            entry.supportContract = old.supportContract;
        if (entry.sameContent(old)) {
            ++m_unchanged;
        } else {
            ++m_changed;
            m_toWrite << entry;
        }
    }
    return true;
}

bool SillImport::apply(Stores &stores, QString *error)
{
    const bool ok = writeAll(
        stores, m_toWrite.size(),
        [this, &stores](qint64 index) {
            return stores.components.saveComponent(m_toWrite[index]).message();
        },
        error);
    if (!ok)
        return false;
    // Identifiers of what was added, for a caller that links the components to lots next.
    QHash<QString, Id> written;
    for (const Component &c : std::as_const(m_toWrite))
        written.insert(c.sillId, c.id);
    for (Component &c : m_entries) {
        if (written.contains(c.sillId))
            c.id = written.value(c.sillId);
    }
    m_toWrite.clear();
    return true;
}

QStringList SillImport::changes() const
{
    QStringList lines;
    lines << tr("%n component(s) added", nullptr, m_added) << tr("%n component(s) changed", nullptr, m_changed)
          << tr("%n component(s) unchanged", nullptr, m_unchanged);
    if (m_skipped > 0)
        lines << tr("%n malformed entry(ies) skipped", nullptr, m_skipped);
    return lines;
}

} // namespace Plafond
