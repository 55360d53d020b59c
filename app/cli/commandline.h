#pragma once

#include <QStringList>

/// The command line's non-graphical subcommands (import, export, list, …).
///
/// isCliCommand() tells main.cpp whether a QCoreApplication is enough; runCliCommand()
/// takes the arguments after the program name, the subcommand first, prints results on
/// stdout and errors on stderr, and returns the exit status (0 success, 1 a failure the
/// command reports, 2 a usage error).
bool isCliCommand(const QString &name);
int runCliCommand(const QStringList &arguments);
