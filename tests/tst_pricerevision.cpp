// SPDX-License-Identifier: GPL-3.0-or-later
// The Syntec index series and the revision clause P = P0 × (a + (1 − a) × S / S0), on the real index values.
#include "engine/pricerevision.h"
#include "io/indexseriescsv.h"
#include "io/syntecimport.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Plafond;

namespace {

IndexSeries realSeries()
{
    QFile file(QStringLiteral(PLAFOND_SHARED_DATA "/syntec/syntec_2019_2025.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList errors;
    const auto series = IndexSeriesCsv::read(file.readAll(), QStringLiteral("syntec.csv"), &errors);
    return series.value_or(IndexSeries());
}

IndexValue value(int year, int month, IndexValue::Series series, qint64 tenths)
{
    IndexValue v;
    v.month = QDate(year, month, 1);
    v.series = series;
    v.tenths = tenths;
    return v;
}

} // namespace

class PriceRevisionTest : public QObject
{
    Q_OBJECT

private slots:
    void realFileReads();
    void revise_data();
    void revise();
    void missingMonthIsReported();
    void correctionKeepsHistory();
    void roundsHalfAwayFromZero_data();
    void roundsHalfAwayFromZero();
    void priceOnAnniversaries();
    void fixedPart_data();
    void fixedPart();
    void malformedCsv_data();
    void malformedCsv();
    void storedWithHistory();
};

void PriceRevisionTest::realFileReads()
{
    const IndexSeries series = realSeries();
    QCOMPARE(series.values().size(), 61); // 62 lines with the header; August 2022 in both series
    QCOMPARE(series.value(QDate(2020, 6, 1))->tenths, 2749);
    // From August 2022 the revised series is the one in force, starting at 280.6.
    QCOMPARE(series.value(QDate(2022, 8, 1))->tenths, 2806);
    QCOMPARE(series.value(QDate(2022, 8, 1))->series, IndexValue::Series::Revised);
    QVERIFY(series.value(QDate(2022, 8, 1))->source.startsWith(QLatin1String("https://www.lemoniteur.fr/")));
    QVERIFY(!series.value(QDate(2022, 7, 1))); // not in the file
}

void PriceRevisionTest::revise_data()
{
    QTest::addColumn<qint64>("basePrice");
    QTest::addColumn<QDate>("month");
    QTest::addColumn<qint64>("expected");
    // Base month June 2020 (old series, 274.9), fixed part 0.15. Expected values computed with exact fractions.
    QTest::newRow("same-series-2021-06") << qint64(100000) << QDate(2021, 6, 1) << qint64(100247);
    // 304.0 (revised) against 274.9 × 0.97975: the old base expressed in the revised series.
    QTest::newRow("across-series-change-2023-06") << qint64(100000) << QDate(2023, 6, 1) << qint64(110941);
    QTest::newRow("across-series-change-odd-price") << qint64(123456) << QDate(2023, 6, 1) << qint64(136963);
    QTest::newRow("base-month-itself") << qint64(100000) << QDate(2020, 6, 1) << qint64(100000);
}

void PriceRevisionTest::revise()
{
    QFETCH(qint64, basePrice);
    QFETCH(QDate, month);
    QFETCH(qint64, expected);
    const PriceRevision::Clause clause{QDate(2020, 6, 1), 150000, QDate(2021, 9, 1)};
    QString error;
    const auto price = PriceRevision::revise(Money::fromCents(basePrice), clause, realSeries(), month, &error);
    QVERIFY2(price, qPrintable(error));
    QCOMPARE(price->cents(), expected);
}

void PriceRevisionTest::missingMonthIsReported()
{
    const PriceRevision::Clause clause{QDate(2020, 6, 1), 150000, QDate(2021, 9, 1)};
    QString error;
    QVERIFY(!PriceRevision::revise(Money::fromCents(100000), clause, realSeries(), QDate(2023, 12, 1), &error));
    QCOMPARE(error, QStringLiteral("the Syntec index of 2023-12 is missing"));
    // A missing base month as well; never guessed from the neighbouring months.
    const PriceRevision::Clause noBase{QDate(2022, 3, 1), 150000, QDate(2023, 4, 1)};
    QVERIFY(!PriceRevision::revise(Money::fromCents(100000), noBase, realSeries(), QDate(2023, 6, 1), &error));
    QCOMPARE(error, QStringLiteral("the Syntec index of 2022-03 is missing"));
}

void PriceRevisionTest::correctionKeepsHistory()
{
    IndexSeries series = realSeries();
    // June 2020 was first published as 274.7, then revised by Syntec to 274.9 (note in the data file).
    IndexSeries first;
    QVERIFY(!first.add(value(2020, 6, IndexValue::Series::Old, 2747)));
    QVERIFY(first.add(value(2020, 6, IndexValue::Series::Old, 2749)));
    QVERIFY(!first.add(value(2020, 6, IndexValue::Series::Old, 2749))); // the same value again is no correction
    QCOMPARE(first.value(QDate(2020, 6, 1))->tenths, 2749);
    QCOMPARE(first.history(QDate(2020, 6, 1)).size(), 1);
    QCOMPARE(first.history(QDate(2020, 6, 1)).first().tenths, 2747);
    // The revision follows the current value: with 274.7 the price would have been 1110.10.
    QVERIFY(series.add(value(2020, 6, IndexValue::Series::Old, 2747)));
    const PriceRevision::Clause clause{QDate(2020, 6, 1), 150000, QDate(2021, 9, 1)};
    QCOMPARE(PriceRevision::revise(Money::fromCents(100000), clause, series, QDate(2023, 6, 1))->cents(), 111010);
}

void PriceRevisionTest::roundsHalfAwayFromZero_data()
{
    QTest::addColumn<qint64>("basePrice");
    QTest::addColumn<qint64>("expected");
    // a = 0, S / S0 = 100.5 / 100.0: exactly half a cent above or below.
    QTest::newRow("half-up") << qint64(100) << qint64(101);
    QTest::newRow("half-down-negative") << qint64(-100) << qint64(-101);
    QTest::newRow("below-half") << qint64(99) << qint64(99);  // 99.495
    QTest::newRow("above-half") << qint64(101) << qint64(102); // 101.505
}

void PriceRevisionTest::roundsHalfAwayFromZero()
{
    QFETCH(qint64, basePrice);
    QFETCH(qint64, expected);
    IndexSeries series;
    series.add(value(2023, 1, IndexValue::Series::Revised, 1000));
    series.add(value(2024, 1, IndexValue::Series::Revised, 1005));
    const PriceRevision::Clause clause{QDate(2023, 1, 1), 0, QDate(2024, 1, 1)};
    QCOMPARE(PriceRevision::revise(Money::fromCents(basePrice), clause, series, QDate(2024, 1, 1))->cents(), expected);
}

void PriceRevisionTest::priceOnAnniversaries()
{
    const IndexSeries series = realSeries();
    // Contract starting September 2020, base month June 2020: revised each 1 September on June's index.
    const PriceRevision::Clause clause{QDate(2020, 6, 1), 150000, QDate(2021, 9, 1)};
    const Money base = Money::fromCents(100000);
    QCOMPARE(PriceRevision::priceOn(base, clause, series, QDate(2021, 8, 31))->cents(), 100000);
    QCOMPARE(PriceRevision::priceOn(base, clause, series, QDate(2021, 9, 1))->cents(), 100247);  // June 2021
    QCOMPARE(PriceRevision::priceOn(base, clause, series, QDate(2023, 12, 31))->cents(), 110941); // June 2023
    QString error;
    // September 2022 uses June 2022, which is missing in the file: reported.
    QVERIFY(!PriceRevision::priceOn(base, clause, series, QDate(2022, 9, 1), &error));
    QCOMPARE(error, QStringLiteral("the Syntec index of 2022-06 is missing"));
}

void PriceRevisionTest::fixedPart_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // -1: refused
    QTest::newRow("fifteen-percent") << QStringLiteral("0.15") << qint64(150000);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("one") << QStringLiteral("1.0") << qint64(1000000);
    QTest::newRow("six-decimals") << QStringLiteral("0.123456") << qint64(123456);
    QTest::newRow("seven-decimals") << QStringLiteral("0.1234567") << qint64(-1);
    QTest::newRow("above-one") << QStringLiteral("1.5") << qint64(-1);
    QTest::newRow("comma") << QStringLiteral("0,15") << qint64(-1);
}

void PriceRevisionTest::fixedPart()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    QCOMPARE(PriceRevision::parseFixedPart(text).value_or(-1), expected);
}

