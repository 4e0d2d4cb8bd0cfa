// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "io/importbase.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Plafond {

class Stores;

// Reads the orders CSV of docs/DOMAIN.md into purchase orders. Everything is checked before anything is written,
// so that a bad file leaves the database as it was: prepare() collects every error as "FILE:LINE: what is
// wrong", and apply() writes the orders in one transaction only when there was none.
// Detected: ';' or ',' between fields, decimal comma or point, a UTF-8 byte order mark, dates as YYYY-MM-DD
// or DD/MM/YYYY.
class OrdersImport : public ImportBase
{
    Q_DECLARE_TR_FUNCTIONS(OrdersImport)
public:
    // Reads and checks the file against the database; false when there is any error (see errors()).
    bool prepare(Stores &stores, const QByteArray &bytes, const QString &fileName);
    // Writes what prepare() accepted, in one transaction: all or nothing.
    bool apply(Stores &stores, QString *error = nullptr);
    // Progress and cancel, errors(): see ImportBase. warnings(): "FILE:LINE: …" for each line whose empty
    // unit_price_ht took the price before a revision that could not be applied (its index month is
    // missing): the price is not guessed, and the user is told.
    // What apply() writes (or would write, for --dry-run), one sentence a line.
    QStringList changes() const;
    int orderCount() const { return static_cast<int>(m_orders.size()); }
    int lineCount() const;

private:
    struct Pending
    {
        int line = 0; // first line of the order in the file
        QString contractReference;
        PurchaseOrder order;
    };
    // Each lot's maximum against what it holds plus every order of the file, read once per lot. Run in
    // prepare() to tell, and again inside apply()'s transaction with the lots locked, so that a concurrent
    // import cannot take a lot past its maximum between the check and the commit.
    bool checkCeilings(Stores &stores);

    QList<Pending> m_orders;
    QHash<Id, Id> m_contractOfLot; // the lots of the file's orders
};

} // namespace Plafond
