// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

class QLabel;
class QLineEdit;
class QWidget;

namespace Plafond {

// Pieces shared by the editors: an amount field, and the message that says what is wrong next to a field.
class FormFields
{
    Q_DECLARE_TR_FUNCTIONS(FormFields)
public:
    static QColor errorColor() { return QColor(0xb0, 0x00, 0x20); }
    // A hidden, red, word-wrapped label for a field's error.
    static QLabel *makeErrorLabel(const QString &objectName, QWidget *parent);
    // The field and, next to it, its error label, in one row whose focus goes to the field.
    static QWidget *withError(QWidget *field, QLabel *error, QWidget *parent);
    // A right-aligned amount field; an optional one says "none" while empty.
    static QLineEdit *makeAmountEdit(const QString &objectName, bool optional, QWidget *parent);
};

} // namespace Plafond
