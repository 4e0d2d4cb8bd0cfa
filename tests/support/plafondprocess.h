// SPDX-License-Identifier: GPL-3.0-or-later
// What the tests that run the plafond executable share: its environment and the process runner.
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace PlafondTest {

struct Run
{
    int exitCode = -1; // -1: it crashed, was killed or did not finish in time
    QByteArray out;
    QByteArray err;
};

// The environment of a run: English messages, the offscreen platform, and (when `home` is given) the
// user's settings and data folders kept in a folder of the test.
inline QProcessEnvironment plafondEnvironment(const QString &home = QString())
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    if (!home.isEmpty()) {
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
    }
    return environment;
}

inline Run finished(QProcess &process, int timeoutMs)
{
    Run run;
    if (process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// Starts plafond and returns at once: for the tests that act while it runs (hold a lock, kill it, race two
// of them); finished() then collects its run.
inline void startPlafond(QProcess &process, const QStringList &arguments,
                         const QProcessEnvironment &environment = plafondEnvironment())
{
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PLAFOND_BINARY), arguments);
}

inline Run runPlafond(const QStringList &arguments, const QProcessEnvironment &environment = plafondEnvironment(),
                      int timeoutMs = 300000)
{
    QProcess process;
    startPlafond(process, arguments, environment);
    return finished(process, timeoutMs);
}

// The same, run from `workingDirectory` with the caller's environment: relative file names in the messages,
// as the user typed them.
inline Run runPlafondIn(const QStringList &arguments, const QString &workingDirectory, int timeoutMs = 120000)
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(PLAFOND_BINARY), arguments);
    return finished(process, timeoutMs);
}

} // namespace PlafondTest
