// SPDX-License-Identifier: GPL-3.0-or-later
#include "formfields.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>

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

QLabel *FormFields::addRowWithError(QFormLayout *form, const QString &label, QWidget *field, QWidget *parent)
{
    QLabel *error = makeErrorLabel(field->objectName() + QLatin1String("Error"), parent);
    form->addRow(label, withError(field, error, parent));
    return error;
}

bool FormFields::showError(QLabel *error, const QString &message)
{
    error->setText(message);
    error->setVisible(!message.isEmpty());
    return message.isEmpty();
}

QLabel *FormFields::makeNote(const QString &objectName, QWidget *parent, Note kind)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    if (kind == Note::Warning)
        label->setStyleSheet(QStringLiteral("color: #b00020;"));
    return label;
}

QLineEdit *FormFields::makeLineEdit(const QString &objectName, QWidget *parent, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    if (!placeholder.isEmpty())
        edit->setPlaceholderText(placeholder);
    return edit;
}

void FormFields::addApplyRow(QFormLayout *form, QPushButton *button)
{
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(button);
    form->addRow(row);
}

QLineEdit *FormFields::makeAmountEdit(const QString &objectName, bool optional, QWidget *parent, Width width)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    if (width == Width::Fixed)
        edit->setFixedWidth(edit->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 20);
    edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    edit->setPlaceholderText(optional ? tr("none") : Money::fromCents(0).toString(QLocale()));
    return edit;
}

std::optional<Money> FormFields::parseAmount(const QString &text, QString *error)
{
    QString parseError;
    const auto money = Money::parse(text, QLocale(), &parseError);
    if (!money && error)
        *error = tr("Not an amount: %1.").arg(parseError);
    return money;
}

std::optional<std::optional<Money>> FormFields::readAmount(const QLineEdit *edit, bool optional, QString *error)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        if (optional)
            return std::optional<Money>();
        *error = tr("An amount is required.");
        return std::nullopt;
    }
    const auto money = parseAmount(text, error);
    if (!money)
        return std::nullopt;
    if (money->isNegative()) {
        *error = tr("The amount cannot be negative.");
        return std::nullopt;
    }
    return std::optional<Money>(*money);
}

void FormFields::addUndoRedoButtons(QUndoStack *stack, QWidget *owner, QHBoxLayout *row)
{
    struct Step
    {
        const char *name;
        QString text;
        QKeySequence::StandardKey key;
        bool (QUndoStack::*can)() const;
        QString (QUndoStack::*commandText)() const;
        void (QUndoStack::*canChanged)(bool);
        void (QUndoStack::*textChanged)(const QString &);
        void (QUndoStack::*run)();
        QString (*tip)(const QString &);
    };
    const Step steps[] = {
        {"undo", tr("Undo"), QKeySequence::Undo, &QUndoStack::canUndo, &QUndoStack::undoText,
         &QUndoStack::canUndoChanged, &QUndoStack::undoTextChanged, &QUndoStack::undo,
         [](const QString &command) { return tr("Undo: %1").arg(command); }},
        {"redo", tr("Redo"), QKeySequence::Redo, &QUndoStack::canRedo, &QUndoStack::redoText,
         &QUndoStack::canRedoChanged, &QUndoStack::redoTextChanged, &QUndoStack::redo,
         [](const QString &command) { return tr("Redo: %1").arg(command); }},
    };
    for (const Step &step : steps) {
        auto *action = new QAction(step.text, owner);
        action->setShortcut(step.key);
        action->setEnabled((stack->*step.can)());
        action->setToolTip(step.tip((stack->*step.commandText)()));
        QObject::connect(stack, step.canChanged, action, &QAction::setEnabled);
        const auto tip = step.tip;
        QObject::connect(stack, step.textChanged, action,
                         [action, tip](const QString &command) { action->setToolTip(tip(command)); });
        QObject::connect(action, &QAction::triggered, stack, step.run);
        owner->addAction(action);
        auto *button = new QToolButton(owner);
        button->setObjectName(QLatin1String(step.name));
        button->setDefaultAction(action);
        row->addWidget(button);
    }
}

} // namespace Plafond
