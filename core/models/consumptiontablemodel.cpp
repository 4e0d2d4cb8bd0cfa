// SPDX-License-Identifier: GPL-3.0-or-later
#include "consumptiontablemodel.h"

namespace Plafond {

void ConsumptionTableModel::retranslate()
{
    // Not on an empty table: Qt Charts' bar mapper (6.4) reads the bar set of each header changed, and has
    // none while the table is empty. Without rows there is nothing to rename anyway, and the views read the
    // headers again at the next reset.
    if (rows() == 0)
        return;
    emit headerDataChanged(Qt::Horizontal, 0, columns() - 1);
    emit dataChanged(index(0, 0), index(rows() - 1, columns() - 1));
}

} // namespace Plafond
