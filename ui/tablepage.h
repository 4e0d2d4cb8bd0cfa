// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QFlags>

#include <functional>
#include <initializer_list>

class QAbstractItemModel;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QObject;
class QSortFilterProxyModel;
class QString;
class QTableView;
class QWidget;

namespace Plafond {

class Workspace;

// The set-up the list pages share: a table over a model, the rows of controls around it, and the combo
// boxes they rebuild on each reload. Each page keeps its own widgets; these only arrange them.
namespace TablePage {

enum TableFlag {
    SelectRows = 0x1,
    SingleSelection = 0x2,
    ReadOnly = 0x4,      // no editing in the view
    CompactRows = 0x8,   // one line a row, without word wrap
    FitToContents = 0x10 // every column as wide as its contents
};
Q_DECLARE_FLAGS(TableFlags, TableFlag)

// Where a table's spare width goes: to `LastColumn`, to no column, or to the column given.
constexpr int LastColumn = -1;
constexpr int NoColumn = -2;
// A table not sorted by its view: the rows stay in the model's order.
constexpr int Unsorted = -1;

// Names `table`, shows `model` in it, without the row numbers; sorted ascending on `sortColumn` (clicking
// a header sorts again) unless Unsorted.
void setUpTable(QTableView *table, const QString &objectName, QAbstractItemModel *model, TableFlags flags,
                int stretchColumn = LastColumn, int sortColumn = Unsorted);

// A proxy that sorts `source` on its raw values (SortRole) rather than on its locale text.
QSortFilterProxyModel *rawValueSortProxy(QAbstractItemModel *source, QObject *parent);

// The label and its field (the label's buddy), the field taking the spare width.
QHBoxLayout *labelledRow(QLabel *label, QWidget *field);

// Buttons side by side at the start of the row, the spare width after them.
QHBoxLayout *buttonRow(std::initializer_list<QWidget *> buttons);

// A title over a table that takes the spare height, without margins: one side of a splitter.
QWidget *titledPane(QLabel *title, QTableView *table, QWidget *parent);

// Rebuilds `combo` with `fill`, without signals, keeping the entry chosen before by its item data (the
// first entry when it is gone).
void refill(QComboBox *combo, const std::function<void()> &fill);

// Adds each lot to `combo` as "Lot 2: title", its identifier as item data.
void addLots(QComboBox *combo, const QList<Lot> &lots);
// Adds each contract of the open workspace (none while it is closed) as its reference, its identifier as
// item data.
void addContracts(QComboBox *combo, Workspace *workspace);

} // namespace TablePage

} // namespace Plafond

Q_DECLARE_OPERATORS_FOR_FLAGS(Plafond::TablePage::TableFlags)
