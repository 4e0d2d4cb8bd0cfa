// SPDX-License-Identifier: GPL-3.0-or-later
#include "contractdialog.h"

#include "entityeditor.h"
#include "formfields.h"

#include "workspace.h"

#include "engine/revisedschedule.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Plafond {

namespace {

const QString isoDateFormat = QStringLiteral("yyyy-MM-dd");

QString fixedPartExample(const QLocale &locale)
{
    return QLatin1Char('0') + locale.decimalPoint() + QStringLiteral("15");
}

QSpinBox *makeMonths(const QString &objectName, int minimum, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(minimum, 1200);
    spin->setSuffix(ContractDialog::tr(" months"));
    return spin;
}

// The revision's fixed part as stored: a decimal string with a point, between 0 and 1. The user may type
// the locale's decimal separator.
std::optional<QString> readFixedPart(QString text, const QLocale &locale)
{
    text = text.trimmed().replace(locale.decimalPoint(), QStringLiteral("."));
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)(?:\\.(\\d{1,6}))?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString whole = match.captured(1);
    const QString fraction = match.captured(2);
    bool ok = false;
    const int integer = whole.toInt(&ok);
    if (!ok || integer > 1)
        return std::nullopt;
    if (integer == 1 && fraction.count(QLatin1Char('0')) != fraction.size())
        return std::nullopt;
    return text;
}

bool sameContract(const Contract &a, const Contract &b)
{
    return a.reference == b.reference && a.title == b.title && a.buyer == b.buyer && a.notifiedOn == b.notifiedOn
        && a.startOn == b.startOn && a.durationMonths == b.durationMonths && a.firmMonths == b.firmMonths
        && a.renewalCount == b.renewalCount && a.renewalMonths == b.renewalMonths && a.minHt == b.minHt
        && a.maxHt == b.maxHt && a.awardedHt == b.awardedHt && a.vatBasisPoints == b.vatBasisPoints
        && a.revisionIndex == b.revisionIndex && a.revisionBaseMonth == b.revisionBaseMonth
        && a.revisionFixedPart == b.revisionFixedPart && a.revisionClause == b.revisionClause
        && a.revisionDates == b.revisionDates && a.revisionRounding == b.revisionRounding
        && a.componentsInScope == b.componentsInScope && a.demo == b.demo && a.alertThresholds == b.alertThresholds;
}

} // namespace

