// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/money.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QUndoStack;
class QWidget;

namespace Plafond {

// Pieces shared by the editors: amount fields and how they are read, the message that says what is wrong
// next to a field, and the undo and redo buttons of a modal editor.
class FormFields
{
    Q_DECLARE_TR_FUNCTIONS(FormFields)
public:
    static QColor errorColor() { return QColor(0xb0, 0x00, 0x20); }
    // A hidden, red, word-wrapped label for a field's error.
    static QLabel *makeErrorLabel(const QString &objectName, QWidget *parent);
    // The field and, next to it, its error label, in one row whose focus goes to the field.
    static QWidget *withError(QWidget *field, QLabel *error, QWidget *parent);
    // A row of `form` with the field and its error label, named after the field ("maxHt": "maxHtError");
    // returns the label.
    static QLabel *addRowWithError(QFormLayout *form, const QString &label, QWidget *field, QWidget *parent);
    // Shows `message` in a field's error label, or hides the label when there is none; true when none.
    static bool showError(QLabel *error, const QString &message);

    // A line edit with its object name and, when given, the example it shows while empty.
    static QLineEdit *makeLineEdit(const QString &objectName, QWidget *parent, const QString &placeholder = QString());
    // The button that applies an editor, at the right end of the editor's last row.
    static void addApplyRow(QFormLayout *form, QPushButton *button);

    // A word-wrapped label for a sentence or two about a page or a form; a warning is red.
    enum class Note { Plain, Warning };
    static QLabel *makeNote(const QString &objectName, QWidget *parent, Note kind = Note::Plain);

    // A right-aligned amount field; an optional one says "none" while empty. A fixed one is twenty digits
    // wide, an expanding one takes the width of its column.
    enum class Width { Fixed, Expanding };
    static QLineEdit *makeAmountEdit(const QString &objectName, bool optional, QWidget *parent,
                                     Width width = Width::Fixed);
    // The amount typed in `text`, in the user's locale; otherwise none and "Not an amount: …" in `error`.
    static std::optional<Money> parseAmount(const QString &text, QString *error);
    // The value of an amount field that takes no negative amount: an empty optional field is "none" (an
    // empty inner optional), an empty required one is an error (no value at all, the reason in `error`).
    static std::optional<std::optional<Money>> readAmount(const QLineEdit *edit, bool optional, QString *error);

    // Undo and redo inside a modal editor, where the main window's actions are out of reach: the shortcuts
    // on `owner`, and at the end of `row` two buttons named "undo" and "redo", with fixed texts (the
    // command's name goes in the tooltip) so that the row does not jump.
    static void addUndoRedoButtons(QUndoStack *stack, QWidget *owner, QHBoxLayout *row);
};

} // namespace Plafond
