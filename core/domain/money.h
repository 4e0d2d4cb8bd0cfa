// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>
#include <qnumeric.h>

#include <optional>

namespace Plafond {

// The one rounding rule of the project: numerator / denominator, halves away from zero.
// Returns nothing when the result does not fit in 64 bits or the denominator is zero.
std::optional<qint64> divideRounded(qint64 numerator, qint64 denominator);

// numerator × factor / denominator, rounded once, halves away from zero, without intermediate overflow.
std::optional<qint64> mulDivRounded(qint64 value, qint64 factor, qint64 denominator);

// Exact products of two 64-bit values.
__extension__ typedef __int128 WideInt;
// divideRounded() of such products: the same rule, nothing when the result does not fit in 64 bits.
std::optional<qint64> divideRoundedWide(WideInt numerator, WideInt denominator);

// An exact amount of euros: integer cents, never a floating-point value.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }

    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }

    // Overflow is reported, never wrapped.
    // Inline: the engine adds amounts millions of times a pass.
    std::optional<Money> checkedAdd(Money other) const
    {
        qint64 result = 0;
        if (qAddOverflow(m_cents, other.m_cents, &result))
            return std::nullopt;
        return Money(result);
    }
    std::optional<Money> checkedSub(Money other) const
    {
        qint64 result = 0;
        if (qSubOverflow(m_cents, other.m_cents, &result))
            return std::nullopt;
        return Money(result);
    }
    std::optional<Money> checkedNegate() const;

    // Amount of a line: quantity in thousandths of a unit × unit price, rounded once to the cent.
    static std::optional<Money> lineAmount(qint64 quantityMilli, Money unitPrice);
    // VAT on an amount for a rate in basis points (20 % = 2000), rounded once to the cent.
    std::optional<Money> vat(int rateBasisPoints) const;

    // "1 234,56 €" in French, "€1,234.56" in English: the locale decides separators and symbol place.
    QString toString(const QLocale &locale = QLocale()) const;
    // "1234.56": the exchange formats' decimal string (point, no grouping).
    QString toDecimalString() const;

    // Accepts what a person types in that locale: grouping, optional currency sign, at most two decimals.
    static std::optional<Money> parse(const QString &text, const QLocale &locale, QString *error = nullptr);
    // Strict decimal string of the exchange formats: "-1234.5", "1000.00"; point only.
    static std::optional<Money> fromDecimalString(const QString &text, QString *error = nullptr);

    friend constexpr bool operator==(Money a, Money b) { return a.m_cents == b.m_cents; }
    friend constexpr bool operator!=(Money a, Money b) { return a.m_cents != b.m_cents; }
    friend constexpr bool operator<(Money a, Money b) { return a.m_cents < b.m_cents; }
    friend constexpr bool operator<=(Money a, Money b) { return a.m_cents <= b.m_cents; }
    friend constexpr bool operator>(Money a, Money b) { return a.m_cents > b.m_cents; }
    friend constexpr bool operator>=(Money a, Money b) { return a.m_cents >= b.m_cents; }

private:
    constexpr explicit Money(qint64 cents) : m_cents(cents) { }
    qint64 m_cents = 0;
};

// Quantities of work units are integer thousandths of a unit: half a day is 500.
class Quantity
{
public:
    constexpr Quantity() = default;
    static constexpr Quantity fromMilli(qint64 milli) { return Quantity(milli); }
    constexpr qint64 milli() const { return m_milli; }

    QString toString(const QLocale &locale = QLocale()) const;
    QString toDecimalString() const;
    static std::optional<Quantity> parse(const QString &text, const QLocale &locale, QString *error = nullptr);
    static std::optional<Quantity> fromDecimalString(const QString &text, QString *error = nullptr);

    friend constexpr bool operator==(Quantity a, Quantity b) { return a.m_milli == b.m_milli; }
    friend constexpr bool operator!=(Quantity a, Quantity b) { return a.m_milli != b.m_milli; }

private:
    constexpr explicit Quantity(qint64 milli) : m_milli(milli) { }
    qint64 m_milli = 0;
};

} // namespace Plafond

Q_DECLARE_METATYPE(Plafond::Money)
