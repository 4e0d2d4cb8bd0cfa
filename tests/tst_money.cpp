// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/money.h"

#include <QtTest>

#include <limits>

using namespace Plafond;

namespace {

constexpr qint64 maxCents = std::numeric_limits<qint64>::max();
constexpr qint64 minCents = std::numeric_limits<qint64>::min();

QLocale localeNamed(const QString &name)
{
    if (name == QLatin1String("fr"))
        return QLocale(QLocale::French, QLocale::France);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

class MoneyTest : public QObject
{
    Q_OBJECT

private slots:
    void divideRounded_data();
    void divideRounded();
    void mulDivRounded_data();
    void mulDivRounded();
    void lineAmount_data();
    void lineAmount();
    void vat_data();
    void vat();
    void checkedArithmetic_data();
    void checkedArithmetic();
    void toString_data();
    void toString();
    void parse_data();
    void parse();
    void decimalString_data();
    void decimalString();
    void fromDecimalStringRefusals_data();
    void fromDecimalStringRefusals();
    void roundTrip_data();
    void roundTrip();
    void quantity_data();
    void quantity();
    void quantityFormat_data();
    void quantityFormat();
};

void MoneyTest::divideRounded_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("half-rounds-up") << qint64(5) << qint64(2) << true << qint64(3);
    QTest::newRow("negative-half-rounds-down") << qint64(-5) << qint64(2) << true << qint64(-3);
    QTest::newRow("negative-denominator-half") << qint64(5) << qint64(-2) << true << qint64(-3);
    QTest::newRow("both-negative-half") << qint64(-5) << qint64(-2) << true << qint64(3);
    QTest::newRow("one-third") << qint64(1) << qint64(3) << true << qint64(0);
    QTest::newRow("minus-one-third") << qint64(-1) << qint64(3) << true << qint64(0);
    QTest::newRow("two-thirds") << qint64(2) << qint64(3) << true << qint64(1);
    QTest::newRow("minus-two-thirds") << qint64(-2) << qint64(3) << true << qint64(-1);
    QTest::newRow("just-below-half") << qint64(149) << qint64(100) << true << qint64(1);
    QTest::newRow("exactly-half") << qint64(150) << qint64(100) << true << qint64(2);
    QTest::newRow("minus-just-below-half") << qint64(-149) << qint64(100) << true << qint64(-1);
    QTest::newRow("minus-exactly-half") << qint64(-150) << qint64(100) << true << qint64(-2);
    QTest::newRow("exact") << qint64(10) << qint64(5) << true << qint64(2);
    QTest::newRow("zero") << qint64(0) << qint64(7) << true << qint64(0);
    QTest::newRow("zero-over-negative") << qint64(0) << qint64(-7) << true << qint64(0);
    QTest::newRow("denominator-zero") << qint64(1) << qint64(0) << false << qint64(0);
    QTest::newRow("zero-over-zero") << qint64(0) << qint64(0) << false << qint64(0);
    QTest::newRow("max-over-one") << maxCents << qint64(1) << true << maxCents;
    QTest::newRow("min-over-one") << minCents << qint64(1) << true << minCents;
    QTest::newRow("max-over-two-rounds-up") << maxCents << qint64(2) << true << qint64(4611686018427387904);
    QTest::newRow("min-over-two-exact") << minCents << qint64(2) << true << qint64(-4611686018427387904);
    QTest::newRow("min-over-minus-one-overflows") << minCents << qint64(-1) << false << qint64(0);
    QTest::newRow("max-over-minus-one") << maxCents << qint64(-1) << true << -maxCents;
}

void MoneyTest::divideRounded()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);
    const std::optional<qint64> result = Plafond::divideRounded(numerator, denominator);
    QCOMPARE(result.has_value(), valid);
    if (valid)
        QCOMPARE(*result, expected);
}

