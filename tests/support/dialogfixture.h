// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the editors' tests (tst_gui_dialogs, tst_gui_dialogs_catalogue) share: a user's typing and clicks on
// real widgets, the modal dialogs a static helper opens, and a workspace on a new SQLite file.

#include "workspace.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

namespace PlafondTest {

using namespace Plafond;

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// Types as a user would; QTest::keyClicks only knows Latin-1 keys, so other characters are inserted.
inline void type(QLineEdit *edit, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(edit, c.toLatin1());
        else
            edit->insert(QString(c));
    }
}

// Edits a table cell through its editor, as a user would: open it (unless it is open), type, Enter.
inline void typeInCell(QTableWidget *table, int row, int column, const QString &text)
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

inline QPushButton *okButton(QWidget *dialog)
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
inline void closeNextMessageBox(QString *text)
{
    whenModal<QMessageBox>([text](QMessageBox *box) {
        *text = box->text();
        box->accept();
    });
}

// The dialog test classes derive from it, next to QObject; their init() and cleanup() call openWorkspace()
// and closeWorkspace().
class DialogFixture
{
protected:
    // English, and a workspace on a new SQLite file.
    void openWorkspace()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_workspace = std::make_unique<Workspace>();
        QString error;
        QVERIFY2(m_workspace->open(m_dir->filePath(QStringLiteral("plafond.sqlite")), Database::OpenMode::CreateIfMissing, &error),
                 qPrintable(error));
    }

    void closeWorkspace()
    {
        m_workspace.reset();
        m_dir.reset();
        QLocale::setDefault(QLocale::c());
    }

    Stores &stores() { return m_workspace->stores(); }

    Id createContract(const QString &reference)
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

    Id createLot(Id contractId, int number)
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

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace PlafondTest
