// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDate>
#include <QDialog>

class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Plafond {

class Workspace;

// The unit price schedule (BPU) of one lot: its work units and, for the selected one, its effective-dated
// prices; the price in force on the reference date (today) is in bold. Every change (a work unit added,
// edited or removed, a price added, changed or removed) is one undoable SaveEntityCommand<WorkUnit>; the
// dialog reloads on Workspace::changed.
//
// Object names: workUnits (table: Code, French label, English label, Unit, Price in force; the work unit's
// identifier in Qt::UserRole of column 0), newWorkUnit, removeWorkUnit, undo, redo; the work unit editor:
// workUnitEditor (group), code, labelFr, labelEn, unit, saveWorkUnit; the prices: priceEditor (group),
// prices (table: From, Price excl. VAT; the date in Qt::UserRole of column 0), priceFrom, priceAmount,
// priceError, addPrice, replacePrice, removePrice; the button box: buttons (Close).
class PriceSchedulesDialog : public QDialog
{
    Q_OBJECT
public:
    enum WorkUnitColumn { CodeColumn, LabelFrColumn, LabelEnColumn, UnitColumn, PriceColumn, WorkUnitColumnCount };
    enum PriceColumnIndex { FromColumn, AmountColumn, PriceColumnCount };

    explicit PriceSchedulesDialog(Workspace *workspace, Id lotId, QWidget *parent = nullptr);

    // Shows the lot's schedule until the dialog is closed; the changes are already on the undo stack.
    static void editPriceSchedules(Workspace *workspace, Id lotId, QWidget *parent = nullptr);

    // The date whose price in force is shown in bold; today unless set.
    QDate referenceDate() const { return m_referenceDate; }
    void setReferenceDate(const QDate &date);

    Id selectedWorkUnitId() const;
    bool selectWorkUnit(Id id);
    // The effective date of the selected price, invalid when none is selected.
    QDate selectedPriceDate() const;
    bool selectPrice(const QDate &effectiveFrom);

public slots:
    void reload();
    void newWorkUnit();
    bool saveWorkUnit();
    bool removeWorkUnit();
    bool addPrice();
    bool replacePrice();
    bool removePrice();

private:
    std::optional<WorkUnit> storedUnit(Id id);
    void loadEditor();
    void loadPrices(bool keepSelection);
    void updateButtons();
    std::optional<Money> typedPrice(QString *error) const;
    bool run(const std::optional<WorkUnit> &before, const std::optional<WorkUnit> &after, const QString &text,
             Id *savedId = nullptr);

    Workspace *m_workspace;
    Id m_lotId;
    QDate m_referenceDate = QDate::currentDate();
    QList<WorkUnit> m_units; // as last loaded
    bool m_creating = false;
    bool m_reloading = false;

    QTableWidget *m_workUnits = nullptr;
    QPushButton *m_newWorkUnit = nullptr;
    QPushButton *m_removeWorkUnit = nullptr;
    QGroupBox *m_workUnitEditor = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_labelFr = nullptr;
    QLineEdit *m_labelEn = nullptr;
    QLineEdit *m_unit = nullptr;
    QPushButton *m_saveWorkUnit = nullptr;
    QGroupBox *m_priceEditor = nullptr;
    QTableWidget *m_prices = nullptr;
    QDateEdit *m_priceFrom = nullptr;
    QLineEdit *m_priceAmount = nullptr;
    QLabel *m_priceError = nullptr;
    QPushButton *m_addPrice = nullptr;
    QPushButton *m_replacePrice = nullptr;
    QPushButton *m_removePrice = nullptr;
};

} // namespace Plafond
