// SPDX-License-Identifier: GPL-3.0-or-later
#include "asofcontrol.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>

namespace Plafond {

AsOfControl::AsOfControl(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_date(new QDateEdit(this)),
      m_slider(new QSlider(Qt::Horizontal, this))
{
    m_date->setObjectName(QStringLiteral("asOfDate"));
    m_date->setCalendarPopup(true);
    m_label->setBuddy(m_date);
    m_slider->setObjectName(QStringLiteral("asOfSlider"));
    m_slider->setSingleStep(1); // a day
    m_slider->setPageStep(30);  // about a month
    connect(m_date, &QDateEdit::dateChanged, this, &AsOfControl::dateChosen);
    connect(m_slider, &QSlider::valueChanged, this, [this](int days) { emit dateChosen(m_start.addDays(days)); });
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label);
    row->addWidget(m_date);
    row->addWidget(m_slider, 1);
}

void AsOfControl::setLife(const QDate &start, const QDate &end, const QDate &asOf)
{
    m_start = start;
    const QSignalBlocker dateBlocker(m_date);
    const QSignalBlocker sliderBlocker(m_slider);
    if (!start.isValid()) {
        m_slider->setRange(0, 0);
        return;
    }
    m_date->setDateRange(start, end);
    m_date->setDate(asOf);
    m_slider->setRange(0, int(start.daysTo(end)));
    m_slider->setValue(int(start.daysTo(asOf)));
}

void AsOfControl::retranslate()
{
    m_label->setText(tr("A&s of:"));
    m_date->setLocale(QLocale());
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_slider->setToolTip(tr("Move through the contract's life: every figure and chart follows."));
}

} // namespace Plafond
