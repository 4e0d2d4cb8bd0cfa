// SPDX-License-Identifier: GPL-3.0-or-later
// The editors, driven as a user would: real widgets (offscreen), a real SQLite file, the workspace's undo stack.
#include "beneficiariesdialog.h"
#include "contractdialog.h"
#include "lotdialog.h"
#include "priceschedulesdialog.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

#include <functional>
#include <memory>

using namespace Plafond;

namespace {

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// Types as a user would; QTest::keyClicks only knows Latin-1 keys, so other characters are inserted.
void type(QLineEdit *edit, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(edit, c.toLatin1());
        else
            edit->insert(QString(c));
    }
}

// Edits a table cell through its editor, as a user would: open it (unless it is open), type, Enter.
void typeInCell(QTableWidget *table, int row, int column, const QString &text)
{
    auto openEditor = [table]() -> QLineEdit * {
        const QList<QLineEdit *> editors = table->viewport()->findChildren<QLineEdit *>();
        for (QLineEdit *editor : editors) {
            if (editor->isVisible())
                return editor;
        }
        return nullptr;
    };
    QLineEdit *editor = openEditor();
    if (!editor || table->currentRow() != row || table->currentColumn() != column) {
        table->setCurrentCell(row, column); // closes an editor of another cell, committing it
        QCoreApplication::processEvents();
        table->editItem(table->item(row, column));
        editor = openEditor();
    }
    QVERIFY(editor);
    editor->selectAll();
    type(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits in a queued call
}

QPushButton *okButton(QWidget *dialog)
{
    return child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
}

// Runs `act` on the next modal widget of type T once it is shown (a static helper's exec() is blocking);
// whatever happens, the widget does not stay open and block the test.
template <typename T>
void whenModal(std::function<void(T *)> act)
{
    auto *timer = new QTimer;
    auto deadline = std::make_shared<QDeadlineTimer>(5000);
    QObject::connect(timer, &QTimer::timeout, [timer, act, deadline] {
        auto *widget = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!widget) {
            if (deadline->hasExpired()) {
                timer->deleteLater();
                QFAIL("the expected modal dialog did not appear");
            }
            return;
        }
        timer->stop();
        timer->deleteLater();
        act(widget);
        if (widget->isVisible())
            widget->reject();
    });
    timer->start(10);
}

// Closes the next message box and keeps its text.
void closeNextMessageBox(QString *text)
{
    whenModal<QMessageBox>([text](QMessageBox *box) {
        *text = box->text();
        box->accept();
    });
}

} // namespace

class TestGuiDialogs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void vatRate_data();
    void vatRate();
    void createContractUndoRedo();
    void editContractUndo();
    void duplicateReferenceRefused();
    void prefilledNewContract();
    void badAmountInFrenchKeepsOkDisabled();
    void enterAcceptsEscapeCancels();
    void lotHoldersSiretAndRoles();
    void lotWithoutHolders();
    void beneficiaryHierarchy();
    void workUnitPrices();

private:
    Stores &stores() { return m_workspace->stores(); }
    Id createContract(const QString &reference);
    Id createLot(Id contractId, int number);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestGuiDialogs::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = std::make_unique<Workspace>();
    QString error;
    QVERIFY2(m_workspace->open(m_dir->filePath(QStringLiteral("plafond.sqlite")), Database::OpenMode::CreateIfMissing, &error),
             qPrintable(error));
}

void TestGuiDialogs::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
    QLocale::setDefault(QLocale::c());
}

Id TestGuiDialogs::createContract(const QString &reference)
{
    Contract contract;
    contract.reference = reference;
    contract.title = QStringLiteral("Test contract");
    contract.startOn = QDate(2020, 9, 1);
    contract.durationMonths = 48;
    contract.maxHt = Money::fromCents(100000000);
    if (const Status status = stores().contracts.saveContract(contract); !status)
        qWarning("%s", qPrintable(status.message()));
    return contract.id;
}

Id TestGuiDialogs::createLot(Id contractId, int number)
{
    Lot lot;
    lot.contractId = contractId;
    lot.number = number;
    lot.title = QStringLiteral("Generic expertise");
    lot.maxHt = Money::fromCents(50000000);
    if (const Status status = stores().contracts.saveLot(lot); !status)
        qWarning("%s", qPrintable(status.message()));
    return lot.id;
}

void TestGuiDialogs::vatRate_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("basisPoints"); // -1: refused

    const QLocale french(QLocale::French, QLocale::France);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("standard-rate") << french << QStringLiteral("20") << 2000;
    QTest::newRow("reduced-rate-french-comma") << french << QStringLiteral("5,5") << 550;
    QTest::newRow("reduced-rate-english-point") << english << QStringLiteral("5.5") << 550;
    QTest::newRow("two-decimals") << french << QStringLiteral("2,10") << 210;
    QTest::newRow("percent-sign") << english << QStringLiteral("20 %") << 2000;
    QTest::newRow("zero") << english << QStringLiteral("0") << 0;
    QTest::newRow("hundred") << english << QStringLiteral("100") << 10000;
    QTest::newRow("above-hundred") << english << QStringLiteral("100.01") << -1;
    QTest::newRow("three-decimals") << french << QStringLiteral("5,555") << -1;
    QTest::newRow("negative") << english << QStringLiteral("-5") << -1;
    QTest::newRow("empty") << english << QString() << -1;
    QTest::newRow("letters") << english << QStringLiteral("twenty") << -1;
}

