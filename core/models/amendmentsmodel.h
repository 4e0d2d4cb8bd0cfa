// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/amendmentcaps.h"
#include "flattablemodel.h"
#include "roles.h"

namespace Plafond {

// The amendments register of one scope: the contract's own amendments (lot 0) or one lot's, in signature
// order, each with the effective maximum and end date after it. The maximum is the scope's initial maximum
// plus its amendments; the end is the contract's, extended by the contract's amendments signed by then and,
// for a lot, by the lot's own. The caps of engine/amendmentcaps.h are checked on the same amendments.
class AmendmentsModel : public FlatTableModel
{
    Q_OBJECT
public:
    enum Column { SignedOnColumn, DeltaMaxColumn, DeltaMonthsColumn, ReasonColumn, EffectiveMaximumColumn,
                  EffectiveEndColumn, ColumnCount };
    Q_ENUM(Column)

    explicit AmendmentsModel(QObject *parent = nullptr);

    // `lots` gives the lot's initial maximum and number when lotId is not 0.
    void setAmendments(const Contract &contract, const QList<Lot> &lots, const QList<Amendment> &amendments, Id lotId);
    void clear();

    struct Row
    {
        Amendment amendment;
        Money effectiveMaximum;
        QDate effectiveEnd;
        QStringList warnings; // the caps crossed by this amendment
    };
    const Row &row(int index) const { return m_rows.at(index); }
    Money initialMaximum() const { return m_initialMaximum; }
    QDate initialEnd() const { return m_initialEnd; }
    Money effectiveMaximum() const { return m_rows.isEmpty() ? m_initialMaximum : m_rows.last().effectiveMaximum; }
    QDate effectiveEnd() const { return m_rows.isEmpty() ? m_initialEnd : m_rows.last().effectiveEnd; }
    QList<AmendmentWarning> warnings() const { return m_warnings; }
    Id lotId() const { return m_lotId; }
    Id contractId() const { return m_contractId; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QStringList columnHeaders() const override;

private:
    QList<Row> m_rows;
    QList<AmendmentWarning> m_warnings;
    Money m_initialMaximum;
    QDate m_initialEnd;
    Id m_contractId = 0;
    Id m_lotId = 0;
};

} // namespace Plafond