void MoneyTest::mulDivRounded_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("factor");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("half-rounds-up") << qint64(5) << qint64(1) << qint64(2) << true << qint64(3);
    QTest::newRow("negative-half-rounds-down") << qint64(-5) << qint64(1) << qint64(2) << true << qint64(-3);
    QTest::newRow("negative-factor-half") << qint64(5) << qint64(-1) << qint64(2) << true << qint64(-3);
    QTest::newRow("one-third") << qint64(1) << qint64(1) << qint64(3) << true << qint64(0);
    QTest::newRow("minus-two-thirds") << qint64(-2) << qint64(1) << qint64(3) << true << qint64(-1);
    QTest::newRow("zero-value") << qint64(0) << qint64(123) << qint64(7) << true << qint64(0);
    QTest::newRow("identity") << qint64(123456789) << qint64(1000) << qint64(1000) << true << qint64(123456789);
    // The product overflows 64 bits; the quotient does not.
    QTest::newRow("no-intermediate-overflow") << maxCents << maxCents << maxCents << true << maxCents;
    QTest::newRow("max-times-two-thirds") << maxCents << qint64(2) << qint64(3) << true << qint64(6148914691236517205);
    QTest::newRow("max-times-three-halves-overflows") << maxCents << qint64(3) << qint64(2) << false << qint64(0);
    QTest::newRow("max-times-two-overflows") << maxCents << qint64(2) << qint64(1) << false << qint64(0);
    QTest::newRow("min-times-minus-one-overflows") << minCents << qint64(-1) << qint64(1) << false << qint64(0);
    QTest::newRow("denominator-zero") << qint64(3) << qint64(7) << qint64(0) << false << qint64(0);
}

void MoneyTest::mulDivRounded()
{
    QFETCH(qint64, value);
    QFETCH(qint64, factor);
    QFETCH(qint64, denominator);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);
    const std::optional<qint64> result = Plafond::mulDivRounded(value, factor, denominator);
    QCOMPARE(result.has_value(), valid);
    if (valid)
        QCOMPARE(*result, expected);
}

void MoneyTest::lineAmount_data()
{
    QTest::addColumn<qint64>("quantityMilli");
    QTest::addColumn<qint64>("unitPriceCents");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");

    // 0.5 day × 1,234.57 € = 617.285 € → 617.29 €
    QTest::newRow("half-day-half-cent-up") << qint64(500) << qint64(123457) << true << qint64(61729);
    QTest::newRow("negative-half-day-half-cent-down") << qint64(-500) << qint64(123457) << true << qint64(-61729);
    // 1.333 × 0.01 € = 0.01333 € → 0.01 €
    QTest::newRow("fraction-of-a-cent-down") << qint64(1333) << qint64(1) << true << qint64(1);
    QTest::newRow("one-and-a-half-cent-up") << qint64(1500) << qint64(1) << true << qint64(2);
    QTest::newRow("thousandth-at-half-cent") << qint64(1) << qint64(500) << true << qint64(1);
    QTest::newRow("thousandth-below-half-cent") << qint64(1) << qint64(499) << true << qint64(0);
    QTest::newRow("thousandth-of-a-day") << qint64(1) << qint64(100000) << true << qint64(100);
    QTest::newRow("whole-days") << qint64(12000) << qint64(85000) << true << qint64(1020000);
    QTest::newRow("zero-quantity") << qint64(0) << qint64(123457) << true << qint64(0);
    QTest::newRow("zero-price") << qint64(2500) << qint64(0) << true << qint64(0);
    QTest::newRow("one-unit-of-the-largest-price") << qint64(1000) << maxCents << true << maxCents;
    QTest::newRow("two-units-of-the-largest-price-overflow") << qint64(2000) << maxCents << false << qint64(0);
    QTest::newRow("largest-quantity-overflows") << maxCents << qint64(1001) << false << qint64(0);
}

void MoneyTest::lineAmount()
{
    QFETCH(qint64, quantityMilli);
    QFETCH(qint64, unitPriceCents);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);
    const std::optional<Money> amount = Money::lineAmount(quantityMilli, Money::fromCents(unitPriceCents));
    QCOMPARE(amount.has_value(), valid);
    if (valid)
        QCOMPARE(amount->cents(), expected);
}

