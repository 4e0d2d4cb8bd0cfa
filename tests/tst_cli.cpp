// SPDX-License-Identifier: GPL-3.0-or-later
// The plafond executable seen from outside: arguments in, exit code and output out. The summary of the
// hand-computed contract, as JSON and CSV: tst_cli_summary.
#include "clifixture.h"
#include "plafondprocess.h"

#include "io/importer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Plafond;
using PlafondTest::Run;

class CliTest : public QObject, private PlafondTest::CliFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void help();
    void demoCreatesDatabase();
    void generateWritesTheBenchmarkData();
    void errors_data();
    void errors();
    void report_data();
    void report();
    void exportOrders();
    void reportAndExportErrors_data();
    void reportAndExportErrors();
    void importErrors_data();
    void importErrors();
};

void CliTest::initTestCase()
{
    openFixture();
}

void CliTest::version()
{
    const Run result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("plafond " PLAFOND_VERSION "\n"));
    QCOMPARE(result.err, QByteArray());
}

void CliTest::help()
{
    const Run result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char *expected : {"--db", "--lang", "--demo", "--contract", "--as-of", "--format", "demo", "summary",
                                 "Exit codes", "import     tickets FILE"})
        QVERIFY2(result.out.contains(expected), expected);
}

void CliTest::demoCreatesDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.plafond"));
    const Run result = run({QStringLiteral("demo"), QStringLiteral("--db"), path});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QByteArray());
    QVERIFY(QFileInfo::exists(path));
    const Run summary = run({QStringLiteral("summary"), QStringLiteral("--db"), path, QStringLiteral("--as-of"),
                             QStringLiteral("2030-01-01")});
    QCOMPARE(summary.exitCode, 0);
    const QJsonArray contracts = QJsonDocument::fromJson(summary.out).object().value(QStringLiteral("contracts")).toArray();
    QCOMPARE(contracts.size(), 2);
    QCOMPARE(contracts.at(0).toObject().value(QStringLiteral("reference")).toString(), QStringLiteral("ACIM-2012"));
    QCOMPARE(contracts.at(1).toObject().value(QStringLiteral("reference")).toString(), QStringLiteral("MEF-ELL-2020"));
}

void CliTest::generateWritesTheBenchmarkData()
{
    // Scale 1: one contract of six lots and 10,000 orders, the same whatever the day (no clock, fixed seed).
    QString outputs[2];
    for (int i = 0; i < 2; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("generated%1.sqlite").arg(i));
        const Run result = run({QStringLiteral("generate"), QStringLiteral("--db"), path, QStringLiteral("--scale"),
                                QStringLiteral("1")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.err, QByteArray("Contract 1 of 1 prepared\n")); // written only at the end, when committed
        QCOMPARE(result.out, QStringLiteral("Generated data (scale 1) written to %1\n").arg(path).toUtf8());
        const Run summary = run({QStringLiteral("summary"), QStringLiteral("--db"), path, QStringLiteral("--as-of"),
                                 QStringLiteral("2040-01-01")});
        QCOMPARE(summary.exitCode, 0);
        const QJsonArray contracts = QJsonDocument::fromJson(summary.out).object().value(QStringLiteral("contracts")).toArray();
        QCOMPARE(contracts.size(), 1);
        QCOMPARE(contracts.at(0).toObject().value(QStringLiteral("lots")).toArray().size(), 6);
        outputs[i] = QString::fromUtf8(summary.out);
    }
    QCOMPARE(outputs[0], outputs[1]);
    // Never over an existing file; the scale is checked before anything is written.
    const QString existing = m_dir.filePath(QStringLiteral("generated0.sqlite"));
    Run refused = run({QStringLiteral("generate"), QStringLiteral("--db"), existing, QStringLiteral("--scale"), QStringLiteral("1")});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err, QStringLiteral("%1: the file already exists; generated data are only written to a new file\n")
                              .arg(existing).toUtf8());
    const QString fresh = m_dir.filePath(QStringLiteral("never.sqlite"));
    refused = run({QStringLiteral("generate"), QStringLiteral("--db"), fresh, QStringLiteral("--scale"), QStringLiteral("0")});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err, QByteArray("--scale: 0 is not a number of contracts from 1 to 100\n"));
    refused = run({QStringLiteral("generate"), QStringLiteral("--db"), fresh});
    QCOMPARE(refused.err, QByteArray("generate: --scale N is required\n"));
    refused = run({QStringLiteral("summary"), QStringLiteral("--db"), existing, QStringLiteral("--scale"), QStringLiteral("2")});
    QCOMPARE(refused.err, QByteArray("--scale only applies to the generate command\n"));
    QVERIFY(!QFileInfo::exists(fresh));
}

