// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Plafond {

// What a text field may hold, wherever it comes from (a file, a dialog): a bounded length, and none of the
// characters that hide or reorder what a reader sees. A NUL cuts a name short in C libraries and PDF
// viewers; the bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) can turn
// "invoice" + U+202E + "fdp.exe" into "invoiceexe.pdf" on screen and in the PDF.
class TextRules
{
    Q_DECLARE_TR_FUNCTIONS(TextRules)
public:
    // The longest text field of a file or an entity, in characters: well above any real name or title,
    // low enough that no field can make the report take minutes.
    static constexpr int maxFieldLength = 1000;
    // The most fields one CSV record may have (the widest format has 16).
    static constexpr int maxFieldsPerRecord = 100;

    // Why `text` may not be stored, or an empty string: too long, a NUL, a bidirectional control.
    static QString problem(const QString &text, int maxLength = maxFieldLength);
    // For messages that quote a value: at most `length` characters, then "…".
    static QString excerpt(const QString &text, int length = 60);
    static bool isBidiControl(char16_t c);
};

} // namespace Plafond
