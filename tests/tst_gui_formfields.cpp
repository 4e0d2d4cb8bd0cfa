// SPDX-License-Identifier: GPL-3.0-or-later
// The editors' shared pieces: reading amount fields, and the undo and redo buttons of a modal editor.
#include "formfields.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace Plafond;

namespace {

class CountCommand : public QUndoCommand
{
public:
    CountCommand(int *value, const QString &text) : QUndoCommand(text), m_value(value) {}
    void redo() override { ++*m_value; }
    void undo() override { --*m_value; }

private:
    int *m_value;
};

} // namespace

class GuiFormFieldsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void readsAmounts();
    void undoRedoButtons();
};

void GuiFormFieldsTest::readsAmounts()
{
    QWidget parent;
    QLineEdit *optional = FormFields::makeAmountEdit(QStringLiteral("optional"), true, &parent);
    QLineEdit *required =
        FormFields::makeAmountEdit(QStringLiteral("required"), false, &parent, FormFields::Width::Expanding);
    QCOMPARE(optional->objectName(), QStringLiteral("optional"));
    QVERIFY(optional->maximumWidth() == optional->minimumWidth()); // fixed
    QVERIFY(required->maximumWidth() > required->minimumWidth());  // expanding
    QCOMPARE(optional->alignment(), Qt::AlignRight | Qt::AlignVCenter);

    QString error;
    const auto none = FormFields::readAmount(optional, true, &error);
    QVERIFY(none.has_value());
    QVERIFY(!none->has_value());
    QVERIFY(!FormFields::readAmount(required, false, &error));
    QCOMPARE(error, FormFields::tr("An amount is required."));

    required->setText(QStringLiteral("1,234.50"));
    const auto amount = FormFields::readAmount(required, false, &error);
    QVERIFY(amount && *amount);
    QCOMPARE(amount->value().cents(), 123450);

    required->setText(QStringLiteral("-3"));
    QVERIFY(!FormFields::readAmount(required, false, &error));
    QCOMPARE(error, FormFields::tr("The amount cannot be negative."));
    QVERIFY(FormFields::parseAmount(QStringLiteral("-3"), &error).has_value()); // a sign is an amount

    required->setText(QStringLiteral("abc"));
    QVERIFY(!FormFields::readAmount(required, false, &error));
    QVERIFY2(error.startsWith(FormFields::tr("Not an amount: %1.").section(QLatin1Char('%'), 0, 0)), qPrintable(error));
}

void GuiFormFieldsTest::undoRedoButtons()
{
    QUndoStack stack;
    QDialog dialog;
    auto *row = new QHBoxLayout(&dialog);
    FormFields::addUndoRedoButtons(&stack, &dialog, row);
    QCOMPARE(row->count(), 2);
    auto *undo = dialog.findChild<QToolButton *>(QStringLiteral("undo"));
    auto *redo = dialog.findChild<QToolButton *>(QStringLiteral("redo"));
    QVERIFY(undo && redo);
    QCOMPARE(dialog.actions().size(), 2); // the shortcuts work anywhere in the dialog
    QVERIFY(!undo->defaultAction()->isEnabled());
    QVERIFY(!redo->defaultAction()->isEnabled());

    int value = 0;
    stack.push(new CountCommand(&value, QStringLiteral("Add one")));
    QCOMPARE(value, 1);
    QVERIFY(undo->defaultAction()->isEnabled());
    QCOMPARE(undo->defaultAction()->toolTip(), FormFields::tr("Undo: %1").arg(QStringLiteral("Add one")));
    QCOMPARE(undo->defaultAction()->text(), FormFields::tr("Undo")); // fixed text: the row does not jump

    undo->defaultAction()->trigger();
    QCOMPARE(value, 0);
    QVERIFY(!undo->defaultAction()->isEnabled());
    QVERIFY(redo->defaultAction()->isEnabled());
    QCOMPARE(redo->defaultAction()->toolTip(), FormFields::tr("Redo: %1").arg(QStringLiteral("Add one")));
    redo->defaultAction()->trigger();
    QCOMPARE(value, 1);
}

QTEST_MAIN(GuiFormFieldsTest)
#include "tst_gui_formfields.moc"
