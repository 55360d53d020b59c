#pragma once

namespace KSyntaxHighlighting {
class Repository;
}

/// The process's one KSyntaxHighlighting repository (every definition's metadata and every
/// theme), shared by the editor, the preview and the year review. Building it reads a few
/// hundred definition headers; loading the Markdown definition then reads the XML of every
/// language its code fences embed: together about 90 ms on these machines, a quarter of the
/// time from start to the first paint if done in line.
///
/// preloadSyntaxRepository() does that work on a thread of its own, started as the GUI starts,
/// so it overlaps the platform's start-up, opening the diary and building the window.
/// syntaxRepository() waits for it, or builds the repository on the calling thread when nothing
/// preloaded it (tests, the command line).
///
/// Both are for the GUI thread only; after syntaxRepository() returns, the repository lives on
/// that thread (a Repository is not safe to use from two threads at once) until the process ends.

/// Starts building the repository and loading the Markdown definition on a worker thread.
/// Does nothing when called again or after syntaxRepository().
void preloadSyntaxRepository();

/// The shared repository, waiting for the preload to finish if one is running.
const KSyntaxHighlighting::Repository &syntaxRepository();
