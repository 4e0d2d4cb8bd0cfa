// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisedschedule.h"

#include "storage/stores.h"

#include <QRegularExpression>

#include <algorithm>

namespace Plafond {

namespace {

QDate firstOfMonth(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

// The schedule's entry in force on a date (WorkUnit::prices is ordered by effectiveFrom).
const UnitPrice *entryOn(const WorkUnit &unit, const QDate &date)
{
    const UnitPrice *found = nullptr;
    for (const UnitPrice &price : unit.prices) {
        if (price.effectiveFrom.isValid() && price.effectiveFrom <= date
            && (!found || price.effectiveFrom >= found->effectiveFrom))
            found = &price;
    }
    return found;
}

} // namespace

std::optional<QList<QDate>> RevisionClause::parseDates(const QString &text)
{
    QList<QDate> dates;
    if (text.trimmed().isEmpty())
        return dates;
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString trimmed = part.trimmed();
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!shape.match(trimmed).hasMatch() || !date.isValid() || (!dates.isEmpty() && date <= dates.last()))
            return std::nullopt;
        dates << date;
    }
    return dates;
}

QString RevisionClause::formatDates(const QList<QDate> &dates)
{
    QStringList parts;
    for (const QDate &date : dates)
        parts << date.toString(Qt::ISODate);
    return parts.join(QLatin1Char(','));
}

std::optional<int> RevisionClause::parseRounding(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return -1;
    static const QRegularExpression shape(QStringLiteral("^[0-6]$"));
    if (!shape.match(trimmed).hasMatch())
        return std::nullopt;
    return trimmed.toInt();
}

std::optional<RevisionClause> RevisionClause::fromContract(const Contract &contract, const QDate &endOn, QString *error)
{
    if (error)
        error->clear();
    if (contract.revisionIndex.isEmpty())
        return std::nullopt;
    auto failed = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    RevisionClause clause;
    clause.indexName = contract.revisionIndex;
    // The series change of August 2022 and its link are the Syntec index's (IndexSeries).
    if (clause.indexName != QLatin1String("SYNTEC"))
        return failed(tr("The index of the revision clause, \"%1\", is not supported (SYNTEC).").arg(clause.indexName));
    static const QRegularExpression monthShape(QStringLiteral("^(\\d{4})-(0[1-9]|1[0-2])$"));
    const auto month = monthShape.match(contract.revisionBaseMonth);
    if (!month.hasMatch())
        return failed(tr("The base month of the revision clause, \"%1\", is not a month (YYYY-MM).")
                          .arg(contract.revisionBaseMonth));
    clause.baseMonth = QDate(month.captured(1).toInt(), month.captured(2).toInt(), 1);
    const auto fixedPart = PriceRevision::parseFixedPart(contract.revisionFixedPart);
    if (!fixedPart)
        return failed(tr("The fixed part of the revision clause, \"%1\", is not a decimal from 0 to 1.")
                          .arg(contract.revisionFixedPart));
    clause.fixedPartMillionths = *fixedPart;
    const auto rounding = parseRounding(contract.revisionRounding);
    if (!rounding)
        return failed(tr("The rounding of the revision clause, \"%1\", is not a number of decimals from 0 to 6.")
                          .arg(contract.revisionRounding));
    clause.roundingDecimals = *rounding;
    const auto dates = parseDates(contract.revisionDates);
    if (!dates)
        return failed(tr("The revision dates, \"%1\", are not ascending dates (YYYY-MM-DD, separated by commas).")
                          .arg(contract.revisionDates));
    clause.dates = *dates;
    const QDate start = contract.startOn;
    if (clause.dates.isEmpty()) {
        if (!start.isValid())
            return failed(tr("The revision clause needs the contract's start date or its revision dates."));
        for (int year = 1; start.addYears(year) <= endOn; ++year)
            clause.dates << start.addYears(year);
    }
    if (start.isValid()) {
        const QDate startMonth = firstOfMonth(start);
        const int lag = (startMonth.year() - clause.baseMonth.year()) * 12 + startMonth.month() - clause.baseMonth.month();
        clause.lagMonths = std::max(0, lag);
    }
    return clause;
}

RevisedSchedule RevisedSchedule::compute(const Contract &contract, const QList<Amendment> &amendments,
                                         const IndexSeries &series)
{
    RevisedSchedule schedule;
    schedule.m_series = series;
    // The end extended by the contract's own amendments, as the consumption engine counts it.
    int extraMonths = 0;
    for (const Amendment &amendment : amendments) {
        if (amendment.lotId == 0)
            extraMonths += amendment.deltaMonths;
    }
    const QDate endOn = contract.startOn.isValid()
        ? contract.startOn.addMonths(contract.durationMonths + extraMonths).addDays(-1)
        : QDate();
    schedule.m_clause = RevisionClause::fromContract(contract, endOn, &schedule.m_clauseError);
    if (!schedule.m_clause)
        return schedule;
    for (const QDate &date : std::as_const(schedule.m_clause->dates)) {
        RevisionStep step;
        step.date = date;
        step.indexMonth = schedule.m_clause->indexMonth(date);
        step.index = series.value(step.indexMonth);
        step.coefficient = schedule.coefficient(step.indexMonth, &step.problem);
        schedule.m_steps << step;
    }
    return schedule;
}

