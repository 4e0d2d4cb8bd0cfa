// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <QWidget>

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
    virtual void retranslateUi() = 0;
    // What a change of language redoes: by default the texts.
    virtual void languageChanged() { retranslateUi(); }
    // The main window tells the selection of its tree again after every change: true only when it is not
    // the one last told, so that a choice made on the page stays until the tree's selection really changes.
    bool isNewTreeSelection(qint64 contractId, qint64 lotId);

    Workspace *m_workspace;

private:
    qint64 m_toldContractId = 0;
    qint64 m_toldLotId = 0;
};

} // namespace Plafond
