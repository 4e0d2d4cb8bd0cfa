// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QCoreApplication>

#include <limits>

namespace Plafond {

namespace {

std::optional<qint64> narrow(WideInt value)
{
    if (value > std::numeric_limits<qint64>::max() || value < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return static_cast<qint64>(value);
}

// Messages of the value types: a context for lupdate without making Money a QObject.
class MoneyMessages
{
    Q_DECLARE_TR_FUNCTIONS(Money)
};

// Reads "-1234.567" style text, already stripped of grouping and currency, into an integer scaled
// by 10^decimals. More decimals than allowed is an error, never a silent rounding.
// Messages quote `typed`, the text as the user wrote it, not what is left once it is stripped.
std::optional<qint64> parseScaled(QString text, QChar decimalPoint, int decimals, const QString &typed, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<qint64> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString shown = typed.trimmed();
    text = text.trimmed();
    if (text.isEmpty())
        return fail(MoneyMessages::tr("empty amount"));
    bool negative = false;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212))) {
        negative = true;
        text.remove(0, 1);
    } else if (text.startsWith(QLatin1Char('+'))) {
        text.remove(0, 1);
    }
    const qsizetype point = text.indexOf(decimalPoint);
    const QString whole = point < 0 ? text : text.left(point);
    const QString fraction = point < 0 ? QString() : text.mid(point + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return fail(MoneyMessages::tr("no digits in \"%1\"").arg(shown));
    // Characters first: "12.00€" is not a number, whatever its number of decimals.
    for (const QChar c : whole + fraction) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return fail(MoneyMessages::tr("\"%1\" is not a number").arg(shown));
    }
    if (fraction.size() > decimals)
        return fail(MoneyMessages::tr("\"%1\" has more than %n decimal(s)", nullptr, decimals).arg(shown));
    // The most negative value has one more unit of magnitude than the largest positive one.
    const WideInt limit = static_cast<WideInt>(std::numeric_limits<qint64>::max()) + (negative ? 1 : 0);
    WideInt value = 0;
    for (const QChar c : whole + fraction.leftJustified(decimals, QLatin1Char('0'))) {
        value = value * 10 + (c.unicode() - '0');
        if (value > limit)
            return fail(MoneyMessages::tr("\"%1\" is too large").arg(shown));
    }
    return static_cast<qint64>(negative ? -value : value);
}

QString formatScaled(qint64 value, int decimals, int minDecimals, const QLocale &locale)
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const bool negative = value < 0;
    // Work on the unsigned magnitude so that the most negative value formats too.
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
    QString text = locale.toString(static_cast<qulonglong>(magnitude / static_cast<quint64>(scale)));
    QString fraction = QString::number(magnitude % static_cast<quint64>(scale)).rightJustified(decimals, QLatin1Char('0'));
    while (fraction.size() > minDecimals && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (!fraction.isEmpty())
        text += locale.decimalPoint() + fraction;
    return negative ? locale.negativeSign() + text : text;
}

// Removes what a locale puts between digits (group separators, the spaces French uses) and the euro sign.
// A group separator that is not a space must follow a digit and be followed by exactly three: in English,
// "12,50" is a decimal comma typed by mistake, never 1,250.00. Nothing when the grouping is misplaced.
std::optional<QString> stripDecorations(QString text, const QLocale &locale)
{
    text.remove(QChar(0x20AC)); // €
    text.remove(QStringLiteral("EUR"), Qt::CaseInsensitive);
    text.remove(QLatin1Char(' '));
    text.remove(QChar(0x00A0));
    text.remove(QChar(0x202F));
    text = text.trimmed();
    const QString group = locale.groupSeparator();
    if (group.isEmpty() || !text.contains(group))
        return text;
    const qsizetype point = text.indexOf(locale.decimalPoint());
    const QStringList groups = (point < 0 ? text : text.left(point)).split(group);
    if (groups.constFirst().isEmpty() || !groups.constFirst().back().isDigit())
        return std::nullopt;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3)
            return std::nullopt;
    }
    return groups.join(QString()) + (point < 0 ? QString() : text.mid(point));
}

