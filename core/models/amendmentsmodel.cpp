// SPDX-License-Identifier: GPL-3.0-or-later
#include "amendmentsmodel.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace Plafond {

AmendmentsModel::AmendmentsModel(QObject *parent)
    : FlatTableModel(parent)
{
}

void AmendmentsModel::setAmendments(const Contract &contract, const QList<Lot> &lots, const QList<Amendment> &amendments,
                                    Id lotId)
{
    beginResetModel();
    m_rows.clear();
    m_contractId = contract.id;
    m_lotId = lotId;
    m_initialMaximum = contract.maxHt;
    int lotNumber = 0;
    for (const Lot &lot : lots) {
        if (lot.id == lotId) {
            m_initialMaximum = lot.maxHt;
            lotNumber = lot.number;
        }
    }
    m_initialEnd = contract.endOn();
    QList<Amendment> sorted = amendments;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Amendment &a, const Amendment &b) { return a.signedOn < b.signedOn; });
    m_warnings = AmendmentCaps::check(m_initialMaximum, sorted, QDate(), lotId, lotNumber);
    Money maximum = m_initialMaximum;
    int months = 0;
    for (const Amendment &amendment : std::as_const(sorted)) {
        // The contract's extensions count for every lot; a lot's own only for it.
        if (amendment.lotId == 0 || amendment.lotId == lotId)
            months += amendment.deltaMonths;
        if (amendment.lotId != lotId)
            continue;
        Row row;
        row.amendment = amendment;
        maximum = maximum.checkedAdd(amendment.deltaMaxHt).value_or(maximum);
        row.effectiveMaximum = maximum;
        row.effectiveEnd = contract.startOn.isValid()
            ? contract.startOn.addMonths(contract.durationMonths + months).addDays(-1)
            : QDate();
        for (const AmendmentWarning &warning : std::as_const(m_warnings)) {
            if (warning.amendmentId == amendment.id)
                row.warnings << warning.message();
        }
        m_rows << row;
    }
    endResetModel();
}

void AmendmentsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_warnings.clear();
    m_contractId = 0;
    m_lotId = 0;
    endResetModel();
}

QVariant AmendmentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Amendment &a = row.amendment;
    const auto column = static_cast<Column>(index.column());
    const QLocale locale;
    switch (role) {
    case IdRole: return a.id;
    case ContractIdRole: return a.contractId;
    case LotIdRole: return a.lotId;
    case CentsRole:
        if (column == DeltaMaxColumn)
            return a.deltaMaxHt.cents();
        if (column == EffectiveMaximumColumn)
            return row.effectiveMaximum.cents();
        return {};
    case SortRole:
        switch (column) {
        case SignedOnColumn: return a.signedOn.toJulianDay();
        case DeltaMaxColumn: return a.deltaMaxHt.cents();
        case DeltaMonthsColumn: return a.deltaMonths;
        case ReasonColumn: return a.reason;
        case EffectiveMaximumColumn: return row.effectiveMaximum.cents();
        case EffectiveEndColumn: return row.effectiveEnd.toJulianDay();
        case ColumnCount: break;
        }
        return {};
    case SeverityRole: return row.warnings.isEmpty() ? 0 : 1;
    case Qt::ForegroundRole: // the amendment that crossed a cap stands out; the message is in its tool tip
        return row.warnings.isEmpty() ? QVariant() : QVariant(QColor(0xb0, 0x00, 0x20));
    case Qt::ToolTipRole:
        return row.warnings.isEmpty() ? QVariant() : QVariant(row.warnings.join(QLatin1Char('\n')));
    case Qt::TextAlignmentRole:
        return column == ReasonColumn ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        switch (column) {
        case SignedOnColumn: return locale.toString(a.signedOn, QLocale::ShortFormat);
        case DeltaMaxColumn: return a.deltaMaxHt.toString(locale);
        case DeltaMonthsColumn: return locale.toString(a.deltaMonths);
        case ReasonColumn: return a.reason;
        case EffectiveMaximumColumn: return row.effectiveMaximum.toString(locale);
        case EffectiveEndColumn: return locale.toString(row.effectiveEnd, QLocale::ShortFormat);
        case ColumnCount: break;
        }
        return {};
    default: return {};
    }
}

QStringList AmendmentsModel::columnHeaders() const
{
    return {tr("Signed on"), tr("Change of maximum"), tr("Change of duration (months)"), tr("Reason"),
            tr("Maximum after it"), tr("End after it")};
}

} // namespace Plafond