void CliTest::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // the whole of stderr, %1 = the fixture, %2 = a missing file

    const QString db = QStringLiteral("--db");
    const QString fixture = QStringLiteral("%1");
    const QString missing = QStringLiteral("%2");
    const QString summary = QStringLiteral("summary");
    QTest::newRow("unknown-command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("frobnicate: unknown command (commands: demo, generate, summary, report, export, import; see --help)\n");
    QTest::newRow("unknown-option") << QStringList{QStringLiteral("--frobnicate")}
                                    << QStringLiteral("Unknown option 'frobnicate'.\n");
    QTest::newRow("missing-option-value") << QStringList{summary, db}
                                          << QStringLiteral("Missing value after '--db'.\n");
    QTest::newRow("extra-argument") << QStringList{summary, QStringLiteral("extra"), db, fixture}
                                    << QStringLiteral("summary: unexpected argument extra\n");
    QTest::newRow("summary-without-db") << QStringList{summary} << QStringLiteral("summary: --db PATH is required\n");
    QTest::newRow("demo-without-db") << QStringList{QStringLiteral("demo")} << QStringLiteral("demo: --db PATH is required\n");
    // A refused command line still answers in the language it asks for.
    QTest::newRow("summary-without-db-fr") << QStringList{summary, QStringLiteral("--lang"), QStringLiteral("fr")}
                                           << QStringLiteral("summary\u00a0: --db CHEMIN est obligatoire\n");
    QTest::newRow("summary-without-db-en") << QStringList{summary, QStringLiteral("--lang"), QStringLiteral("en")}
                                           << QStringLiteral("summary: --db PATH is required\n");
    QTest::newRow("summary-missing-file") << QStringList{summary, db, missing}
                                          << QStringLiteral("%2: no such database file\n");
    QTest::newRow("gui-missing-file") << QStringList{db, missing} << QStringLiteral("%2: no such database file\n");
    QTest::newRow("demo-over-existing-file")
        << QStringList{QStringLiteral("demo"), db, fixture}
        << QStringLiteral("%1: the file already exists; the demo is only written to a new file\n");
    QTest::newRow("bad-date") << QStringList{summary, db, fixture, QStringLiteral("--as-of"), QStringLiteral("2024-13-01")}
                              << QStringLiteral("--as-of: 2024-13-01 is not a date (YYYY-MM-DD)\n");
    QTest::newRow("date-not-padded") << QStringList{summary, db, fixture, QStringLiteral("--as-of"), QStringLiteral("2024-1-01")}
                                     << QStringLiteral("--as-of: 2024-1-01 is not a date (YYYY-MM-DD)\n");
    QTest::newRow("unknown-contract") << QStringList{summary, db, fixture, QStringLiteral("--contract"), QStringLiteral("NOPE")}
                                      << QStringLiteral("--contract: NOPE is not the reference of a contract in this database.\n");
    QTest::newRow("bad-format") << QStringList{summary, db, fixture, QStringLiteral("--format"), QStringLiteral("xml")}
                                << QStringLiteral("--format: xml is not a supported format (json, csv)\n");
    QTest::newRow("bad-language") << QStringList{summary, db, fixture, QStringLiteral("--lang"), QStringLiteral("de")}
                                  << QStringLiteral("--lang: de is not a supported language (fr, en)\n");
    QTest::newRow("format-outside-summary") << QStringList{QStringLiteral("demo"), db, missing, QStringLiteral("--format"), QStringLiteral("csv")}
                                            << QStringLiteral("--format only applies to the summary command\n");
    QTest::newRow("demo-flag-with-command") << QStringList{summary, db, fixture, QStringLiteral("--demo")}
                                            << QStringLiteral("--demo does not apply to the summary command\n");
    QTest::newRow("demo-flag-and-db") << QStringList{QStringLiteral("--demo"), db, fixture}
                                      << QStringLiteral("--demo and --db cannot be used together\n");
}

