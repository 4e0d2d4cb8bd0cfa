// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/sla.h"
#include "flattablemodel.h"

#include <QSortFilterProxyModel>

namespace Plafond {

// The tickets of a contract with their SLA at an instant, one row per ticket, from the engine's statistics
// (engine/sla.h): the model holds no query of its own.
class TicketsModel : public FlatTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ReferenceColumn,
        LotColumn,
        ComponentColumn,
        BeneficiaryColumn,
        SeverityColumn,
        TitleColumn,
        OpenedColumn,
        FirstResponseColumn,
        RestoredColumn,
        ClosedColumn,
        ResponseTimeColumn,
        RestoreTimeColumn,
        SlaColumn,
        ColumnCount
    };
    // Raw values beyond the shared roles (roles.h: IdRole, LotIdRole, SortRole, SeverityRole = Severity as
    // int).
    enum Role
    {
        ResponseBreachedRole = Qt::UserRole + 100,
        RestoreBreachedRole,
        BreachedRole,
        ComponentIdRole
    };

    explicit TicketsModel(QObject *parent = nullptr);

    void setStatistics(const SlaStatistics &statistics);
    void clear();
    const SlaStatistics &statistics() const { return m_statistics; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "2 h 05 min" of working time.
    static QString durationText(qint64 minutes);

protected:
    int rows() const override { return int(m_statistics.tickets.size()); }
    int columns() const override { return ColumnCount; }

private:
    SlaStatistics m_statistics;
};

// Filters the tickets on lot, severity and breach; sorts on the raw values (SortRole).
class TicketsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TicketsFilterProxy(QObject *parent = nullptr);

    void setLotId(Id lotId); // 0: any lot
    void setSeverity(int severity); // Severity as int; -1: any
    void setBreachedOnly(bool breachedOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Id m_lotId = 0;
    int m_severity = -1;
    bool m_breachedOnly = false;
};

// Tickets, response breaches and restore breaches per key: per lot, per component or per month. One row a
// key, three count columns; the per-month model is what the chart's bar sets are mapped from.
class SlaCountsModel : public FlatTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        LabelColumn,
        TicketsColumn,
        ResponseBreachesColumn,
        RestoreBreachesColumn,
        ColumnCount
    };
    enum class Kind
    {
        PerLot,
        PerComponent,
        PerMonth
    };

    explicit SlaCountsModel(Kind kind, QObject *parent = nullptr);

    // The rows of the statistics for this kind; lot labels come from `lotLabels` (by id). Per month, every
    // month from the first ticket's to the last's, empty ones included.
    void setStatistics(const SlaStatistics &statistics, const QHash<Id, QString> &lotLabels = {});
    void clear();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_entries.size()); }
    int columns() const override { return ColumnCount; }

private:
    struct Entry
    {
        Id id = 0; // lot or component
        QDate month; // per month
        QString label;
        SlaCounts counts;
    };
    Kind m_kind;
    QList<Entry> m_entries;
};

} // namespace Plafond
