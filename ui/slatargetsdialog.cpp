// SPDX-License-Identifier: GPL-3.0-or-later
#include "slatargetsdialog.h"

#include "report/reportsla.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Plafond {

SlaSettings SlaSettings::read(Stores &stores, Id contractId, Id lotId)
{
    SlaSettings settings;
    settings.lotId = lotId;
    settings.hours = stores.tickets.lotWorkingHours(lotId).value();
    for (const SlaTarget &target : stores.tickets.slaTargets(contractId)) {
        if (target.lotId == lotId)
            settings.targets[int(target.severity)] = target;
    }
    return settings;
}

SlaSettingsCommand::SlaSettingsCommand(
    Workspace *workspace, const SlaSettings &before, const SlaSettings &after)
    : EditCommand(workspace, QCoreApplication::translate("SlaTargetsDialog", "Change SLA targets"))
    , m_before(before)
    , m_after(after)
{
    // A severity that keeps a target updates the stored row.
    for (int i = 0; i < 3; ++i) {
        if (m_after.targets[i] && m_before.targets[i]) {
            m_after.targets[i]->id = m_before.targets[i]->id;
            m_after.targets[i]->rowVersion = m_before.targets[i]->rowVersion;
        }
    }
}

bool SlaSettingsCommand::apply(bool forward)
{
    SlaSettings &target = forward ? m_after : m_before;
    const SlaSettings &other = forward ? m_before : m_after;
    Stores &stores = this->stores();
    const bool first = forward && !m_firstDone;
    m_firstDone = true;
    if (const Status status = stores.tickets.setLotWorkingHours(target.lotId, target.hours); !status)
        return fail(status.message());
    for (int i = 0; i < 3; ++i) {
        if (target.targets[i]) {
            SlaTarget &saved = *target.targets[i];
            // The first application respects the version that was read; undo and redo restore our own states.
            if (!first)
                saved.rowVersion = 0;
            if (const Status status = stores.tickets.saveSlaTarget(saved); !status)
                return fail(status.message());
            // Both states name the same row: a target created now has its identifier only now, and undoing
            // or redoing needs it to remove or restore that very row.
            SlaSettings &counterpart = forward ? m_before : m_after;
            if (counterpart.targets[i])
                counterpart.targets[i]->id = saved.id;
        } else if (other.targets[i] && other.targets[i]->id) {
            if (const Status status = stores.tickets.removeSlaTarget(other.targets[i]->id); !status)
                return fail(status.message());
        }
    }
    return true;
}

