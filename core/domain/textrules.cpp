// SPDX-License-Identifier: GPL-3.0-or-later
#include "textrules.h"

#include <QLocale>

namespace Plafond {

bool TextRules::isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

QString TextRules::problem(const QString &text, int maxLength)
{
    if (text.size() > maxLength)
        return tr("the text is longer than %1 characters").arg(QLocale().toString(maxLength));
    for (const QChar c : text) {
        if (c.unicode() == 0)
            return tr("the text holds a NUL character");
        if (isBidiControl(c.unicode()))
            return tr("the text holds the bidirectional control character U+%1")
                .arg(QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper());
    }
    return {};
}

QString TextRules::excerpt(const QString &text, int length)
{
    // What would hide or reorder the message itself is shown as U+FFFD.
    QString shown = text.size() <= length ? text : text.left(length) + QChar(0x2026);
    for (QChar &c : shown) {
        if (c.unicode() == 0 || isBidiControl(c.unicode()))
            c = QChar(QChar::ReplacementCharacter);
    }
    return shown;
}

} // namespace Plafond
