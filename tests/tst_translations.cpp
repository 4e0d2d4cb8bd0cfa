// SPDX-License-Identifier: GPL-3.0-or-later
// The French catalogue must be complete at every commit: this test runs lupdate on today's sources into a
// copy of the catalogue, so that a new tr() string without its translation fails here, not in front of a user.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    struct Counts
    {
        int messages = 0;
        QStringList unfinished;
        QStringList mismatchedArguments;
    };

    static Counts read(const QString &path)
    {
        Counts counts;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return counts;
        QXmlStreamReader xml(&file);
        QString source;
        QString context;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                ++counts.messages;
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || (text.isEmpty() && type != QLatin1String("vanished")
                                                            && type != QLatin1String("obsolete"))) {
                    counts.unfinished << context + QStringLiteral(": ") + source;
                    continue;
                }
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    continue;
                // Every %1… of the source must be in the translation, or .arg() fills the wrong place.
                for (int n = 1; n <= 9; ++n) {
                    const QString marker = QLatin1Char('%') + QString::number(n);
                    if (source.contains(marker) != text.contains(marker))
                        counts.mismatchedArguments << context + QStringLiteral(": ") + source;
                }
                if (source.contains(QLatin1String("%n")) != text.contains(QLatin1String("%n")))
                    counts.mismatchedArguments << context + QStringLiteral(": ") + source;
            }
        }
        return counts;
    }

private slots:
    void frenchIsComplete()
    {
        const QString catalogue = QStringLiteral(PLAFOND_SOURCE_DIR "/translations/plafond_fr.ts");
        QVERIFY(QFile::exists(catalogue));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("plafond_fr.ts"));
        QVERIFY(QFile::copy(catalogue, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(PLAFOND_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral(PLAFOND_SOURCE_DIR "/core"), QStringLiteral(PLAFOND_SOURCE_DIR "/ui"),
                       QStringLiteral(PLAFOND_SOURCE_DIR "/app"), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        const Counts counts = read(copy);
        QVERIFY2(counts.messages > 100, qPrintable(QString::number(counts.messages)));
        QVERIFY2(counts.unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 French messages unfinished (run the update_translations target,"
                                           " then translate them):\n")
                                .arg(counts.unfinished.size())
                                .arg(counts.messages)
                            + counts.unfinished.join(QLatin1Char('\n'))));
        QVERIFY2(counts.mismatchedArguments.isEmpty(),
                 qPrintable(QStringLiteral("Placeholders differ between source and translation:\n")
                            + counts.mismatchedArguments.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
