// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardfigures.h"

#include "dashboardstyle.h"

#include "models/dashboardvalues.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Plafond {

using namespace DashboardStyle;

namespace {

QFrame *card(QLabel *caption, QLabel *value, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(0);
    layout->addWidget(caption);
    layout->addWidget(value);
    QFont font = scaled(value->font(), 1.25);
    font.setBold(true);
    value->setFont(font);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return frame;
}

} // namespace

DashboardFigures::DashboardFigures(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("dashboardTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = scaled(m_title->font(), 1.15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    const auto label = [this](const char *name) {
        auto *l = new QLabel(this);
        if (name)
            l->setObjectName(QLatin1String(name));
        return l;
    };
    m_maximumCaption = label(nullptr);
    m_maximum = label("maximumValue");
    m_orderedCaption = label(nullptr);
    m_ordered = label("orderedValue");
    m_remainingCaption = label(nullptr);
    m_remaining = label("remainingValue");
    m_percentCaption = label(nullptr);
    m_percent = label("percentValue");
    m_forecastCaption = label(nullptr);
    m_forecast = label("forecastValue");
    auto *headline = new QHBoxLayout;
    headline->setSpacing(6);
    const QList<std::pair<QLabel *, QLabel *>> cards{{m_maximumCaption, m_maximum},
                                                     {m_orderedCaption, m_ordered},
                                                     {m_remainingCaption, m_remaining},
                                                     {m_percentCaption, m_percent},
                                                     {m_forecastCaption, m_forecast}};
    for (const auto &[caption, value] : cards)
        headline->addWidget(card(caption, value, this), 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addLayout(headline);
}

void DashboardFigures::retranslate()
{
    m_maximumCaption->setText(tr("Maximum excl. VAT"));
    m_orderedCaption->setText(tr("Ordered"));
    m_remainingCaption->setText(tr("Remaining"));
    m_percentCaption->setText(tr("Consumed"));
    m_forecastCaption->setText(tr("Maximum reached (forecast)"));
}

void DashboardFigures::setConsumption(const ContractConsumption &c, Id lotId, bool dark)
{
    const LotConsumption *lot = nullptr;
    for (const LotConsumption &l : c.lots) {
        if (lotId && l.lotId == lotId)
            lot = &l;
    }
    const QLocale locale;
    const QString contractTitle = tr("%1 — %2").arg(c.reference, c.title);
    m_title->setText(lot ? tr("%1 · Lot %2 — %3").arg(contractTitle, locale.toString(lot->number), lot->title)
                         : contractTitle);

    const CeilingState &ceiling = lot ? lot->ceiling : c.ceiling;
    const StepAmounts &amounts = lot ? lot->amounts : c.amounts;
    const Forecast &forecast = lot ? lot->forecast : c.forecast;
    m_maximum->setText(ceiling.maximum.toString(locale));
    m_ordered->setText(amounts.orderedHt.toString(locale));
    m_ordered->setToolTip(tr("Service done %1 · invoiced %2 · paid %3 (excl. VAT)")
                              .arg(amounts.doneHt.toString(locale), amounts.invoicedHt.toString(locale),
                                   amounts.paidHt.toString(locale)));
    m_remaining->setText(ceiling.remaining.toString(locale));
    m_percent->setText(DashboardValues::percentText(ceiling.percentHundredths, locale));

    // The percentage takes the colour of the most severe ceiling alert on what is shown.
    std::optional<Alert::Severity> severity;
    for (const Alert &a : c.alerts) {
        if (a.lotId != (lot ? lot->lotId : 0))
            continue;
        if (a.kind != Alert::Kind::Threshold && a.kind != Alert::Kind::OverMaximum)
            continue;
        if (!severity || int(a.severity) > int(*severity))
            severity = a.severity;
    }
    const Colours colours = coloursFor(dark);
    QPalette palette = m_percent->parentWidget()->palette();
    QString state = QStringLiteral("none");
    if (severity == Alert::Severity::Critical) {
        palette.setColor(QPalette::WindowText, colours.critical);
        state = QStringLiteral("critical");
    } else if (severity == Alert::Severity::Warning) {
        palette.setColor(QPalette::WindowText, colours.warning);
        state = QStringLiteral("warning");
    } else if (severity == Alert::Severity::Info) {
        palette.setColor(QPalette::WindowText, colours.info);
        state = QStringLiteral("info");
    }
    m_percent->setPalette(palette);
    m_percent->setProperty("alertState", state);
    m_percent->setToolTip(ceiling.thresholdReached
                              ? tr("The %1% threshold is reached.").arg(locale.toString(ceiling.thresholdReached))
                              : tr("No threshold is reached."));

    if (ceiling.remaining.cents() <= 0)
        m_forecast->setText(tr("Already reached"));
    else if (forecast.notBeforeEnd || !forecast.maxReachedOn)
        m_forecast->setText(tr("Not before the end"));
    else
        m_forecast->setText(locale.toString(*forecast.maxReachedOn, QLocale::ShortFormat));
    m_forecast->setToolTip(tr("At %1 a month, the rate of the last %n month(s); the contract ends on %2.", nullptr,
                              forecast.windowMonths)
                               .arg(forecast.burnRatePerMonthHt.toString(locale),
                                    locale.toString(c.endOn, QLocale::ShortFormat)));
}

} // namespace Plafond
