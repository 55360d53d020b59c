#pragma once

#include <QStringList>

class DiaryLock;

/// The graphical side of the command line, for main.cpp: each takes the arguments after
/// the program name (the subcommand included) and returns the exit status. A QApplication
/// must exist.

/// `hoego [--db FILE]`: opens the main window on the diary.
int runGui(const QStringList &arguments);

/// `hoego screenshot [--db FILE] [--view V] [--entry ID] [--size WxH] OUT.png`.
int runScreenshot(const QStringList &arguments);

/// The read-only banner's sentence for a window whose diary's @p lock could not be taken;
/// @p lockError is DiaryLock::lock()'s sentence, used when no other Hoego holds the lock.
QString readOnlyReason(const DiaryLock &lock, const QString &lockError);
