// SPDX-License-Identifier: GPL-3.0-or-later
#include "formfields.h"

#include "domain/money.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace Plafond {

QLabel *FormFields::makeErrorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, errorColor());
    label->setPalette(palette);
    label->hide();
    return label;
}

// The field and, next to it, the message that says what is wrong with it.
QWidget *FormFields::withError(QWidget *field, QLabel *error, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    // A field of fixed width stays at the left; an expanding one shares the row with its message.
    const bool expanding = field->sizePolicy().horizontalPolicy() & QSizePolicy::ExpandFlag;
    layout->addWidget(field, expanding ? 1 : 0);
    layout->addWidget(error, 1);
    layout->addStretch(0); // takes the room only while the message is hidden
    row->setFocusProxy(field); // the row label's mnemonic reaches the field
    return row;
}

QLineEdit *FormFields::makeAmountEdit(const QString &objectName, bool optional, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setFixedWidth(edit->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 20);
    edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    edit->setPlaceholderText(optional ? tr("none") : Money::fromCents(0).toString(QLocale()));
    return edit;
}

} // namespace Plafond
