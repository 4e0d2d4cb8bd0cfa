// SPDX-License-Identifier: GPL-3.0-or-later
#include "lotdialog.h"

#include "entityeditor.h"
#include "formfields.h"

#include "workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Plafond {

namespace {

const QList<HolderRole> allRoles{HolderRole::Lead, HolderRole::CoContractor, HolderRole::Subcontractor};
const QColor errorColor = FormFields::errorColor();

// SIRETs are often copied with spaces between the groups of digits.
QString normalizedSiret(const QString &text)
{
    QString siret = text;
    siret.remove(QLatin1Char(' '));
    siret.remove(QChar(0x00A0));
    siret.remove(QChar(0x202F));
    return siret;
}

// The role column is edited with a combo box of the translated role names.
class RoleDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("roleEditor"));
        for (const HolderRole role : allRoles)
            combo->addItem(LotDialog::roleName(role), static_cast<int>(role));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::UserRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        model->setData(index, combo->currentData(), Qt::UserRole);
        model->setData(index, combo->currentText(), Qt::DisplayRole);
    }
};

bool sameLot(const Lot &a, const Lot &b)
{
    if (a.number != b.number || a.title != b.title || a.minHt != b.minHt || a.maxHt != b.maxHt
        || a.holders.size() != b.holders.size())
        return false;
    for (qsizetype i = 0; i < a.holders.size(); ++i) {
        const Holder &x = a.holders.at(i);
        const Holder &y = b.holders.at(i);
        if (x.name != y.name || x.siret != y.siret || x.role != y.role)
            return false;
    }
    return true;
}

} // namespace

LotDialog::LotDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Lot"));

    auto *form = new QFormLayout;
    m_number = new QSpinBox(this);
    m_number->setObjectName(QStringLiteral("number"));
    m_number->setRange(1, 999);
    form->addRow(tr("&Number:"), m_number);
    m_title = FormFields::makeLineEdit(QStringLiteral("title"), this);
    form->addRow(tr("&Title:"), m_title);
    m_minHt = FormFields::makeAmountEdit(QStringLiteral("minHt"), true, this);
    m_minHtError = FormFields::addRowWithError(form, tr("M&inimum (excl. VAT):"), m_minHt, this);
    m_maxHt = FormFields::makeAmountEdit(QStringLiteral("maxHt"), false, this);
    m_maxHtError = FormFields::addRowWithError(form, tr("M&aximum (excl. VAT):"), m_maxHt, this);

    auto *holders = new QGroupBox(tr("Holders"), this);
    m_holders = new QTableWidget(0, HolderColumnCount, holders);
    m_holders->setObjectName(QStringLiteral("holders"));
    m_holders->setHorizontalHeaderLabels({tr("Name"), tr("SIRET"), tr("Role")});
    m_holders->setItemDelegateForColumn(RoleColumn, new RoleDelegate(m_holders));
    m_holders->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_holders->setSelectionMode(QAbstractItemView::SingleSelection);
    // Not on a mere change of current cell: arrow keys keep moving between cells.
    m_holders->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                               | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_holders->verticalHeader()->hide();
    m_holders->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_holders->fontMetrics();
    m_holders->horizontalHeader()->resizeSection(SiretColumn, metrics.horizontalAdvance(QStringLiteral("000 000 000 00000")) + 24);
    int roleWidth = 0;
    for (const HolderRole role : allRoles)
        roleWidth = qMax(roleWidth, metrics.horizontalAdvance(roleName(role)));
    m_holders->horizontalHeader()->resizeSection(RoleColumn, roleWidth + 48); // room for the combo box's arrow
    m_holders->setAccessibleName(tr("Holders"));
    m_holdersEmpty = new QLabel(tr("Holders not provided"), holders);
    m_holdersEmpty->setObjectName(QStringLiteral("holdersEmpty"));
    m_holdersError = FormFields::makeErrorLabel(QStringLiteral("holdersError"), holders);
    m_addHolder = new QPushButton(tr("A&dd holder"), holders);
    m_addHolder->setObjectName(QStringLiteral("addHolder"));
    m_addHolder->setAutoDefault(false); // Enter means OK, not "one more row"
    m_removeHolder = new QPushButton(tr("&Remove holder"), holders);
    m_removeHolder->setObjectName(QStringLiteral("removeHolder"));
    m_removeHolder->setAutoDefault(false);
    m_removeHolder->setEnabled(false);
    auto *holderButtons = new QHBoxLayout;
    holderButtons->addWidget(m_holdersEmpty);
    holderButtons->addStretch();
    holderButtons->addWidget(m_addHolder);
    holderButtons->addWidget(m_removeHolder);
    auto *holdersLayout = new QVBoxLayout(holders);
    holdersLayout->addWidget(m_holders, 1);
    holdersLayout->addWidget(m_holdersError);
    holdersLayout->addLayout(holderButtons);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LotDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LotDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(holders, 1);
    layout->addWidget(m_buttons);

    connect(m_addHolder, &QPushButton::clicked, this, &LotDialog::addHolder);
    connect(m_removeHolder, &QPushButton::clicked, this, &LotDialog::removeHolder);
    connect(m_holders, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_removeHolder->setEnabled(row >= 0); });
    connect(m_holders, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            validate();
    });
    connect(m_minHt, &QLineEdit::textChanged, this, &LotDialog::validate);
    connect(m_maxHt, &QLineEdit::textChanged, this, &LotDialog::validate);

    resize(680, 480);
    validate();
}