void MoneyTest::vat_data()
{
    QTest::addColumn<qint64>("amountCents");
    QTest::addColumn<int>("rateBasisPoints");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("twenty-percent-of-one-euro") << qint64(100) << 2000 << true << qint64(20);
    QTest::newRow("twenty-percent-exact") << qint64(12345) << 2000 << true << qint64(2469);
    QTest::newRow("twenty-percent-down") << qint64(123457) << 2000 << true << qint64(24691); // 246.914
    QTest::newRow("twenty-percent-up") << qint64(61729) << 2000 << true << qint64(12346);   // 123.458
    QTest::newRow("twenty-percent-of-a-cent") << qint64(1) << 2000 << true << qint64(0);      // 0.002 €
    QTest::newRow("twenty-percent-of-three-cents") << qint64(3) << 2000 << true << qint64(1); // 0.006 €
    // 1.00 € at 5.5 % = 0.055 €: exactly half a cent, rounded away from zero.
    QTest::newRow("half-cent-up") << qint64(100) << 550 << true << qint64(6);
    QTest::newRow("negative-half-cent-down") << qint64(-100) << 550 << true << qint64(-6);
    QTest::newRow("ten-percent-of-five-cents") << qint64(5) << 1000 << true << qint64(1);
    QTest::newRow("ten-percent-of-ten-euros-five") << qint64(1005) << 1000 << true << qint64(101);
    QTest::newRow("five-and-a-half-percent-down") << qint64(61729) << 550 << true << qint64(3395); // 33.95095
    QTest::newRow("zero-rate") << qint64(61729) << 0 << true << qint64(0);
    QTest::newRow("zero-amount") << qint64(0) << 2000 << true << qint64(0);
    QTest::newRow("largest-amount-at-twenty-percent") << maxCents << 2000 << true << qint64(1844674407370955161);
    QTest::newRow("rate-above-hundred-percent-overflows") << maxCents << 20000 << false << qint64(0);
}

void MoneyTest::vat()
{
    QFETCH(qint64, amountCents);
    QFETCH(int, rateBasisPoints);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);
    const std::optional<Money> vat = Money::fromCents(amountCents).vat(rateBasisPoints);
    QCOMPARE(vat.has_value(), valid);
    if (valid)
        QCOMPARE(vat->cents(), expected);
}

void MoneyTest::checkedArithmetic_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");

    const QString add = QStringLiteral("add");
    const QString sub = QStringLiteral("sub");
    const QString negate = QStringLiteral("negate");
    QTest::newRow("add-small") << add << qint64(1) << qint64(-1) << true << qint64(0);
    QTest::newRow("add-reaches-max") << add << maxCents - 1 << qint64(1) << true << maxCents;
    QTest::newRow("add-past-max") << add << maxCents << qint64(1) << false << qint64(0);
    QTest::newRow("add-reaches-min") << add << minCents + 1 << qint64(-1) << true << minCents;
    QTest::newRow("add-past-min") << add << minCents << qint64(-1) << false << qint64(0);
    QTest::newRow("add-min-and-max") << add << minCents << maxCents << true << qint64(-1);
    QTest::newRow("sub-small") << sub << qint64(5) << qint64(7) << true << qint64(-2);
    QTest::newRow("sub-reaches-min") << sub << qint64(-1) << maxCents << true << minCents;
    QTest::newRow("sub-past-min") << sub << minCents << qint64(1) << false << qint64(0);
    QTest::newRow("sub-past-max") << sub << maxCents << qint64(-1) << false << qint64(0);
    QTest::newRow("sub-min-from-zero") << sub << qint64(0) << minCents << false << qint64(0);
    QTest::newRow("negate-zero") << negate << qint64(0) << qint64(0) << true << qint64(0);
    QTest::newRow("negate-minus-one") << negate << qint64(-1) << qint64(0) << true << qint64(1);
    QTest::newRow("negate-max") << negate << maxCents << qint64(0) << true << minCents + 1;
    QTest::newRow("negate-min") << negate << minCents << qint64(0) << false << qint64(0);
}

