// SPDX-License-Identifier: GPL-3.0-or-later
// The report takes its language as a parameter: a French report and an English one built in the same process,
// one of them on a worker thread, while the interface keeps its own language and nothing global is swapped.
// A GUI test only because the catalogues (":/i18n/plafond_*.qm") are linked with the widgets.
#include "language.h"

#include "domain/catalogue.h"
#include "io/demodata.h"
#include "report/reportbuilder.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Plafond;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfInfo(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), { pdf });
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Counts the LanguageChange events the application receives: one is sent on every installTranslator()
// and removeTranslator().
class LanguageChanges : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::LanguageChange)
            ++count;
        return false;
    }
};

struct Built
{
    bool ok = false;
    QString error;
    QString title;
};

Built buildReport(const QString &location, const QString &language, const QString &path)
{
    Built built;
    Database database;
    if (!database.open(location, Database::OpenMode::ReadOnly, &built.error))
        return built;
    Stores stores(database);
    ReportOptions options;
    options.contractReference = QStringLiteral("MEF-ELL-2020");
    options.asOf = DemoData::snapshotDate();
    options.language = language;
    ReportBuilder builder;
    built.ok = builder.prepare(stores, options, &built.error) && builder.writePdf(path, &built.error);
    built.title = builder.title();
    return built;
}

} // namespace

class TestGuiReportLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_location = m_dir.filePath(QStringLiteral("demo.plafond"));
        QString error;
        QVERIFY2(DemoData::writeTo(m_location, &error), qPrintable(error));
    }

    void catalogue()
    {
        Language::apply(QStringLiteral("en"));
        const std::shared_ptr<const Catalogue> fr = Catalogue::forLanguage(QStringLiteral("fr"));
        QVERIFY(fr->isLoaded());
        QCOMPARE(fr->locale().language(), QLocale::French);
        QCOMPARE(fr->translate("ReportBuilder", "Summary of contract %1"),
            QStringLiteral("Synthèse du contrat %1"));
        QCOMPARE(fr->translate("ReportBuilder", "%n month(s)", nullptr, 3), QStringLiteral("3 mois"));
        // No translation: the source text, its %n replaced all the same.
        QCOMPARE(fr->translate("ReportBuilder", "not a message %n", nullptr, 1234),
            QStringLiteral("not a message 1234"));
        const std::shared_ptr<const Catalogue> en = Catalogue::forLanguage(QStringLiteral("en"));
        QCOMPARE(en->translate("ReportBuilder", "%n month(s)", nullptr, 1), QStringLiteral("1 month"));
        QCOMPARE(en->translate("ReportBuilder", "%n month(s)", nullptr, 2), QStringLiteral("2 months"));
        QCOMPARE(en->locale().country(), QLocale::UnitedKingdom);
        // The same loaded catalogue for every report of a language.
        QCOMPARE(Catalogue::forLanguage(QStringLiteral("fr")).get(), fr.get());
        // The application's catalogue follows the installed translators, untouched by the others.
        QCOMPARE(Catalogue::application().translate("ReportBuilder", "Summary of contract %1"),
            QStringLiteral("Summary of contract %1"));
    }

    void frenchAndEnglishInOneProcess_data()
    {
        QTest::addColumn<QString>("interface");
        QTest::newRow("English interface") << QStringLiteral("en");
        QTest::newRow("French interface") << QStringLiteral("fr");
    }

    void frenchAndEnglishInOneProcess()
    {
        QFETCH(QString, interface);
        Language::apply(interface);
        const QLocale interfaceLocale;
        const QString interfaceTitle = QCoreApplication::translate("ReportBuilder", "Summary of contract %1");
        LanguageChanges changes;
        qApp->installEventFilter(&changes);

        // The French report on a worker thread while the English one is built on this one.
        const QString frPdf = m_dir.filePath(QStringLiteral("fr-%1.pdf").arg(interface));
        const QString enPdf = m_dir.filePath(QStringLiteral("en-%1.pdf").arg(interface));
        Built fr;
        const QString location = m_location;
        QThread *worker = QThread::create(
            [&fr, location, frPdf]() { fr = buildReport(location, QStringLiteral("fr"), frPdf); });
        worker->start();
        const Built en = buildReport(m_location, QStringLiteral("en"), enPdf);
        QVERIFY(worker->wait(240000));
        delete worker;
        qApp->removeEventFilter(&changes);
        QVERIFY2(fr.ok, qPrintable(fr.error));
        QVERIFY2(en.ok, qPrintable(en.error));

        // Nothing of the application changed: no translator installed or removed, the same default locale,
        // the interface's texts in the interface's language.
        QCOMPARE(changes.count, 0);
        QCOMPARE(QLocale(), interfaceLocale);
        QCOMPARE(Language::current(), interface);
        QCOMPARE(QCoreApplication::translate("ReportBuilder", "Summary of contract %1"), interfaceTitle);

        QCOMPARE(fr.title,
            QStringLiteral("Synthèse du contrat MEF-ELL-2020 au %1")
                .arg(QLocale(QLocale::French, QLocale::France)
                         .toString(DemoData::snapshotDate(), QLocale::ShortFormat)));
        QCOMPARE(en.title,
            QStringLiteral("Summary of contract MEF-ELL-2020 as of %1")
                .arg(QLocale(QLocale::English, QLocale::UnitedKingdom)
                         .toString(DemoData::snapshotDate(), QLocale::ShortFormat)));

        const QString frText = pdfText(frPdf);
        const QString enText = pdfText(enPdf);
        QVERIFY2(frText.contains(QStringLiteral("Synthèse du contrat MEF-ELL-2020")),
            qPrintable(frText.left(2000)));
        QVERIFY(frText.contains(QStringLiteral("1. Identification du contrat")));
        QVERIFY(!frText.contains(QStringLiteral("Summary of contract")));
        QVERIFY(!frText.contains(QStringLiteral("Contract identity")));
        QVERIFY2(enText.contains(QStringLiteral("Summary of contract MEF-ELL-2020")),
            qPrintable(enText.left(2000)));
        QVERIFY(enText.contains(QStringLiteral("1. Contract identity")));
        QVERIFY(!enText.contains(QStringLiteral("Synthèse du contrat")));
        QVERIFY(!enText.contains(QStringLiteral("Identification du contrat")));
        // The document's own title (its metadata) in its language too.
        QVERIFY(pdfInfo(frPdf).contains(fr.title));
        QVERIFY(pdfInfo(enPdf).contains(en.title));
        Language::apply(QStringLiteral("en"));
    }

private:
    QTemporaryDir m_dir;
    QString m_location;
};

QTEST_MAIN(TestGuiReportLanguage)
#include "tst_gui_reportlanguage.moc"