// What a person typed in a locale, scaled by 10^decimals.
std::optional<qint64> parseLocalized(const QString &text, const QLocale &locale, int decimals, QString *error)
{
    const std::optional<QString> stripped = stripDecorations(text, locale);
    if (!stripped) {
        if (error)
            *error = MoneyMessages::tr("\"%1\" is not a number").arg(text.trimmed());
        return std::nullopt;
    }
    return parseScaled(*stripped, locale.decimalPoint().at(0), decimals, text, error);
}

// The exchange formats' decimal string: the C locale's digits and point, no grouping.
QString decimalString(qint64 value, int decimals, int minDecimals)
{
    return formatScaled(value, decimals, minDecimals, QLocale::c()).remove(QLatin1Char(','));
}

// The strict decimal string of the exchange formats: point only.
std::optional<qint64> parseDecimal(const QString &text, int decimals, QString *error)
{
    return parseScaled(text, QLatin1Char('.'), decimals, text, error);
}

// A Money or a Quantity made by `make` from `value`; none without a value.
template <typename Type>
std::optional<Type> made(const std::optional<qint64> &value, Type (*make)(qint64))
{
    if (!value)
        return std::nullopt;
    return make(*value);
}

} // namespace

std::optional<qint64> divideRoundedWide(WideInt numerator, WideInt denominator)
{
    if (denominator == 0)
        return std::nullopt;
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    WideInt quotient = numerator / denominator; // truncates toward zero
    const WideInt remainder = numerator % denominator;
    const WideInt twice = (remainder < 0 ? -remainder : remainder) * 2;
    if (twice >= denominator)
        quotient += numerator < 0 ? -1 : 1;
    return narrow(quotient);
}

std::optional<qint64> divideRounded(qint64 numerator, qint64 denominator)
{
    return divideRoundedWide(numerator, denominator);
}

std::optional<qint64> mulDivRounded(qint64 value, qint64 factor, qint64 denominator)
{
    return divideRoundedWide(static_cast<WideInt>(value) * factor, denominator);
}

std::optional<Money> Money::checkedNegate() const
{
    if (m_cents == std::numeric_limits<qint64>::min())
        return std::nullopt;
    return Money(-m_cents);
}

std::optional<Money> Money::lineAmount(qint64 quantityMilli, Money unitPrice)
{
    return made(mulDivRounded(quantityMilli, unitPrice.cents(), 1000), &Money::fromCents);
}

std::optional<Money> Money::vat(int rateBasisPoints) const
{
    return made(mulDivRounded(m_cents, rateBasisPoints, 10000), &Money::fromCents);
}

QString Money::toString(const QLocale &locale) const
{
    const QString number = formatScaled(m_cents, 2, 2, locale);
    // Ask the locale where its currency sign goes, and with which spacing, rather than hard-coding it.
    const QString pattern = locale.toCurrencyString(1.0, QStringLiteral("\u20AC"), 0);
    const QString one = locale.toString(1);
    const qsizetype at = pattern.indexOf(one);
    if (at < 0)
        return number + QStringLiteral("\u00A0\u20AC");
    const QString before = pattern.left(at);
    const QString after = pattern.mid(at + one.size());
    if (m_cents < 0 && !before.isEmpty()) // "-€1.00", not "€-1.00"
        return locale.negativeSign() + before + number.mid(locale.negativeSign().size()) + after;
    return before + number + after;
}

QString Money::toDecimalString() const
{
    return decimalString(m_cents, 2, 2);
}

std::optional<Money> Money::parse(const QString &text, const QLocale &locale, QString *error)
{
    return made(parseLocalized(text, locale, 2, error), &Money::fromCents);
}

std::optional<Money> Money::fromDecimalString(const QString &text, QString *error)
{
    return made(parseDecimal(text, 2, error), &Money::fromCents);
}

QString Quantity::toString(const QLocale &locale) const
{
    return formatScaled(m_milli, 3, 0, locale);
}

QString Quantity::toDecimalString() const
{
    return decimalString(m_milli, 3, 0);
}

std::optional<Quantity> Quantity::parse(const QString &text, const QLocale &locale, QString *error)
{
    return made(parseLocalized(text, locale, 3, error), &Quantity::fromMilli);
}

std::optional<Quantity> Quantity::fromDecimalString(const QString &text, QString *error)
{
    return made(parseDecimal(text, 3, error), &Quantity::fromMilli);
}

} // namespace Plafond
