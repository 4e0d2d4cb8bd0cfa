// SPDX-License-Identifier: GPL-3.0-or-later
// File → Import, driven offscreen on a main window: the file is checked in a worker thread (preview of its
// changes, or of its errors with the Import button disabled), then imported with progress and Cancel; a
// cancelled or refused import leaves the database file byte for byte as it was.
#include "filehash.h"

#include "importdialog.h"
#include "language.h"
#include "mainwindow.h"
#include "workspace.h"

#include "engine/summary.h"
#include "io/contractimport.h"
#include "models/ordersfilterproxy.h"
#include "storage/stores.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <atomic>

using namespace Plafond;
using PlafondTest::fileHash;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList items(const QListWidget *list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts << list->item(row)->text();
    return texts;
}

const QString dataDir = QStringLiteral(PLAFOND_SOURCE_DIR "/tests/data/");

// Holds the worker at its first progress report past `threshold` in the step chosen by `armed`, until the
// test has pressed Cancel: the cancel then happens at a known point, whatever the machine's speed.
struct Gate
{
    std::atomic_bool armed{false};
    std::atomic_bool used{false};
    qint64 threshold = 0;
    QSemaphore reached;
    QSemaphore go;
    std::function<void(qint64, qint64)> hook()
    {
        return [this](qint64 done, qint64) {
            if (armed && done > threshold && !used.exchange(true)) {
                reached.release();
                go.acquire();
            }
        };
    }
};

} // namespace

class TestGuiImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void menuListsEveryKind();
    void ordersPreviewThenImport();
    void malformedFileRefused();
    void cancelWhileChecking();
    void cancelWhileImporting();
    void sillRealFile();

private:
    QString copyOf(const QString &source, const QString &name);
    static QPushButton *button(ImportDialog &dialog, const char *name)
    {
        return dialog.findChild<QPushButton *>(QLatin1String(name));
    }
    static QListWidget *list(ImportDialog &dialog, const char *name)
    {
        return dialog.findChild<QListWidget *>(QLatin1String(name));
    }
    static QString status(ImportDialog &dialog)
    {
        return dialog.findChild<QLabel *>(QStringLiteral("status"))->text();
    }
    // Clicks `name` and waits for the worker it starts to end.
    static bool clickAndWait(ImportDialog &dialog, const char *name)
    {
        QSignalSpy finished(&dialog, &ImportDialog::finished);
        QTest::mouseClick(button(dialog, name), Qt::LeftButton);
        return finished.count() > 0 || finished.wait(120000);
    }

    QTemporaryDir m_dir;
    QString m_empty;
    QString m_fixture; // tests/data/import/contract.json imported
    QString m_large;   // 3000 orders on the fixture's lot 1
};

void TestGuiImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Language::apply(QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
    m_empty = m_dir.filePath(QStringLiteral("empty.plafond"));
    m_fixture = m_dir.filePath(QStringLiteral("fixture.plafond"));
    {
        Database database;
        QString error;
        QVERIFY2(database.open(m_empty, Database::OpenMode::CreateIfMissing, &error), qPrintable(error));
    }
    QVERIFY(QFile::copy(m_empty, m_fixture));
    {
        Database database;
        QVERIFY(database.open(m_fixture, Database::OpenMode::MustExist));
        Stores stores(database);
        ContractImport import;
        QVERIFY(import.prepare(stores, readAll(dataDir + QStringLiteral("import/contract.json")),
                               QStringLiteral("contract.json")));
        QVERIFY(import.apply(stores));
    }
    m_large = m_dir.filePath(QStringLiteral("large.csv"));
    QFile large(m_large);
    QVERIFY(large.open(QIODevice::WriteOnly));
    large.write("contract;lot;order;beneficiary;issued;work_unit;quantity;unit_price_ht;status;service_done;invoiced;paid\n");
    for (int i = 1; i <= 3000; ++i)
        large.write("TEST-2024;1;L-" + QByteArray::number(i) + ";MEF;2024-03-01;AUDIT;1;10,00;issued;;;\n");
}

