// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricehistorymodel.h"

#include <QLocale>

namespace Plafond {

PriceHistoryModel::PriceHistoryModel(QObject *parent)
    : FlatTableModel(parent)
{
}

void PriceHistoryModel::setHistory(const RevisedSchedule &schedule, const QList<WorkUnit> &units)
{
    beginResetModel();
    m_rows.clear();
    for (const WorkUnit &unit : units) {
        WorkUnit bare = unit;
        bare.prices.clear();
        for (const RevisedSchedule::HistoryEntry &entry : schedule.history(unit))
            m_rows << Row{bare, entry};
    }
    endResetModel();
}

void PriceHistoryModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QString PriceHistoryModel::coefficientText(const QPair<qint64, qint64> &coefficient, const QLocale &locale)
{
    const qint64 millionths = mulDivRounded(coefficient.first, 1000000, coefficient.second).value_or(0);
    return QStringLiteral("%1%2%3")
        .arg(locale.toString(millionths / 1000000))
        .arg(locale.decimalPoint())
        .arg(qAbs(millionths % 1000000), 6, 10, QLatin1Char('0'));
}

QString PriceHistoryModel::indexText(const IndexValue &value, const QLocale &locale)
{
    const QString number = QStringLiteral("%1%2%3")
                               .arg(locale.toString(value.tenths / 10))
                               .arg(locale.decimalPoint())
                               .arg(value.tenths % 10);
    return value.series == IndexValue::Series::Old ? tr("%1 (old series)").arg(number) : number;
}

QVariant PriceHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const RevisedSchedule::HistoryEntry &entry = row.entry;
    const bool revision = entry.kind == RevisedSchedule::HistoryEntry::Kind::Revision;
    const RevisionStep &step = entry.step;
    const QLocale locale;
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case IdRole: return row.unit.id;
    case CentsRole:
        if (column == BasePriceColumn)
            return entry.basePrice.cents();
        if (column == PriceColumn && entry.price)
            return entry.price->cents();
        return {};
    case SortRole:
        switch (column) {
        case WorkUnitColumn: return row.unit.code;
        case DateColumn: return entry.date.toJulianDay();
        case BasePriceColumn: return entry.basePrice.cents();
        case PriceColumn: return entry.price ? QVariant(entry.price->cents()) : QVariant();
        default: return data(index, Qt::DisplayRole);
        }
    case ChartValueRole:
        if (column == CoefficientColumn && revision && step.coefficient)
            return double(step.coefficient->first) / double(step.coefficient->second);
        if (column == IndexColumn && revision && step.index)
            return double(step.index->tenths) / 10.0;
        return {};
    case Qt::TextAlignmentRole:
        return column == WorkUnitColumn || column == EventColumn ? QVariant()
                                                                 : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (revision && !step.applied())
            return entry.setInSchedule
                       ? tr("Never guessed: the schedule's own price from this date applies, unrevised.")
                       : tr("Never guessed: the price in force before this revision stays until the index is published.");
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case WorkUnitColumn: return tr("%1 — %2").arg(row.unit.code, row.unit.label(locale));
        case DateColumn: return locale.toString(entry.date, QLocale::ShortFormat);
        case EventColumn:
            if (!revision)
                return tr("Price in the schedule");
            if (!step.applied())
                return tr("Not applied: %1").arg(step.problem);
            return entry.setInSchedule ? tr("Revision (the schedule's own price applies)") : tr("Revision");
        case BasePriceColumn: return entry.basePrice.toString(locale);
        case IndexMonthColumn: return revision ? step.indexMonth.toString(QStringLiteral("yyyy-MM")) : QString();
        case IndexColumn:
            if (!revision)
                return QString();
            return step.index ? indexText(*step.index, locale) : tr("missing");
        case CoefficientColumn:
            return revision && step.coefficient ? coefficientText(*step.coefficient, locale) : QString();
        case PriceColumn: return entry.price ? entry.price->toString(locale) : tr("no price");
        case ColumnCount: break;
        }
        return {};
    default: return {};
    }
}

QStringList PriceHistoryModel::columnHeaders() const
{
    return {tr("Work unit"), tr("From"), tr("Change"), tr("Base price P0"), tr("Index month"), tr("Index S"),
            tr("Coefficient"), tr("Price excl. VAT")};
}

} // namespace Plafond