void MoneyTest::checkedArithmetic()
{
    QFETCH(QString, operation);
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);
    const Money left = Money::fromCents(a);
    const Money right = Money::fromCents(b);
    std::optional<Money> result;
    if (operation == QLatin1String("add"))
        result = left.checkedAdd(right);
    else if (operation == QLatin1String("sub"))
        result = left.checkedSub(right);
    else
        result = left.checkedNegate();
    QCOMPARE(result.has_value(), valid);
    if (valid)
        QCOMPARE(result->cents(), expected);
}

void MoneyTest::toString_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");

    // Qt 6.4 (CLDR): French groups with U+202F NARROW NO-BREAK SPACE and puts U+00A0 NO-BREAK SPACE before €.
    const QString fr = QStringLiteral("fr");
    const QString en = QStringLiteral("en");
    QTest::newRow("fr-zero") << fr << qint64(0) << QStringLiteral("0,00\u00A0\u20AC");
    QTest::newRow("fr-one-cent") << fr << qint64(1) << QStringLiteral("0,01\u00A0\u20AC");
    QTest::newRow("fr-positive") << fr << qint64(123456) << QStringLiteral("1\u202F234,56\u00A0\u20AC");
    QTest::newRow("fr-negative") << fr << qint64(-123456) << QStringLiteral("-1\u202F234,56\u00A0\u20AC");
    QTest::newRow("fr-negative-cents") << fr << qint64(-5) << QStringLiteral("-0,05\u00A0\u20AC");
    QTest::newRow("fr-no-grouping-below-thousand") << fr << qint64(99999) << QStringLiteral("999,99\u00A0\u20AC");
    QTest::newRow("fr-large") << fr << qint64(123456789012)
                              << QStringLiteral("1\u202F234\u202F567\u202F890,12\u00A0\u20AC");
    QTest::newRow("fr-largest") << fr << maxCents
                                << QStringLiteral("92\u202F233\u202F720\u202F368\u202F547\u202F758,07\u00A0\u20AC");
    QTest::newRow("fr-smallest") << fr << minCents
                                 << QStringLiteral("-92\u202F233\u202F720\u202F368\u202F547\u202F758,08\u00A0\u20AC");
    QTest::newRow("en-zero") << en << qint64(0) << QStringLiteral("\u20AC0.00");
    QTest::newRow("en-one-cent") << en << qint64(1) << QStringLiteral("\u20AC0.01");
    QTest::newRow("en-positive") << en << qint64(123456) << QStringLiteral("\u20AC1,234.56");
    QTest::newRow("en-negative-sign-before-symbol") << en << qint64(-123456) << QStringLiteral("-\u20AC1,234.56");
    QTest::newRow("en-negative-cents") << en << qint64(-5) << QStringLiteral("-\u20AC0.05");
    QTest::newRow("en-large") << en << qint64(123456789012) << QStringLiteral("\u20AC1,234,567,890.12");
    QTest::newRow("en-smallest") << en << minCents << QStringLiteral("-\u20AC92,233,720,368,547,758.08");
}

void MoneyTest::toString()
{
    QFETCH(QString, language);
    QFETCH(qint64, cents);
    QFETCH(QString, expected);
    QCOMPARE(Money::fromCents(cents).toString(localeNamed(language)), expected);
}

