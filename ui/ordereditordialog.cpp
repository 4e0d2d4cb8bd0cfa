// SPDX-License-Identifier: GPL-3.0-or-later
#include "ordereditordialog.h"

#include "models/dashboardvalues.h"
#include "formfields.h"
#include "ordercommands.h"
#include "workspace.h"

#include "models/dashboardvalues.h"
#include "models/orderlinesmodel.h"
#include "storage/stores.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace Plafond {

namespace {

// Picks a work unit of the order's lot in the lines table.
class WorkUnitDelegate : public QStyledItemDelegate
{
public:
    explicit WorkUnitDelegate(OrderLinesModel *model, QObject *parent)
        : QStyledItemDelegate(parent), m_model(model)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != OrderLinesModel::WorkUnitColumn)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        const QLocale locale;
        for (const WorkUnit &unit : m_model->workUnits())
            combo->addItem(QStringLiteral("%1 — %2").arg(unit.code, unit.label(locale)), unit.id);
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentData(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    OrderLinesModel *m_model;
};

} // namespace

OrderEditorDialog::OrderEditorDialog(Stores &stores, std::optional<PurchaseOrder> existing, Id lotId,
                                     QWidget *parent)
    : QDialog(parent), m_stores(stores), m_existing(std::move(existing))
{
    setWindowTitle(m_existing ? tr("Order %1").arg(m_existing->number) : tr("New purchase order"));
    const bool editable = !m_existing || m_existing->status == OrderStatus::Draft
                          || m_existing->status == OrderStatus::Issued;

    m_lot = new QComboBox(this);
    m_lot->setObjectName(QStringLiteral("lot"));
    for (const Contract &contract : m_stores.contracts.contracts()) {
        for (const Lot &lot : m_stores.contracts.lots(contract.id))
            m_lot->addItem(tr("%1 — lot %2: %3").arg(contract.reference, QString::number(lot.number), lot.title), lot.id);
    }
    const Id initialLot = m_existing ? m_existing->lotId : lotId;
    if (initialLot)
        m_lot->setCurrentIndex(std::max(0, m_lot->findData(initialLot)));
    m_lot->setEnabled(!m_existing);

    m_beneficiary = new QComboBox(this);
    m_beneficiary->setObjectName(QStringLiteral("beneficiary"));
    const QList<Beneficiary> beneficiaries = m_stores.catalogue.beneficiaries().value();
    for (const Beneficiary &b : beneficiaries)
        m_beneficiary->addItem(tr("%1 — %2").arg(b.code, b.name), b.id);
    if (m_existing)
        m_beneficiary->setCurrentIndex(std::max(0, m_beneficiary->findData(m_existing->beneficiaryId)));

    m_number = FormFields::makeLineEdit(QStringLiteral("number"), this);
    m_commitment = FormFields::makeLineEdit(QStringLiteral("commitment"), this);
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate::currentDate());
    m_issue = new QCheckBox(tr("&Issue the order on this date"), this);
    m_issue->setObjectName(QStringLiteral("issue"));
    m_issue->setChecked(true);
    if (m_existing) {
        m_number->setText(m_existing->number);
        m_commitment->setText(m_existing->commitmentNumber);
        const QDate date = m_existing->issuedOn.isValid() ? m_existing->issuedOn : m_existing->createdOn;
        if (date.isValid())
            m_date->setDate(date);
        m_issue->setChecked(m_existing->status != OrderStatus::Draft);
        m_issue->setEnabled(m_existing->status == OrderStatus::Draft);
    }
    m_date->setEnabled(editable);

    m_lines = new OrderLinesModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("lines"));
    m_table->setModel(m_lines);
    m_table->setItemDelegate(new WorkUnitDelegate(m_lines, m_table));
    m_table->horizontalHeader()->setSectionResizeMode(OrderLinesModel::WorkUnitColumn, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    m_addLine = new QPushButton(tr("&Add line"), this);
    m_addLine->setObjectName(QStringLiteral("addLine"));
    m_removeLine = new QPushButton(tr("&Remove line"), this);
    m_removeLine->setObjectName(QStringLiteral("removeLine"));
    m_addLine->setEnabled(editable);
    m_removeLine->setEnabled(editable);

    m_totalHt = new QLabel(this);
    m_totalHt->setObjectName(QStringLiteral("totalHt"));
    m_vat = new QLabel(this);
    m_vat->setObjectName(QStringLiteral("vat"));
    m_totalTtc = new QLabel(this);
    m_totalTtc->setObjectName(QStringLiteral("totalTtc"));
    m_ceiling = FormFields::makeNote(QStringLiteral("ceiling"), this);
    m_override = new QCheckBox(tr("&Override the maximum (the override is recorded)"), this);
    m_override->setObjectName(QStringLiteral("override"));
    m_overrideReason =
        FormFields::makeLineEdit(QStringLiteral("overrideReason"), this, tr("Reason for going past the maximum"));
    m_problem = FormFields::makeNote(QStringLiteral("problem"), this, FormFields::Note::Warning);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Lot:"), m_lot);
    form->addRow(tr("&Beneficiary:"), m_beneficiary);
    form->addRow(tr("Order &number:"), m_number);
    form->addRow(tr("&Commitment number (EJ):"), m_commitment);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), m_issue);
    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(m_addLine);
    lineButtons->addWidget(m_removeLine);
    lineButtons->addStretch();
    auto *totals = new QFormLayout;
    totals->addRow(tr("Total excl. VAT:"), m_totalHt);
    totals->addRow(tr("VAT:"), m_vat);
    totals->addRow(tr("Total incl. VAT:"), m_totalTtc);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(lineButtons);
    layout->addLayout(totals);
    layout->addWidget(m_ceiling);
    layout->addWidget(m_override);
    layout->addWidget(m_overrideReason);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(760, 600);

    connect(m_lot, &QComboBox::currentIndexChanged, this, &OrderEditorDialog::loadLot);
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        m_lines->setPriceDate(date);
        suggestNumber();
    });
    connect(m_issue, &QCheckBox::toggled, this, &OrderEditorDialog::updateTotals);
    connect(m_lines, &OrderLinesModel::totalsChanged, this, &OrderEditorDialog::updateTotals);
    connect(m_number, &QLineEdit::textChanged, this, &OrderEditorDialog::updateTotals);
    connect(m_override, &QCheckBox::toggled, this, &OrderEditorDialog::updateTotals);
    connect(m_overrideReason, &QLineEdit::textChanged, this, &OrderEditorDialog::updateTotals);
    connect(m_addLine, &QPushButton::clicked, this, &OrderEditorDialog::addLine);
    connect(m_removeLine, &QPushButton::clicked, this, &OrderEditorDialog::removeLine);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_lines->setPriceDate(m_date->date());
    loadLot();
    if (m_existing) {
        m_lines->setLines(m_existing->lines);
        if (!editable) // a delivered order keeps the prices it was ordered at
            m_lines->setPriceDate(m_date->date());
        m_override->setChecked(m_existing->ceilingOverride);
        m_overrideReason->setText(m_existing->overrideReason);
    }
    updateTotals();
}

