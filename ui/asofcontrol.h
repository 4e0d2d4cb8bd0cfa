// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QSlider;

namespace Plafond {

// The dashboard's as-of date: a date field and, beside it, a slider over the contract's life, a day a
// step. Object names: "asOfDate", "asOfSlider".
class AsOfControl : public QWidget
{
    Q_OBJECT
public:
    explicit AsOfControl(QWidget *parent = nullptr);

    // Shows `asOf` within the life from `start` to `end` (none: an empty slider), without emitting.
    void setLife(const QDate &start, const QDate &end, const QDate &asOf);
    void retranslate();

signals:
    // The user chose this date, in the field or with the slider.
    void dateChosen(const QDate &date);

private:
    QDate m_start;
    QLabel *m_label;
    QDateEdit *m_date;
    QSlider *m_slider;
};

} // namespace Plafond
