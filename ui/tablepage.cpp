// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablepage.h"

#include "models/roles.h"
#include "workspace.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Plafond::TablePage {

void setUpTable(QTableView *table, const QString &objectName, QAbstractItemModel *model, TableFlags flags,
                int stretchColumn, int sortColumn)
{
    table->setObjectName(objectName);
    table->setModel(model);
    if (sortColumn != Unsorted) {
        table->setSortingEnabled(true);
        table->sortByColumn(sortColumn, Qt::AscendingOrder);
    }
    if (flags & SelectRows)
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
    if (flags & SingleSelection)
        table->setSelectionMode(QAbstractItemView::SingleSelection);
    if (flags & ReadOnly)
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    if (flags & CompactRows) {
        table->setWordWrap(false);
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    }
    QHeaderView *header = table->horizontalHeader();
    if (flags & FitToContents)
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (stretchColumn == LastColumn)
        header->setStretchLastSection(true);
    else if (stretchColumn != NoColumn)
        header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

QSortFilterProxyModel *rawValueSortProxy(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(SortRole);
    return proxy;
}

QHBoxLayout *labelledRow(QLabel *label, QWidget *field)
{
    label->setBuddy(field);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(field, 1);
    return row;
}

QHBoxLayout *buttonRow(std::initializer_list<QWidget *> buttons)
{
    auto *row = new QHBoxLayout;
    for (QWidget *button : buttons)
        row->addWidget(button);
    row->addStretch();
    return row;
}

QWidget *titledPane(QLabel *title, QTableView *table, QWidget *parent)
{
    auto *pane = new QWidget(parent);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(table, 1);
    return pane;
}

void refill(QComboBox *combo, const std::function<void()> &fill)
{
    const QSignalBlocker blocker(combo);
    const QVariant chosen = combo->currentData();
    combo->clear();
    fill();
    combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
}

void addLots(QComboBox *combo, const QList<Lot> &lots)
{
    const QString text = QCoreApplication::translate("TablePage", "Lot %1: %2");
    for (const Lot &lot : lots)
        combo->addItem(text.arg(QString::number(lot.number), lot.title), lot.id);
}

void addContracts(QComboBox *combo, Workspace *workspace)
{
    if (!workspace->isOpen())
        return;
    for (const Contract &contract : workspace->stores().contracts.contracts())
        combo->addItem(contract.reference, contract.id);
}

} // namespace Plafond::TablePage