void MoneyTest::parse_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("error");

    const QString fr = QStringLiteral("fr");
    const QString en = QStringLiteral("en");
    const QString none;
    QTest::newRow("fr-typed-spaces-and-euro") << fr << QStringLiteral("1 234,56 \u20AC") << true << qint64(123456) << none;
    QTest::newRow("fr-as-displayed") << fr << QStringLiteral("1\u202F234,56\u00A0\u20AC") << true << qint64(123456) << none;
    QTest::newRow("fr-no-break-space-grouping") << fr << QStringLiteral("1\u00A0234,56") << true << qint64(123456) << none;
    QTest::newRow("fr-one-decimal") << fr << QStringLiteral("1234,5") << true << qint64(123450) << none;
    QTest::newRow("fr-surrounding-spaces") << fr << QStringLiteral("  7 ") << true << qint64(700) << none;
    QTest::newRow("fr-negative") << fr << QStringLiteral("-12,50") << true << qint64(-1250) << none;
    QTest::newRow("fr-unicode-minus") << fr << QStringLiteral("\u221212,50") << true << qint64(-1250) << none;
    QTest::newRow("fr-explicit-plus") << fr << QStringLiteral("+3,10") << true << qint64(310) << none;
    QTest::newRow("fr-no-whole-part") << fr << QStringLiteral(",5") << true << qint64(50) << none;
    QTest::newRow("fr-eur-code") << fr << QStringLiteral("12 EUR") << true << qint64(1200) << none;
    QTest::newRow("fr-largest") << fr << QStringLiteral("92233720368547758,07") << true << maxCents << none;
    QTest::newRow("fr-smallest") << fr << QStringLiteral("-92233720368547758,08") << true << minCents << none;
    QTest::newRow("fr-three-decimals") << fr << QStringLiteral("1,234") << false << qint64(0)
                                       << QStringLiteral("\"1,234\" has more than 2 decimal(s)");
    // The message quotes what was typed, not what is left once the decorations are stripped.
    QTest::newRow("fr-three-decimals-decorated") << fr << QStringLiteral("-1 234,567 \u20AC") << false << qint64(0)
                                                 << QStringLiteral("\"-1 234,567 \u20AC\" has more than 2 decimal(s)");
    QTest::newRow("fr-point-is-not-the-decimal-sign") << fr << QStringLiteral("12.50") << false << qint64(0)
                                                      << QStringLiteral("\"12.50\" is not a number");
    QTest::newRow("fr-too-large") << fr << QStringLiteral("92233720368547758,08") << false << qint64(0)
                                  << QStringLiteral("\"92233720368547758,08\" is too large");
    QTest::newRow("fr-too-small") << fr << QStringLiteral("-92233720368547758,09") << false << qint64(0)
                                  << QStringLiteral("\"-92233720368547758,09\" is too large");
    QTest::newRow("fr-empty") << fr << QString() << false << qint64(0) << QStringLiteral("empty amount");
    QTest::newRow("fr-blank") << fr << QStringLiteral("   ") << false << qint64(0) << QStringLiteral("empty amount");
    QTest::newRow("fr-sign-only") << fr << QStringLiteral("-") << false << qint64(0) << QStringLiteral("no digits in \"-\"");
    QTest::newRow("fr-letters") << fr << QStringLiteral("abc") << false << qint64(0) << QStringLiteral("\"abc\" is not a number");
    QTest::newRow("fr-two-signs") << fr << QStringLiteral("--5") << false << qint64(0) << QStringLiteral("\"--5\" is not a number");

    QTest::newRow("en-as-displayed") << en << QStringLiteral("\u20AC1,234.56") << true << qint64(123456) << none;
    QTest::newRow("en-negative") << en << QStringLiteral("-12.50") << true << qint64(-1250) << none;
    QTest::newRow("en-negative-as-displayed") << en << QStringLiteral("-\u20AC1,234.56") << true << qint64(-123456) << none;
    QTest::newRow("en-one-decimal") << en << QStringLiteral("1234.5") << true << qint64(123450) << none;
    QTest::newRow("en-surrounding-spaces") << en << QStringLiteral("  7 ") << true << qint64(700) << none;
    QTest::newRow("en-grouping-without-decimals") << en << QStringLiteral("1,234") << true << qint64(123400) << none;
    QTest::newRow("en-two-groups") << en << QStringLiteral("1,234,567.8") << true << qint64(123456780) << none;
    QTest::newRow("en-narrow-space-grouping") << en << QStringLiteral("1\u202F234.56") << true << qint64(123456) << none;
    // A comma that cannot be a thousands separator is a decimal comma typed by mistake: refuse it rather
    // than read 12,50 as 1,250.00.
    QTest::newRow("en-decimal-comma-refused") << en << QStringLiteral("12,50") << false << qint64(0)
                                              << QStringLiteral("\"12,50\" is not a number");
    QTest::newRow("en-misplaced-grouping-refused") << en << QStringLiteral("1,23,456") << false << qint64(0)
                                                   << QStringLiteral("\"1,23,456\" is not a number");
    QTest::newRow("en-grouping-in-decimals-refused") << en << QStringLiteral("1.234,5") << false << qint64(0)
                                                     << QStringLiteral("\"1.234,5\" is not a number");
    QTest::newRow("en-leading-grouping-refused") << en << QStringLiteral(",123") << false << qint64(0)
                                                 << QStringLiteral("\",123\" is not a number");
    QTest::newRow("en-three-decimals") << en << QStringLiteral("1,234.567") << false << qint64(0)
                                       << QStringLiteral("\"1,234.567\" has more than 2 decimal(s)");
    QTest::newRow("en-empty") << en << QString() << false << qint64(0) << QStringLiteral("empty amount");
    QTest::newRow("en-euro-only") << en << QStringLiteral("\u20AC") << false << qint64(0) << QStringLiteral("empty amount");
    QTest::newRow("en-letters") << en << QStringLiteral("12a") << false << qint64(0) << QStringLiteral("\"12a\" is not a number");
    QTest::newRow("en-too-large") << en << QStringLiteral("\u20AC92,233,720,368,547,758.08") << false << qint64(0)
                                  << QStringLiteral("\"\u20AC92,233,720,368,547,758.08\" is too large");
}

