// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/pricerevision.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Plafond {

// Reads the Syntec index CSV (docs/formats.md): year,month,series,value,source_url,note, series "old" or
// "revised". Errors as "FILE:LINE: what is wrong"; nothing is kept from a file with an error. Its messages
// keep the context of the series they describe.
class IndexSeriesCsv
{
    Q_DECLARE_TR_FUNCTIONS(IndexSeries)
public:
    static std::optional<IndexSeries> read(const QByteArray &bytes, const QString &fileName, QStringList *errors);
};

} // namespace Plafond
