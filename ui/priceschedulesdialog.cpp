// SPDX-License-Identifier: GPL-3.0-or-later
#include "priceschedulesdialog.h"

#include "entityeditor.h"
#include "formfields.h"
#include "tablepage.h"

#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStringListModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Plafond {

namespace {

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QTableWidget *makeTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false); // Tab leaves the table: the editors below are the next stop
    table->verticalHeader()->hide();
    return table;
}

} // namespace

PriceSchedulesDialog::PriceSchedulesDialog(Workspace *workspace, Id lotId, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_lotId(lotId)
{
    setWindowTitle(tr("Unit price schedule"));
    if (const auto lot = workspace->stores().contracts.lot(lotId))
        setWindowTitle(lot->title.isEmpty() ? tr("Unit price schedule — lot %1").arg(lot->number)
                                            : tr("Unit price schedule — lot %1: %2").arg(QString::number(lot->number), lot->title));

    // Left: the work units and the editor of the selected one.
    m_workUnits = makeTable(QStringLiteral("workUnits"),
                            {tr("Code"), tr("French label"), tr("English label"), tr("Unit"), tr("Price in force")}, this);
    m_workUnits->setAccessibleName(tr("Work units"));
    m_workUnits->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_workUnits->horizontalHeader()->setSectionResizeMode(LabelFrColumn, QHeaderView::Stretch);
    m_workUnits->horizontalHeader()->setSectionResizeMode(LabelEnColumn, QHeaderView::Stretch);

    m_newWorkUnit = new QPushButton(tr("&New work unit"), this);
    m_newWorkUnit->setObjectName(QStringLiteral("newWorkUnit"));
    m_removeWorkUnit = new QPushButton(tr("Remove work unit"), this);
    m_removeWorkUnit->setObjectName(QStringLiteral("removeWorkUnit"));


    auto *unitButtons = TablePage::buttonRow({m_newWorkUnit, m_removeWorkUnit});
    FormFields::addUndoRedoButtons(workspace->undoStack(), this, unitButtons);

    m_workUnitEditor = new QGroupBox(this);
    m_workUnitEditor->setObjectName(QStringLiteral("workUnitEditor"));
    auto *unitForm = new QFormLayout(m_workUnitEditor);
    m_code = FormFields::makeLineEdit(QStringLiteral("code"), m_workUnitEditor, tr("e.g. AUDIT"));
    unitForm->addRow(tr("C&ode:"), m_code);
    m_labelFr = FormFields::makeLineEdit(QStringLiteral("labelFr"), m_workUnitEditor);
    unitForm->addRow(tr("&French label:"), m_labelFr);
    m_labelEn = FormFields::makeLineEdit(QStringLiteral("labelEn"), m_workUnitEditor);
    unitForm->addRow(tr("&English label:"), m_labelEn);
    m_unit = FormFields::makeLineEdit(QStringLiteral("unit"), m_workUnitEditor, tr("e.g. day"));
    auto *unitCompleter = new QCompleter(new QStringListModel(m_unit), m_unit);
    unitCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_unit->setCompleter(unitCompleter);
    unitForm->addRow(tr("&Unit:"), m_unit);
    m_saveWorkUnit = new QPushButton(m_workUnitEditor);
    m_saveWorkUnit->setObjectName(QStringLiteral("saveWorkUnit"));
    FormFields::addApplyRow(unitForm, m_saveWorkUnit);

    auto *left = new QVBoxLayout;
    left->addWidget(m_workUnits, 1);
    left->addLayout(unitButtons);
    left->addWidget(m_workUnitEditor);

    // Right: the price schedule of the selected work unit.
    m_priceEditor = new QGroupBox(tr("Prices"), this);
    m_priceEditor->setObjectName(QStringLiteral("priceEditor"));
    m_prices = makeTable(QStringLiteral("prices"), {tr("From"), tr("Price excl. VAT")}, m_priceEditor);
    m_prices->setAccessibleName(tr("Prices"));
    m_prices->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *priceForm = new QFormLayout;
    m_priceFrom = new QDateEdit(m_priceEditor);
    m_priceFrom->setObjectName(QStringLiteral("priceFrom"));
    m_priceFrom->setCalendarPopup(true);
    m_priceFrom->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_priceFrom->setDate(m_referenceDate);
    priceForm->addRow(tr("Fro&m:"), m_priceFrom);
    m_priceAmount = FormFields::makeAmountEdit(QStringLiteral("priceAmount"), false, m_priceEditor,
                                               FormFields::Width::Expanding);
    priceForm->addRow(tr("Pr&ice excl. VAT:"), m_priceAmount);
    m_priceError = FormFields::makeErrorLabel(QStringLiteral("priceError"), m_priceEditor);
    priceForm->addRow(m_priceError);
    m_addPrice = new QPushButton(tr("&Add price"), m_priceEditor);
    m_addPrice->setObjectName(QStringLiteral("addPrice"));
    m_replacePrice = new QPushButton(tr("C&hange selected"), m_priceEditor);
    m_replacePrice->setObjectName(QStringLiteral("replacePrice"));
    m_removePrice = new QPushButton(tr("Remove price"), m_priceEditor);
    m_removePrice->setObjectName(QStringLiteral("removePrice"));
    auto *priceButtons = new QHBoxLayout;
    priceButtons->addWidget(m_addPrice);
    priceButtons->addWidget(m_replacePrice);
    priceButtons->addWidget(m_removePrice);
    auto *pricesLayout = new QVBoxLayout(m_priceEditor);
    pricesLayout->addWidget(m_prices, 1);
    pricesLayout->addLayout(priceForm);
    pricesLayout->addLayout(priceButtons);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(m_priceEditor, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    // No default button: Enter in a field applies that field's editor, never closes the dialog.
    const QList<QPushButton *> pushButtons = findChildren<QPushButton *>();
    for (QPushButton *button : pushButtons)
        button->setAutoDefault(false);

    connect(m_workUnits, &QTableWidget::currentCellChanged, this, [this](int row, int, int previousRow) {
        if (m_reloading || row == previousRow)
            return;
        m_creating = false;
        loadEditor();
        loadPrices(false);
        updateButtons();
    });
    connect(m_workUnits, &QTableWidget::cellClicked, this, [this] {
        if (m_creating) { // a click on the already current unit also abandons the new one
            m_creating = false;
            loadEditor();
            loadPrices(false);
            updateButtons();
        }
    });
    connect(m_prices, &QTableWidget::currentCellChanged, this, [this](int row, int, int previousRow) {
        if (m_reloading || row == previousRow || row < 0)
            return;
        // The selected price fills the form, ready to be changed.
        m_priceFrom->setDate(m_prices->item(row, FromColumn)->data(Qt::UserRole).toDate());
        m_priceAmount->setText(Money::fromCents(m_prices->item(row, AmountColumn)->data(Qt::UserRole).toLongLong())
                                   .toString(QLocale()));
        updateButtons();
    });
    connect(m_newWorkUnit, &QPushButton::clicked, this, &PriceSchedulesDialog::newWorkUnit);
    connect(m_removeWorkUnit, &QPushButton::clicked, this, &PriceSchedulesDialog::removeWorkUnit);
    connect(m_saveWorkUnit, &QPushButton::clicked, this, &PriceSchedulesDialog::saveWorkUnit);
    connect(m_addPrice, &QPushButton::clicked, this, &PriceSchedulesDialog::addPrice);
    connect(m_replacePrice, &QPushButton::clicked, this, &PriceSchedulesDialog::replacePrice);
    connect(m_removePrice, &QPushButton::clicked, this, &PriceSchedulesDialog::removePrice);
    for (QLineEdit *edit : {m_code, m_labelFr, m_labelEn, m_unit}) {
        connect(edit, &QLineEdit::textChanged, this, &PriceSchedulesDialog::updateButtons);
        connect(edit, &QLineEdit::returnPressed, this, &PriceSchedulesDialog::saveWorkUnit);
    }
    connect(m_priceAmount, &QLineEdit::textChanged, this, &PriceSchedulesDialog::updateButtons);
    connect(m_priceAmount, &QLineEdit::returnPressed, this, [this] {
        if (selectedPriceDate().isValid())
            replacePrice();
        else
            addPrice();
    });
    connect(workspace, &Workspace::changed, this, &PriceSchedulesDialog::reload);

    resize(1060, 600);
    reload();
}

void PriceSchedulesDialog::editPriceSchedules(Workspace *workspace, Id lotId, QWidget *parent)
{
    if (!workspace || !workspace->isOpen())
        return;
    PriceSchedulesDialog dialog(workspace, lotId, parent);
    dialog.exec();
}

void PriceSchedulesDialog::setReferenceDate(const QDate &date)
{
    m_referenceDate = date;
    reload();
}

Id PriceSchedulesDialog::selectedWorkUnitId() const
{
    const int row = m_workUnits->currentRow();
    return row >= 0 ? m_workUnits->item(row, CodeColumn)->data(Qt::UserRole).toLongLong() : 0;
}

bool PriceSchedulesDialog::selectWorkUnit(Id id)
{
    for (int row = 0; row < m_workUnits->rowCount(); ++row) {
        if (m_workUnits->item(row, CodeColumn)->data(Qt::UserRole).toLongLong() == id) {
            m_workUnits->setCurrentCell(row, CodeColumn);
            return true;
        }
    }
    return false;
}

QDate PriceSchedulesDialog::selectedPriceDate() const
{
    const int row = m_prices->currentRow();
    return row >= 0 ? m_prices->item(row, FromColumn)->data(Qt::UserRole).toDate() : QDate();
}

bool PriceSchedulesDialog::selectPrice(const QDate &effectiveFrom)
{
    for (int row = 0; row < m_prices->rowCount(); ++row) {
        if (m_prices->item(row, FromColumn)->data(Qt::UserRole).toDate() == effectiveFrom) {
            m_prices->setCurrentCell(row, FromColumn);
            return true;
        }
    }
    return false;
}

void PriceSchedulesDialog::reload()
{
    if (!m_workspace->isOpen())
        return;
    const QLocale locale;
    const Id selected = selectedWorkUnitId();
    m_units = m_workspace->stores().catalogue.workUnits(m_lotId).value();

    m_reloading = true; // rebuilding the table is not a change of selection by the user
    m_workUnits->setRowCount(0);
    int current = -1;
    QStringList units{QStringLiteral("day"), QStringLiteral("ticket"), QStringLiteral("package")};
    for (const WorkUnit &unit : std::as_const(m_units)) {
        const int row = m_workUnits->rowCount();
        m_workUnits->insertRow(row);
        auto *code = readOnlyItem(unit.code);
        code->setData(Qt::UserRole, unit.id);
        m_workUnits->setItem(row, CodeColumn, code);
        m_workUnits->setItem(row, LabelFrColumn, readOnlyItem(unit.labelFr));
        m_workUnits->setItem(row, LabelEnColumn, readOnlyItem(unit.labelEn));
        m_workUnits->setItem(row, UnitColumn, readOnlyItem(unit.unit));
        const auto price = unit.priceOn(m_referenceDate);
        auto *priceItem = readOnlyItem(price ? price->toString(locale) : tr("none"));
        priceItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_workUnits->setItem(row, PriceColumn, priceItem);
        if (unit.id == selected)
            current = row;
        if (!unit.unit.isEmpty() && !units.contains(unit.unit))
            units << unit.unit;
    }
    if (auto *model = qobject_cast<QStringListModel *>(m_unit->completer()->model()))
        model->setStringList(units);
    m_workUnits->setCurrentCell(current, current >= 0 ? CodeColumn : -1);
    m_workUnits->horizontalHeaderItem(PriceColumn)
        ->setText(m_referenceDate == QDate::currentDate() ? tr("Price in force")
                                                          : tr("Price on %1").arg(locale.toString(m_referenceDate, QLocale::ShortFormat)));
    m_reloading = false;
    loadEditor();
    loadPrices(true);
    updateButtons();
}

void PriceSchedulesDialog::newWorkUnit()
{
    m_creating = true;
    for (QLineEdit *edit : {m_code, m_labelFr, m_labelEn, m_unit})
        edit->clear();
    loadEditor();
    loadPrices(false);
    updateButtons();
    m_code->setFocus();
}

void PriceSchedulesDialog::loadEditor()
{
    if (m_creating) {
        m_workUnitEditor->setTitle(tr("New work unit"));
        m_saveWorkUnit->setText(tr("Add &work unit"));
        return; // keep what is being typed
    }
    m_workUnitEditor->setTitle(tr("Selected work unit"));
    m_saveWorkUnit->setText(tr("Save &work unit"));
    const Id id = selectedWorkUnitId();
    const auto found = std::find_if(m_units.cbegin(), m_units.cend(), [id](const WorkUnit &u) { return u.id == id; });
    const bool exists = id != 0 && found != m_units.cend();
    m_code->setText(exists ? found->code : QString());
    m_labelFr->setText(exists ? found->labelFr : QString());
    m_labelEn->setText(exists ? found->labelEn : QString());
    m_unit->setText(exists ? found->unit : QString());
}

void PriceSchedulesDialog::loadPrices(bool keepSelection)
{
    const QLocale locale;
    const QDate selectedDate = keepSelection ? selectedPriceDate() : QDate();
    const Id id = m_creating ? 0 : selectedWorkUnitId();
    const auto found = std::find_if(m_units.cbegin(), m_units.cend(), [id](const WorkUnit &u) { return u.id == id; });

    m_reloading = true;
    m_prices->setRowCount(0);
    if (id != 0 && found != m_units.cend()) {
        m_priceEditor->setTitle(tr("Prices of %1").arg(found->code));
        // The price in force: the latest one effective on or before the reference date.
        QDate inForce;
        for (const UnitPrice &price : found->prices) {
            if (price.effectiveFrom <= m_referenceDate && (!inForce.isValid() || price.effectiveFrom > inForce))
                inForce = price.effectiveFrom;
        }
        QList<UnitPrice> prices = found->prices;
        std::sort(prices.begin(), prices.end(),
                  [](const UnitPrice &a, const UnitPrice &b) { return a.effectiveFrom < b.effectiveFrom; });
        for (const UnitPrice &price : std::as_const(prices)) {
            const int row = m_prices->rowCount();
            m_prices->insertRow(row);
            auto *from = readOnlyItem(locale.toString(price.effectiveFrom, QLocale::ShortFormat));
            from->setData(Qt::UserRole, price.effectiveFrom);
            auto *amount = readOnlyItem(price.priceHt.toString(locale));
            amount->setData(Qt::UserRole, price.priceHt.cents());
            amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (price.effectiveFrom == inForce) {
                QFont bold = m_prices->font();
                bold.setBold(true);
                for (QTableWidgetItem *item : {from, amount}) {
                    item->setFont(bold);
                    item->setToolTip(tr("In force on %1").arg(locale.toString(m_referenceDate, QLocale::ShortFormat)));
                }
            }
            m_prices->setItem(row, FromColumn, from);
            m_prices->setItem(row, AmountColumn, amount);
        }
    } else {
        m_priceEditor->setTitle(m_creating ? tr("Prices (save the work unit first)") : tr("Prices"));
    }
    m_reloading = false;
    if (!selectedDate.isValid() || !selectPrice(selectedDate))
        m_prices->setCurrentCell(-1, -1);
}

void PriceSchedulesDialog::updateButtons()
{
    const Id id = m_creating ? 0 : selectedWorkUnitId();
    m_removeWorkUnit->setEnabled(id != 0);
    m_workUnitEditor->setEnabled(m_creating || id != 0);
    m_saveWorkUnit->setEnabled((m_creating || id != 0) && !m_code->text().trimmed().isEmpty());
    m_priceEditor->setEnabled(id != 0);

    QString error;
    const auto price = typedPrice(&error);
    const bool typed = !m_priceAmount->text().trimmed().isEmpty();
    m_priceError->setText(typed ? error : QString());
    m_priceError->setVisible(typed && !price);
    const bool priceSelected = selectedPriceDate().isValid();
    m_addPrice->setEnabled(id != 0 && price.has_value());
    m_replacePrice->setEnabled(id != 0 && priceSelected && price.has_value());
    m_removePrice->setEnabled(id != 0 && priceSelected);
}

std::optional<Money> PriceSchedulesDialog::typedPrice(QString *error) const
{
    const auto price = FormFields::parseAmount(m_priceAmount->text(), error);
    if (!price)
        return std::nullopt;
    if (price->isNegative()) {
        *error = tr("A price cannot be negative.");
        return std::nullopt;
    }
    return price;
}

std::optional<WorkUnit> PriceSchedulesDialog::storedUnit(Id id)
{
    // Always start from what is stored now: its version guards against a concurrent edit.
    const auto unit = m_workspace->stores().catalogue.workUnit(id);
    if (!unit)
        QMessageBox::warning(this, tr("Work unit not found"), unit.message());
    return unit.optional();
}

bool PriceSchedulesDialog::saveWorkUnit()
{
    if (!m_saveWorkUnit->isEnabled() || !m_workUnitEditor->isEnabled())
        return false;
    WorkUnit edited;
    std::optional<WorkUnit> before;
    if (m_creating) {
        edited.lotId = m_lotId;
    } else {
        before = storedUnit(selectedWorkUnitId());
        if (!before)
            return false;
        edited = *before;
    }
    edited.code = m_code->text().trimmed();
    edited.labelFr = m_labelFr->text().trimmed();
    edited.labelEn = m_labelEn->text().trimmed();
    edited.unit = m_unit->text().trimmed();
    if (before && before->code == edited.code && before->labelFr == edited.labelFr && before->labelEn == edited.labelEn
        && before->unit == edited.unit)
        return true; // nothing to undo
    for (const WorkUnit &other : std::as_const(m_units)) {
        if (other.id != edited.id && other.code.compare(edited.code, Qt::CaseInsensitive) == 0) {
            QMessageBox::warning(this, tr("Work unit not saved"),
                                 tr("The work unit %1 already exists in this lot.").arg(other.code));
            return false;
        }
    }
    Id savedId = 0;
    const QString text = before ? tr("Edit work unit %1").arg(edited.code) : tr("Add work unit %1").arg(edited.code);
    if (!run(before, edited, text, &savedId))
        return false;
    m_creating = false;
    if (!selectWorkUnit(savedId))
        reload();
    return true;
}

bool PriceSchedulesDialog::removeWorkUnit()
{
    const Id id = m_creating ? 0 : selectedWorkUnitId();
    if (id == 0)
        return false;
    const auto before = storedUnit(id);
    return before && run(before, std::nullopt, tr("Remove work unit %1").arg(before->code));
}

bool PriceSchedulesDialog::addPrice()
{
    QString error;
    const auto price = typedPrice(&error);
    const Id id = m_creating ? 0 : selectedWorkUnitId();
    if (id == 0 || !price)
        return false;
    const auto before = storedUnit(id);
    if (!before)
        return false;
    const QDate from = m_priceFrom->date();
    for (const UnitPrice &existing : before->prices) {
        if (existing.effectiveFrom == from) {
            QMessageBox::warning(this, tr("Price not added"),
                                 tr("%1 already has a price from %2: select it to change it.")
                                     .arg(before->code, QLocale().toString(from, QLocale::ShortFormat)));
            return false;
        }
    }
    WorkUnit after = *before;
    after.prices << UnitPrice{0, id, from, *price};
    if (!run(before, after,
             tr("Add price of %1 from %2").arg(before->code, QLocale().toString(from, QLocale::ShortFormat))))
        return false;
    selectPrice(from);
    return true;
}

bool PriceSchedulesDialog::replacePrice()
{
    QString error;
    const auto price = typedPrice(&error);
    const Id id = m_creating ? 0 : selectedWorkUnitId();
    const QDate selected = selectedPriceDate();
    if (id == 0 || !price || !selected.isValid())
        return false;
    const auto before = storedUnit(id);
    if (!before)
        return false;
    const QDate from = m_priceFrom->date();
    WorkUnit after = *before;
    bool found = false;
    for (UnitPrice &existing : after.prices) {
        if (existing.effectiveFrom == selected) {
            existing.effectiveFrom = from;
            existing.priceHt = *price;
            found = true;
        } else if (existing.effectiveFrom == from) {
            QMessageBox::warning(this, tr("Price not changed"),
                                 tr("%1 already has a price from %2.")
                                     .arg(before->code, QLocale().toString(from, QLocale::ShortFormat)));
            return false;
        }
    }
    if (!found)
        return false;
    if (from == selected) {
        const auto stored = before->priceOn(from);
        if (stored && *stored == *price)
            return true; // nothing to undo
    }
    if (!run(before, after,
             tr("Change price of %1 from %2").arg(before->code, QLocale().toString(from, QLocale::ShortFormat))))
        return false;
    selectPrice(from);
    return true;
}

bool PriceSchedulesDialog::removePrice()
{
    const Id id = m_creating ? 0 : selectedWorkUnitId();
    const QDate selected = selectedPriceDate();
    if (id == 0 || !selected.isValid())
        return false;
    const auto before = storedUnit(id);
    if (!before)
        return false;
    WorkUnit after = *before;
    after.prices.removeIf([selected](const UnitPrice &price) { return price.effectiveFrom == selected; });
    if (after.prices.size() == before->prices.size())
        return false;
    return run(before, after,
                      tr("Remove price of %1 from %2").arg(before->code, QLocale().toString(selected, QLocale::ShortFormat)));
}

bool PriceSchedulesDialog::run(const std::optional<WorkUnit> &before, const std::optional<WorkUnit> &after,
                               const QString &text, Id *savedId)
{
    return saveEntity(m_workspace, this, text, before, after, &CatalogueStore::saveWorkUnit, &CatalogueStore::removeWorkUnit,
                      after ? tr("Work unit not saved") : tr("Work unit not removed"), savedId);
}

} // namespace Plafond
