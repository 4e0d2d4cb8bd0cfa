// SPDX-License-Identifier: GPL-3.0-or-later
#include "amendmentswidget.h"

#include "formfields.h"
#include "tablepage.h"
#include "workspace.h"

#include "models/amendmentsmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Plafond {

namespace {

// Adds, changes or removes one amendment; undo restores the previous state with the same identifier.
class AmendmentCommand : public EditCommand
{
public:
    AmendmentCommand(Workspace *workspace, const QString &text, std::optional<Amendment> before,
                     std::optional<Amendment> after)
        : EditCommand(workspace, text), m_before(std::move(before)), m_after(std::move(after))
    {
    }

protected:
    bool apply(bool forward) override
    {
        std::optional<Amendment> &target = forward ? m_after : m_before;
        const std::optional<Amendment> &other = forward ? m_before : m_after;
        Stores &stores = this->stores();
        if (!target) {
            if (const Status removed = stores.contracts.removeAmendment(other->id); !removed)
                return fail(removed.message());
            return true;
        }
        if (const Status status = stores.contracts.saveAmendment(*target); !status)
            return fail(status.message());
        if (m_after && !m_after->id) // created: undo needs its identifier
            m_after->id = target->id;
        return true;
    }

private:
    std::optional<Amendment> m_before;
    std::optional<Amendment> m_after;
};

} // namespace

