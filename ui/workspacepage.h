// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <QWidget>

#include <functional>

namespace Plafond {

class Workspace;

// A tab of the main window over the open workspace. It takes its texts again when the language changes;
// a page whose texts come with its data reloads instead (languageChanged()).
class WorkspacePage : public QWidget
{
    Q_OBJECT
public:
    explicit WorkspacePage(Workspace *workspace, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    // Calls `reload` after every change notice that touches one of `topics` (Changes::Topic): at once while
    // the page can be seen (or while the window is not shown at all), else once when the page is shown.
    void reloadOnChanges(unsigned topics, std::function<void()> reload);
    virtual void retranslateUi() = 0;
    // What a change of language redoes: by default the texts.
    virtual void languageChanged() { retranslateUi(); }
    // The main window tells the selection of its tree again after every change: true only when it is not
    // the one last told, so that a choice made on the page stays until the tree's selection really changes.
    bool isNewTreeSelection(qint64 contractId, qint64 lotId);

    Workspace *m_workspace;

private:
    void changed(unsigned topics);

    unsigned m_topics = 0;
    std::function<void()> m_reload;
    bool m_stale = false;
    qint64 m_toldContractId = 0;
    qint64 m_toldLotId = 0;
};

} // namespace Plafond
