// SPDX-License-Identifier: GPL-3.0-or-later
#include "componentswidget.h"

#include "componentuseswidget.h"
#include "contributionswidget.h"
#include "coveragematrixwidget.h"
#include "formfields.h"
#include "models/componentsmodel.h"
#include "tablepage.h"
#include "workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace Plafond {

ComponentsWidget::ComponentsWidget(Workspace *workspace, QWidget *parent)
    : WorkspacePage(workspace, parent),
      m_model(new ComponentsModel(this)),
      m_proxy(new ComponentsFilterProxy(this)),
      m_coverage(FormFields::makeNote(QStringLiteral("componentsCoverage"), this)),
      m_coverageLabel(new QLabel(this)),
      m_lotLabel(new QLabel(this)),
      m_categoryLabel(new QLabel(this)),
      m_coverageFilter(new QComboBox(this)),
      m_lotFilter(new QComboBox(this)),
      m_categoryFilter(new QComboBox(this)),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("componentsPage"));
    m_coverageFilter->setObjectName(QStringLiteral("componentsCoverageFilter"));
    m_lotFilter->setObjectName(QStringLiteral("componentsLotFilter"));
    m_categoryFilter->setObjectName(QStringLiteral("componentsCategoryFilter"));
    m_proxy->setSourceModel(m_model);
    TablePage::setUpTable(m_table, QStringLiteral("componentsTable"), m_proxy, TablePage::SelectRows,
                          TablePage::LastColumn, ComponentsModel::NameColumn);
    m_coverageLabel->setBuddy(m_coverageFilter);
    m_lotLabel->setBuddy(m_lotFilter);
    m_categoryLabel->setBuddy(m_categoryFilter);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_coverageLabel);
    filters->addWidget(m_coverageFilter);
    filters->addWidget(m_lotLabel);
    filters->addWidget(m_lotFilter);
    filters->addWidget(m_categoryLabel);
    filters->addWidget(m_categoryFilter, 1);
    auto *catalogue = new QWidget(this);
    auto *catalogueLayout = new QVBoxLayout(catalogue);
    catalogueLayout->setContentsMargins(4, 4, 4, 4);
    catalogueLayout->addWidget(m_coverage);
    catalogueLayout->addLayout(filters);
    catalogueLayout->addWidget(m_table, 1);
    // Issue 5: the coverage matrix, declared uses with the gap list, and upstream contributions.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("componentsTabs"));
    m_tabs->addTab(catalogue, QString());
    m_tabs->addTab(new CoverageMatrixWidget(m_workspace, m_tabs), QString());
    m_tabs->addTab(new ComponentUsesWidget(m_workspace, m_tabs), QString());
    m_tabs->addTab(new ContributionsWidget(m_workspace, m_tabs), QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);

    connect(m_coverageFilter, &QComboBox::currentIndexChanged, this, &ComponentsWidget::applyFilters);
    connect(m_lotFilter, &QComboBox::currentIndexChanged, this, &ComponentsWidget::applyFilters);
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this, &ComponentsWidget::applyFilters);
    connect(m_workspace, &Workspace::opened, this, &ComponentsWidget::reload);
    reloadOnChanges(Changes::Components | Changes::Contracts, [this] { reload(); });
    retranslateUi();
    reload();
}

void ComponentsWidget::reload()
{
    if (!m_workspace->isOpen()) {
        m_model->clear();
        retranslateUi();
        return;
    }
    Stores &stores = m_workspace->stores();
    m_model->reload(stores);
    retranslateUi();
}

void ComponentsWidget::retranslateUi()
{
    m_coverageLabel->setText(tr("&Coverage:"));
    m_lotLabel->setText(tr("&Lot:"));
    m_categoryLabel->setText(tr("C&ategory:"));
    m_tabs->setTabText(0, tr("Catalogue"));
    m_tabs->setTabText(1, tr("Coverage matrix"));
    m_tabs->setTabText(2, tr("Declared use"));
    m_tabs->setTabText(3, tr("Upstream contributions"));

    // Rebuilt with the current language and data; the choice is kept by value across the rebuild.
    const QSignalBlocker coverageBlocker(m_coverageFilter);
    const int coverage = qMax(0, m_coverageFilter->currentIndex());
    m_coverageFilter->clear();
    m_coverageFilter->addItem(tr("All components"), int(ComponentsFilterProxy::Coverage::Any));
    m_coverageFilter->addItem(tr("Covered"), int(ComponentsFilterProxy::Coverage::Covered));
    m_coverageFilter->addItem(tr("Not covered"), int(ComponentsFilterProxy::Coverage::NotCovered));
    m_coverageFilter->setCurrentIndex(coverage);

    TablePage::refill(m_lotFilter, [this] {
        m_lotFilter->addItem(tr("Any lot"), Id(0));
        const QHash<Id, QString> lotNames = m_model->lotNames();
        std::set<std::pair<QString, Id>> sortedLots;
        for (auto it = lotNames.cbegin(); it != lotNames.cend(); ++it)
            sortedLots.emplace(it.value(), it.key());
        for (const auto &entry : sortedLots)
            m_lotFilter->addItem(entry.first, entry.second);
    });

    TablePage::refill(m_categoryFilter, [this] {
        m_categoryFilter->addItem(tr("Any category"), QString());
        std::set<QString> categories;
        for (const Component &c : m_model->components()) {
            if (!c.category.isEmpty())
                categories.insert(c.category);
        }
        for (const QString &name : categories)
            m_categoryFilter->addItem(name, name);
    });

    QStringList lines;
    if (m_workspace->isOpen()) {
        Stores &stores = m_workspace->stores();
        for (const Contract &contract : stores.contracts.contracts()) {
            lines << tr("%1: %2 catalogued components covered, of %3 in the contract's stated scope")
                         .arg(contract.reference, QString::number(stores.components.coveredComponentCount(contract.id).value()),
                              QString::number(contract.componentsInScope));
        }
        lines << tr("%n component(s) in the catalogue", nullptr, int(m_model->components().size()));
    }
    m_coverage->setText(lines.join(QLatin1Char('\n')));
    applyFilters();
}

void ComponentsWidget::applyFilters()
{
    m_proxy->setCoverage(ComponentsFilterProxy::Coverage(m_coverageFilter->currentData().toInt()));
    m_proxy->setLotId(m_lotFilter->currentData().toLongLong());
    m_proxy->setCategory(m_categoryFilter->currentData().toString());
}

} // namespace Plafond