AmendmentDialog::AmendmentDialog(const Amendment &amendment, QWidget *parent)
    : QDialog(parent),
      m_amendment(amendment),
      m_signedOn(new QDateEdit(this)),
      m_deltaMax(new QLineEdit(this)),
      m_deltaMaxError(new QLabel(this)),
      m_deltaMonths(new QSpinBox(this)),
      m_reason(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(amendment.id ? tr("Amendment") : tr("New amendment"));
    const QLocale locale;
    m_signedOn->setObjectName(QStringLiteral("signedOn"));
    m_signedOn->setCalendarPopup(true);
    m_signedOn->setDate(amendment.signedOn.isValid() ? amendment.signedOn : QDate::currentDate());
    m_deltaMax->setObjectName(QStringLiteral("deltaMax"));
    m_deltaMax->setText(amendment.deltaMaxHt.toString(locale));
    m_deltaMax->setToolTip(tr("Negative for a decrease of the maximum"));
    m_deltaMaxError->setObjectName(QStringLiteral("deltaMaxError"));
    m_deltaMaxError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_deltaMonths->setObjectName(QStringLiteral("deltaMonths"));
    m_deltaMonths->setRange(-240, 240);
    m_deltaMonths->setValue(amendment.deltaMonths);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlainText(amendment.reason);
    m_buttons->setObjectName(QStringLiteral("buttons"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Signed on:"), m_signedOn);
    form->addRow(tr("Change of &maximum excl. VAT:"), m_deltaMax);
    form->addRow(QString(), m_deltaMaxError);
    form->addRow(tr("Change of &duration (months):"), m_deltaMonths);
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_deltaMax, &QLineEdit::textChanged, this, &AmendmentDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void AmendmentDialog::validate()
{
    QString error;
    const bool valid = Money::parse(m_deltaMax->text(), QLocale(), &error).has_value();
    m_deltaMaxError->setText(valid ? QString() : error);
    m_deltaMaxError->setVisible(!valid);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

Amendment AmendmentDialog::amendment() const
{
    Amendment a = m_amendment;
    a.signedOn = m_signedOn->date();
    a.deltaMaxHt = Money::parse(m_deltaMax->text(), QLocale()).value_or(Money());
    a.deltaMonths = m_deltaMonths->value();
    a.reason = m_reason->toPlainText().trimmed();
    return a;
}

AmendmentsWidget::AmendmentsWidget(Workspace *workspace, QWidget *parent)
    : WorkspacePage(workspace, parent),
      m_model(new AmendmentsModel(this)),
      m_scopeLabel(new QLabel(this)),
      m_scope(new QComboBox(this)),
      m_summary(FormFields::makeNote(QStringLiteral("amendmentsSummary"), this)),
      m_warnings(FormFields::makeNote(QStringLiteral("amendmentsWarnings"), this, FormFields::Note::Warning)),
      m_table(new QTableView(this)),
      m_add(new QPushButton(this)),
      m_edit(new QPushButton(this)),
      m_remove(new QPushButton(this))
{
    setObjectName(QStringLiteral("amendmentsPage"));
    m_scope->setObjectName(QStringLiteral("amendmentsScope"));
    TablePage::setUpTable(m_table, QStringLiteral("amendmentsTable"), m_model,
                          TablePage::SelectRows | TablePage::SingleSelection | TablePage::ReadOnly,
                          AmendmentsModel::ReasonColumn);
    m_add->setObjectName(QStringLiteral("addAmendment"));
    m_edit->setObjectName(QStringLiteral("editAmendment"));
    m_remove->setObjectName(QStringLiteral("removeAmendment"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(TablePage::labelledRow(m_scopeLabel, m_scope));
    layout->addWidget(m_summary);
    layout->addWidget(m_warnings);
    layout->addWidget(m_table, 1);
    layout->addLayout(TablePage::buttonRow({m_add, m_edit, m_remove}));

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this]() {
        m_lotId = scopeLotId();
        reload();
    });
    connect(m_add, &QPushButton::clicked, this, &AmendmentsWidget::addAmendment);
    connect(m_edit, &QPushButton::clicked, this, &AmendmentsWidget::editAmendment);
    connect(m_remove, &QPushButton::clicked, this, &AmendmentsWidget::removeAmendment);
    connect(m_table, &QTableView::activated, this, &AmendmentsWidget::editAmendment);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AmendmentsWidget::updateButtons);
    reloadOnChanges(Changes::Contracts, [this] { reload(); });
    retranslateUi();
}

Id AmendmentsWidget::scopeLotId() const
{
    return m_scope->currentData().toLongLong();
}

void AmendmentsWidget::setSelection(Id contractId, Id lotId)
{
    if (!isNewTreeSelection(contractId, lotId))
        return;
    m_contractId = contractId;
    m_lotId = lotId;
    reload();
}

void AmendmentsWidget::reload()
{
    const std::optional<Contract> contract =
        m_workspace->isOpen() && m_contractId ? m_workspace->stores().contracts.contract(m_contractId).optional() : std::nullopt;
    if (!contract) {
        {
            const QSignalBlocker blocker(m_scope);
            m_scope->clear();
        }
        m_model->clear();
        updateSummary();
        updateButtons();
        return;
    }
    Stores &stores = m_workspace->stores();
    const QList<Lot> lots = stores.contracts.lots(m_contractId).value();
    {
        const QSignalBlocker blocker(m_scope);
        m_scope->clear();
        m_scope->addItem(tr("The whole contract"), Id(0));
        TablePage::addLots(m_scope, lots);
        m_scope->setCurrentIndex(std::max(0, m_scope->findData(m_lotId)));
        m_lotId = scopeLotId();
    }
    m_model->setAmendments(*contract, lots, stores.contracts.amendments(m_contractId).value(), m_lotId);
    m_table->resizeColumnsToContents();
    updateSummary();
    updateButtons();
}

void AmendmentsWidget::updateSummary()
{
    const QLocale locale;
    if (!m_model->contractId()) {
        m_summary->clear();
        m_warnings->clear();
        m_warnings->hide();
        return;
    }
    m_summary->setText(tr("Initial maximum %1, ending %2; after %n amendment(s): maximum %3, ending %4.", nullptr,
                          m_model->rowCount())
                           .arg(m_model->initialMaximum().toString(locale),
                                locale.toString(m_model->initialEnd(), QLocale::ShortFormat),
                                m_model->effectiveMaximum().toString(locale),
                                locale.toString(m_model->effectiveEnd(), QLocale::ShortFormat)));
    QStringList warnings;
    for (const AmendmentWarning &warning : m_model->warnings())
        warnings << warning.message();
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
}

void AmendmentsWidget::updateButtons()
{
    const bool open = m_model->contractId() != 0;
    m_add->setEnabled(open);
    m_edit->setEnabled(open && currentAmendment().has_value());
    m_remove->setEnabled(open && currentAmendment().has_value());
}

std::optional<Amendment> AmendmentsWidget::currentAmendment() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return std::nullopt;
    return m_model->row(current.row()).amendment;
}

bool AmendmentsWidget::save(std::optional<Amendment> before, std::optional<Amendment> after)
{
    const QString text = !before ? tr("Add amendment") : !after ? tr("Remove amendment") : tr("Edit amendment");
    QString error;
    if (m_workspace->execute(new AmendmentCommand(m_workspace, text, std::move(before), std::move(after)), &error))
        return true;
    QMessageBox::warning(this, tr("Amendment"), error);
    return false;
}

void AmendmentsWidget::addAmendment()
{
    if (!m_model->contractId())
        return;
    Amendment amendment;
    amendment.contractId = m_model->contractId();
    amendment.lotId = m_model->lotId();
    AmendmentDialog dialog(amendment, this);
    if (dialog.exec() == QDialog::Accepted)
        save(std::nullopt, dialog.amendment());
}

void AmendmentsWidget::editAmendment()
{
    const auto before = currentAmendment();
    if (!before)
        return;
    AmendmentDialog dialog(*before, this);
    if (dialog.exec() == QDialog::Accepted)
        save(before, dialog.amendment());
}

void AmendmentsWidget::removeAmendment()
{
    const auto before = currentAmendment();
    if (!before)
        return;
    save(before, std::nullopt);
}

void AmendmentsWidget::languageChanged()
{
    retranslateUi();
    reload();
}

void AmendmentsWidget::retranslateUi()
{
    m_scopeLabel->setText(tr("&Register of:"));
    m_add->setText(tr("&Add amendment…"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Remove"));
}

} // namespace Plafond
