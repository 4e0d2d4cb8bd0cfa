// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Plafond {

// A JSON value that remembers the line it starts on. QJsonDocument forgets where a value was, and an import
// must tell the user "FILE:LINE: what is wrong" for a wrong value, not only for a syntax error.
// Numbers are kept as their text: an amount is never read as a double.
struct JsonNode
{
    enum class Type { Null, Bool, Number, String, Array, Object };
    Type type = Type::Null;
    int line = 0;
    bool boolean = false;
    QString text; // the string, or the number as written
    QList<JsonNode> items;
    QList<QPair<QString, JsonNode>> members; // in file order
    QList<int> memberLines;                  // the line of each member's key

    const JsonNode *member(const QString &key) const;
    bool isNull() const { return type == Type::Null; }
};

class JsonTree
{
    Q_DECLARE_TR_FUNCTIONS(JsonTree)
public:
    // Parses UTF-8 JSON (an optional byte order mark is skipped); on failure tells the line and why.
    static std::optional<JsonNode> parse(const QByteArray &bytes, int *errorLine, QString *error);
    // "string", "number"… for messages.
    static QString typeName(JsonNode::Type type);
};

} // namespace Plafond
