// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketsmodel.h"

#include "roles.h"

#include <QLocale>

#include <algorithm>

namespace Plafond {

namespace {

QVariant timeText(const QDateTime &time)
{
    // Minutes are what the SLA counts; seconds would only be noise.
    return time.isValid() ? QVariant(QLocale().toString(time.date(), QLocale::ShortFormat) + QLatin1Char(' ')
               + time.toString(QStringLiteral("HH:mm")))
                          : QVariant();
}

QVariant timeSort(const QDateTime &time)
{
    return time.isValid() ? time.toSecsSinceEpoch() : qint64(-1);
}

} // namespace

TicketsModel::TicketsModel(QObject *parent)
    : FlatTableModel(parent)
{
}

void TicketsModel::setStatistics(const SlaStatistics &statistics)
{
    beginResetModel();
    m_statistics = statistics;
    endResetModel();
}

void TicketsModel::clear()
{
    setStatistics(SlaStatistics());
}

QString TicketsModel::durationText(qint64 minutes)
{
    return tr("%1 h %2 min").arg(QLocale().toString(minutes / 60)).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QVariant TicketsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Ticket &t = m_statistics.tickets.at(index.row());
    const TicketSla &sla = m_statistics.sla.at(index.row());
    switch (role) {
    case IdRole:
        return t.id;
    case LotIdRole:
        return t.lotId;
    case ComponentIdRole:
        return t.componentId;
    case SeverityRole:
        return int(t.severity);
    case ResponseBreachedRole:
        return sla.responseBreached;
    case RestoreBreachedRole:
        return sla.restoreBreached;
    case BreachedRole:
        return sla.breached();
    default:
        break;
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool display = role == Qt::DisplayRole;
        switch (index.column()) {
        case ReferenceColumn:
            return t.reference;
        case LotColumn:
            return t.lotNumber;
        case ComponentColumn:
            return t.componentName;
        case BeneficiaryColumn:
            return t.beneficiaryCode;
        case SeverityColumn:
            return display ? QVariant(Severities::name(t.severity)) : QVariant(int(t.severity));
        case TitleColumn:
            return t.title;
        case OpenedColumn:
            return display ? timeText(t.openedAt) : timeSort(t.openedAt);
        case FirstResponseColumn:
            return display ? timeText(t.firstResponseAt) : timeSort(t.firstResponseAt);
        case RestoredColumn:
            return display ? timeText(t.restoredAt) : timeSort(t.restoredAt);
        case ClosedColumn:
            return display ? timeText(t.closedAt) : timeSort(t.closedAt);
        case ResponseTimeColumn:
            return display ? QVariant(durationText(sla.responseMinutes)) : QVariant(sla.responseMinutes);
        case RestoreTimeColumn:
            return display ? QVariant(durationText(sla.restoreMinutes)) : QVariant(sla.restoreMinutes);
        case SlaColumn: {
            const int rank = !sla.hasTarget                   ? 0
                : sla.responseBreached && sla.restoreBreached ? 4
                : sla.restoreBreached                         ? 3
                : sla.responseBreached                        ? 2
                                                              : 1;
            if (!display)
                return rank;
            static const char *const texts[]
                = { QT_TR_NOOP("No target"), QT_TR_NOOP("On time"), QT_TR_NOOP("Late response"),
                      QT_TR_NOOP("Late restoration"), QT_TR_NOOP("Late response and restoration") };
            return tr(texts[rank]);
        }
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == ResponseTimeColumn || index.column() == RestoreTimeColumn
            || index.column() == LotColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole
        && (index.column() == ResponseTimeColumn || index.column() == RestoreTimeColumn))
        return tr("Working time from the opening, in the lot's working hours; a clock still running counts "
                  "up to now.");
    return QVariant();
}

QVariant TicketsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case ReferenceColumn:
        return tr("Ticket");
    case LotColumn:
        return tr("Lot");
    case ComponentColumn:
        return tr("Component");
    case BeneficiaryColumn:
        return tr("Beneficiary");
    case SeverityColumn:
        return tr("Severity");
    case TitleColumn:
        return tr("Title");
    case OpenedColumn:
        return tr("Opened");
    case FirstResponseColumn:
        return tr("First response");
    case RestoredColumn:
        return tr("Restored");
    case ClosedColumn:
        return tr("Closed");
    case ResponseTimeColumn:
        return tr("Response time");
    case RestoreTimeColumn:
        return tr("Restore time");
    case SlaColumn:
        return tr("SLA");
    default:
        return QVariant();
    }
}