ContractDialog::ContractDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Contract"));

    // Left column: what the contract is and how long it runs.
    auto *identity = new QGroupBox(tr("Contract"), this);
    auto *identityForm = new QFormLayout(identity);
    m_reference = FormFields::makeLineEdit(QStringLiteral("reference"), identity, tr("e.g. MEF-ELL-2020"));
    m_referenceError = FormFields::addRowWithError(identityForm, tr("&Reference:"), m_reference, identity);
    m_title = FormFields::makeLineEdit(QStringLiteral("title"), identity);
    identityForm->addRow(tr("&Title:"), m_title);
    m_buyer = FormFields::makeLineEdit(QStringLiteral("buyer"), identity);
    identityForm->addRow(tr("&Buyer:"), m_buyer);
    m_componentsInScope = new QSpinBox(identity);
    m_componentsInScope->setObjectName(QStringLiteral("componentsInScope"));
    m_componentsInScope->setRange(0, 1000000);
    m_componentsInScope->setToolTip(tr("Number of software components the contract covers"));
    identityForm->addRow(tr("&Components in scope:"), m_componentsInScope);

    auto *duration = new QGroupBox(tr("Duration"), this);
    auto *durationForm = new QFormLayout(duration);
    m_notified = new QCheckBox(tr("&Notified on:"), duration);
    m_notified->setObjectName(QStringLiteral("notified"));
    m_notifiedOn = new QDateEdit(duration);
    m_notifiedOn->setObjectName(QStringLiteral("notifiedOn"));
    m_notifiedOn->setCalendarPopup(true);
    m_notifiedOn->setDisplayFormat(isoDateFormat);
    m_notifiedOn->setDate(QDate::currentDate());
    m_notifiedOn->setEnabled(false);
    durationForm->addRow(m_notified, m_notifiedOn);
    m_startOn = new QDateEdit(duration);
    m_startOn->setObjectName(QStringLiteral("startOn"));
    m_startOn->setCalendarPopup(true);
    m_startOn->setDisplayFormat(isoDateFormat);
    m_startOn->setDate(QDate::currentDate());
    durationForm->addRow(tr("&Start date:"), m_startOn);
    m_durationMonths = makeMonths(QStringLiteral("durationMonths"), 1, duration);
    durationForm->addRow(tr("D&uration:"), m_durationMonths);
    m_firmMonths = makeMonths(QStringLiteral("firmMonths"), 0, duration);
    m_firmMonths->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed); // as wide as its neighbours
    m_firmMonthsError = FormFields::addRowWithError(durationForm, tr("&Firm period:"), m_firmMonths, duration);
    m_renewalCount = new QSpinBox(duration);
    m_renewalCount->setObjectName(QStringLiteral("renewalCount"));
    m_renewalCount->setRange(0, 99);
    durationForm->addRow(tr("Number of rene&wals:"), m_renewalCount);
    m_renewalMonths = makeMonths(QStringLiteral("renewalMonths"), 0, duration);
    durationForm->addRow(tr("Length of each renewa&l:"), m_renewalMonths);
    m_endOn = new QLabel(duration);
    m_endOn->setObjectName(QStringLiteral("endOn"));
    m_endOn->setTextInteractionFlags(Qt::TextSelectableByMouse);
    durationForm->addRow(tr("End date:"), m_endOn);

    // Right column: the money.
    auto *amounts = new QGroupBox(tr("Amounts (excl. VAT)"), this);
    auto *amountsForm = new QFormLayout(amounts);
    m_minHt = FormFields::makeAmountEdit(QStringLiteral("minHt"), true, amounts);
    m_minHtError = FormFields::addRowWithError(amountsForm, tr("M&inimum:"), m_minHt, amounts);
    m_maxHt = FormFields::makeAmountEdit(QStringLiteral("maxHt"), false, amounts);
    m_maxHtError = FormFields::addRowWithError(amountsForm, tr("M&aximum:"), m_maxHt, amounts);
    m_awardedHt = FormFields::makeAmountEdit(QStringLiteral("awardedHt"), true, amounts);
    m_awardedHt->setToolTip(tr("The amount announced at award, when it differs from the maximum"));
    m_awardedHtError = FormFields::addRowWithError(amountsForm, tr("Awar&ded amount:"), m_awardedHt, amounts);
    m_vatRate = FormFields::makeLineEdit(QStringLiteral("vatRate"), amounts);
    m_vatRate->setFixedWidth(m_vatRate->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 10);
    m_vatRate->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_vatRateError = FormFields::addRowWithError(amountsForm, tr("&VAT rate (%):"), m_vatRate, amounts);
    m_alertThresholds = FormFields::makeLineEdit(QStringLiteral("alertThresholds"), amounts);
    m_alertThresholds->setToolTip(tr("Percentages of the maximum that raise an alert, in ascending order"));
    m_alertThresholds->setFixedWidth(m_alertThresholds->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    m_alertThresholdsError =
        FormFields::addRowWithError(amountsForm, tr("Alert t&hresholds (%):"), m_alertThresholds, amounts);

    auto *revision = new QGroupBox(tr("Price revision"), this);
    auto *revisionForm = new QFormLayout(revision);
    m_revisionIndex = FormFields::makeLineEdit(QStringLiteral("revisionIndex"), revision, QStringLiteral("SYNTEC"));
    revisionForm->addRow(tr("Inde&x:"), m_revisionIndex);
    m_revisionBaseMonth = FormFields::makeLineEdit(QStringLiteral("revisionBaseMonth"), revision, tr("YYYY-MM"));
    m_revisionBaseMonth->setFixedWidth(m_revisionBaseMonth->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12);
    m_revisionBaseMonthError =
        FormFields::addRowWithError(revisionForm, tr("Base &month:"), m_revisionBaseMonth, revision);
    m_revisionFixedPart = FormFields::makeLineEdit(QStringLiteral("revisionFixedPart"), revision);
    m_revisionFixedPart->setPlaceholderText(fixedPartExample(QLocale()));
    m_revisionFixedPart->setToolTip(tr("The part a of P = P0 × (a + (1 − a) × S / S0), between 0 and 1"));
    m_revisionFixedPart->setFixedWidth(m_revisionFixedPart->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12);
    m_revisionFixedPartError =
        FormFields::addRowWithError(revisionForm, tr("Fixed &part:"), m_revisionFixedPart, revision);
    m_revisionDates =
        FormFields::makeLineEdit(QStringLiteral("revisionDates"), revision, tr("Each anniversary of the start"));
    m_revisionDates->setToolTip(tr("The revision dates, ascending, as YYYY-MM-DD separated by commas; empty: each"
                                   " anniversary of the start. S is the index of the month as many months before"
                                   " the revision as the base month is before the start."));
    m_revisionDatesError = FormFields::addRowWithError(revisionForm, tr("Revision &dates:"), m_revisionDates, revision);
    m_revisionRounding = new QComboBox(revision);
    m_revisionRounding->setObjectName(QStringLiteral("revisionRounding"));
    m_revisionRounding->setToolTip(tr("How the coefficient a + (1 − a) × S / S0 is rounded before it applies; the"
                                      " revised price is always rounded to the cent"));
    m_revisionRounding->addItem(tr("Coefficient not rounded"), QString());
    for (int decimals = 0; decimals <= 6; ++decimals)
        m_revisionRounding->addItem(tr("Coefficient rounded to %n decimal(s)", nullptr, decimals), QString::number(decimals));
    revisionForm->addRow(tr("Ro&unding:"), m_revisionRounding);
    m_revisionClause = new QPlainTextEdit(revision);
    m_revisionClause->setObjectName(QStringLiteral("revisionClause"));
    m_revisionClause->setTabChangesFocus(true); // Tab moves on, as everywhere else in the dialog
    m_revisionClause->setMinimumHeight(m_revisionClause->fontMetrics().lineSpacing() * 5);
    revisionForm->addRow(tr("Claus&e:"), m_revisionClause);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContractDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ContractDialog::reject);

    auto *left = new QVBoxLayout;
    left->addWidget(identity);
    left->addWidget(duration);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(amounts);
    right->addWidget(revision, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    // A new contract: the typical framework agreement runs four years; VAT at the standard rate.
    m_durationMonths->setValue(48);
    m_firmMonths->setValue(48);
    m_vatRate->setText(vatRateToString(m_contract.vatBasisPoints, QLocale()));
    m_alertThresholds->setText(formatAlertThresholds(m_contract.alertThresholds, QStringLiteral(", ")));

    connect(m_notified, &QCheckBox::toggled, m_notifiedOn, &QWidget::setEnabled);
    for (QLineEdit *edit : {m_reference, m_minHt, m_maxHt, m_awardedHt, m_vatRate, m_alertThresholds, m_revisionBaseMonth,
                            m_revisionFixedPart, m_revisionDates})
        connect(edit, &QLineEdit::textChanged, this, &ContractDialog::validate);
    for (QSpinBox *spin : {m_durationMonths, m_firmMonths, m_renewalCount, m_renewalMonths})
        connect(spin, &QSpinBox::valueChanged, this, &ContractDialog::validate);
    connect(m_startOn, &QDateEdit::dateChanged, this, &ContractDialog::validate);

    resize(980, 600);
    validate();
}

