// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Checks on what a store returns (Status or Result): success with the error as the failure message, or a
// failure with an exact message. A plain bool is accepted too (a helper that returns one).

#include "domain/result.h"

#include <QtTest>

namespace PlafondTest {

inline bool ok(bool value) { return value; }
template<typename R>
bool ok(const R &result) { return result.ok(); }
inline QString message(bool) { return QStringLiteral("failed"); }
template<typename R>
QString message(const R &result) { return result.message(); }

} // namespace PlafondTest

#define PLAFOND_VERIFY_OK(expression)                                                                                  \
    do {                                                                                                               \
        const auto &plafondOutcome = (expression);                                                                     \
        QVERIFY2(PlafondTest::ok(plafondOutcome), qPrintable(PlafondTest::message(plafondOutcome)));                   \
    } while (false)

#define PLAFOND_VERIFY_FAILS(expression, expected)                                                                     \
    do {                                                                                                               \
        const auto &plafondOutcome = (expression);                                                                     \
        QVERIFY(!PlafondTest::ok(plafondOutcome));                                                                     \
        QCOMPARE(PlafondTest::message(plafondOutcome), expected);                                                      \
    } while (false)
