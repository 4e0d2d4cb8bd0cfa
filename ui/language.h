// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Plafond::Language {

// Installs the translators for "fr" or "en" (Plafond's catalogue and Qt's own), sets the default QLocale
// so that amounts and dates follow, and lets every widget retranslate through QEvent::LanguageChange.
bool apply(const QString &code);
// The language in force: "fr" or "en".
QString current();
// "fr" when the system locale is French, "en" otherwise.
QString systemDefault();

} // namespace Plafond::Language