QString TestGuiImport::copyOf(const QString &source, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(source, path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void TestGuiImport::menuListsEveryKind()
{
    MainWindow window;
    QString error;
    QVERIFY2(window.openDatabase(copyOf(m_fixture, QStringLiteral("menu.plafond")), false, &error), qPrintable(error));
    QVERIFY(window.waitUntilLoaded());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *importMenu = window.findChild<QAction *>(QStringLiteral("actionImport"));
    QVERIFY(importMenu);
    QVERIFY(importMenu->isEnabled());
    QCOMPARE(importMenu->text(), QStringLiteral("&Import"));
    QList<QAction *> actions = importMenu->menu()->actions();
    QCOMPARE(actions.size(), Importer::kinds().size());
    for (int i = 0; i < actions.size(); ++i) {
        const Importer::Kind kind = Importer::kinds().at(i);
        QCOMPARE(actions.at(i)->objectName(), QStringLiteral("actionImport_") + Importer::name(kind));
        QCOMPARE(actions.at(i)->text(), QStringLiteral("&%1 %2…").arg(i + 1).arg(Importer::title(kind)));
    }
    // The entry opens the dialog on its kind, the chooser offering every kind.
    Importer::Kind shown = Importer::Kind::Contract;
    int offered = 0;
    bool skipOffered = true;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shown = dialog->kind();
        offered = dialog->findChild<QComboBox *>(QStringLiteral("kind"))->count();
        skipOffered = dialog->findChild<QCheckBox *>(QStringLiteral("skipInvalid"))->isVisibleTo(dialog);
        dialog->reject();
    });
    window.findChild<QAction *>(QStringLiteral("actionImport_orders"))->trigger();
    QCOMPARE(shown, Importer::Kind::Orders);
    QCOMPARE(offered, Importer::kinds().size());
    QVERIFY(!skipOffered); // only the SILL import can skip malformed entries

    // The whole way through the menu, the keyboard's Enter doing each step: the Syntec index file is checked,
    // imported, and the status bar says what was imported once the dialog is closed.
    bool imported = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("file"));
        file->setText(QStringLiteral(PLAFOND_SHARED_DATA "/syntec/syntec_2019_2025.csv"));
        QSignalSpy finished(dialog, &ImportDialog::finished);
        QTest::keyClick(file, Qt::Key_Return); // Check file
        if (!finished.wait(120000) || dialog->state() != ImportDialog::State::Checked)
            return;
        QTest::keyClick(dialog, Qt::Key_Return); // Import, now the default button
        if (!finished.wait(120000))
            return;
        imported = dialog->state() == ImportDialog::State::Imported;
        dialog->reject();
    });
    window.findChild<QAction *>(QStringLiteral("actionImport_syntec"))->trigger();
    QVERIFY(imported);
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Syntec index imported from syntec_2019_2025.csv: 61 new monthly values, 0 corrections"));
    QCOMPARE(window.workspace()->stores().indexes.indexValues(QStringLiteral("SYNTEC")).value().size(), 61);
}

