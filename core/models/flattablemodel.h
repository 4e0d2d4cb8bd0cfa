// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace Plafond {

// A flat table: rowCount() and columnCount() answer rows() and columns() for the root, and 0 below any cell,
// so that a model only says how many rows and columns it holds; the horizontal header shows columnHeaders().
class FlatTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    virtual int rows() const = 0;
    virtual int columns() const = 0;
    // The header of each column, in the order of the columns; translated when asked, as the language can
    // change meanwhile. None by default (models with headers of their own override headerData()).
    virtual QStringList columnHeaders() const { return {}; }
};

} // namespace Plafond
