#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QThread>

#include <future>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<KSyntaxHighlighting::Repository> s_repository;
std::future<std::unique_ptr<KSyntaxHighlighting::Repository>> s_preload;

/// Runs on the preloading thread, or on @p owner itself.
std::unique_ptr<KSyntaxHighlighting::Repository> loadRepository(QThread *owner)
{
    auto repository = std::make_unique<KSyntaxHighlighting::Repository>();
    // A definition loads on first use, with every definition its rules include; asking for
    // the included ones loads them here rather than at the first highlighted line.
    repository->definitionForName(u"Markdown"_s).includedDefinitions();
    repository->moveToThread(owner); // a QObject can only be pushed by its own thread
    return repository;
}

} // namespace

void preloadSyntaxRepository()
{
    if (s_repository || s_preload.valid())
        return;
    s_preload = std::async(std::launch::async, loadRepository, QThread::currentThread());
}

const KSyntaxHighlighting::Repository &syntaxRepository()
{
    if (!s_repository)
        s_repository = s_preload.valid() ? s_preload.get() : loadRepository(QThread::currentThread());
    return *s_repository;
}