SlaTargetsDialog::SlaTargetsDialog(Workspace *workspace, Id contractId, Id lotId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_contractId(contractId)
    , m_lot(new QComboBox(this))
    , m_hours(new QLineEdit(this))
    , m_hoursHint(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("slaTargetsDialog"));
    setWindowTitle(tr("SLA targets and working hours"));
    m_lot->setObjectName(QStringLiteral("slaLot"));
    m_hours->setObjectName(QStringLiteral("slaWorkingHours"));
    m_hours->setPlaceholderText(QStringLiteral("1-5 09:00-18:00 holidays"));
    m_hours->setToolTip(
        tr("Days (1 Monday to 7 Sunday, ranges allowed), hours, and \"holidays\" when the French "
           "public holidays are off. Empty: Monday to Friday, 9:00 to 18:00, holidays off."));
    m_hoursHint->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("slaError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Lot:"), m_lot);
    form->addRow(tr("&Working hours:"), m_hours);
    form->addRow(QString(), m_hoursHint);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Severity"), this), 0, 0);
    grid->addWidget(new QLabel(tr("First response"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Restoration"), this), 0, 2);
    for (Severity severity : Severities::all()) {
        const int i = int(severity);
        auto *label = new QLabel(Severities::name(severity), this);
        for (QSpinBox **spin : { &m_response[i], &m_restore[i] }) {
            *spin = new QSpinBox(this);
            (*spin)->setRange(0, 1000000);
            (*spin)->setSingleStep(30);
            (*spin)->setSuffix(tr(" working min"));
            (*spin)->setSpecialValueText(tr("no target"));
        }
        m_response[i]->setObjectName(QStringLiteral("slaResponse_") + Severities::key(severity));
        m_restore[i]->setObjectName(QStringLiteral("slaRestore_") + Severities::key(severity));
        label->setBuddy(m_response[i]);
        grid->addWidget(label, i + 1, 0);
        grid->addWidget(m_response[i], i + 1, 1);
        grid->addWidget(m_restore[i], i + 1, 2);
    }
    auto *note
        = new QLabel(tr("Targets are in working minutes of the lot's working hours (240 = 4 hours). A ticket "
                        "without a target for its severity is counted but never late."),
            this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SlaTargetsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SlaTargetsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(grid);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    Stores &stores = m_workspace->stores();
    if (const auto contract = stores.contracts.contract(contractId)) {
        for (const Lot &lot : stores.contracts.lots(contractId))
            m_lot->addItem(
                tr("%1 lot %2 – %3").arg(contract->reference, QString::number(lot.number), lot.title),
                lot.id);
    }
    m_lot->setCurrentIndex(std::max(0, m_lot->findData(lotId)));
    connect(m_lot, &QComboBox::currentIndexChanged, this, &SlaTargetsDialog::loadLot);
    connect(m_hours, &QLineEdit::textChanged, this, &SlaTargetsDialog::updateHoursHint);
    loadLot();
}

Id SlaTargetsDialog::lotId() const
{
    return m_lot->currentData().toLongLong();
}

QString SlaTargetsDialog::errorText() const
{
    return m_error->text();
}

void SlaTargetsDialog::loadLot()
{
    m_error->clear();
    m_loaded = SlaSettings::read(m_workspace->stores(), m_contractId, lotId());
    m_hours->setText(m_loaded.hours == WorkingHours() ? QString() : m_loaded.hours.toText());
    for (int i = 0; i < 3; ++i) {
        m_response[i]->setValue(m_loaded.targets[i] ? int(m_loaded.targets[i]->responseMinutes) : 0);
        m_restore[i]->setValue(m_loaded.targets[i] ? int(m_loaded.targets[i]->restoreMinutes) : 0);
    }
    updateHoursHint();
}

void SlaTargetsDialog::updateHoursHint()
{
    QString error;
    const auto hours = WorkingHours::fromText(m_hours->text(), &error);
    m_hoursHint->setText(hours ? ReportSla::calendar(*hours, QLocale()) : error);
}

void SlaTargetsDialog::accept()
{
    if (!lotId())
        return QDialog::reject();
    SlaSettings after;
    after.lotId = lotId();
    QString error;
    const auto hours = WorkingHours::fromText(m_hours->text(), &error);
    if (!hours) {
        m_error->setText(tr("Working hours: %1").arg(error));
        return;
    }
    after.hours = *hours;
    for (Severity severity : Severities::all()) {
        const int i = int(severity);
        const int response = m_response[i]->value();
        const int restore = m_restore[i]->value();
        if ((response == 0) != (restore == 0)) {
            m_error->setText(tr("%1: set both targets, or neither.").arg(Severities::name(severity)));
            return;
        }
        if (response > 0)
            after.targets[i] = SlaTarget { 0, after.lotId, severity, response, restore, 0 };
    }
    bool same = after.hours == m_loaded.hours;
    for (int i = 0; i < 3 && same; ++i) {
        const auto &a = after.targets[i];
        const auto &b = m_loaded.targets[i];
        same = bool(a) == bool(b)
            && (!a || (a->responseMinutes == b->responseMinutes && a->restoreMinutes == b->restoreMinutes));
    }
    if (same)
        return QDialog::accept();
    if (!m_workspace->execute(new SlaSettingsCommand(m_workspace, m_loaded, after), &error)) {
        m_error->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace Plafond