void CliTest::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const QString missing = m_dir.filePath(QStringLiteral("no-such.plafond"));
    for (QString &argument : arguments)
        argument = argument == QLatin1String("%1") ? m_fixture : argument == QLatin1String("%2") ? missing : argument;
    const Run result = run(arguments);
    QCOMPARE(QString::fromUtf8(result.err), QString(expected).replace(QStringLiteral("%1"), m_fixture).replace(QStringLiteral("%2"), missing));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QVERIFY(!QFileInfo::exists(missing)); // nothing was created
}

void CliTest::report_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedText"); // found in the PDF's text (pdftotext)
    QTest::newRow("english") << QStringList{QStringLiteral("--contract"), QStringLiteral("TEST-1"), QStringLiteral("--lang"),
                                            QStringLiteral("en")}
                             << QStringLiteral("€16,151.39");
    // French amounts: pdftotext prints the narrow no-break spaces as spaces.
    QTest::newRow("french-pdfa") << QStringList{QStringLiteral("--contract"), QStringLiteral("TEST-1"), QStringLiteral("--lang"),
                                                QStringLiteral("fr"), QStringLiteral("--pdfa")}
                                 << QStringLiteral("16 151,39 €");
    QTest::newRow("portfolio") << QStringList{QStringLiteral("--all")} << QStringLiteral("TEST-1");
}

void CliTest::report()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedText);
    const QString out = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())));
    const Run result = run(QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_fixture, QStringLiteral("--as-of"),
                                       QStringLiteral("2023-09-15"), QStringLiteral("--out"), out}
                           + arguments);
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(out.toUtf8())); // "Report written to …", in the language of --lang
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), out, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(expectedText));
}

void CliTest::exportOrders()
{
    const QString out = m_dir.filePath(QStringLiteral("orders.csv"));
    Run result = run({QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("--db"), m_fixture,
                      QStringLiteral("--contract"), QStringLiteral("TEST-1"), QStringLiteral("--out"), out,
                      QStringLiteral("--dialect"), QStringLiteral("standard")});
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
             QByteArray("contract,lot,order,beneficiary,issued,work_unit,quantity,unit_price_ht,status,service_done,invoiced,paid\n"
                        "TEST-1,1,O1,MIN,2023-02-05,A,10,1000.00,paid,2023-03-10,2023-03-20,2023-04-15\n"
                        "TEST-1,1,O1,MIN,2023-02-05,B,2.5,812.35,paid,2023-03-10,2023-03-20,2023-04-15\n"
                        "TEST-1,1,O2,DIR,2023-08-01,A,3.5,1100.00,paid,2023-09-10,2023-10-01,2023-11-01\n"
                        "TEST-1,2,O3,OTHER,2023-03-02,C,7,250.50,cancelled,,,\n"
                        "TEST-1,2,O4,DIR,2023-06-10,C,40,250.50,invoiced,2023-07-01,2023-07-20,\n"
                        "TEST-1,1,O5,MIN,,A,1,1100.00,draft,,,\n"
                        "TEST-1,1,O6,OTHER,2023-09-10,B,0.333,812.35,issued,,,\n"
                        "TEST-1,2,O7,MIN,2023-09-16,C,10,250.50,issued,,,\n"));
    file.close();

    // The default dialect is the French spreadsheet's: byte order mark, ';', decimal comma.
    result = run({QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("--db"), m_fixture, QStringLiteral("--out"), out});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray french = file.readAll();
    QVERIFY(french.startsWith("\xEF\xBB\xBF" "contract;lot;order;beneficiary;issued;work_unit;quantity;unit_price_ht;status;"));
    QVERIFY(french.contains("TEST-1;1;O1;MIN;2023-02-05;B;2,5;812,35;paid;2023-03-10;2023-03-20;2023-04-15\n"));
}

