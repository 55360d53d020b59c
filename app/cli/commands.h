#pragma once

#include <QStringList>

// One function per subcommand; each takes the arguments with the subcommand first,
// as QCommandLineParser::process() expects, and returns the exit status.
int runListCommand(const QStringList &arguments);
int runRenderCommand(const QStringList &arguments);
int runGoalsCommand(const QStringList &arguments);
int runGoalCommand(const QStringList &arguments);
int runCheckInCommand(const QStringList &arguments);
int runImportCommand(const QStringList &arguments);
int runExportCommand(const QStringList &arguments);
int runSearchCommand(const QStringList &arguments);
int runStatsCommand(const QStringList &arguments);
int runBackupCommand(const QStringList &arguments);
int runRestoreCommand(const QStringList &arguments);
int runYearCommand(const QStringList &arguments);