void MoneyTest::parse()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, cents);
    QFETCH(QString, error);
    QString message = QStringLiteral("untouched");
    const std::optional<Money> money = Money::parse(text, localeNamed(language), &message);
    QCOMPARE(money.has_value(), valid);
    if (valid) {
        QCOMPARE(money->cents(), cents);
        QCOMPARE(message, QStringLiteral("untouched"));
    } else {
        QCOMPARE(message, error);
    }
}

void MoneyTest::decimalString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("zero") << QStringLiteral("0") << qint64(0) << QStringLiteral("0.00");
    QTest::newRow("minus-zero") << QStringLiteral("-0") << qint64(0) << QStringLiteral("0.00");
    QTest::newRow("whole") << QStringLiteral("1000") << qint64(100000) << QStringLiteral("1000.00");
    QTest::newRow("two-decimals") << QStringLiteral("1234.56") << qint64(123456) << QStringLiteral("1234.56");
    QTest::newRow("one-decimal-negative") << QStringLiteral("-1234.5") << qint64(-123450) << QStringLiteral("-1234.50");
    QTest::newRow("no-whole-part") << QStringLiteral(".5") << qint64(50) << QStringLiteral("0.50");
    QTest::newRow("explicit-plus") << QStringLiteral("+3.10") << qint64(310) << QStringLiteral("3.10");
    QTest::newRow("negative-cents") << QStringLiteral("-0.05") << qint64(-5) << QStringLiteral("-0.05");
    QTest::newRow("million-no-grouping") << QStringLiteral("2750000.00") << qint64(275000000) << QStringLiteral("2750000.00");
    QTest::newRow("largest") << QStringLiteral("92233720368547758.07") << maxCents << QStringLiteral("92233720368547758.07");
    QTest::newRow("smallest") << QStringLiteral("-92233720368547758.08") << minCents << QStringLiteral("-92233720368547758.08");
}