void CliTest::reportAndExportErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // the whole of stderr, %1 = the fixture, %2 = a missing file

    const QString db = QStringLiteral("--db");
    const QString fixture = QStringLiteral("%1");
    const QString missing = QStringLiteral("%2");
    const QString report = QStringLiteral("report");
    const QString out = QStringLiteral("--out");
    const QString pdf = QStringLiteral("%3");
    const QString contract = QStringLiteral("--contract");
    QTest::newRow("report-without-db") << QStringList{report} << QStringLiteral("report: --db PATH is required\n");
    QTest::newRow("report-missing-file") << QStringList{report, db, missing, QStringLiteral("--all"), out, pdf}
                                         << QStringLiteral("%2: no such database file\n");
    QTest::newRow("report-without-contract") << QStringList{report, db, fixture, out, pdf}
                                             << QStringLiteral("report: --contract REF or --all is required\n");
    QTest::newRow("report-contract-and-all") << QStringList{report, db, fixture, contract, QStringLiteral("TEST-1"),
                                                            QStringLiteral("--all"), out, pdf}
                                             << QStringLiteral("--contract and --all cannot be used together\n");
    QTest::newRow("report-without-out") << QStringList{report, db, fixture, QStringLiteral("--all")}
                                        << QStringLiteral("report: --out FILE.pdf is required\n");
    QTest::newRow("report-unknown-contract") << QStringList{report, db, fixture, contract, QStringLiteral("NOPE"), out, pdf}
                                             << QStringLiteral("--contract: NOPE is not the reference of a contract in this database.\n");
    QTest::newRow("report-bad-date") << QStringList{report, db, fixture, QStringLiteral("--all"), QStringLiteral("--as-of"),
                                                    QStringLiteral("2024-02-30"), out, pdf}
                                     << QStringLiteral("--as-of: 2024-02-30 is not a date (YYYY-MM-DD)\n");
    QTest::newRow("report-bad-language") << QStringList{report, db, fixture, QStringLiteral("--all"), QStringLiteral("--lang"),
                                                        QStringLiteral("de"), out, pdf}
                                         << QStringLiteral("--lang: de is not a supported language (fr, en)\n");
    QTest::newRow("report-format") << QStringList{report, db, fixture, QStringLiteral("--all"), out, pdf,
                                                  QStringLiteral("--format"), QStringLiteral("csv")}
                                   << QStringLiteral("--format only applies to the summary command\n");
    QTest::newRow("pdfa-outside-report") << QStringList{QStringLiteral("summary"), db, fixture, QStringLiteral("--pdfa")}
                                         << QStringLiteral("--pdfa only applies to the report command\n");
    QTest::newRow("out-with-summary") << QStringList{QStringLiteral("summary"), db, fixture, out, pdf}
                                      << QStringLiteral("--out only applies to the report and export commands\n");
    const QString exportCommand = QStringLiteral("export");
    const QString orders = QStringLiteral("orders");
    QTest::newRow("export-nothing") << QStringList{exportCommand, db, fixture, out, pdf}
                                    << QStringLiteral("export: what to export is missing (orders, decp)\n");
    QTest::newRow("export-unknown") << QStringList{exportCommand, QStringLiteral("invoices"), db, fixture, out, pdf}
                                    << QStringLiteral("export: invoices cannot be exported (orders, decp)\n");
    QTest::newRow("export-extra") << QStringList{exportCommand, orders, QStringLiteral("more"), db, fixture, out, pdf}
                                  << QStringLiteral("export: unexpected argument more\n");
    QTest::newRow("export-without-db") << QStringList{exportCommand, orders} << QStringLiteral("export: --db PATH is required\n");
    QTest::newRow("export-without-out") << QStringList{exportCommand, orders, db, fixture}
                                        << QStringLiteral("export: --out FILE is required\n");
    QTest::newRow("export-bad-dialect") << QStringList{exportCommand, orders, db, fixture, out, pdf, QStringLiteral("--dialect"),
                                                       QStringLiteral("excel")}
                                        << QStringLiteral("--dialect: excel is not a supported dialect (fr, standard)\n");
    QTest::newRow("export-unknown-contract") << QStringList{exportCommand, orders, db, fixture, contract, QStringLiteral("NOPE"),
                                                            out, pdf}
                                             << QStringLiteral("--contract: NOPE is not the reference of a contract in this database.\n");
    QTest::newRow("export-as-of") << QStringList{exportCommand, orders, db, fixture, out, pdf, QStringLiteral("--as-of"),
                                                 QStringLiteral("2024-01-01")}
                                  << QStringLiteral("--as-of only applies to the summary and report commands\n");
    QTest::newRow("dialect-with-report") << QStringList{report, db, fixture, QStringLiteral("--all"), out, pdf,
                                                        QStringLiteral("--dialect"), QStringLiteral("fr")}
                                         << QStringLiteral("--dialect only applies to the export command\n");
}

