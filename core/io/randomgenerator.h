// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

namespace Plafond {

// xorshift64* (Vigna, 2016): the same fixed seed gives the same sequence on every platform and library,
// which <random>'s distributions do not promise. Never seeded from the clock: the demo must not change.
class Generator
{
public:
    explicit Generator(quint64 seed) : m_state(seed ? seed : 1) { }

    quint64 next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 0x2545F4914F6CDD1DULL;
    }
    // In [low, high]; the modulo bias is below 2^-40 for the small ranges used here.
    qint64 between(qint64 low, qint64 high)
    {
        return low + static_cast<qint64>(next() % static_cast<quint64>(high - low + 1));
    }
    // An index drawn with the given weights.
    qsizetype pick(const QList<int> &weights)
    {
        qint64 total = 0;
        for (int weight : weights)
            total += weight;
        qint64 draw = between(0, total - 1);
        for (qsizetype i = 0; i < weights.size(); ++i) {
            draw -= weights.at(i);
            if (draw < 0)
                return i;
        }
        return weights.size() - 1;
    }

private:
    quint64 m_state;
};

} // namespace Plafond
