// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

namespace Plafond {

namespace {

void writeString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"': out += "\\\""; break;
        case u'\\': out += "\\\\"; break;
        case u'\n': out += "\\n"; break;
        case u'\r': out += "\\r"; break;
        case u'\t': out += "\\t"; break;
        case u'\b': out += "\\b"; break;
        case u'\f': out += "\\f"; break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += QByteArray::number(u, 16).rightJustified(2, '0');
            } else {
                out += QString(c).toUtf8(); // a lone surrogate half becomes U+FFFD, still valid UTF-8
            }
        }
    }
    out += '"';
}

// Surrogate pairs must be encoded together: QString(c) of half a pair would lose the character.
void writeText(QByteArray &out, const QString &text)
{
    bool simple = true;
    for (const QChar c : text)
        simple = simple && !c.isSurrogate();
    if (simple) {
        writeString(out, text);
        return;
    }
    out += '"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += text.mid(i, 2).toUtf8();
            ++i;
            continue;
        }
        QByteArray one;
        writeString(one, QString(c));
        out += one.mid(1, one.size() - 2);
    }
    out += '"';
}

// The items of an array or the members of an object between their brackets, each after `newline` and the
// closing bracket after `closing` (both empty when compact); nothing between the brackets when empty.
template <typename WriteEntry>
void writeEntries(QByteArray &out, char open, char close, qsizetype count, const QByteArray &newline,
                  const QByteArray &closing, WriteEntry writeEntry)
{
    out += open;
    if (count == 0) {
        out += close;
        return;
    }
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            out += ',';
        out += newline;
        writeEntry(i);
    }
    out += closing + close;
}

void writeNode(QByteArray &out, const JsonNode &node, bool indented, int depth)
{
    const QByteArray newline = indented ? QByteArray("\n") + QByteArray(2 * (depth + 1), ' ') : QByteArray();
    const QByteArray closing = indented ? QByteArray("\n") + QByteArray(2 * depth, ' ') : QByteArray();
    switch (node.type) {
    case JsonNode::Type::Null:
        out += "null";
        return;
    case JsonNode::Type::Bool:
        out += node.boolean ? "true" : "false";
        return;
    case JsonNode::Type::Number:
        out += node.text.toUtf8();
        return;
    case JsonNode::Type::String:
        writeText(out, node.text);
        return;
    case JsonNode::Type::Array:
        writeEntries(out, '[', ']', node.items.size(), newline, closing,
                     [&](qsizetype i) { writeNode(out, node.items.at(i), indented, depth + 1); });
        return;
    case JsonNode::Type::Object:
        writeEntries(out, '{', '}', node.members.size(), newline, closing, [&](qsizetype i) {
            writeText(out, node.members.at(i).first);
            out += indented ? ": " : ":";
            writeNode(out, node.members.at(i).second, indented, depth + 1);
        });
        return;
    }
}

} // namespace

QByteArray JsonWriter::write(const JsonNode &node, bool indented)
{
    QByteArray out;
    writeNode(out, node, indented, 0);
    if (indented)
        out += '\n';
    return out;
}

JsonNode JsonWriter::string(const QString &text)
{
    JsonNode node;
    node.type = JsonNode::Type::String;
    node.text = text;
    return node;
}

JsonNode JsonWriter::number(const QString &text)
{
    JsonNode node;
    node.type = JsonNode::Type::Number;
    node.text = text;
    return node;
}

JsonNode JsonWriter::integer(qint64 value)
{
    return number(QString::number(value));
}

JsonNode JsonWriter::boolean(bool value)
{
    JsonNode node;
    node.type = JsonNode::Type::Bool;
    node.boolean = value;
    return node;
}

JsonNode JsonWriter::object()
{
    JsonNode node;
    node.type = JsonNode::Type::Object;
    return node;
}

JsonNode JsonWriter::array(const QList<JsonNode> &items)
{
    JsonNode node;
    node.type = JsonNode::Type::Array;
    node.items = items;
    return node;
}

JsonNode JsonWriter::stringArray(const QStringList &texts)
{
    JsonNode node = array();
    for (const QString &text : texts)
        node.items << string(text);
    return node;
}

void JsonWriter::set(JsonNode &object, const QString &key, const JsonNode &value)
{
    for (auto &member : object.members) {
        if (member.first == key) {
            member.second = value;
            return;
        }
    }
    object.members << qMakePair(key, value);
    object.memberLines << value.line;
}

void JsonWriter::remove(JsonNode &object, const QString &key)
{
    for (qsizetype i = 0; i < object.members.size(); ++i) {
        if (object.members.at(i).first == key) {
            object.members.removeAt(i);
            if (i < object.memberLines.size())
                object.memberLines.removeAt(i);
            return;
        }
    }
}

} // namespace Plafond
