// SPDX-License-Identifier: GPL-3.0-or-later
#include "beneficiariesdialog.h"

#include "entityeditor.h"
#include "formfields.h"
#include "tablepage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace Plafond {

namespace {

using Children = QHash<Id, QList<Beneficiary>>;

// Children of each beneficiary, in the repository's order (by code); an entry whose parent is missing
// is shown at the top level rather than lost.
Children childrenByParent(const QList<Beneficiary> &all)
{
    QSet<Id> ids;
    for (const Beneficiary &b : all)
        ids.insert(b.id);
    Children children;
    for (const Beneficiary &b : all)
        children[ids.contains(b.parentId) ? b.parentId : 0] << b;
    return children;
}

// Depth-first: each beneficiary with its depth, parents before children.
void walk(const Children &children, Id parent, int depth, const std::function<void(const Beneficiary &, int)> &visit)
{
    const QList<Beneficiary> list = children.value(parent);
    for (const Beneficiary &b : list) {
        visit(b, depth);
        walk(children, b.id, depth + 1, visit);
    }
}

QSet<Id> selfAndDescendants(const Children &children, Id id)
{
    QSet<Id> result{id};
    walk(children, id, 0, [&result](const Beneficiary &b, int) { result.insert(b.id); });
    return result;
}

} // namespace

BeneficiariesDialog::BeneficiariesDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Beneficiaries"));

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("tree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Code"), tr("Name")});
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Beneficiaries"));
    m_tree->header()->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    m_addTopLevel = new QPushButton(tr("Add &top-level"), this);
    m_addTopLevel->setObjectName(QStringLiteral("addTopLevel"));
    m_addChild = new QPushButton(tr("Add &under selected"), this);
    m_addChild->setObjectName(QStringLiteral("addChild"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("remove"));
    for (QPushButton *button : {m_addTopLevel, m_addChild, m_remove})
        button->setAutoDefault(false); // Enter saves the editor


    auto *treeButtons = TablePage::buttonRow({m_addTopLevel, m_addChild, m_remove});
    FormFields::addUndoRedoButtons(workspace->undoStack(), this, treeButtons);

    m_editor = new QGroupBox(this);
    m_editor->setObjectName(QStringLiteral("editor"));
    auto *form = new QFormLayout(m_editor);
    m_code = FormFields::makeLineEdit(QStringLiteral("code"), m_editor, tr("e.g. DGFIP"));
    form->addRow(tr("C&ode:"), m_code);
    m_name = FormFields::makeLineEdit(QStringLiteral("name"), m_editor);
    form->addRow(tr("&Name:"), m_name);
    m_parent = new QComboBox(m_editor);
    m_parent->setObjectName(QStringLiteral("parent"));
    m_parent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_parent->setMinimumContentsLength(30);
    form->addRow(tr("&Parent:"), m_parent);
    m_apply = new QPushButton(m_editor);
    m_apply->setObjectName(QStringLiteral("apply"));
    m_apply->setDefault(true);
    FormFields::addApplyRow(form, m_apply);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(treeButtons);
    layout->addWidget(m_editor);
    layout->addWidget(buttons);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        if (m_reloading)
            return;
        m_creating = false;
        loadEditor();
    });
    connect(m_tree, &QTreeWidget::itemClicked, this, [this] {
        if (m_creating) { // a click on the already current entry also abandons the new one
            m_creating = false;
            loadEditor();
        }
    });
    connect(m_addTopLevel, &QPushButton::clicked, this, &BeneficiariesDialog::startAddTopLevel);
    connect(m_addChild, &QPushButton::clicked, this, &BeneficiariesDialog::startAddChild);
    connect(m_remove, &QPushButton::clicked, this, &BeneficiariesDialog::removeSelected);
    connect(m_apply, &QPushButton::clicked, this, &BeneficiariesDialog::apply);
    connect(m_code, &QLineEdit::textChanged, this, &BeneficiariesDialog::updateButtons);
    connect(m_name, &QLineEdit::textChanged, this, &BeneficiariesDialog::updateButtons);
    connect(workspace, &Workspace::changed, this, &BeneficiariesDialog::reload);

    resize(720, 620);
    reload();
}

void BeneficiariesDialog::manageBeneficiaries(Workspace *workspace, QWidget *parent)
{
    if (!workspace || !workspace->isOpen())
        return;
    BeneficiariesDialog dialog(workspace, parent);
    dialog.exec();
}

Id BeneficiariesDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(CodeColumn, Qt::UserRole).toLongLong() : 0;
}

bool BeneficiariesDialog::selectBeneficiary(Id id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(CodeColumn, Qt::UserRole).toLongLong() == id) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void BeneficiariesDialog::reload()
{
    if (!m_workspace->isOpen())
        return;
    const Id selected = selectedId();
    m_beneficiaries = m_workspace->stores().catalogue.beneficiaries().value();
    const auto children = childrenByParent(m_beneficiaries);

    m_reloading = true; // the rebuild is not a change of selection by the user
    m_tree->clear();
    QHash<Id, QTreeWidgetItem *> items;
    QTreeWidgetItem *current = nullptr;
    walk(children, 0, 0, [&](const Beneficiary &b, int) {
        QTreeWidgetItem *parentItem = items.value(b.parentId);
        auto *item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_tree);
        item->setText(CodeColumn, b.code);
        item->setText(NameColumn, b.name);
        item->setData(CodeColumn, Qt::UserRole, b.id);
        items.insert(b.id, item);
        if (b.id == selected)
            current = item;
    });
    m_tree->expandAll();
    if (current)
        m_tree->setCurrentItem(current);
    m_reloading = false;
    loadEditor();
}