void CliTest::reportAndExportErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const QString missing = m_dir.filePath(QStringLiteral("no-such.plafond"));
    const QString out = m_dir.filePath(QStringLiteral("not-written.out"));
    for (QString &argument : arguments) {
        argument = argument == QLatin1String("%1") ? m_fixture
            : argument == QLatin1String("%2")      ? missing
            : argument == QLatin1String("%3")      ? out
                                                   : argument;
    }
    const Run result = run(arguments);
    QCOMPARE(QString::fromUtf8(result.err), QString(expected).replace(QStringLiteral("%1"), m_fixture).replace(QStringLiteral("%2"), missing));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(!QFileInfo::exists(out)); // nothing written
}

void CliTest::importErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // the whole of stderr, %1 = the fixture, %2 = a missing file

    const QString import = QStringLiteral("import");
    const QString db = QStringLiteral("--db");
    const QString fixture = QStringLiteral("%1");
    const QString missing = QStringLiteral("%2");
    // The kinds the importers registered (core/io/importer.cpp), in their order.
    QStringList kinds;
    for (Importer::Kind kind : Importer::kinds())
        kinds << Importer::name(kind);
    QVERIFY(kinds.contains(QStringLiteral("tickets")));
    const QString kindList = kinds.join(QStringLiteral(", "));
    QTest::newRow("import-nothing") << QStringList{import, db, fixture}
                                    << QStringLiteral("import: what to import is missing (%1)\n").arg(kindList);
    QTest::newRow("import-unknown-kind") << QStringList{import, QStringLiteral("invoices"), QStringLiteral("x.csv"), db, fixture}
                                         << QStringLiteral("import: invoices cannot be imported (%1)\n").arg(kindList);
    QTest::newRow("import-without-file") << QStringList{import, QStringLiteral("orders"), db, fixture}
                                         << QStringLiteral("import: the file to import is missing\n");
    QTest::newRow("import-extra-argument")
        << QStringList{import, QStringLiteral("orders"), QStringLiteral("a.csv"), QStringLiteral("b.csv"), db, fixture}
        << QStringLiteral("import: unexpected argument b.csv\n");
    QTest::newRow("import-without-db") << QStringList{import, QStringLiteral("orders"), QStringLiteral("a.csv")}
                                       << QStringLiteral("import: --db PATH is required\n");
    QTest::newRow("import-missing-input") << QStringList{import, QStringLiteral("orders"), missing, db, fixture}
                                          << QStringLiteral("%2: cannot read the file: No such file or directory\n");
    QTest::newRow("dry-run-outside-import") << QStringList{QStringLiteral("summary"), db, fixture, QStringLiteral("--dry-run")}
                                            << QStringLiteral("--dry-run only applies to the import command\n");
}

void CliTest::importErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const QString missing = m_dir.filePath(QStringLiteral("no-such.plafond"));
    for (QString &argument : arguments)
        argument = argument == QLatin1String("%1") ? m_fixture : argument == QLatin1String("%2") ? missing : argument;
    QFile fixture(m_fixture);
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QByteArray before = fixture.readAll();
    fixture.close();
    const Run result = run(arguments);
    QCOMPARE(QString::fromUtf8(result.err), QString(expected).replace(QStringLiteral("%1"), m_fixture).replace(QStringLiteral("%2"), missing));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QCOMPARE(fixture.readAll(), before); // the database byte for byte as it was
}


QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