void TestGuiDialogs::vatRate()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QFETCH(int, basisPoints);
    const auto parsed = ContractDialog::parseVatRate(text, locale);
    QCOMPARE(parsed.value_or(-1), basisPoints);
    if (parsed)
        QCOMPARE(ContractDialog::parseVatRate(ContractDialog::vatRateToString(*parsed, locale), locale).value_or(-1),
                 basisPoints);
}

void TestGuiDialogs::createContractUndoRedo()
{
    QString endText;
    whenModal<ContractDialog>([&endText](ContractDialog *dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "reference"), QStringLiteral("MEF-ELL-2020"));
        QTest::keyClicks(child<QLineEdit>(dialog, "title"), QStringLiteral("Expertise Logiciels Libres"));
        child<QLineEdit>(dialog, "buyer")->setText(QStringLiteral("Ministère de l'Économie, des Finances et de la Relance"));
        child<QCheckBox>(dialog, "notified")->setChecked(true);
        child<QDateEdit>(dialog, "notifiedOn")->setDate(QDate(2020, 8, 20));
        child<QDateEdit>(dialog, "startOn")->setDate(QDate(2020, 9, 1));
        child<QSpinBox>(dialog, "durationMonths")->setValue(48);
        child<QSpinBox>(dialog, "firmMonths")->setValue(12);
        child<QSpinBox>(dialog, "renewalCount")->setValue(3);
        child<QSpinBox>(dialog, "renewalMonths")->setValue(12);
        QVERIFY(!okButton(dialog)->isEnabled()); // no maximum yet
        QTest::keyClicks(child<QLineEdit>(dialog, "maxHt"), QStringLiteral("1,234,567.89"));
        type(child<QLineEdit>(dialog, "awardedHt"), QStringLiteral("€2,750,000"));
        QLineEdit *vat = child<QLineEdit>(dialog, "vatRate");
        vat->clear();
        QTest::keyClicks(vat, QStringLiteral("5.5"));
        QTest::keyClicks(child<QLineEdit>(dialog, "revisionIndex"), QStringLiteral("SYNTEC"));
        QTest::keyClicks(child<QLineEdit>(dialog, "revisionBaseMonth"), QStringLiteral("2020-06"));
        QTest::keyClicks(child<QLineEdit>(dialog, "revisionFixedPart"), QStringLiteral("0.15"));
        child<QPlainTextEdit>(dialog, "revisionClause")->setPlainText(QStringLiteral("P = P0 × (0.15 + 0.85 × S / S0)"));
        child<QSpinBox>(dialog, "componentsInScope")->setValue(208);
        endText = child<QLabel>(dialog, "endOn")->text();
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QVERIFY(ContractDialog::editContract(m_workspace.get(), std::nullopt, nullptr));

    const QLocale locale;
    QCOMPARE(endText, QStringLiteral("%1 (firm period until %2)")
                          .arg(locale.toString(QDate(2024, 8, 31), QLocale::ShortFormat),
                               locale.toString(QDate(2021, 8, 31), QLocale::ShortFormat)));

    QList<Contract> contracts = stores().contracts.contracts().value();
    QCOMPARE(contracts.size(), 1);
    const Contract stored = contracts.constFirst();
    QCOMPARE(stored.reference, QStringLiteral("MEF-ELL-2020"));
    QCOMPARE(stored.title, QStringLiteral("Expertise Logiciels Libres"));
    QCOMPARE(stored.buyer, QStringLiteral("Ministère de l'Économie, des Finances et de la Relance"));
    QCOMPARE(stored.notifiedOn, QDate(2020, 8, 20));
    QCOMPARE(stored.startOn, QDate(2020, 9, 1));
    QCOMPARE(stored.durationMonths, 48);
    QCOMPARE(stored.firmMonths, 12);
    QCOMPARE(stored.renewalCount, 3);
    QCOMPARE(stored.renewalMonths, 12);
    QVERIFY(!stored.minHt.has_value());
    QCOMPARE(stored.maxHt.cents(), Q_INT64_C(123456789));
    QVERIFY(stored.awardedHt.has_value());
    QCOMPARE(stored.awardedHt->cents(), Q_INT64_C(275000000));
    QCOMPARE(stored.vatBasisPoints, 550);
    QCOMPARE(stored.revisionIndex, QStringLiteral("SYNTEC"));
    QCOMPARE(stored.revisionBaseMonth, QStringLiteral("2020-06"));
    QCOMPARE(stored.revisionFixedPart, QStringLiteral("0.15"));
    QCOMPARE(stored.revisionClause, QStringLiteral("P = P0 × (0.15 + 0.85 × S / S0)"));
    QCOMPARE(stored.componentsInScope, 208);
    QCOMPARE(stored.endOn(), QDate(2024, 8, 31));

    QUndoStack *stack = m_workspace->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Create contract MEF-ELL-2020"));
    stack->undo();
    QVERIFY(stores().contracts.contracts().value().isEmpty());
    stack->redo();
    contracts = stores().contracts.contracts().value();
    QCOMPARE(contracts.size(), 1);
    QCOMPARE(contracts.constFirst().id, stored.id);
    QCOMPARE(contracts.constFirst().maxHt.cents(), Q_INT64_C(123456789));
    QCOMPARE(contracts.constFirst().vatBasisPoints, 550);
}