void ContractDialog::setContract(const Contract &contract)
{
    m_contract = contract;
    const QLocale locale;
    m_reference->setText(contract.reference);
    m_title->setText(contract.title);
    m_buyer->setText(contract.buyer);
    for (QLineEdit *edit : {m_reference, m_title, m_buyer})
        edit->setCursorPosition(0); // show the start of a long text, not its end
    m_notified->setChecked(contract.notifiedOn.isValid());
    m_notifiedOn->setDate(contract.notifiedOn.isValid() ? contract.notifiedOn : QDate::currentDate());
    m_startOn->setDate(contract.startOn.isValid() ? contract.startOn : QDate::currentDate());
    m_durationMonths->setValue(contract.durationMonths);
    m_firmMonths->setValue(contract.firmMonths);
    m_renewalCount->setValue(contract.renewalCount);
    m_renewalMonths->setValue(contract.renewalMonths);
    m_minHt->setText(contract.minHt ? contract.minHt->toString(locale) : QString());
    m_maxHt->setText(contract.maxHt.toString(locale));
    m_awardedHt->setText(contract.awardedHt ? contract.awardedHt->toString(locale) : QString());
    m_vatRate->setText(vatRateToString(contract.vatBasisPoints, locale));
    m_alertThresholds->setText(formatAlertThresholds(contract.alertThresholds, QStringLiteral(", ")));
    m_revisionIndex->setText(contract.revisionIndex);
    m_revisionBaseMonth->setText(contract.revisionBaseMonth);
    QString fixedPart = contract.revisionFixedPart;
    m_revisionFixedPart->setText(fixedPart.replace(QLatin1Char('.'), locale.decimalPoint()));
    m_revisionClause->setPlainText(contract.revisionClause);
    m_revisionDates->setText(contract.revisionDates);
    // A stored rounding the list does not know (hand-edited file) shows as not rounded; validate() tells nothing.
    m_revisionRounding->setCurrentIndex(std::max(0, m_revisionRounding->findData(contract.revisionRounding)));
    m_componentsInScope->setValue(contract.componentsInScope);
    validate();
}

