// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsontree.h"

#include <QByteArray>

namespace Plafond {

// Writes a JsonNode tree back as UTF-8 JSON. Numbers are written as their text, so that an amount read as
// "952543.75" is written back exactly (QJsonDocument would go through a double); members keep their order,
// so that the same tree always gives the same bytes.
class JsonWriter
{
public:
    static QByteArray write(const JsonNode &node, bool indented);

    // Builders for the trees an export writes.
    static JsonNode string(const QString &text);
    static JsonNode number(const QString &text);
    static JsonNode integer(qint64 value);
    static JsonNode boolean(bool value);
    static JsonNode object();
    static JsonNode array(const QList<JsonNode> &items = {});
    static JsonNode stringArray(const QStringList &texts);
    // Sets a member: replaces the value of an existing key (keeping its place), appends a new one.
    static void set(JsonNode &object, const QString &key, const JsonNode &value);
    static void remove(JsonNode &object, const QString &key);
};

} // namespace Plafond
