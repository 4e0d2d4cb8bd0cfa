// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export PDF summary…, driven offscreen: the preview is prepared off the GUI thread, then the file is
// chosen in the file dialog and written.
#include "language.h"
#include "reportdialog.h"

#include "io/demodata.h"
#include "report/reportbuilder.h"
#include "storage/stores.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Plafond;

class TestGuiReport : public QObject
{
    Q_OBJECT

private slots:
    void previewThenSave()
    {
        Language::apply(QStringLiteral("en"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString location = dir.filePath(QStringLiteral("demo.plafond"));
        QString error;
        QVERIFY2(DemoData::writeTo(location, &error), qPrintable(error));
        QList<Contract> contracts;
        Id ell = 0;
        {
            Database db;
            QVERIFY(db.open(location, Database::OpenMode::MustExist, &error));
            Stores stores(db);
            contracts = stores.contracts.contracts().value();
            ell = stores.contracts.contractByReference(QStringLiteral("MEF-ELL-2020"))->id;
        }

        ReportDialog dialog(location, contracts, ell);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.preparedReport());
        dialog.preview();
        // Prepared in a worker thread; the dialog stays responsive meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.preparedReport() != nullptr, 120000);
        const ReportBuilder *report = dialog.preparedReport();
        QVERIFY(report->pageCount() > 3);
        QCOMPARE(report->fingerprint().size(), 64);
        QVERIFY(report->title().contains(QLatin1String("MEF-ELL-2020")));
        bool previewShown = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            previewShown = previewShown || !label->pixmap().isNull();
        QVERIFY(previewShown);

        const QString out = dir.filePath(QStringLiteral("ell.pdf"));
        QTimer::singleShot(0, [out] {
            auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(files);
            files->selectFile(out);
            QMetaObject::invokeMethod(files, "accept"); // a protected slot, reached like a click on Save
        });
        dialog.save();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.writtenFile(), out, 120000);
        QVERIFY(QFileInfo(out).size() > 10000);
        QFile pdf(out);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }
};

QTEST_MAIN(TestGuiReport)
#include "tst_gui_report.moc"
