#pragma once

#include <QCommandLineOption>

#include <memory>

class Database;
class QCommandLineParser;

/// The `--db FILE` option every subcommand takes: the diary to use instead of the default
/// one in the user's data folder.
QCommandLineOption diaryOption();

/// Opens the diary named by @p parser's --db option (or the default one). On failure prints
/// the reason on stderr and returns null.
std::unique_ptr<Database> openDiary(const QCommandLineParser &parser);

/// Whether openDiary() takes the diary's lock. runCliCommand() sets it for every subcommand
/// except the read-only ones it names.
void setDiaryLockRequired(bool required);

/// Parses @p arguments (subcommand first) with @p parser, which has its options and
/// positional arguments already; prints usage errors on stderr. Returns false on an error
/// or after --help (then @p exitCode says which).
bool parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);