void MoneyTest::decimalString()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    QFETCH(QString, canonical);
    QString error;
    const std::optional<Money> money = Money::fromDecimalString(text, &error);
    QVERIFY2(money.has_value(), qPrintable(error));
    QCOMPARE(money->cents(), cents);
    QCOMPARE(money->toDecimalString(), canonical);
    QCOMPARE(Money::fromDecimalString(canonical)->cents(), cents);
}

void MoneyTest::fromDecimalStringRefusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    QTest::newRow("grouping") << QStringLiteral("1,234.56") << QStringLiteral("\"1,234.56\" is not a number");
    QTest::newRow("decimal-comma") << QStringLiteral("12,5") << QStringLiteral("\"12,5\" is not a number");
    QTest::newRow("three-decimals") << QStringLiteral("12.345") << QStringLiteral("\"12.345\" has more than 2 decimal(s)");
    QTest::newRow("three-decimals-negative") << QStringLiteral("-12.345")
                                             << QStringLiteral("\"-12.345\" has more than 2 decimal(s)");
    QTest::newRow("euro-sign") << QStringLiteral("12.00\u20AC") << QStringLiteral("\"12.00\u20AC\" is not a number");
    QTest::newRow("exponent") << QStringLiteral("1e3") << QStringLiteral("\"1e3\" is not a number");
    QTest::newRow("two-points") << QStringLiteral("1.2.3") << QStringLiteral("\"1.2.3\" is not a number");
    QTest::newRow("empty") << QString() << QStringLiteral("empty amount");
    QTest::newRow("point-only") << QStringLiteral(".") << QStringLiteral("no digits in \".\"");
    QTest::newRow("too-large") << QStringLiteral("92233720368547758.08") << QStringLiteral("\"92233720368547758.08\" is too large");
    QTest::newRow("far-too-large") << QStringLiteral("100000000000000000000000")
                                   << QStringLiteral("\"100000000000000000000000\" is too large");
}

void MoneyTest::fromDecimalStringRefusals()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!Money::fromDecimalString(text, &message).has_value());
    QCOMPARE(message, error);
}

void MoneyTest::roundTrip_data()
{
    QTest::addColumn<qint64>("cents");

    QTest::newRow("zero") << qint64(0);
    QTest::newRow("one-cent") << qint64(1);
    QTest::newRow("minus-one-cent") << qint64(-1);
    QTest::newRow("ninety-nine-cents") << qint64(99);
    QTest::newRow("one-euro") << qint64(100);
    QTest::newRow("thousands") << qint64(123456);
    QTest::newRow("negative-thousands") << qint64(-123456);
    QTest::newRow("billions") << qint64(123456789012);
    QTest::newRow("largest") << maxCents;
    QTest::newRow("smallest") << minCents;
}

void MoneyTest::roundTrip()
{
    QFETCH(qint64, cents);
    const Money money = Money::fromCents(cents);
    QString error;
    const std::optional<Money> decimal = Money::fromDecimalString(money.toDecimalString(), &error);
    QVERIFY2(decimal.has_value(), qPrintable(error));
    QCOMPARE(decimal->cents(), cents);
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        const QLocale locale = localeNamed(language);
        const std::optional<Money> parsed = Money::parse(money.toString(locale), locale, &error);
        QVERIFY2(parsed.has_value(), qPrintable(language + QLatin1String(": ") + error));
        QCOMPARE(parsed->cents(), cents);
    }
}