void TestGuiDialogs::editContractUndo()
{
    const Id id = createContract(QStringLiteral("ACIM-2012"));
    auto existing = stores().contracts.contract(id).optional();
    QVERIFY(existing);

    // OK without a change puts nothing on the undo stack.
    whenModal<ContractDialog>([](ContractDialog *dialog) { QTest::mouseClick(okButton(dialog), Qt::LeftButton); });
    QVERIFY(!ContractDialog::editContract(m_workspace.get(), existing, nullptr));
    QCOMPARE(m_workspace->undoStack()->count(), 0);

    whenModal<ContractDialog>([](ContractDialog *dialog) {
        QCOMPARE(child<QLineEdit>(dialog, "maxHt")->text(), Money::fromCents(100000000).toString(QLocale()));
        QVERIFY(!child<QCheckBox>(dialog, "notified")->isChecked());
        QLineEdit *title = child<QLineEdit>(dialog, "title");
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Open-source support agreement"));
        QLineEdit *minimum = child<QLineEdit>(dialog, "minHt");
        QTest::keyClicks(minimum, QStringLiteral("200,000.01"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QVERIFY(ContractDialog::editContract(m_workspace.get(), existing, nullptr));
    auto edited = stores().contracts.contract(id);
    QCOMPARE(edited->title, QStringLiteral("Open-source support agreement"));
    QVERIFY(edited->minHt);
    QCOMPARE(edited->minHt->cents(), Q_INT64_C(20000001));
    QVERIFY(!edited->notifiedOn.isValid());

    m_workspace->undoStack()->undo();
    edited = stores().contracts.contract(id);
    QCOMPARE(edited->title, QStringLiteral("Test contract"));
    QVERIFY(!edited->minHt);
    m_workspace->undoStack()->redo();
    QCOMPARE(stores().contracts.contract(id)->minHt->cents(), Q_INT64_C(20000001));
}

void TestGuiDialogs::duplicateReferenceRefused()
{
    createContract(QStringLiteral("MEF-ELL-2020"));
    QString message;
    bool stayedOpen = false;
    whenModal<ContractDialog>([&](ContractDialog *dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "reference"), QStringLiteral("MEF-ELL-2020"));
        QTest::keyClicks(child<QLineEdit>(dialog, "maxHt"), QStringLiteral("1000"));
        closeNextMessageBox(&message);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton); // returns once the message box is closed
        stayedOpen = dialog->isVisible();
    });
    QVERIFY(!ContractDialog::editContract(m_workspace.get(), std::nullopt, nullptr));
    QVERIFY(stayedOpen);
    QCOMPARE(message, QStringLiteral("A contract with the reference MEF-ELL-2020 already exists."));
    QCOMPARE(stores().contracts.contracts().value().size(), 1);
    QCOMPARE(m_workspace->undoStack()->count(), 0);
}

void TestGuiDialogs::prefilledNewContract()
{
    // A contract not stored yet (identifier 0) is a creation: undo removes it, nothing else.
    Contract draft;
    draft.reference = QStringLiteral("DRAFT-1");
    draft.startOn = QDate(2024, 1, 1);
    draft.durationMonths = 12;
    draft.maxHt = Money::fromCents(500);
    whenModal<ContractDialog>([](ContractDialog *dialog) {
        QCOMPARE(dialog->windowTitle(), QStringLiteral("New contract"));
        QCOMPARE(child<QLineEdit>(dialog, "reference")->text(), QStringLiteral("DRAFT-1"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QVERIFY(ContractDialog::editContract(m_workspace.get(), draft, nullptr));
    QCOMPARE(stores().contracts.contracts().value().size(), 1);
    QCOMPARE(m_workspace->undoStack()->undoText(), QStringLiteral("Create contract DRAFT-1"));
    m_workspace->undoStack()->undo();
    QVERIFY(stores().contracts.contracts().value().isEmpty());

    // A contract removed meanwhile is not brought back by an edit.
    Contract gone = draft;
    gone.id = 4242;
    QString message;
    closeNextMessageBox(&message);
    QVERIFY(!ContractDialog::editContract(m_workspace.get(), gone, nullptr));
    QCOMPARE(message, QStringLiteral("The contract DRAFT-1 no longer exists."));
    QVERIFY(stores().contracts.contracts().value().isEmpty());
}

void TestGuiDialogs::badAmountInFrenchKeepsOkDisabled()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    ContractDialog dialog;
    QTest::keyClicks(child<QLineEdit>(&dialog, "reference"), QStringLiteral("REF"));
    QLineEdit *maximum = child<QLineEdit>(&dialog, "maxHt");
    QLabel *error = child<QLabel>(&dialog, "maxHtError");

    QTest::keyClicks(maximum, QStringLiteral("12,345"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(!dialog.isInputValid());
    QVERIFY(!error->isHidden());
    QVERIFY(!error->text().isEmpty());
    dialog.accept(); // refused while invalid
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    QTest::keyClick(maximum, Qt::Key_Backspace);
    QVERIFY(okButton(&dialog)->isEnabled());
    QVERIFY(error->isHidden());
    QCOMPARE(dialog.contract().maxHt.cents(), Q_INT64_C(1234));

    maximum->setText(QStringLiteral("1 234 567,8 €"));
    QVERIFY(okButton(&dialog)->isEnabled());
    QCOMPARE(dialog.contract().maxHt.cents(), Q_INT64_C(123456780));

    // A minimum above the maximum, a negative amount, a bad month and fixed part are refused too.
    QLineEdit *minimum = child<QLineEdit>(&dialog, "minHt");
    minimum->setText(QStringLiteral("2 000 000"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QCOMPARE(child<QLabel>(&dialog, "minHtError")->text(), QStringLiteral("The minimum is above the maximum."));
    minimum->setText(QStringLiteral("-1"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    minimum->clear();
    QVERIFY(okButton(&dialog)->isEnabled());
    QVERIFY(!dialog.contract().minHt);
    child<QLineEdit>(&dialog, "revisionBaseMonth")->setText(QStringLiteral("2020-13"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    child<QLineEdit>(&dialog, "revisionBaseMonth")->setText(QStringLiteral("2020-06"));
    child<QLineEdit>(&dialog, "revisionFixedPart")->setText(QStringLiteral("1,5"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    child<QLineEdit>(&dialog, "revisionFixedPart")->setText(QStringLiteral("0,125"));
    QVERIFY(okButton(&dialog)->isEnabled());
    QCOMPARE(dialog.contract().revisionFixedPart, QStringLiteral("0.125"));
    QLineEdit *vat = child<QLineEdit>(&dialog, "vatRate");
    QCOMPARE(vat->text(), QStringLiteral("20"));
    vat->setText(QStringLiteral("5,5"));
    QCOMPARE(dialog.contract().vatBasisPoints, 550);
    child<QSpinBox>(&dialog, "firmMonths")->setValue(60);
    QVERIFY(!okButton(&dialog)->isEnabled());
}

void TestGuiDialogs::enterAcceptsEscapeCancels()
{
    ContractDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit *reference = child<QLineEdit>(&dialog, "reference");
    QTest::keyClicks(reference, QStringLiteral("REF"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "maxHt"), QStringLiteral("10"));
    QTest::keyClick(reference, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    ContractDialog other;
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    QTest::keyClick(child<QLineEdit>(&other, "reference"), Qt::Key_Escape);
    QVERIFY(!other.isVisible());
    QCOMPARE(other.result(), int(QDialog::Rejected));
}

void TestGuiDialogs::lotHoldersSiretAndRoles()
{
    const Id contractId = createContract(QStringLiteral("MEF-ELL-2020"));
    createLot(contractId, 1);
    const QString wrongSiret = QStringLiteral("12345678901234");
    const QString goodSiret = QStringLiteral("44306184100047");
    QString siretError;
    QBrush siretBrush;
    int proposedNumber = 0;
    whenModal<LotDialog>([&](LotDialog *dialog) {
        proposedNumber = child<QSpinBox>(dialog, "number")->value();
        QTest::keyClicks(child<QLineEdit>(dialog, "title"), QStringLiteral("Drupal and associated software"));
        QTest::keyClicks(child<QLineEdit>(dialog, "maxHt"), QStringLiteral("500,000.00"));
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(!child<QLabel>(dialog, "holdersEmpty")->isHidden());

        auto *holders = child<QTableWidget>(dialog, "holders");
        QTest::mouseClick(child<QPushButton>(dialog, "addHolder"), Qt::LeftButton);
        QCOMPARE(holders->rowCount(), 1);
        QVERIFY(child<QLabel>(dialog, "holdersEmpty")->isHidden());
        QVERIFY(!okButton(dialog)->isEnabled()); // a holder needs a name
        typeInCell(holders, 0, LotDialog::NameColumn, QStringLiteral("LINAGORA")); // the editor opened by "Add"
        QVERIFY(dialog->isVisible()); // Enter in a cell editor commits the cell, it does not press OK
        QCOMPARE(holders->item(0, LotDialog::NameColumn)->text(), QStringLiteral("LINAGORA"));
        QVERIFY(okButton(dialog)->isEnabled());
        typeInCell(holders, 0, LotDialog::SiretColumn, wrongSiret);
        QVERIFY(!okButton(dialog)->isEnabled());
        siretError = child<QLabel>(dialog, "holdersError")->text();
        siretBrush = holders->item(0, LotDialog::SiretColumn)->foreground();
        QTest::mouseClick(okButton(dialog), Qt::LeftButton); // disabled: nothing happens
        QVERIFY(dialog->isVisible());

        typeInCell(holders, 0, LotDialog::SiretColumn, goodSiret.left(3) + QLatin1Char(' ') + goodSiret.mid(3));
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(holders->item(0, LotDialog::RoleColumn)->text(), QStringLiteral("Lead contractor"));

        QTest::mouseClick(child<QPushButton>(dialog, "addHolder"), Qt::LeftButton);
        QCOMPARE(holders->item(1, LotDialog::RoleColumn)->text(), QStringLiteral("Co-contractor"));
        typeInCell(holders, 1, LotDialog::NameColumn, QStringLiteral("Zenika"));
        // The role through its editor, as a user would.
        holders->setCurrentCell(1, LotDialog::RoleColumn);
        holders->editItem(holders->item(1, LotDialog::RoleColumn));
        auto *roleEditor = holders->findChild<QComboBox *>(QStringLiteral("roleEditor"));
        QVERIFY(roleEditor);
        QCOMPARE(roleEditor->count(), 3);
        QCOMPARE(roleEditor->itemText(2), QStringLiteral("Subcontractor"));
        roleEditor->setCurrentIndex(2);
        QTest::keyClick(roleEditor, Qt::Key_Return);
        QCoreApplication::processEvents();
        QCOMPARE(holders->item(1, LotDialog::RoleColumn)->text(), QStringLiteral("Subcontractor"));
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QVERIFY(LotDialog::editLot(m_workspace.get(), contractId, std::nullopt, nullptr));

    QCOMPARE(proposedNumber, 2);
    QCOMPARE(siretError,
             QStringLiteral("SIRET %1 is not valid: 14 digits with a correct checksum are expected.").arg(wrongSiret));
    QCOMPARE(siretBrush.color(), QColor(0xb0, 0x00, 0x20));

    const QList<Lot> lots = stores().contracts.lots(contractId).value();
    QCOMPARE(lots.size(), 2);
    const Lot lot = lots.at(1);
    QCOMPARE(lot.number, 2);
    QCOMPARE(lot.title, QStringLiteral("Drupal and associated software"));
    QCOMPARE(lot.maxHt.cents(), Q_INT64_C(50000000));
    QVERIFY(!lot.minHt);
    QCOMPARE(lot.holders.size(), 2);
    QCOMPARE(lot.holders.at(0).name, QStringLiteral("LINAGORA"));
    QCOMPARE(lot.holders.at(0).siret, goodSiret);
    QCOMPARE(lot.holders.at(0).role, HolderRole::Lead);
    QCOMPARE(lot.holders.at(1).name, QStringLiteral("Zenika"));
    QCOMPARE(lot.holders.at(1).siret, QString());
    QCOMPARE(lot.holders.at(1).role, HolderRole::Subcontractor);

    // Editing the lot: a number already taken is refused with a message, the dialog stays open.
    QString message;
    whenModal<LotDialog>([&](LotDialog *dialog) {
        QCOMPARE(child<QTableWidget>(dialog, "holders")->rowCount(), 2);
        child<QSpinBox>(dialog, "number")->setValue(1);
        closeNextMessageBox(&message);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        child<QSpinBox>(dialog, "number")->setValue(2);
        auto *holders = child<QTableWidget>(dialog, "holders");
        holders->setCurrentCell(1, LotDialog::NameColumn);
        QTest::mouseClick(child<QPushButton>(dialog, "removeHolder"), Qt::LeftButton);
        QCOMPARE(holders->rowCount(), 1);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QVERIFY(LotDialog::editLot(m_workspace.get(), contractId, lot, nullptr));
    QCOMPARE(message, QStringLiteral("Lot 1 already exists in this contract."));
    QCOMPARE(stores().contracts.lot(lot.id)->holders.size(), 1);

    QUndoStack *stack = m_workspace->undoStack();
    QCOMPARE(stack->count(), 2);
    stack->undo();
    QCOMPARE(stores().contracts.lot(lot.id)->holders.size(), 2);
    QCOMPARE(stores().contracts.lot(lot.id)->holders.at(1).role, HolderRole::Subcontractor);
    stack->undo();
    QCOMPARE(stores().contracts.lots(contractId).value().size(), 1);
    stack->redo();
    QCOMPARE(stores().contracts.lot(lot.id)->holders.size(), 2);
}

void TestGuiDialogs::lotWithoutHolders()
{
    const Id contractId = createContract(QStringLiteral("ACIM-2012"));
    whenModal<LotDialog>([](LotDialog *dialog) {
        auto *note = child<QLabel>(dialog, "holdersEmpty");
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), QStringLiteral("Holders not provided"));
        QCOMPARE(child<QSpinBox>(dialog, "number")->value(), 1);
        QVERIFY(!okButton(dialog)->isEnabled()); // the maximum must be typed
        QTest::keyClicks(child<QLineEdit>(dialog, "maxHt"), QStringLiteral("100"));
        QTest::keyClicks(child<QLineEdit>(dialog, "minHt"), QStringLiteral("10.50"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QVERIFY(LotDialog::editLot(m_workspace.get(), contractId, std::nullopt, nullptr));
    const QList<Lot> lots = stores().contracts.lots(contractId).value();
    QCOMPARE(lots.size(), 1);
    QVERIFY(lots.constFirst().holders.isEmpty());
    QCOMPARE(lots.constFirst().maxHt.cents(), Q_INT64_C(10000));
    QCOMPARE(lots.constFirst().minHt->cents(), Q_INT64_C(1050));
}

void TestGuiDialogs::beneficiaryHierarchy()
{
    BeneficiariesDialog dialog(m_workspace.get());
    dialog.show();
    auto *tree = child<QTreeWidget>(&dialog, "tree");
    // No QAbstractItemModelTester here: QTreeWidget's own model answers the same children for every
    // column of a row, which the tester rejects; the dialog writes no model of its own.
    auto *code = child<QLineEdit>(&dialog, "code");
    auto *name = child<QLineEdit>(&dialog, "name");
    auto *parent = child<QComboBox>(&dialog, "parent");
    auto *apply = child<QPushButton>(&dialog, "apply");
    auto findItem = [tree](const QString &text) -> QTreeWidgetItem * {
        const auto items = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, BeneficiariesDialog::CodeColumn);
        return items.isEmpty() ? nullptr : items.constFirst();
    };

    QTest::mouseClick(child<QPushButton>(&dialog, "addTopLevel"), Qt::LeftButton);
    QVERIFY(!apply->isEnabled());
    QTest::keyClicks(code, QStringLiteral("MEF"));
    type(name, QStringLiteral("Ministère de l'Économie et des Finances"));
    QCOMPARE(parent->currentData().toLongLong(), Id(0));
    QTest::keyClick(name, Qt::Key_Return); // Enter applies the editor
    QCOMPARE(stores().catalogue.beneficiaries().value().size(), 1);
    QTreeWidgetItem *mef = findItem(QStringLiteral("MEF"));
    QVERIFY(mef);
    QCOMPARE(tree->currentItem(), mef);
    const Id mefId = mef->data(BeneficiariesDialog::CodeColumn, Qt::UserRole).toLongLong();

    QTest::mouseClick(child<QPushButton>(&dialog, "addChild"), Qt::LeftButton);
    QCOMPARE(parent->currentData().toLongLong(), mefId);
    QTest::keyClicks(code, QStringLiteral("DGFIP"));
    type(name, QStringLiteral("Direction générale des Finances"));
    QTest::mouseClick(apply, Qt::LeftButton);
    QTreeWidgetItem *dgfip = findItem(QStringLiteral("DGFIP"));
    QVERIFY(dgfip);
    QCOMPARE(dgfip->parent(), findItem(QStringLiteral("MEF")));
    const Id dgfipId = dgfip->data(BeneficiariesDialog::CodeColumn, Qt::UserRole).toLongLong();
    QCOMPARE(stores().catalogue.beneficiary(dgfipId)->parentId, mefId);
    // A beneficiary cannot be moved under itself: its own entry is not offered as a parent.
    QCOMPARE(dialog.selectedId(), dgfipId);
    QCOMPARE(parent->findData(dgfipId), -1);
    QVERIFY(parent->findData(mefId) > 0);

    // Rename.
    name->selectAll();
    type(name, QStringLiteral("Direction générale des Finances publiques"));
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(stores().catalogue.beneficiary(dgfipId)->name, QStringLiteral("Direction générale des Finances publiques"));
    QCOMPARE(findItem(QStringLiteral("DGFIP"))->text(BeneficiariesDialog::NameColumn),
             QStringLiteral("Direction générale des Finances publiques"));

    QUndoStack *stack = m_workspace->undoStack();
    QCOMPARE(stack->count(), 3);
    QCOMPARE(stack->undoText(), QStringLiteral("Edit beneficiary DGFIP"));
    auto *undoButton = child<QToolButton>(&dialog, "undo");
    QCOMPARE(undoButton->toolTip(), QStringLiteral("Undo: Edit beneficiary DGFIP"));
    QTest::mouseClick(undoButton, Qt::LeftButton); // the dialog's own undo, as Ctrl+Z there
    QCOMPARE(stores().catalogue.beneficiary(dgfipId)->name, QStringLiteral("Direction générale des Finances"));
    QCOMPARE(findItem(QStringLiteral("DGFIP"))->text(BeneficiariesDialog::NameColumn),
             QStringLiteral("Direction générale des Finances")); // the tree followed
    QCOMPARE(name->text(), QStringLiteral("Direction générale des Finances")); // and the editor
    stack->redo();
    QCOMPARE(stores().catalogue.beneficiary(dgfipId)->name, QStringLiteral("Direction générale des Finances publiques"));
    QCOMPARE(findItem(QStringLiteral("DGFIP"))->text(BeneficiariesDialog::NameColumn),
             QStringLiteral("Direction générale des Finances publiques"));

    // A duplicate code is refused before reaching the database.
    QString message;
    QTest::mouseClick(child<QPushButton>(&dialog, "addTopLevel"), Qt::LeftButton);
    QTest::keyClicks(code, QStringLiteral("mef"));
    QTest::keyClicks(name, QStringLiteral("Again"));
    closeNextMessageBox(&message);
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(message, QStringLiteral("The code MEF is already used by Ministère de l'Économie et des Finances."));
    QCOMPARE(stack->count(), 3);

    // Removing a beneficiary that has sub-entities is refused, with the repository's message.
    QVERIFY(dialog.selectBeneficiary(mefId));
    message.clear();
    closeNextMessageBox(&message);
    QTest::mouseClick(child<QPushButton>(&dialog, "remove"), Qt::LeftButton);
    QCOMPARE(message, QStringLiteral("This beneficiary has orders or sub-entities: it cannot be removed."));
    QVERIFY(stores().catalogue.beneficiary(mefId));
    QCOMPARE(stack->count(), 3);

    // The leaf can go; undo brings it back under its parent, with its identifier.
    QVERIFY(dialog.selectBeneficiary(dgfipId));
    QTest::mouseClick(child<QPushButton>(&dialog, "remove"), Qt::LeftButton);
    QVERIFY(!stores().catalogue.beneficiary(dgfipId));
    QVERIFY(!findItem(QStringLiteral("DGFIP")));
    QCOMPARE(stack->count(), 4);
    stack->undo();
    QCOMPARE(stores().catalogue.beneficiary(dgfipId)->parentId, mefId);
    QCOMPARE(findItem(QStringLiteral("DGFIP"))->parent(), findItem(QStringLiteral("MEF")));

    // Move it to the top level.
    QVERIFY(dialog.selectBeneficiary(dgfipId));
    parent->setCurrentIndex(parent->findData(Id(0)));
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(stores().catalogue.beneficiary(dgfipId)->parentId, Id(0));
    QVERIFY(!findItem(QStringLiteral("DGFIP"))->parent());
    stack->undo();
    QCOMPARE(stores().catalogue.beneficiary(dgfipId)->parentId, mefId);
}

void TestGuiDialogs::workUnitPrices()
{
    const Id lotId = createLot(createContract(QStringLiteral("MEF-ELL-2020")), 1);
    PriceSchedulesDialog dialog(m_workspace.get(), lotId);
    dialog.show();
    auto *units = child<QTableWidget>(&dialog, "workUnits");
    auto *prices = child<QTableWidget>(&dialog, "prices");
    QAbstractItemModelTester unitsTester(units->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester pricesTester(prices->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *from = child<QDateEdit>(&dialog, "priceFrom");
    auto *amount = child<QLineEdit>(&dialog, "priceAmount");
    auto *addPrice = child<QPushButton>(&dialog, "addPrice");

    QTest::mouseClick(child<QPushButton>(&dialog, "newWorkUnit"), Qt::LeftButton);
    QVERIFY(!child<QWidget>(&dialog, "priceEditor")->isEnabled()); // prices come once the unit exists
    QTest::keyClicks(child<QLineEdit>(&dialog, "code"), QStringLiteral("AUDIT"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "labelFr"), QStringLiteral("Audit de code"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "labelEn"), QStringLiteral("Code audit"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "unit"), QStringLiteral("day"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveWorkUnit"), Qt::LeftButton);
    QCOMPARE(units->rowCount(), 1);
    const Id unitId = dialog.selectedWorkUnitId();
    QVERIFY(unitId != 0);
    QVERIFY(child<QWidget>(&dialog, "priceEditor")->isEnabled());

    from->setDate(QDate(2020, 9, 1));
    QTest::keyClicks(amount, QStringLiteral("1,000"));
    QTest::mouseClick(addPrice, Qt::LeftButton);
    from->setDate(QDate(2022, 1, 1));
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("12.345"));
    QVERIFY(!addPrice->isEnabled());
    QVERIFY(!child<QLabel>(&dialog, "priceError")->isHidden());
    amount->setText(QStringLiteral("1,050.50"));
    QVERIFY(addPrice->isEnabled());
    QTest::mouseClick(addPrice, Qt::LeftButton);

    WorkUnit stored = *stores().catalogue.workUnit(unitId);
    QCOMPARE(stored.code, QStringLiteral("AUDIT"));
    QCOMPARE(stored.labelFr, QStringLiteral("Audit de code"));
    QCOMPARE(stored.labelEn, QStringLiteral("Code audit"));
    QCOMPARE(stored.unit, QStringLiteral("day"));
    QCOMPARE(stored.prices.size(), 2);
    QCOMPARE(stored.prices.at(0).effectiveFrom, QDate(2020, 9, 1));
    QCOMPARE(stored.prices.at(0).priceHt.cents(), Q_INT64_C(100000));
    QCOMPARE(stored.prices.at(1).effectiveFrom, QDate(2022, 1, 1));
    QCOMPARE(stored.prices.at(1).priceHt.cents(), Q_INT64_C(105050));
    QVERIFY(!stored.priceOn(QDate(2020, 8, 31)));
    QCOMPARE(stored.priceOn(QDate(2021, 12, 31))->cents(), Q_INT64_C(100000));
    QCOMPARE(stored.priceOn(QDate(2022, 1, 1))->cents(), Q_INT64_C(105050));

    // The price in force on the reference date is in bold, and shown in the work unit's row.
    dialog.setReferenceDate(QDate(2021, 6, 1));
    QCOMPARE(prices->rowCount(), 2);
    QVERIFY(prices->item(0, PriceSchedulesDialog::AmountColumn)->font().bold());
    QVERIFY(!prices->item(1, PriceSchedulesDialog::AmountColumn)->font().bold());
    QCOMPARE(units->item(0, PriceSchedulesDialog::PriceColumn)->text(), Money::fromCents(100000).toString(QLocale()));
    QCOMPARE(prices->item(0, PriceSchedulesDialog::FromColumn)->text(),
             QLocale().toString(QDate(2020, 9, 1), QLocale::ShortFormat));
    dialog.setReferenceDate(QDate(2023, 1, 1));
    QVERIFY(!prices->item(0, PriceSchedulesDialog::AmountColumn)->font().bold());
    QVERIFY(prices->item(1, PriceSchedulesDialog::AmountColumn)->font().bold());
    QCOMPARE(units->item(0, PriceSchedulesDialog::PriceColumn)->text(), Money::fromCents(105050).toString(QLocale()));
    dialog.setReferenceDate(QDate(2019, 1, 1));
    QVERIFY(!prices->item(0, PriceSchedulesDialog::AmountColumn)->font().bold());
    QVERIFY(!prices->item(1, PriceSchedulesDialog::AmountColumn)->font().bold());

    // A second price on the same date is refused; the selected one can be changed instead.
    QString message;
    from->setDate(QDate(2022, 1, 1));
    amount->setText(QStringLiteral("1,100"));
    closeNextMessageBox(&message);
    QTest::mouseClick(addPrice, Qt::LeftButton);
    QCOMPARE(message, QStringLiteral("AUDIT already has a price from %1: select it to change it.")
                          .arg(QLocale().toString(QDate(2022, 1, 1), QLocale::ShortFormat)));
    QVERIFY(dialog.selectPrice(QDate(2020, 9, 1)));
    QCOMPARE(amount->text(), Money::fromCents(100000).toString(QLocale()));
    QVERIFY(dialog.selectPrice(QDate(2022, 1, 1)));
    QCOMPARE(from->date(), QDate(2022, 1, 1));
    QCOMPARE(amount->text(), Money::fromCents(105050).toString(QLocale()));
    amount->setText(QStringLiteral("1,100"));
    QTest::mouseClick(child<QPushButton>(&dialog, "replacePrice"), Qt::LeftButton);
    QCOMPARE(stores().catalogue.workUnit(unitId)->priceOn(QDate(2022, 1, 1))->cents(), Q_INT64_C(110000));
    QCOMPARE(dialog.selectedPriceDate(), QDate(2022, 1, 1));

    QUndoStack *stack = m_workspace->undoStack();
    QCOMPARE(stack->count(), 4);
    stack->undo(); // the change
    QCOMPARE(stores().catalogue.workUnit(unitId)->priceOn(QDate(2022, 1, 1))->cents(), Q_INT64_C(105050));
    QCOMPARE(prices->item(1, PriceSchedulesDialog::AmountColumn)->text(), Money::fromCents(105050).toString(QLocale()));
    stack->undo(); // the second price
    QCOMPARE(stores().catalogue.workUnit(unitId)->prices.size(), 1);
    QCOMPARE(prices->rowCount(), 1);
    stack->undo(); // the first price
    QVERIFY(stores().catalogue.workUnit(unitId)->prices.isEmpty());
    stack->undo(); // the work unit
    QVERIFY(stores().catalogue.workUnits(lotId).value().isEmpty());
    QCOMPARE(units->rowCount(), 0);
    QVERIFY(!child<QWidget>(&dialog, "priceEditor")->isEnabled());
    for (int i = 0; i < 4; ++i)
        stack->redo();
    stored = *stores().catalogue.workUnit(unitId);
    QCOMPARE(stored.prices.size(), 2);
    QCOMPARE(stored.priceOn(QDate(2022, 6, 1))->cents(), Q_INT64_C(110000));

    // Remove a price, then the work unit, each one undoable.
    QVERIFY(dialog.selectWorkUnit(unitId));
    QVERIFY(dialog.selectPrice(QDate(2020, 9, 1)));
    QTest::mouseClick(child<QPushButton>(&dialog, "removePrice"), Qt::LeftButton);
    QCOMPARE(stores().catalogue.workUnit(unitId)->prices.size(), 1);
    QTest::mouseClick(child<QPushButton>(&dialog, "removeWorkUnit"), Qt::LeftButton);
    QVERIFY(!stores().catalogue.workUnit(unitId));
    stack->undo();
    QCOMPARE(stores().catalogue.workUnit(unitId)->prices.size(), 1);
    stack->undo();
    QCOMPARE(stores().catalogue.workUnit(unitId)->prices.size(), 2);
}

QTEST_MAIN(TestGuiDialogs)
#include "tst_gui_dialogs.moc"