void OrderEditorDialog::loadLot()
{
    const Id lotId = m_lot->currentData().toLongLong();
    // Default prices after revision: the contract's revisions are computed once here, not once per line.
    m_lines->setRevisedSchedule(lotId ? RevisedSchedule::loadForLot(m_stores, lotId) : RevisedSchedule());
    m_lines->setWorkUnits(lotId ? m_stores.catalogue.workUnits(lotId).value() : QList<WorkUnit>());
    m_vatBasisPoints = lotId ? m_stores.contracts.vatBasisPointsOfLot(lotId).valueOr(2000) : 2000;
    suggestNumber();
    updateTotals();
}

void OrderEditorDialog::suggestNumber()
{
    // Numbers follow the year of the order; one the user typed is left alone.
    const Id lotId = m_lot->currentData().toLongLong();
    if (m_existing || !lotId || m_number->text() != m_suggestedNumber)
        return;
    if (const auto lot = m_stores.contracts.lot(lotId)) {
        m_suggestedNumber = m_stores.orders.nextOrderNumber(lot->contractId, m_date->date().year()).value();
        m_number->setText(m_suggestedNumber);
    }
}

void OrderEditorDialog::addLine()
{
    const QList<WorkUnit> &units = m_lines->workUnits();
    m_lines->addLine(units.isEmpty() ? 0 : units.first().id, 1000);
    const QModelIndex index = m_lines->index(m_lines->rowCount() - 1, OrderLinesModel::WorkUnitColumn);
    m_table->setCurrentIndex(index);
    m_table->setFocus();
}

void OrderEditorDialog::removeLine()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_lines->removeLine(current.row());
}

bool OrderEditorDialog::countsAgainstCeiling() const
{
    // A draft does not count until it is issued; a cancelled order never counts.
    if (m_existing && m_existing->status == OrderStatus::Cancelled)
        return false;
    return m_issue->isChecked();
}