void TestGuiImport::ordersPreviewThenImport()
{
    MainWindow window;
    QString error;
    const QString db = copyOf(m_fixture, QStringLiteral("orders.plafond"));
    QVERIFY2(window.openDatabase(db, false, &error), qPrintable(error));
    QVERIFY(window.waitUntilLoaded());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Stores &stores = window.workspace()->stores();
    QCOMPARE(stores.orders.orderRows().value().size(), 0);
    QCOMPARE(window.ordersProxy()->rowCount(), 0);

    ImportDialog dialog(window.workspace(), Importer::Kind::Orders, &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!button(dialog, "importButton")->isEnabled());
    QVERIFY(!button(dialog, "checkButton")->isEnabled()); // no file yet
    // The path typed, as a user may.
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("file")), dataDir + QStringLiteral("import/orders_fr.csv"));
    QVERIFY(button(dialog, "checkButton")->isEnabled());
    QVERIFY(clickAndWait(dialog, "checkButton"));
    QCOMPARE(dialog.state(), ImportDialog::State::Checked);
    QCOMPARE(items(list(dialog, "errors")), QStringList());
    // The fixture's clause has no index value: the lines priced from the schedule after the revision say so.
    QCOMPARE(items(list(dialog, "warnings")),
             (QStringList{QStringLiteral("orders_fr.csv:4: unit_price_ht: the revision of 2025-01-01 is not applied"
                                         " (the Syntec index of 2023-10 is missing): 900.00 is used"),
                          QStringLiteral("orders_fr.csv:7: unit_price_ht: the revision of 2025-01-01 is not applied"
                                         " (the Syntec index of 2023-10 is missing): 800.00 is used")}));
    const QTabWidget *tabs = dialog.findChild<QTabWidget *>();
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(tabs->indexOf(list(dialog, "warnings"))), QStringLiteral("&Warnings (2)"));
    QCOMPARE(items(list(dialog, "changes")),
             (QStringList{QStringLiteral("order BC-1 of contract TEST-2024: 2 lines, 3200.00 excl. VAT, paid"),
                          QStringLiteral("order BC-2 of contract TEST-2024: 1 line, 2700.00 excl. VAT, issued"),
                          QStringLiteral("order BC-3 of contract TEST-2024: 1 line, 1050.00 excl. VAT, done"),
                          QStringLiteral("order BC-4 of contract TEST-2024: 1 line, 800.00 excl. VAT, draft"),
                          QStringLiteral("order BC-5 of contract TEST-2024: 1 line, 8000.00 excl. VAT, cancelled")}));
    QVERIFY(status(dialog).contains(QLatin1String("cannot be undone")));
    // Checking wrote nothing.
    QCOMPARE(stores.orders.orderRows().value().size(), 0);
    QVERIFY(button(dialog, "importButton")->isEnabled());

    QVERIFY(clickAndWait(dialog, "importButton"));
    QCOMPARE(dialog.state(), ImportDialog::State::Imported);
    QCOMPARE(status(dialog), QStringLiteral("5 orders imported from orders_fr.csv"));
    QCOMPARE(dialog.importedMessage(), status(dialog));
    QVERIFY(!button(dialog, "importButton")->isEnabled());
    const QProgressBar *progress = dialog.findChild<QProgressBar *>(QStringLiteral("progress"));
    QCOMPARE(progress->value(), progress->maximum());

    // The main window reloaded: the five orders are listed, and the totals are exact.
    QCOMPARE(stores.orders.orderRows().value().size(), 5);
    QVERIFY(window.waitUntilLoaded());
    QCOMPARE(window.ordersProxy()->rowCount(), 5);
    QCOMPARE(window.workspace()->undoStack()->count(), 0);
    const auto summary = Summary::compute(stores, QDate(2026, 1, 1), QStringLiteral("TEST-2024"));
    QVERIFY(summary);
    QCOMPARE(summary->contracts.size(), 1);
    const StepTotals totals = summary->contracts.first().totals;
    QCOMPARE(totals.ordered, Money::fromCents(320000 + 270000 + 105000)); // neither the draft nor the cancelled
    QCOMPARE(totals.done, Money::fromCents(320000 + 105000));
    QCOMPARE(totals.invoiced, Money::fromCents(320000));
    QCOMPARE(totals.paid, Money::fromCents(320000));
}

void TestGuiImport::malformedFileRefused()
{
    const QString db = copyOf(m_fixture, QStringLiteral("malformed.plafond"));
    const QByteArray before = fileHash(db);
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openDatabase(db, false, &error), qPrintable(error));
        QVERIFY(window.waitUntilLoaded());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ImportDialog dialog(window.workspace(), Importer::Kind::Orders, &window);
        dialog.setFilePath(dataDir + QStringLiteral("malformed/orders_unknown_lot.csv"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(clickAndWait(dialog, "checkButton"));
        QCOMPARE(dialog.state(), ImportDialog::State::Idle);
        QCOMPARE(items(list(dialog, "errors")),
                 QStringList{QStringLiteral("orders_unknown_lot.csv:3: lot: contract TEST-2024 has no lot 7")});
        QCOMPARE(items(list(dialog, "changes")), QStringList());
        QVERIFY(!button(dialog, "importButton")->isEnabled());
        // Clicking it anyway does nothing.
        QTest::mouseClick(button(dialog, "importButton"), Qt::LeftButton);
        QCOMPARE(dialog.state(), ImportDialog::State::Idle);
        QCOMPARE(fileHash(db), before);
    }
    QCOMPARE(fileHash(db), before);
}

void TestGuiImport::cancelWhileChecking()
{
    const QString db = copyOf(m_fixture, QStringLiteral("cancel-check.plafond"));
    const QByteArray before = fileHash(db);
    MainWindow window;
    QString error;
    QVERIFY2(window.openDatabase(db, false, &error), qPrintable(error));
    QVERIFY(window.waitUntilLoaded());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ImportDialog dialog(window.workspace(), Importer::Kind::Orders, &window);
    Gate gate;
    gate.threshold = 1000;
    gate.armed = true;
    dialog.setWorkerProgressHook(gate.hook());
    dialog.setFilePath(m_large);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(&dialog, &ImportDialog::finished);
    QTest::mouseClick(button(dialog, "checkButton"), Qt::LeftButton);
    QCOMPARE(dialog.state(), ImportDialog::State::Checking);
    QTRY_VERIFY_WITH_TIMEOUT(gate.reached.available() > 0, 120000);
    // The worker is held at 1100 of 3000 records: the bar shows it, Cancel is offered, Import is not.
    auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("progress"));
    QTRY_COMPARE(progress->value(), 1100);
    QCOMPARE(progress->maximum(), 3000);
    QVERIFY(button(dialog, "cancel")->isEnabled());
    QVERIFY(!button(dialog, "importButton")->isEnabled());
    QVERIFY(!button(dialog, "closeButton")->isEnabled());
    QTest::mouseClick(button(dialog, "cancel"), Qt::LeftButton);
    gate.go.release();
    QVERIFY(finished.wait(120000));
    QCOMPARE(dialog.state(), ImportDialog::State::Idle);
    QCOMPARE(status(dialog), QStringLiteral("Check cancelled: nothing was written."));
    QCOMPARE(items(list(dialog, "changes")), QStringList());
    QVERIFY(!button(dialog, "importButton")->isEnabled());
    QVERIFY(!button(dialog, "cancel")->isEnabled());
    QCOMPARE(window.workspace()->stores().orders.orderRows().value().size(), 0);
    QCOMPARE(fileHash(db), before);
}

