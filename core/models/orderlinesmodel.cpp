// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderlinesmodel.h"

#include <QLocale>

namespace Plafond {

OrderLinesModel::OrderLinesModel(QObject *parent)
    : FlatTableModel(parent)
{
}

const WorkUnit *OrderLinesModel::unit(Id id) const
{
    for (const WorkUnit &u : m_units) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

bool OrderLinesModel::hasPrice(int row) const
{
    if (m_kept.value(row))
        return true;
    const WorkUnit *u = unit(m_lines.at(row).workUnitId);
    return u && m_schedule.priceOn(*u, m_date).has_value();
}

void OrderLinesModel::reprice(OrderLine &line) const
{
    const WorkUnit *u = unit(line.workUnitId);
    const auto price = u ? m_schedule.priceOn(*u, m_date) : std::nullopt;
    line.unitPriceHt = price.value_or(Money());
    if (!line.computeAmount())
        line.amountHt = Money();
}

void OrderLinesModel::setWorkUnits(const QList<WorkUnit> &units)
{
    beginResetModel();
    m_units = units;
    for (int row = 0; row < m_lines.size(); ++row) {
        if (!m_kept.at(row))
            reprice(m_lines[row]);
    }
    endResetModel();
    emit totalsChanged();
}

void OrderLinesModel::setRevisedSchedule(const RevisedSchedule &schedule)
{
    m_schedule = schedule;
    for (int row = 0; row < m_lines.size(); ++row) {
        if (!m_kept.at(row))
            reprice(m_lines[row]);
    }
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit totalsChanged();
}

void OrderLinesModel::setPriceDate(const QDate &date)
{
    if (date == m_date)
        return;
    m_date = date;
    m_kept.fill(false); // a new date reprices every line, stored or not
    for (OrderLine &line : m_lines)
        reprice(line);
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit totalsChanged();
}

void OrderLinesModel::setLines(const QList<OrderLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    // Stored lines keep the price they were ordered at; a line without a work unit yet is priced.
    m_kept.clear();
    for (OrderLine &line : m_lines) {
        m_kept << (line.workUnitId != 0 && line.id != 0);
        if (!m_kept.last())
            reprice(line);
    }
    endResetModel();
    emit totalsChanged();
}

void OrderLinesModel::addLine(Id workUnitId, qint64 quantityMilli)
{
    OrderLine line;
    line.workUnitId = workUnitId;
    line.quantityMilli = quantityMilli;
    reprice(line);
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_lines << line;
    m_kept << false;
    endInsertRows();
    emit totalsChanged();
}

void OrderLinesModel::removeLine(int row)
{
    removeRows(row, 1);
}

bool OrderLinesModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_lines.remove(row, count);
    m_kept.remove(row, count);
    endRemoveRows();
    emit totalsChanged();
    return true;
}

Money OrderLinesModel::totalHt() const
{
    PurchaseOrder order;
    order.lines = m_lines;
    return order.totalHt().value_or(Money());
}

Money OrderLinesModel::totalTtc(int vatBasisPoints) const
{
    PurchaseOrder order;
    order.lines = m_lines;
    return order.totalTtc(vatBasisPoints).value_or(Money());
}

QString OrderLinesModel::problem() const
{
    if (m_lines.isEmpty())
        return tr("The order has no line.");
    const QLocale locale;
    for (int row = 0; row < m_lines.size(); ++row) {
        const OrderLine &line = m_lines.at(row);
        const WorkUnit *u = unit(line.workUnitId);
        if (!u)
            return tr("Line %1: choose a work unit.").arg(row + 1);
        if (line.quantityMilli <= 0)
            return tr("Line %1: the quantity must be more than zero.").arg(row + 1);
        if (!hasPrice(row))
            return tr("Line %1: work unit %2 has no price on %3 in the unit price schedule.")
                .arg(row + 1)
                .arg(u->code, locale.toString(m_date, QLocale::ShortFormat));
    }
    return {};
}

QVariant OrderLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderLine &line = m_lines.at(index.row());
    const WorkUnit *u = unit(line.workUnitId);
    const QLocale locale;
    switch (role) {
    case WorkUnitIdRole: return line.workUnitId;
    case CentsRole:
        if (index.column() == UnitPriceColumn)
            return line.unitPriceHt.cents();
        if (index.column() == AmountColumn)
            return line.amountHt.cents();
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == WorkUnitColumn ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (u && !hasPrice(index.row()))
            return tr("No price for %1 on this date").arg(u->code);
        return {};
    case Qt::EditRole:
        if (index.column() == WorkUnitColumn)
            return line.workUnitId;
        if (index.column() == QuantityColumn)
            return Quantity::fromMilli(line.quantityMilli).toString(locale);
        return {};
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case WorkUnitColumn: return u ? tr("%1 — %2").arg(u->code, u->label(locale)) : tr("(choose)");
        case QuantityColumn: return Quantity::fromMilli(line.quantityMilli).toString(locale);
        case UnitPriceColumn: return hasPrice(index.row()) ? line.unitPriceHt.toString(locale) : tr("no price");
        case AmountColumn: return line.amountHt.toString(locale);
        case ColumnCount: break;
        }
        return {};
    default: return {};
    }
}

bool OrderLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    OrderLine &line = m_lines[index.row()];
    if (index.column() == WorkUnitColumn) {
        const Id id = value.toLongLong();
        if (!unit(id))
            return false;
        line.workUnitId = id;
        m_kept[index.row()] = false; // another work unit: its schedule's price
    } else if (index.column() == QuantityColumn) {
        std::optional<Quantity> quantity;
        if (value.typeId() == QMetaType::QString)
            quantity = Quantity::parse(value.toString(), QLocale());
        else
            quantity = Quantity::fromMilli(value.toLongLong());
        if (!quantity || quantity->milli() <= 0)
            return false;
        line.quantityMilli = quantity->milli();
    } else {
        return false;
    }
    if (m_kept.at(index.row())) {
        if (!line.computeAmount()) // the stored price, another quantity
            line.amountHt = Money();
    } else {
        reprice(line);
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit totalsChanged();
    return true;
}

Qt::ItemFlags OrderLinesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == WorkUnitColumn || index.column() == QuantityColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QStringList OrderLinesModel::columnHeaders() const
{
    return {tr("Work unit"), tr("Quantity"), tr("Unit price excl. VAT"), tr("Amount excl. VAT")};
}

} // namespace Plafond