void PriceRevisionTest::malformedCsv_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QByteArray header("year,month,series,value,source_url,note\n");
    QTest::newRow("bad-header") << QByteArray("year;month\n") << QStringLiteral("s.csv:1: the header is not year,month,series,value,source_url,note");
    QTest::newRow("bad-month") << header + "2020,13,old,270.1,,\n" << QStringLiteral("s.csv:2: \"2020-13\" is not a month");
    QTest::newRow("bad-series") << header + "2020,1,new,270.1,,\n"
                                << QStringLiteral("s.csv:2: series: \"new\" is neither old nor revised");
    QTest::newRow("old-after-change") << header + "2023,1,old,270.1,,\n"
                                      << QStringLiteral("s.csv:2: the old series ends in August 2022");
    QTest::newRow("revised-before-change") << header + "2021,1,revised,270.1,,\n"
                                           << QStringLiteral("s.csv:2: the revised series starts in August 2022");
    QTest::newRow("two-decimals") << header + "2020,1,old,270.15,,\n"
                                  << QStringLiteral("s.csv:2: value: \"270.15\" is not an index value with at most one decimal");
    QTest::newRow("field-count") << header + "2020,1,old,270.1\n" << QStringLiteral("s.csv:2: 4 fields instead of 6");
}

void PriceRevisionTest::malformedCsv()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QStringList errors;
    QVERIFY(!IndexSeriesCsv::read(bytes, QStringLiteral("s.csv"), &errors));
    QCOMPARE(errors, QStringList{expected});
}

