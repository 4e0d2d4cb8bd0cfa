// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue.h"

#include <QCoreApplication>
#include <QMutex>
#include <QTranslator>

#include <map>

namespace Plafond {

namespace {

// "%n" becomes the plain number, "%Ln" the number in `locale`; other '%' sequences are left for arg().
QString replacePercentN(const QString &text, int n, const QLocale &locale)
{
    if (n < 0 || !text.contains(QLatin1Char('%')))
        return text;
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size()) {
            if (text.at(i + 1) == QLatin1Char('n')) {
                result += QString::number(n);
                ++i;
                continue;
            }
            if (text.at(i + 1) == QLatin1Char('L') && i + 2 < text.size()
                && text.at(i + 2) == QLatin1Char('n')) {
                result += locale.toString(n);
                i += 2;
                continue;
            }
        }
        result += c;
    }
    return result;
}

QLocale localeOf(const QString &code)
{
    // As in the interface: French of France, or British English (day/month/year, "€1,234.56").
    return code == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                       : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

Catalogue::Catalogue(const QString &code)
    : m_code(code == QLatin1String("fr") ? QStringLiteral("fr") : QStringLiteral("en"))
    , m_locale(localeOf(m_code))
    , m_translator(std::make_unique<QTranslator>())
{
    // English is the source language, but its catalogue carries the plural forms ("%n order(s)").
    m_loaded = m_translator->load(QStringLiteral(":/i18n/plafond_%1.qm").arg(m_code))
        || m_code == QLatin1String("en");
}

Catalogue::Catalogue(ApplicationTag)
    : m_code(QStringLiteral("application"))
    , m_loaded(true)
{
}

Catalogue::~Catalogue() = default;

const Catalogue &Catalogue::application()
{
    static const Catalogue catalogue { ApplicationTag {} };
    return catalogue;
}

std::shared_ptr<const Catalogue> Catalogue::forLanguage(const QString &code)
{
    static QMutex mutex;
    static std::map<QString, std::shared_ptr<const Catalogue>> loaded;
    const QString key = code == QLatin1String("fr") ? QStringLiteral("fr") : QStringLiteral("en");
    const QMutexLocker lock(&mutex);
    std::shared_ptr<const Catalogue> &catalogue = loaded[key];
    if (!catalogue)
        catalogue = std::make_shared<const Catalogue>(key);
    return catalogue;
}

QLocale Catalogue::locale() const
{
    return m_translator ? m_locale : QLocale();
}

QString Catalogue::translate(const char *context, const char *source, const char *disambiguation, int n) const
{
    if (!m_translator)
        return QCoreApplication::translate(context, source, disambiguation, n);
    QString text = m_translator->translate(context, source, disambiguation, n);
    if (text.isNull())
        text = QString::fromUtf8(source);
    return replacePercentN(text, n, m_locale);
}

} // namespace Plafond