void TestGuiImport::cancelWhileImporting()
{
    const QString db = copyOf(m_fixture, QStringLiteral("cancel-import.plafond"));
    const QByteArray before = fileHash(db);
    MainWindow window;
    QString error;
    QVERIFY2(window.openDatabase(db, false, &error), qPrintable(error));
    QVERIFY(window.waitUntilLoaded());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ImportDialog dialog(window.workspace(), Importer::Kind::Orders, &window);
    Gate gate;
    gate.threshold = 2000;
    dialog.setWorkerProgressHook(gate.hook());
    dialog.setFilePath(m_large);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(clickAndWait(dialog, "checkButton"));
    QCOMPARE(dialog.state(), ImportDialog::State::Checked);
    QCOMPARE(list(dialog, "changes")->count(), 3000);
    QCOMPARE(fileHash(db), before);

    gate.armed = true; // in the transaction, after 2100 orders were written
    QSignalSpy finished(&dialog, &ImportDialog::finished);
    QTest::mouseClick(button(dialog, "importButton"), Qt::LeftButton);
    QCOMPARE(dialog.state(), ImportDialog::State::Importing);
    QTRY_VERIFY_WITH_TIMEOUT(gate.reached.available() > 0, 120000);
    QTest::mouseClick(button(dialog, "cancel"), Qt::LeftButton);
    gate.go.release();
    QVERIFY(finished.wait(120000));
    QCOMPARE(dialog.state(), ImportDialog::State::Idle);
    QCOMPARE(status(dialog), QStringLiteral("Import cancelled: nothing was written."));
    // What was written is rolled back; another try needs another check.
    QVERIFY(!button(dialog, "importButton")->isEnabled());
    QCOMPARE(window.workspace()->stores().orders.orderRows().value().size(), 0);
    QCOMPARE(fileHash(db), before);
}

void TestGuiImport::sillRealFile()
{
    const QString db = copyOf(m_empty, QStringLiteral("sill.plafond"));
    MainWindow window;
    QString error;
    QVERIFY2(window.openDatabase(db, false, &error), qPrintable(error));
    QVERIFY(window.waitUntilLoaded());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ImportDialog dialog(window.workspace(), Importer::Kind::Sill, &window);
    dialog.setFilePath(QStringLiteral(PLAFOND_SHARED_DATA "/sill/etalab-sill-contents_sill.json"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("skipInvalid"))->isVisible());
    QVERIFY(clickAndWait(dialog, "checkButton"));
    QCOMPARE(dialog.state(), ImportDialog::State::Checked);
    QCOMPARE(items(list(dialog, "errors")), QStringList());
    QCOMPARE(items(list(dialog, "changes")),
             (QStringList{QStringLiteral("240 components added"), QStringLiteral("0 components changed"),
                          QStringLiteral("0 components unchanged")}));
    QCOMPARE(window.workspace()->stores().components.components().value().size(), 0);
    QVERIFY(clickAndWait(dialog, "importButton"));
    QCOMPARE(dialog.state(), ImportDialog::State::Imported);
    QCOMPARE(status(dialog), QStringLiteral("Components imported from etalab-sill-contents_sill.json:\n"
                                            "  240 components added\n  0 components changed\n  0 components unchanged"));
    const QList<Component> components = window.workspace()->stores().components.components().value();
    QCOMPARE(components.size(), 240);
    const auto supported = std::count_if(components.cbegin(), components.cend(),
                                         [](const Component &c) { return c.supportContract; });
    QCOMPARE(supported, 100);
}

QTEST_MAIN(TestGuiImport)
#include "tst_gui_import.moc"