void MoneyTest::quantity_data()
{
    QTest::addColumn<QString>("language"); // empty: the exchange formats' decimal string
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("milli");
    QTest::addColumn<QString>("error");

    const QString decimal;
    const QString fr = QStringLiteral("fr");
    const QString en = QStringLiteral("en");
    const QString none;
    QTest::newRow("decimal-half") << decimal << QStringLiteral("0.5") << true << qint64(500) << none;
    QTest::newRow("decimal-quarter") << decimal << QStringLiteral("1.25") << true << qint64(1250) << none;
    QTest::newRow("decimal-whole") << decimal << QStringLiteral("3") << true << qint64(3000) << none;
    QTest::newRow("decimal-thousandth") << decimal << QStringLiteral("0.001") << true << qint64(1) << none;
    QTest::newRow("decimal-four-decimals") << decimal << QStringLiteral("1.2345") << false << qint64(0)
                                           << QStringLiteral("\"1.2345\" has more than 3 decimal(s)");
    QTest::newRow("decimal-comma") << decimal << QStringLiteral("1,25") << false << qint64(0)
                                   << QStringLiteral("\"1,25\" is not a number");
    QTest::newRow("fr-half") << fr << QStringLiteral("0,5") << true << qint64(500) << none;
    QTest::newRow("fr-quarter") << fr << QStringLiteral("1,25") << true << qint64(1250) << none;
    QTest::newRow("fr-grouped") << fr << QStringLiteral("1\u202F000,5") << true << qint64(1000500) << none;
    QTest::newRow("fr-four-decimals") << fr << QStringLiteral("1,2345") << false << qint64(0)
                                      << QStringLiteral("\"1,2345\" has more than 3 decimal(s)");
    QTest::newRow("en-quarter") << en << QStringLiteral("1.25") << true << qint64(1250) << none;
    QTest::newRow("en-grouped") << en << QStringLiteral("1,000.5") << true << qint64(1000500) << none;
    QTest::newRow("en-four-decimals") << en << QStringLiteral("0.0005") << false << qint64(0)
                                      << QStringLiteral("\"0.0005\" has more than 3 decimal(s)");
}

void MoneyTest::quantity()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, milli);
    QFETCH(QString, error);
    QString message;
    const std::optional<Quantity> quantity = language.isEmpty() ? Quantity::fromDecimalString(text, &message)
                                                                : Quantity::parse(text, localeNamed(language), &message);
    QCOMPARE(quantity.has_value(), valid);
    if (valid)
        QCOMPARE(quantity->milli(), milli);
    else
        QCOMPARE(message, error);
}

void MoneyTest::quantityFormat_data()
{
    QTest::addColumn<qint64>("milli");
    QTest::addColumn<QString>("french");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("decimal");

    // Quantities show only the decimals they have.
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0") << QStringLiteral("0") << QStringLiteral("0");
    QTest::newRow("half") << qint64(500) << QStringLiteral("0,5") << QStringLiteral("0.5") << QStringLiteral("0.5");
    QTest::newRow("quarter") << qint64(1250) << QStringLiteral("1,25") << QStringLiteral("1.25") << QStringLiteral("1.25");
    QTest::newRow("whole") << qint64(1000) << QStringLiteral("1") << QStringLiteral("1") << QStringLiteral("1");
    QTest::newRow("thousandth") << qint64(1) << QStringLiteral("0,001") << QStringLiteral("0.001") << QStringLiteral("0.001");
    QTest::newRow("negative-half") << qint64(-500) << QStringLiteral("-0,5") << QStringLiteral("-0.5") << QStringLiteral("-0.5");
    QTest::newRow("grouped") << qint64(1000500) << QStringLiteral("1\u202F000,5") << QStringLiteral("1,000.5")
                             << QStringLiteral("1000.5");
}

void MoneyTest::quantityFormat()
{
    QFETCH(qint64, milli);
    QFETCH(QString, french);
    QFETCH(QString, english);
    QFETCH(QString, decimal);
    const Quantity quantity = Quantity::fromMilli(milli);
    QCOMPARE(quantity.toString(localeNamed(QStringLiteral("fr"))), french);
    QCOMPARE(quantity.toString(localeNamed(QStringLiteral("en"))), english);
    QCOMPARE(quantity.toDecimalString(), decimal);
    QCOMPARE(Quantity::fromDecimalString(decimal)->milli(), milli);
    QCOMPARE(Quantity::parse(french, localeNamed(QStringLiteral("fr")))->milli(), milli);
    QCOMPARE(Quantity::parse(english, localeNamed(QStringLiteral("en")))->milli(), milli);
}

QTEST_GUILESS_MAIN(MoneyTest)
#include "tst_money.moc"