QString LotDialog::roleName(HolderRole role)
{
    switch (role) {
    case HolderRole::Lead: return tr("Lead contractor");
    case HolderRole::CoContractor: return tr("Co-contractor");
    case HolderRole::Subcontractor: return tr("Subcontractor");
    }
    return {};
}

void LotDialog::setLot(const Lot &lot)
{
    m_lot = lot;
    const QLocale locale;
    m_number->setValue(qMax(1, lot.number));
    m_title->setText(lot.title);
    m_title->setCursorPosition(0);
    m_minHt->setText(lot.minHt ? lot.minHt->toString(locale) : QString());
    m_maxHt->setText(lot.maxHt.toString(locale));
    m_holders->setRowCount(0);
    for (const Holder &holder : lot.holders)
        appendHolderRow(holder);
    validate();
}

void LotDialog::appendHolderRow(const Holder &holder)
{
    m_filling = true;
    const int row = m_holders->rowCount();
    m_holders->insertRow(row);
    m_holders->setItem(row, NameColumn, new QTableWidgetItem(holder.name));
    m_holders->setItem(row, SiretColumn, new QTableWidgetItem(holder.siret));
    auto *role = new QTableWidgetItem(roleName(holder.role));
    role->setData(Qt::UserRole, static_cast<int>(holder.role));
    m_holders->setItem(row, RoleColumn, role);
    m_filling = false;
}

Lot LotDialog::lot() const
{
    Lot lot = m_lot;
    lot.number = m_number->value();
    lot.title = m_title->text().trimmed();
    QString ignored;
    lot.minHt = FormFields::readAmount(m_minHt, true, &ignored).value_or(std::nullopt);
    lot.maxHt = FormFields::readAmount(m_maxHt, false, &ignored).value_or(std::nullopt).value_or(Money());
    lot.holders.clear();
    for (int row = 0; row < m_holders->rowCount(); ++row) {
        Holder holder;
        holder.lotId = lot.id;
        holder.name = m_holders->item(row, NameColumn)->text().trimmed();
        holder.siret = normalizedSiret(m_holders->item(row, SiretColumn)->text());
        holder.role = static_cast<HolderRole>(m_holders->item(row, RoleColumn)->data(Qt::UserRole).toInt());
        lot.holders << holder;
    }
    return lot;
}

void LotDialog::addHolder()
{
    // The first holder of a lot is usually the lead contractor; the next ones join it.
    Holder holder;
    holder.role = m_holders->rowCount() == 0 ? HolderRole::Lead : HolderRole::CoContractor;
    appendHolderRow(holder);
    const int row = m_holders->rowCount() - 1;
    m_holders->setCurrentCell(row, NameColumn);
    m_holders->setFocus();
    m_holders->editItem(m_holders->item(row, NameColumn));
    validate();
}