TicketsFilterProxy::TicketsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void TicketsFilterProxy::setLotId(Id lotId)
{
    if (lotId == m_lotId)
        return;
    m_lotId = lotId;
    invalidateFilter();
}

void TicketsFilterProxy::setSeverity(int severity)
{
    if (severity == m_severity)
        return;
    m_severity = severity;
    invalidateFilter();
}

void TicketsFilterProxy::setBreachedOnly(bool breachedOnly)
{
    if (breachedOnly == m_breachedOnly)
        return;
    m_breachedOnly = breachedOnly;
    invalidateFilter();
}

bool TicketsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_lotId && index.data(LotIdRole).toLongLong() != m_lotId)
        return false;
    if (m_severity >= 0 && index.data(SeverityRole).toInt() != m_severity)
        return false;
    return !m_breachedOnly || index.data(TicketsModel::BreachedRole).toBool();
}

SlaCountsModel::SlaCountsModel(Kind kind, QObject *parent)
    : FlatTableModel(parent)
    , m_kind(kind)
{
}

void SlaCountsModel::setStatistics(const SlaStatistics &statistics, const QHash<Id, QString> &lotLabels)
{
    beginResetModel();
    m_entries.clear();
    switch (m_kind) {
    case Kind::PerLot:
        for (auto it = statistics.perLot.cbegin(); it != statistics.perLot.cend(); ++it)
            m_entries << Entry { it.key(), QDate(), lotLabels.value(it.key()), it.value() };
        std::sort(m_entries.begin(), m_entries.end(),
            [](const Entry &a, const Entry &b) { return a.label < b.label; });
        break;
    case Kind::PerComponent: {
        QHash<Id, QString> names;
        for (const Ticket &t : statistics.tickets)
            names.insert(t.componentId, t.componentName);
        for (auto it = statistics.perComponent.cbegin(); it != statistics.perComponent.cend(); ++it)
            m_entries << Entry { it.key(), QDate(),
                it.key() ? names.value(it.key()) : tr("No component named"), it.value() };
        // Most tickets first, then by name.
        std::sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
            return a.counts.tickets != b.counts.tickets ? a.counts.tickets > b.counts.tickets
                                                        : a.label < b.label;
        });
        break;
    }
    case Kind::PerMonth:
        if (!statistics.perMonth.isEmpty()) {
            for (QDate month = statistics.perMonth.firstKey(); month <= statistics.perMonth.lastKey();
                 month = month.addMonths(1))
                m_entries << Entry { 0, month, QLocale().toString(month, QStringLiteral("MMM yyyy")),
                    statistics.perMonth.value(month) };
        }
        break;
    }
    endResetModel();
}

void SlaCountsModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QVariant SlaCountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Entry &entry = m_entries.at(index.row());
    if (role == IdRole)
        return entry.id;
    if (role == Qt::TextAlignmentRole && index.column() != LabelColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole && role != ChartValueRole)
        return QVariant();
    switch (index.column()) {
    case LabelColumn:
        if (role == SortRole && m_kind == Kind::PerMonth)
            return entry.month.toJulianDay();
        return entry.label;
    case TicketsColumn:
        return role == ChartValueRole ? QVariant(double(entry.counts.tickets))
                                      : QVariant(entry.counts.tickets);
    case ResponseBreachesColumn:
        return role == ChartValueRole ? QVariant(double(entry.counts.responseBreaches))
                                      : QVariant(entry.counts.responseBreaches);
    case RestoreBreachesColumn:
        return role == ChartValueRole ? QVariant(double(entry.counts.restoreBreaches))
                                      : QVariant(entry.counts.restoreBreaches);
    default:
        return QVariant();
    }
}

QVariant SlaCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case LabelColumn:
        return m_kind == Kind::PerLot      ? tr("Lot")
            : m_kind == Kind::PerComponent ? tr("Component")
                                           : tr("Month");
    case TicketsColumn:
        return tr("Tickets");
    case ResponseBreachesColumn:
        return tr("Late response");
    case RestoreBreachesColumn:
        return tr("Late restoration");
    default:
        return QVariant();
    }
}

} // namespace Plafond