RevisedSchedule RevisedSchedule::load(Stores &stores, Id contractId)
{
    const auto contract = stores.contracts.contract(contractId);
    if (!contract)
        return {};
    IndexSeries series;
    if (!contract->revisionIndex.isEmpty()) {
        for (const IndexValue &value : stores.indexes.indexValues(contract->revisionIndex))
            series.add(value);
    }
    return compute(*contract, stores.contracts.amendments(contractId).value(), series);
}

RevisedSchedule RevisedSchedule::loadForLot(Stores &stores, Id lotId)
{
    const auto contractId = stores.contracts.contractIdOfLot(lotId);
    return contractId ? load(stores, *contractId) : RevisedSchedule();
}

std::optional<IndexValue> RevisedSchedule::baseIndex() const
{
    return m_clause ? m_series.value(m_clause->baseMonth) : std::nullopt;
}

QStringList RevisedSchedule::problems() const
{
    QStringList list;
    if (!m_clauseError.isEmpty())
        list << m_clauseError;
    const QLocale locale;
    for (const RevisionStep &step : m_steps) {
        if (!step.applied())
            list << tr("Revision of %1 not applied: %2.").arg(locale.toString(step.date, QLocale::ShortFormat), step.problem);
    }
    return list;
}

std::optional<QPair<qint64, qint64>> RevisedSchedule::coefficient(const QDate &month, QString *error) const
{
    if (!m_clause)
        return std::nullopt;
    const PriceRevision::Clause clause{m_clause->baseMonth, m_clause->fixedPartMillionths, QDate()};
    QString problem;
    auto exact = PriceRevision::coefficient(clause, m_series, month, &problem);
    if (!exact) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    if (m_clause->roundingDecimals < 0)
        return exact;
    qint64 scale = 1;
    for (int i = 0; i < m_clause->roundingDecimals; ++i)
        scale *= 10;
    const auto rounded = mulDivRounded(exact->first, scale, exact->second);
    if (!rounded) {
        if (error)
            *error = tr("the coefficient is too large");
        return std::nullopt;
    }
    return qMakePair(*rounded, scale);
}

const RevisionStep *RevisedSchedule::revisionOn(const QDate &date) const
{
    const RevisionStep *found = nullptr;
    for (const RevisionStep &step : m_steps) {
        if (step.date > date)
            break;
        if (step.applied())
            found = &step;
    }
    return found;
}

const RevisionStep *RevisedSchedule::latestRevisionOn(const QDate &date) const
{
    const RevisionStep *found = nullptr;
    for (const RevisionStep &step : m_steps) {
        if (step.date > date)
            break;
        found = &step;
    }
    return found;
}

std::optional<Money> RevisedSchedule::priceOn(const WorkUnit &unit, const QDate &date) const
{
    const UnitPrice *entry = entryOn(unit, date);
    if (!entry)
        return std::nullopt;
    const RevisionStep *step = revisionOn(date);
    if (!step || entry->effectiveFrom >= step->date)
        return entry->priceHt;
    const auto cents = mulDivRounded(entry->priceHt.cents(), step->coefficient->first, step->coefficient->second);
    if (!cents)
        return std::nullopt;
    return Money::fromCents(*cents);
}

QList<RevisedSchedule::HistoryEntry> RevisedSchedule::history(const WorkUnit &unit) const
{
    QList<HistoryEntry> entries;
    for (const UnitPrice &price : unit.prices) {
        HistoryEntry entry;
        entry.date = price.effectiveFrom;
        entry.basePrice = price.priceHt;
        entry.price = priceOn(unit, price.effectiveFrom);
        entries << entry;
    }
    for (const RevisionStep &step : m_steps) {
        const UnitPrice *base = entryOn(unit, step.date);
        if (!base)
            continue; // no price yet to revise
        HistoryEntry entry;
        entry.kind = HistoryEntry::Kind::Revision;
        entry.date = step.date;
        entry.basePrice = base->priceHt;
        entry.step = step;
        entry.setInSchedule = base->effectiveFrom >= step.date;
        entry.price = priceOn(unit, step.date);
        entries << entry;
    }
    // A schedule price and a revision on the same day: the schedule's price first, as it is the P0.
    std::stable_sort(entries.begin(), entries.end(), [](const HistoryEntry &a, const HistoryEntry &b) {
        return a.date != b.date ? a.date < b.date : a.kind < b.kind;
    });
    return entries;
}

} // namespace Plafond
