// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontree.h"

#include <QStringDecoder>

namespace Plafond {

const JsonNode *JsonNode::member(const QString &key) const
{
    for (const auto &pair : members) {
        if (pair.first == key)
            return &pair.second;
    }
    return nullptr;
}

namespace {

// Recursive descent over the decoded text; depth is capped so that a hostile file cannot exhaust the stack.
class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) { }

    std::optional<JsonNode> document()
    {
        skipSpace();
        auto value = parseValue(0);
        if (!value)
            return std::nullopt;
        skipSpace();
        if (m_pos < m_text.size())
            return fail(JsonTree::tr("unexpected text after the JSON value"));
        return value;
    }

    int line = 1;
    QString error;

private:
    std::optional<JsonNode> fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return std::nullopt;
    }
    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char('\n'))
                ++line;
            else if (c != QLatin1Char(' ') && c != QLatin1Char('\t') && c != QLatin1Char('\r'))
                return;
            ++m_pos;
        }
    }
    // Past the opening bracket of an array or an object: whether `close` follows at once (and is passed).
    bool openedEmpty(QChar close)
    {
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == close) {
            ++m_pos;
            return true;
        }
        return false;
    }
    // After an item of an array or a member of an object (`container`): a comma, its closing bracket, or a
    // failure (reported).
    enum class After { More, Closed, Failed };
    After afterEntry(JsonNode::Type container)
    {
        const bool object = container == JsonNode::Type::Object;
        skipSpace();
        if (m_pos >= m_text.size()) {
            fail(object ? JsonTree::tr("the text ends inside an object")
                        : JsonTree::tr("the text ends inside an array"));
            return After::Failed;
        }
        const QChar next = m_text.at(m_pos++);
        if (next == (object ? QLatin1Char('}') : QLatin1Char(']')))
            return After::Closed;
        if (next != QLatin1Char(',')) {
            fail(object ? JsonTree::tr("',' or '}' is expected") : JsonTree::tr("',' or ']' is expected"));
            return After::Failed;
        }
        return After::More;
    }
    bool literal(const char *word)
    {
        const QLatin1String w(word);
        if (m_text.mid(m_pos, w.size()) != w)
            return false;
        m_pos += w.size();
        return true;
    }
    std::optional<QString> parseString()
    {
        ++m_pos; // the opening quote
        QString out;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (c == QLatin1Char('"'))
                return out;
            if (c == QLatin1Char('\n') || c.unicode() < 0x20) {
                fail(JsonTree::tr("a control character or line break inside a string"));
                return std::nullopt;
            }
            if (c != QLatin1Char('\\')) {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            const QChar e = m_text.at(m_pos++);
            switch (e.unicode()) {
            case '"': out += QLatin1Char('"'); break;
            case '\\': out += QLatin1Char('\\'); break;
            case '/': out += QLatin1Char('/'); break;
            case 'b': out += QChar(0x08); break;
            case 'f': out += QChar(0x0C); break;
            case 'n': out += QLatin1Char('\n'); break;
            case 'r': out += QLatin1Char('\r'); break;
            case 't': out += QLatin1Char('\t'); break;
            case 'u': {
                bool ok = false;
                const uint code = m_text.mid(m_pos, 4).toUInt(&ok, 16);
                if (!ok || m_pos + 4 > m_text.size()) {
                    fail(JsonTree::tr("a \\u escape without four hexadecimal digits"));
                    return std::nullopt;
                }
                m_pos += 4;
                out += QChar(static_cast<char16_t>(code));
                break;
            }
            default:
                fail(JsonTree::tr("an unknown escape \\%1 in a string").arg(e));
                return std::nullopt;
            }
        }
        fail(JsonTree::tr("the text ends inside a string"));
        return std::nullopt;
    }
    std::optional<JsonNode> parseValue(int depth)
    {
        if (depth > 64)
            return fail(JsonTree::tr("values nested too deeply"));
        skipSpace();
        JsonNode node;
        node.line = line;
        if (m_pos >= m_text.size())
            return fail(JsonTree::tr("the text ends where a value is expected"));
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('{')) {
            node.type = JsonNode::Type::Object;
            if (openedEmpty(QLatin1Char('}')))
                return node;
            for (;;) {
                skipSpace();
                if (m_pos >= m_text.size())
                    return fail(JsonTree::tr("the text ends inside an object"));
                if (m_text.at(m_pos) != QLatin1Char('"'))
                    return fail(JsonTree::tr("a key in quotes is expected"));
                const int keyLine = line;
                const auto key = parseString();
                if (!key)
                    return std::nullopt;
                skipSpace();
                if (m_pos >= m_text.size())
                    return fail(JsonTree::tr("the text ends inside an object"));
                if (m_text.at(m_pos) != QLatin1Char(':'))
                    return fail(JsonTree::tr("':' is expected after the key \"%1\"").arg(*key));
                ++m_pos;
                if (node.member(*key))
                    return fail(JsonTree::tr("the key \"%1\" appears twice").arg(*key));
                auto value = parseValue(depth + 1);
                if (!value)
                    return std::nullopt;
                node.members << qMakePair(*key, *value);
                node.memberLines << keyLine;
                if (const After after = afterEntry(JsonNode::Type::Object); after != After::More)
                    return after == After::Closed ? std::optional(std::move(node)) : std::nullopt;
            }
        }
        if (c == QLatin1Char('[')) {
            node.type = JsonNode::Type::Array;
            if (openedEmpty(QLatin1Char(']')))
                return node;
            for (;;) {
                auto value = parseValue(depth + 1);
                if (!value)
                    return std::nullopt;
                node.items << *value;
                if (const After after = afterEntry(JsonNode::Type::Array); after != After::More)
                    return after == After::Closed ? std::optional(std::move(node)) : std::nullopt;
            }
        }
        if (c == QLatin1Char('"')) {
            node.type = JsonNode::Type::String;
            const auto text = parseString();
            if (!text)
                return std::nullopt;
            node.text = *text;
            return node;
        }
        if (literal("null"))
            return node;
        if (literal("true")) {
            node.type = JsonNode::Type::Bool;
            node.boolean = true;
            return node;
        }
        if (literal("false")) {
            node.type = JsonNode::Type::Bool;
            return node;
        }
        if (c == QLatin1Char('-') || c.isDigit()) {
            const qsizetype start = m_pos;
            ++m_pos;
            while (m_pos < m_text.size()) {
                const QChar d = m_text.at(m_pos);
                if (!(d.isDigit() || d == QLatin1Char('.') || d == QLatin1Char('e') || d == QLatin1Char('E')
                      || d == QLatin1Char('+') || d == QLatin1Char('-')))
                    break;
                ++m_pos;
            }
            node.type = JsonNode::Type::Number;
            node.text = m_text.mid(start, m_pos - start);
            return node;
        }
        return fail(JsonTree::tr("a value is expected"));
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<JsonNode> JsonTree::parse(const QByteArray &input, int *errorLine, QString *error)
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        if (errorLine)
            *errorLine = 1;
        if (error)
            *error = tr("the text is not UTF-8");
        return std::nullopt;
    }
    Parser parser(text);
    auto node = parser.document();
    if (!node) {
        if (errorLine)
            *errorLine = parser.line;
        if (error)
            *error = parser.error;
    }
    return node;
}

QString JsonTree::typeName(JsonNode::Type type)
{
    switch (type) {
    case JsonNode::Type::Null: return tr("null");
    case JsonNode::Type::Bool: return tr("a boolean");
    case JsonNode::Type::Number: return tr("a number");
    case JsonNode::Type::String: return tr("a string");
    case JsonNode::Type::Array: return tr("an array");
    case JsonNode::Type::Object: return tr("an object");
    }
    return {};
}

} // namespace Plafond
