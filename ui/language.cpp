// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Plafond::Language {

namespace {
QString g_current = QStringLiteral("en");
QTranslator *g_plafond = nullptr;
QTranslator *g_qt = nullptr;
} // namespace

bool apply(const QString &code)
{
    const QString language = code == QLatin1String("fr") ? QStringLiteral("fr") : QStringLiteral("en");
    if (g_plafond) {
        QCoreApplication::removeTranslator(g_plafond);
        delete g_plafond;
        g_plafond = nullptr;
    }
    if (g_qt) {
        QCoreApplication::removeTranslator(g_qt);
        delete g_qt;
        g_qt = nullptr;
    }
    // English is the source language, but its catalogue still carries the plural forms ("%n order(s)").
    g_plafond = new QTranslator;
    const bool ok = g_plafond->load(QStringLiteral(":/i18n/plafond_%1.qm").arg(language));
    QCoreApplication::installTranslator(g_plafond);
    if (language == QLatin1String("fr")) {
        g_qt = new QTranslator;
        // Qt's own strings (standard buttons, context menus); present when qt6-translations-l10n is installed.
        if (g_qt->load(QStringLiteral("qtbase_fr"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(g_qt);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    } else {
        // British conventions: "€1,234.56", and day/month/year dates with four-digit years, as in France.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    g_current = language;
    return ok;
}

QString current()
{
    return g_current;
}

QString systemDefault()
{
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

} // namespace Plafond::Language
