// SPDX-License-Identifier: GPL-3.0-or-later
#include "contributiondialog.h"

#include "storage/stores.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Plafond {

ContributionDialog::ContributionDialog(Stores &stores, Id contractId, std::optional<Contribution> existing,
                                       const QDate &today, QWidget *parent)
    : QDialog(parent),
      m_existing(std::move(existing)),
      m_line(new QComboBox(this)),
      m_component(new QComboBox(this)),
      m_url(new QLineEdit(this)),
      m_state(new QComboBox(this)),
      m_date(new QDateEdit(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("contributionDialog"));
    setWindowTitle(m_existing ? tr("Edit a contribution") : tr("Add a contribution"));
    m_line->setObjectName(QStringLiteral("contributionLine"));
    m_component->setObjectName(QStringLiteral("contributionComponent"));
    m_url->setObjectName(QStringLiteral("contributionUrl"));
    m_state->setObjectName(QStringLiteral("contributionState"));
    m_date->setObjectName(QStringLiteral("contributionDate"));
    m_problem->setObjectName(QStringLiteral("contributionProblem"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_url->setPlaceholderText(tr("https://… (merge request, patch, commit)"));

    for (const DevelopmentLine &line : stores.components.developmentLines(contractId)) {
        if (line.status == OrderStatus::Cancelled)
            continue;
        m_line->addItem(tr("%1 · lot %2 · %3 · %4 · %5")
                            .arg(line.orderNumber, QString::number(line.lotNumber), line.beneficiaryCode,
                                 line.workUnitCode, line.amountHt.toString()),
                        line.orderLineId);
    }
    m_component->addItem(tr("(no catalogued component)"), Id(0));
    for (const Component &c : stores.components.components())
        m_component->addItem(c.name, c.id);
    for (Contribution::State state :
         {Contribution::State::Submitted, Contribution::State::Merged, Contribution::State::Refused})
        m_state->addItem(Contribution::stateName(state), int(state));
    m_date->setDate(today);
    if (m_existing) {
        m_line->setCurrentIndex(qMax(0, m_line->findData(m_existing->orderLineId)));
        m_line->setEnabled(false); // a contribution stays with its line: remove it and add another instead
        m_component->setCurrentIndex(qMax(0, m_component->findData(m_existing->componentId)));
        m_url->setText(m_existing->url);
        m_state->setCurrentIndex(qMax(0, m_state->findData(int(m_existing->state))));
        m_date->setDate(m_existing->stateOn);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Development &line:"), m_line);
    form->addRow(tr("&Component:"), m_component);
    form->addRow(tr("&Address (URL):"), m_url);
    form->addRow(tr("&State:"), m_state);
    form->addRow(tr("&Date of the state:"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_problem->setWordWrap(true);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContributionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ContributionDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &ContributionDialog::updateState);
    connect(m_line, &QComboBox::currentIndexChanged, this, &ContributionDialog::updateState);
    updateState();
}

Contribution ContributionDialog::contribution() const
{
    Contribution k = m_existing.value_or(Contribution());
    k.orderLineId = m_line->currentData().toLongLong();
    k.componentId = m_component->currentData().toLongLong();
    k.url = m_url->text().trimmed();
    k.state = Contribution::State(m_state->currentData().toInt());
    k.stateOn = m_date->date();
    return k;
}

void ContributionDialog::updateState()
{
    QString problem;
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    if (m_line->count() == 0)
        problem = tr("This contract has no development order line.");
    else if (m_url->text().trimmed().isEmpty())
        problem = tr("Give the address where the contribution can be seen.");
    else if (!url.isValid() || url.scheme().isEmpty())
        problem = tr("The address is not a valid URL.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void ContributionDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    QDialog::accept();
}

} // namespace Plafond