Contract ContractDialog::contract() const
{
    const QLocale locale;
    Contract c = m_contract;
    c.reference = m_reference->text().trimmed();
    c.title = m_title->text().trimmed();
    c.buyer = m_buyer->text().trimmed();
    c.notifiedOn = m_notified->isChecked() ? m_notifiedOn->date() : QDate();
    c.startOn = m_startOn->date();
    c.durationMonths = m_durationMonths->value();
    c.firmMonths = m_firmMonths->value();
    c.renewalCount = m_renewalCount->value();
    c.renewalMonths = m_renewalMonths->value();
    QString ignored;
    c.minHt = FormFields::readAmount(m_minHt, true, &ignored).value_or(std::nullopt);
    c.maxHt = FormFields::readAmount(m_maxHt, false, &ignored).value_or(std::nullopt).value_or(Money());
    c.awardedHt = FormFields::readAmount(m_awardedHt, true, &ignored).value_or(std::nullopt);
    c.vatBasisPoints = parseVatRate(m_vatRate->text(), locale).value_or(c.vatBasisPoints);
    c.alertThresholds = parseAlertThresholds(m_alertThresholds->text()).value_or(c.alertThresholds);
    c.revisionIndex = m_revisionIndex->text().trimmed();
    c.revisionBaseMonth = m_revisionBaseMonth->text().trimmed();
    c.revisionFixedPart = readFixedPart(m_revisionFixedPart->text(), locale).value_or(QString());
    c.revisionClause = m_revisionClause->toPlainText().trimmed();
    if (const auto dates = RevisionClause::parseDates(m_revisionDates->text()))
        c.revisionDates = RevisionClause::formatDates(*dates); // stored without the spaces typed
    c.revisionRounding = m_revisionRounding->currentData().toString();
    c.componentsInScope = m_componentsInScope->value();
    return c;
}

std::optional<int> ContractDialog::parseVatRate(const QString &text, const QLocale &locale, QString *error)
{
    QString normalized = text.trimmed();
    normalized.remove(QLatin1Char('%'));
    normalized.remove(QLatin1Char(' '));
    normalized.remove(QChar(0x00A0));
    normalized.remove(QChar(0x202F));
    normalized.replace(locale.decimalPoint(), QStringLiteral("."));
    // Percent with at most two decimals is exactly a whole number of basis points: no floating point.
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,3})(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch match = pattern.match(normalized);
    if (!match.hasMatch()) {
        if (error)
            *error = tr("A rate in percent is expected, with at most two decimals (e.g. %1).")
                         .arg(vatRateToString(550, locale));
        return std::nullopt;
    }
    const int basisPoints = match.captured(1).toInt() * 100 + match.captured(2).leftJustified(2, QLatin1Char('0')).toInt();
    if (basisPoints > 10000) {
        if (error)
            *error = tr("The rate cannot be above 100 %.");
        return std::nullopt;
    }
    return basisPoints;
}