void BeneficiariesDialog::startAddTopLevel()
{
    startAdd(0);
}

void BeneficiariesDialog::startAddChild()
{
    if (selectedId() != 0)
        startAdd(selectedId());
}

void BeneficiariesDialog::startAdd(Id parentId)
{
    m_creating = true;
    m_code->clear();
    m_name->clear();
    fillParents(0, parentId);
    loadEditor();
    m_code->setFocus();
}

void BeneficiariesDialog::loadEditor()
{
    if (m_creating) {
        // Keep what is being typed; only the list of possible parents may have changed.
        m_editor->setTitle(tr("New beneficiary"));
        m_apply->setText(tr("&Add"));
        fillParents(0, m_parent->currentData().toLongLong());
    } else {
        const Id id = selectedId();
        m_editor->setTitle(tr("Selected beneficiary"));
        m_apply->setText(tr("&Save"));
        const auto found = std::find_if(m_beneficiaries.cbegin(), m_beneficiaries.cend(),
                                        [id](const Beneficiary &b) { return b.id == id; });
        const bool exists = id != 0 && found != m_beneficiaries.cend();
        m_code->setText(exists ? found->code : QString());
        m_name->setText(exists ? found->name : QString());
        fillParents(id, exists ? found->parentId : 0);
    }
    updateButtons();
}

void BeneficiariesDialog::fillParents(Id editedId, Id parentId)
{
    // A beneficiary cannot move under itself or one of its own sub-entities.
    const auto children = childrenByParent(m_beneficiaries);
    const QSet<Id> excluded = editedId ? selfAndDescendants(children, editedId) : QSet<Id>();
    m_parent->clear();
    m_parent->addItem(tr("(top level)"), Id(0));
    walk(children, 0, 0, [&](const Beneficiary &b, int depth) {
        if (excluded.contains(b.id))
            return;
        const QString indent(depth * 4, QLatin1Char(' '));
        m_parent->addItem(tr("%1%2 — %3").arg(indent, b.code, b.name), b.id);
    });
    m_parent->setCurrentIndex(qMax(0, m_parent->findData(parentId)));
}

void BeneficiariesDialog::updateButtons()
{
    const bool hasSelection = selectedId() != 0;
    const bool editing = m_creating || hasSelection;
    m_addChild->setEnabled(hasSelection);
    m_remove->setEnabled(hasSelection && !m_creating);
    m_editor->setEnabled(editing);
    m_apply->setEnabled(editing && !m_code->text().trimmed().isEmpty() && !m_name->text().trimmed().isEmpty());
}

bool BeneficiariesDialog::apply()
{
    if (!m_apply->isEnabled())
        return false;
    Beneficiary edited;
    std::optional<Beneficiary> before;
    if (!m_creating) {
        const auto stored = m_workspace->stores().catalogue.beneficiary(selectedId());
        before = stored.optional();
        if (!before) {
            QMessageBox::warning(this, tr("Beneficiary not saved"), stored.message());
            return false;
        }
        edited = *before;
    }
    edited.code = m_code->text().trimmed();
    edited.name = m_name->text().trimmed();
    edited.parentId = m_parent->currentData().toLongLong();
    if (before && before->code == edited.code && before->name == edited.name && before->parentId == edited.parentId)
        return true; // nothing to undo
    for (const Beneficiary &other : std::as_const(m_beneficiaries)) {
        if (other.id != edited.id && other.code.compare(edited.code, Qt::CaseInsensitive) == 0) {
            QMessageBox::warning(this, tr("Beneficiary not saved"),
                                 tr("The code %1 is already used by %2.").arg(other.code, other.name));
            return false;
        }
    }
    Id savedId = 0;
    const QString text = before ? tr("Edit beneficiary %1").arg(edited.code) : tr("Add beneficiary %1").arg(edited.code);
    if (!run(before, edited, text, &savedId))
        return false;
    m_creating = false;
    selectBeneficiary(savedId);
    return true;
}

bool BeneficiariesDialog::removeSelected()
{
    const Id id = selectedId();
    if (id == 0 || m_creating)
        return false;
    const auto before = m_workspace->stores().catalogue.beneficiary(id);
    if (!before) {
        QMessageBox::warning(this, tr("Beneficiary not removed"), before.message());
        return false;
    }
    return run(before.optional(), std::nullopt, tr("Remove beneficiary %1").arg(before->code));
}

bool BeneficiariesDialog::run(const std::optional<Beneficiary> &before, const std::optional<Beneficiary> &after,
                              const QString &text, Id *savedId)
{
    return saveEntity(m_workspace, this, text, before, after, &CatalogueStore::saveBeneficiary, &CatalogueStore::removeBeneficiary,
                      after ? tr("Beneficiary not saved") : tr("Beneficiary not removed"), savedId);
}

} // namespace Plafond
