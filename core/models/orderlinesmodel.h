// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "engine/revisedschedule.h"
#include "flattablemodel.h"
#include "roles.h"

namespace Plafond {

// The lines of the order being edited. The unit price is never typed: it comes from the lot's unit price
// schedule at the order's issue date, after revision (RevisedSchedule), so that changing the date reprices
// every line. The lines of a stored order keep the prices they were ordered at until the date or their work
// unit changes.
class OrderLinesModel : public FlatTableModel
{
    Q_OBJECT
public:
    enum Column { WorkUnitColumn, QuantityColumn, UnitPriceColumn, AmountColumn, ColumnCount };
    enum { WorkUnitIdRole = KindRole + 1 };

    explicit OrderLinesModel(QObject *parent = nullptr);

    void setWorkUnits(const QList<WorkUnit> &units);
    // The revised schedule of the lot's contract; without one, the schedule's prices as they are.
    void setRevisedSchedule(const RevisedSchedule &schedule);
    const QList<WorkUnit> &workUnits() const { return m_units; }
    void setPriceDate(const QDate &date);
    QDate priceDate() const { return m_date; }
    void setLines(const QList<OrderLine> &lines);
    QList<OrderLine> lines() const { return m_lines; }

    void addLine(Id workUnitId, qint64 quantityMilli);
    void removeLine(int row);

    Money totalHt() const;
    Money totalTtc(int vatBasisPoints) const;
    // Empty when every line can be ordered; otherwise what is wrong with the first bad line.
    QString problem() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;

signals:
    void totalsChanged();

protected:
    int rows() const override { return int(m_lines.size()); }
    int columns() const override { return ColumnCount; }
    QStringList columnHeaders() const override;

private:
    const WorkUnit *unit(Id id) const;
    void reprice(OrderLine &line) const;
    bool hasPrice(int row) const;

    QList<WorkUnit> m_units;
    RevisedSchedule m_schedule;
    QList<OrderLine> m_lines;
    QList<bool> m_kept; // per line: the stored price of an existing order, left as it was ordered
    QDate m_date;
};

} // namespace Plafond