QString ContractDialog::vatRateToString(int basisPoints, const QLocale &locale)
{
    QString text = locale.toString(basisPoints / 100);
    QString fraction = QString::number(basisPoints % 100).rightJustified(2, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (!fraction.isEmpty())
        text += locale.decimalPoint() + fraction;
    return text;
}

void ContractDialog::validate()
{
    const QLocale locale;
    bool valid = true;
    auto check = [&valid](QLabel *label, const QString &message) {
        if (!FormFields::showError(label, message))
            valid = false;
    };

    check(m_referenceError, m_reference->text().trimmed().isEmpty() ? tr("A reference is required.") : QString());

    QString error;
    const auto maximum = FormFields::readAmount(m_maxHt, false, &error);
    check(m_maxHtError, maximum ? QString() : error);
    error.clear();
    const auto minimum = FormFields::readAmount(m_minHt, true, &error);
    if (minimum && *minimum && maximum && *maximum && **minimum > **maximum)
        error = tr("The minimum is above the maximum.");
    check(m_minHtError, error);
    error.clear();
    const auto awarded = FormFields::readAmount(m_awardedHt, true, &error);
    check(m_awardedHtError, awarded ? QString() : error);
    error.clear();
    const auto vat = parseVatRate(m_vatRate->text(), locale, &error);
    check(m_vatRateError, vat ? QString() : error);
    check(m_alertThresholdsError, parseAlertThresholds(m_alertThresholds->text())
                                      ? QString()
                                      : tr("Whole percentages between 1 and 200, in ascending order, separated by"
                                           " commas, e.g. 70, 90, 100."));

    static const QRegularExpression monthPattern(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    const QString baseMonth = m_revisionBaseMonth->text().trimmed();
    check(m_revisionBaseMonthError, baseMonth.isEmpty() || monthPattern.match(baseMonth).hasMatch()
                                        ? QString() : tr("A month is expected as YYYY-MM, e.g. 2020-06."));
    const QString fixedPart = m_revisionFixedPart->text().trimmed();
    check(m_revisionFixedPartError, fixedPart.isEmpty() || readFixedPart(fixedPart, locale)
                                        ? QString() : tr("A decimal number between 0 and 1 is expected, e.g. %1.")
                                                          .arg(fixedPartExample(locale)));
    check(m_revisionDatesError, RevisionClause::parseDates(m_revisionDates->text())
                                    ? QString() : tr("Dates are expected as YYYY-MM-DD, ascending, separated by commas,"
                                                     " e.g. 2021-09-01, 2022-09-01."));
    check(m_firmMonthsError, m_firmMonths->value() > m_durationMonths->value()
                                 ? tr("The firm period is longer than the contract.") : QString());

    const QDate start = m_startOn->date();
    const QDate end = start.addMonths(m_durationMonths->value()).addDays(-1);
    QString endText = locale.toString(end, QLocale::ShortFormat);
    if (m_firmMonths->value() > 0 && m_firmMonths->value() < m_durationMonths->value())
        endText = tr("%1 (firm period until %2)")
                      .arg(endText, locale.toString(start.addMonths(m_firmMonths->value()).addDays(-1), QLocale::ShortFormat));
    m_endOn->setText(endText);

    m_valid = valid;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

void ContractDialog::accept()
{
    if (m_valid && commitEdit(this, m_commit, contract(), tr("Contract not saved")))
        QDialog::accept();
}

bool ContractDialog::editContract(Workspace *workspace, std::optional<Contract> existing, QWidget *parent)
{
    if (!workspace || !workspace->isOpen())
        return false;
    Stores &stores = workspace->stores();
    // The stored state the command will restore on undo; none for a new contract, even one that arrives
    // pre-filled (identifier 0).
    std::optional<Contract> before;
    if (existing && existing->id != 0) {
        // Edit what is stored now, not a copy the caller may have kept for a while.
        before = stores.contracts.contract(existing->id).optional();
        if (!before) {
            QMessageBox::warning(parent, tr("Contract not saved"),
                                 tr("The contract %1 no longer exists.").arg(existing->reference));
            return false;
        }
    }
    ContractDialog dialog(parent);
    if (before) {
        dialog.setWindowTitle(tr("Contract %1").arg(before->reference));
        dialog.setContract(*before);
    } else {
        dialog.setWindowTitle(tr("New contract"));
        if (existing)
            dialog.setContract(*existing);
    }
    bool saved = false;
    dialog.setCommit([&](const Contract &edited, QString *error) {
        if (before && sameContract(*before, edited))
            return true; // nothing to undo
        const auto sameReference = stores.contracts.contractByReference(edited.reference);
        if (sameReference && sameReference->id != edited.id) {
            *error = tr("A contract with the reference %1 already exists.").arg(edited.reference);
            return false;
        }
        const QString text = before ? tr("Edit contract %1").arg(edited.reference)
                                    : tr("Create contract %1").arg(edited.reference);
        auto *command = new SaveEntityCommand<Contract>(workspace, text, before, edited, &ContractStore::saveContract,
                                                        &ContractStore::removeContract);
        saved = workspace->execute(command, error);
        return saved;
    });
    dialog.exec();
    return saved;
}

} // namespace Plafond