void PriceRevisionTest::storedWithHistory()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("syntec.sqlite")), Database::OpenMode::CreateIfMissing));
    Stores stores(database);
    QFile file(QStringLiteral(PLAFOND_SHARED_DATA "/syntec/syntec_2019_2025.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray real = file.readAll();
    // First as first published: June 2020 at 274.7.
    QByteArray first = real;
    first.replace("2020,6,old,274.9,", "2020,6,old,274.7,");
    SyntecImport import;
    QVERIFY(import.prepare(stores, first, QStringLiteral("first.csv")));
    QCOMPARE(import.added(), 61);
    QVERIFY(import.apply(stores, QDate(2020, 7, 15)));
    // Then the real file: one correction, nothing else new.
    QVERIFY(import.prepare(stores, real, QStringLiteral("real.csv")));
    QCOMPARE(import.added(), 0);
    QCOMPARE(import.corrected(), 1);
    QCOMPARE(import.changes(), (QStringList{QStringLiteral("0 new monthly value(s)"), QStringLiteral("1 correction(s)"),
                                            QStringLiteral("2020-06: 274.7 corrected to 274.9")}));
    QVERIFY(import.apply(stores, QDate(2021, 3, 1)));
    const QList<IndexValue> current = stores.indexes.indexValues(SyntecImport::indexName()).value();
    QCOMPARE(current.size(), 61);
    const QList<IndexValue> all = stores.indexes.indexValues(SyntecImport::indexName(), true).value();
    QCOMPARE(all.size(), 62);
    int superseded = 0;
    for (const IndexValue &value : all) {
        if (value.supersededOn.isValid()) {
            ++superseded;
            QCOMPARE(value.month, QDate(2020, 6, 1));
            QCOMPARE(value.tenths, 2747);
            QCOMPARE(value.supersededOn, QDate(2021, 3, 1));
        }
    }
    QCOMPARE(superseded, 1);
    // The stored series revises as the file does.
    IndexSeries series;
    for (const IndexValue &value : current)
        series.add(value);
    const PriceRevision::Clause clause{QDate(2020, 6, 1), 150000, QDate(2021, 9, 1)};
    QCOMPARE(PriceRevision::revise(Money::fromCents(100000), clause, series, QDate(2023, 6, 1))->cents(), 110941);
}

QTEST_GUILESS_MAIN(PriceRevisionTest)
#include "tst_pricerevision.moc"