CeilingCheck OrderEditorDialog::ceilingCheck() const
{
    const Id lotId = m_lot->currentData().toLongLong();
    if (m_ceilingLot != lotId) {
        m_ceilingLot = lotId;
        m_lotCeiling = m_stores.orders.lotCeilingCheck(lotId, m_existing ? m_existing->id : 0, Money()).valueOr(CeilingCheck());
    }
    return CeilingCheck::check(m_lotCeiling.maximum, m_lotCeiling.orderedBefore, m_lines->totalHt());
}

void OrderEditorDialog::updateTotals()
{
    const QLocale locale;
    const Money ht = m_lines->totalHt();
    const Money ttc = m_lines->totalTtc(m_vatBasisPoints);
    m_totalHt->setText(ht.toString(locale));
    m_vat->setText(tr("%1 (%2 %)").arg(ttc.checkedSub(ht).value_or(Money()).toString(locale),
                                       locale.toString(m_vatBasisPoints / 100.0, 'f', m_vatBasisPoints % 100 ? 2 : 0)));
    m_totalTtc->setText(ttc.toString(locale));

    QString problem = m_lines->problem();
    if (problem.isEmpty() && m_number->text().trimmed().isEmpty())
        problem = tr("The order needs a number.");
    if (problem.isEmpty() && m_beneficiary->currentIndex() < 0)
        problem = tr("Choose a beneficiary.");
    bool overLimit = false;
    if (m_lot->currentIndex() >= 0) {
        const CeilingCheck check = ceilingCheck();
        const Money after = check.orderedBefore.checkedAdd(check.orderAmount).value_or(check.orderAmount);
        overLimit = countsAgainstCeiling() && !check.withinCeiling;
        if (overLimit) {
            m_ceiling->setText(check.message(locale));
            m_ceiling->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        } else {
            m_ceiling->setText(tr("Lot maximum %1; already ordered %2; with this order %3 (%4).")
                                   .arg(check.maximum.toString(locale), check.orderedBefore.toString(locale),
                                        after.toString(locale),
                                        DashboardValues::percentText(check.percentHundredthsAfter(), locale)));
            m_ceiling->setStyleSheet(QString());
        }
    }
    m_override->setVisible(overLimit);
    m_overrideReason->setVisible(overLimit);
    if (problem.isEmpty() && overLimit) {
        if (!m_override->isChecked())
            problem = tr("This order goes past the lot's maximum: it is refused unless you override the maximum explicitly.");
        else if (m_overrideReason->text().trimmed().isEmpty())
            problem = tr("Give the reason for going past the maximum.");
    }
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

PurchaseOrder OrderEditorDialog::order() const
{
    PurchaseOrder o = m_existing.value_or(PurchaseOrder());
    o.lotId = m_lot->currentData().toLongLong();
    o.beneficiaryId = m_beneficiary->currentData().toLongLong();
    o.number = m_number->text().trimmed();
    o.commitmentNumber = m_commitment->text().trimmed();
    const QDate date = m_date->date();
    if (!m_existing)
        o.createdOn = date;
    if (o.status == OrderStatus::Draft && m_issue->isChecked()) {
        o.status = OrderStatus::Issued;
        o.issuedOn = date;
    } else if (o.status == OrderStatus::Issued) {
        o.issuedOn = date;
    } else if (o.status == OrderStatus::Draft) {
        o.createdOn = date;
    }
    if (o.createdOn.isValid() && o.issuedOn.isValid() && o.createdOn > o.issuedOn)
        o.createdOn = o.issuedOn;
    o.lines = m_lines->lines();
    const bool overLimit = countsAgainstCeiling() && !ceilingCheck().withinCeiling;
    o.ceilingOverride = overLimit ? m_override->isChecked() : (m_existing && m_existing->ceilingOverride);
    o.overrideReason = o.ceilingOverride ? m_overrideReason->text().trimmed() : QString();
    return o;
}

std::optional<CeilingCheck> OrderEditorDialog::overriddenCeiling() const
{
    if (!countsAgainstCeiling())
        return std::nullopt;
    const CeilingCheck check = ceilingCheck();
    if (check.withinCeiling || !m_override->isChecked())
        return std::nullopt;
    return check;
}

bool OrderEditorDialog::editOrder(Workspace *workspace, std::optional<PurchaseOrder> existing, Id lotId, QWidget *parent)
{
    OrderEditorDialog dialog(workspace->stores(), existing, lotId, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const PurchaseOrder order = dialog.order();
    const QString text = existing ? tr("Edit order %1").arg(order.number) : tr("New order %1").arg(order.number);
    QString error;
    if (!workspace->execute(new SaveOrdersCommand(workspace, text, {{existing, order, dialog.overriddenCeiling()}}), &error)) {
        QMessageBox::warning(parent, tr("Order not saved"), error);
        return false;
    }
    return true;
}

} // namespace Plafond
