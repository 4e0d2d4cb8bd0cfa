// SPDX-License-Identifier: GPL-3.0-or-later
// The lot, beneficiaries and price schedules editors, driven as a user would: real widgets (offscreen), a
// real SQLite file, the workspace's undo stack.
#include "beneficiariesdialog.h"
#include "dialogfixture.h"
#include "lotdialog.h"
#include "priceschedulesdialog.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace Plafond;
using namespace PlafondTest;

class TestGuiDialogsCatalogue : public QObject, private PlafondTest::DialogFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void lotHoldersSiretAndRoles();
    void lotWithoutHolders();
    void beneficiaryHierarchy();
    void workUnitPrices();
};

void TestGuiDialogsCatalogue::init()
{
    openWorkspace();
}

void TestGuiDialogsCatalogue::cleanup()
{
    closeWorkspace();
}

void TestGuiDialogsCatalogue::lotHoldersSiretAndRoles()
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

void TestGuiDialogsCatalogue::lotWithoutHolders()
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

void TestGuiDialogsCatalogue::beneficiaryHierarchy()
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

void TestGuiDialogsCatalogue::workUnitPrices()
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


QTEST_MAIN(TestGuiDialogsCatalogue)
#include "tst_gui_dialogs_catalogue.moc"
