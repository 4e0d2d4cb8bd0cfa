// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace Plafond {

// A language held as a value: its own catalogue of translations and its QLocale, used without installing
// anything in the application. The PDF report takes one (ReportOptions::language names it), so that a report
// in French can be built while the interface is in English, on any thread, with nothing global swapped.
//
// Strings are looked up with translate(context, source, disambiguation, n), which lupdate reads like
// QCoreApplication::translate: the messages keep their context in translations/plafond_*.ts.
// application() is the other kind: it translates through the translators installed in the application
// (QCoreApplication::translate) and formats with the default QLocale, for the interface.
class Catalogue
{
public:
    // "fr" or "en" (anything else is English): loads ":/i18n/plafond_<code>.qm" when the resource is linked
    // in; without it the texts are the source (English) ones, the locale still follows the language.
    explicit Catalogue(const QString &code);
    ~Catalogue();
    Catalogue(const Catalogue &) = delete;
    Catalogue &operator=(const Catalogue &) = delete;

    static const Catalogue &application();
    // A shared catalogue for `code`, loaded once per process; safe to use from any thread.
    static std::shared_ptr<const Catalogue> forLanguage(const QString &code);

    QString code() const { return m_code; }
    // The application's catalogue answers the default QLocale of the moment.
    QLocale locale() const;
    // Whether its translations were found (always true for English, whose source texts are the translation).
    bool isLoaded() const { return m_loaded; }

    // The translation of `source` in `context`, the source itself when there is none; "%n" and "%Ln" are
    // replaced by `n` (plain, and in the catalogue's locale), as QCoreApplication::translate does.
    QString translate(
        const char *context, const char *source, const char *disambiguation = nullptr, int n = -1) const;

private:
    struct ApplicationTag
    {
    };
    explicit Catalogue(ApplicationTag);

    QString m_code;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator; // null: the application's translators
    bool m_loaded = false;
};

} // namespace Plafond
