// SPDX-License-Identifier: GPL-3.0-or-later
// The contract editor, driven as a user would: real widgets (offscreen), a real SQLite file, the workspace's
// undo stack. The lot, beneficiaries and price schedules editors: tst_gui_dialogs_catalogue.
#include "contractdialog.h"
#include "dialogfixture.h"
#include "workspace.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QtTest>

using namespace Plafond;
using namespace PlafondTest;

class TestGuiDialogs : public QObject, private PlafondTest::DialogFixture
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
};

void TestGuiDialogs::init()
{
    openWorkspace();
}

void TestGuiDialogs::cleanup()
{
    closeWorkspace();
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


QTEST_MAIN(TestGuiDialogs)
#include "tst_gui_dialogs.moc"
