// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/jsontree.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>
#include <optional>

namespace Plafond {

// What the JSON importers' field readers (the contract definition's, DECP's) share: the object they read,
// where problems go (with the line of the value) and the words before each key in a message ("lot: ",
// "modifications: "). Their own readers add the rules of their format on top.
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(JsonFields)
public:
    using Report = std::function<void(int line, const QString &message)>;

    JsonFields(const JsonNode &object, Report report, const QString &where)
        : m_object(object), m_report(std::move(report)), m_where(where)
    {
    }

protected:
    // `node`, the value of `key`, when it is of `type`; otherwise nullptr, told: "KEY: T is expected, not U".
    const JsonNode *typed(const QString &key, const JsonNode *node, JsonNode::Type type) const
    {
        if (node->type == type)
            return node;
        m_report(node->line, tr("%1%2: %3 is expected, not %4")
                                 .arg(m_where, key, JsonTree::typeName(type), JsonTree::typeName(node->type)));
        return nullptr;
    }
    // The date `node` (the value of `key`) holds, read by `parse`; nullopt, told, when it holds none.
    std::optional<QDate> date(const QString &key, const JsonNode &node,
                              std::optional<QDate> (*parse)(const QString &text)) const
    {
        const std::optional<QDate> value = parse(node.text);
        if (!value)
            m_report(node.line, tr("%1%2: \"%3\" is not a date (YYYY-MM-DD)").arg(m_where, key, node.text));
        return value;
    }
    // "KEY: what", at `line`.
    void tell(int line, const QString &key, const QString &what) const
    {
        m_report(line, tr("%1%2: %3").arg(m_where, key, what));
    }

    const JsonNode &m_object;
    Report m_report;
    QString m_where;
};

} // namespace Plafond