void LotDialog::removeHolder()
{
    const int row = m_holders->currentRow();
    if (row < 0)
        return;
    m_holders->removeRow(row);
    validate();
}

void LotDialog::validate()
{
    bool valid = true;
    QString error;
    const auto maximum = FormFields::readAmount(m_maxHt, false, &error);
    valid = FormFields::showError(m_maxHtError, error) && valid;
    error.clear();
    const auto minimum = FormFields::readAmount(m_minHt, true, &error);
    if (minimum && *minimum && maximum && *maximum && **minimum > **maximum)
        error = tr("The minimum is above the maximum.");
    valid = FormFields::showError(m_minHtError, error) && valid;

    QStringList problems;
    m_filling = true; // colouring the cells is not an edit
    for (int row = 0; row < m_holders->rowCount(); ++row) {
        QTableWidgetItem *name = m_holders->item(row, NameColumn);
        QTableWidgetItem *siretItem = m_holders->item(row, SiretColumn);
        if (name->text().trimmed().isEmpty())
            problems << tr("The holder on row %1 has no name.").arg(row + 1);
        const QString siret = normalizedSiret(siretItem->text());
        const bool siretValid = siret.isEmpty() || isValidSiret(siret);
        if (!siretValid)
            problems << tr("SIRET %1 is not valid: 14 digits with a correct checksum are expected.").arg(siret);
        siretItem->setForeground(siretValid ? QBrush() : QBrush(errorColor));
        siretItem->setToolTip(siretValid ? QString() : problems.constLast());
    }
    m_filling = false;
    FormFields::showError(m_holdersError, problems.join(QLatin1Char('\n')));
    m_holdersEmpty->setVisible(m_holders->rowCount() == 0);
    m_removeHolder->setEnabled(m_holders->currentRow() >= 0);
    valid = valid && problems.isEmpty();

    m_valid = valid;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

void LotDialog::accept()
{
    if (m_valid && commitEdit(this, m_commit, lot(), tr("Lot not saved")))
        QDialog::accept();
}

bool LotDialog::editLot(Workspace *workspace, Id contractId, std::optional<Lot> existing, QWidget *parent)
{
    if (!workspace || !workspace->isOpen())
        return false;
    Stores &stores = workspace->stores();
    // The stored state the command will restore on undo; none for a new lot, even a pre-filled one.
    std::optional<Lot> before;
    if (existing && existing->id != 0) {
        before = stores.contracts.lot(existing->id).optional(); // what is stored now, not the caller's copy
        if (!before) {
            QMessageBox::warning(parent, tr("Lot not saved"), tr("Lot %1 no longer exists.").arg(existing->number));
            return false;
        }
        contractId = before->contractId;
    }
    LotDialog dialog(parent);
    if (before) {
        dialog.setWindowTitle(tr("Lot %1").arg(before->number));
        dialog.setLot(*before);
    } else {
        Lot fresh = existing.value_or(Lot());
        fresh.id = 0;
        fresh.contractId = contractId;
        if (!existing) {
            // A new lot takes the next free number; its maximum must be typed, not taken as zero.
            fresh.number = 1;
            for (const Lot &other : stores.contracts.lots(contractId))
                fresh.number = qMax(fresh.number, other.number + 1);
        }
        dialog.setWindowTitle(tr("New lot"));
        dialog.setLot(fresh);
        if (!existing)
            dialog.m_maxHt->clear();
    }
    bool saved = false;
    dialog.setCommit([&](const Lot &edited, QString *error) {
        if (before && sameLot(*before, edited))
            return true; // nothing to undo
        for (const Lot &other : stores.contracts.lots(edited.contractId)) {
            if (other.number == edited.number && other.id != edited.id) {
                *error = tr("Lot %1 already exists in this contract.").arg(edited.number);
                return false;
            }
        }
        const QString text = before ? tr("Edit lot %1").arg(edited.number) : tr("Create lot %1").arg(edited.number);
        auto *command = new SaveEntityCommand<Lot>(workspace, text, before, edited, &ContractStore::saveLot,
                                                   &ContractStore::removeLot);
        saved = workspace->execute(command, error);
        return saved;
    });
    dialog.exec();
    return saved;
}

} // namespace Plafond
