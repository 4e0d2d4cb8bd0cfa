// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ticket.h"
#include "domain/workinghours.h"
#include "workspace.h"

#include <QDialog>

#include <array>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Plafond {

// The SLA settings of one lot: its working hours and a target per severity (none when not set).
struct SlaSettings
{
    Id lotId = 0;
    WorkingHours hours;
    std::array<std::optional<SlaTarget>, 3> targets; // indexed by Severity

    static SlaSettings read(Stores &stores, Id contractId, Id lotId);
};

// Changes a lot's SLA settings as one undoable edit: working hours and the three targets together.
class SlaSettingsCommand : public EditCommand
{
public:
    SlaSettingsCommand(Workspace *workspace, const SlaSettings &before, const SlaSettings &after);

protected:
    bool apply(bool forward) override;

private:
    SlaSettings m_before;
    SlaSettings m_after;
    bool m_firstDone = false;
};

// Edits the SLA targets and the working hours of the lots of a contract. OK applies the lot shown through the
// workspace (one undoable command); a malformed entry keeps the dialog open with the reason.
class SlaTargetsDialog : public QDialog
{
    Q_OBJECT
public:
    SlaTargetsDialog(Workspace *workspace, Id contractId, Id lotId, QWidget *parent = nullptr);

    Id lotId() const;
    QLineEdit *workingHoursEdit() const { return m_hours; }
    QSpinBox *responseSpin(Severity severity) const { return m_response[int(severity)]; }
    QSpinBox *restoreSpin(Severity severity) const { return m_restore[int(severity)]; }
    QString errorText() const;

    void accept() override;

private:
    void loadLot();
    void updateHoursHint();

    Workspace *m_workspace;
    Id m_contractId;
    SlaSettings m_loaded;
    QComboBox *m_lot;
    QLineEdit *m_hours;
    QLabel *m_hoursHint;
    std::array<QSpinBox *, 3> m_response {};
    std::array<QSpinBox *, 3> m_restore {};
    QLabel *m_error;
};

} // namespace Plafond
