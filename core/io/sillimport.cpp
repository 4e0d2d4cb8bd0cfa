// SPDX-License-Identifier: GPL-3.0-or-later
#include "sillimport.h"

#include "csvreader.h"
#include "jsontree.h"
#include "storage/stores.h"

#include "domain/result.h"

#include <QHash>
#include <QRegularExpression>

namespace Plafond {

void SillImport::error(int line, const QString &message)
{
    m_errors << QStringLiteral("%1:%2: %3").arg(m_fileName, QString::number(line), message);
}

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
    int errorLine = 0;
    QString message;
    const auto root = JsonTree::parse(bytes, &errorLine, &message);
    if (!root) {
        error(errorLine, message);
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
    const std::optional<QString> decoded = CsvReader::decode(input, m_fileName, &m_errors);
    if (!decoded) {
        m_fatal = true;
        return false;
    }
    const QString &text = *decoded;
    const QString headerLine = text.section(QLatin1Char('\n'), 0, 0);
    const QChar separator = headerLine.contains(QLatin1Char(';')) && !headerLine.contains(QLatin1Char(','))
        ? QLatin1Char(';') : QLatin1Char(',');
    QStringList splitErrors;
    const QList<CsvReader::Record> records = CsvReader::split(text, separator, m_fileName, &splitErrors);
    if (!splitErrors.isEmpty() || records.isEmpty()) {
        m_errors << splitErrors;
        if (records.isEmpty() && splitErrors.isEmpty())
            error(1, tr("the file is empty"));
        m_fatal = true;
        return false;
    }
    QStringList header = records.first().fields;
    for (QString &name : header)
        name = name.trimmed();
    const int idColumn = header.indexOf(QStringLiteral("ID"));
    const int nameColumn = header.indexOf(QStringLiteral("nom"));
    if (idColumn < 0 || nameColumn < 0) {
        error(records.first().line, tr("this is not a SILL catalogue: the header has no \"ID\" and \"nom\" columns"));
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
    if (!m_progress.start(records.size() - 1))
        return false;
    for (qsizetype i = 1; i < records.size(); ++i) {
        if (!m_progress.advance(i - 1))
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
    m_fileName = fileName;
    m_format = Format::Unknown;
    m_fields = 0;
    m_errors.clear();
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
        m_errors = QStringList{ImportProgress::cancelledMessage(m_fileName)};
        m_fatal = true;
        m_entries.clear();
        return false;
    }
    if (!read)
        return false;
    if (!m_errors.isEmpty() && !skipInvalid)
        return false;

    const auto storedRead = stores.components.components();
    if (!storedRead) {
        m_errors << storedRead.message();
        m_fatal = true;
        return false;
    }
    QHash<QString, Component> bySillId;
    for (const Component &c : *storedRead)
        bySillId.insert(c.sillId, c);
    for (Component &entry : m_entries) {
        const auto it = bySillId.constFind(entry.sillId);
        if (it == bySillId.constEnd()) {
            ++m_added;
            m_toWrite << entry;
            continue;
        }
        const Component &old = *it;
        entry.id = old.id;
        entry.rowVersion = old.rowVersion;
        // What the file does not say keeps what was stored.
        if (!(m_fields & Function))
            entry.function = old.function;
        if (!(m_fields & Category))
            entry.category = old.category;
        if (!(m_fields & Licence))
            entry.licence = old.licence;
        if (!(m_fields & VersionMin))
            entry.versionMin = old.versionMin;
        if (!(m_fields & VersionMax))
            entry.versionMax = old.versionMax;
        if (!(m_fields & Status))
            entry.status = old.status;
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
    TransactionGuard guard(stores.database());
    if (!guard.isActive()) {
        if (error)
            *error = guard.errorText();
        return false;
    }
    // Cancelled: the guard rolls back what was written.
    const auto cancelled = [&]() {
        if (error)
            *error = ImportProgress::cancelledMessage(m_fileName);
        return false;
    };
    if (!m_progress.start(m_toWrite.size()))
        return cancelled();
    qint64 done = 0;
    for (Component &c : m_toWrite) {
        if (!m_progress.advance(done++))
            return cancelled();
        if (const auto status = stores.components.saveComponent(c); !status) {
            if (error)
                *error = status.message();
            return false;
        }
    }
    if (!m_progress.finish())
        return cancelled();
    if (!guard.commit()) {
        if (error)
            *error = tr("The import could not be committed.");
        return false;
    }
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
