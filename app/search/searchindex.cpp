#include "search/searchindex.h"

#include "diary/inlinetags.h"
#include "search/searchtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// --- UTF-8 ---------------------------------------------------------------------------

// Decodes the code point at @p i of @p text (length @p n); returns its length in bytes.
// Invalid bytes decode as U+FFFD one byte at a time, so the tokenizer never stalls.
int decodeUtf8(const unsigned char *text, int n, int i, char32_t *c)
{
    const unsigned char b = text[i];
    int length = 1;
    char32_t value = 0xFFFD;
    if (b < 0x80) {
        value = b;
    } else if ((b & 0xE0) == 0xC0 && i + 1 < n) {
        length = 2;
        value = (b & 0x1F) << 6 | (text[i + 1] & 0x3F);
    } else if ((b & 0xF0) == 0xE0 && i + 2 < n) {
        length = 3;
        value = (b & 0x0F) << 12 | (text[i + 1] & 0x3F) << 6 | (text[i + 2] & 0x3F);
    } else if ((b & 0xF8) == 0xF0 && i + 3 < n) {
        length = 4;
        value = (b & 0x07) << 18 | (text[i + 1] & 0x3F) << 12 | (text[i + 2] & 0x3F) << 6 | (text[i + 3] & 0x3F);
    }
    *c = value;
    return length;
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// --- The tokenizer -------------------------------------------------------------------

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

struct RunChar
{
    char32_t folded;
    int start;
    int end;
};

// Emits a run of one script class (see searchindex.h): a word as one token, a Hangul run as
// its pairs and then its last character.
int emitRun(const std::vector<RunChar> &run, void *context, TokenCallback token, std::string &buffer)
{
    if (run.empty())
        return SQLITE_OK;
    if (!SearchText::isPairScript(run.front().folded)) {
        buffer.clear();
        for (const RunChar &c : run)
            appendUtf8(buffer, c.folded);
        return token(context, 0, buffer.data(), int(buffer.size()), run.front().start, run.back().end);
    }
    for (size_t i = 0; i + 1 < run.size(); ++i) {
        buffer.clear();
        appendUtf8(buffer, run[i].folded);
        appendUtf8(buffer, run[i + 1].folded);
        const int rc = token(context, 0, buffer.data(), int(buffer.size()), run[i].start, run[i + 1].end);
        if (rc != SQLITE_OK)
            return rc;
    }
    buffer.clear();
    appendUtf8(buffer, run.back().folded);
    return token(context, 0, buffer.data(), int(buffer.size()), run.back().start, run.back().end);
}

int tokenizeDocument(void *context, const char *text, int length, TokenCallback token)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text);
    std::vector<RunChar> run;
    std::string buffer;
    int i = 0;
    while (i < length) {
        char32_t c = 0;
        const int size = decodeUtf8(bytes, length, i, &c);
        const bool word = SearchText::isWordChar(c);
        if (word && !run.empty() && SearchText::isPairScript(c) != SearchText::isPairScript(run.front().folded)) {
            if (const int rc = emitRun(run, context, token, buffer); rc != SQLITE_OK)
                return rc;
            run.clear();
        }
        if (word) {
            run.push_back({SearchText::fold(c), i, i + size});
        } else if (!run.empty()) {
            if (const int rc = emitRun(run, context, token, buffer); rc != SQLITE_OK)
                return rc;
            run.clear();
        }
        i += size;
    }
    return emitRun(run, context, token, buffer);
}

// Query text is already made of tokens (SearchQuery writes them): split on spaces only.
int tokenizeQuery(void *context, const char *text, int length, TokenCallback token)
{
    int start = 0;
    for (int i = 0; i <= length; ++i) {
        if (i == length || text[i] == ' ') {
            if (i > start) {
                if (const int rc = token(context, 0, text + start, i - start, start, i); rc != SQLITE_OK)
                    return rc;
            }
            start = i + 1;
        }
    }
    return SQLITE_OK;
}

// The tokenizer has no state; any non-null handle will do.
int tokenizerCreate(void *, const char **, int, Fts5Tokenizer **out)
{
    static char handle;
    *out = reinterpret_cast<Fts5Tokenizer *>(&handle);
    return SQLITE_OK;
}

void tokenizerDelete(Fts5Tokenizer *)
{ }

int tokenizerTokenize(Fts5Tokenizer *, void *context, int flags, const char *text, int length, TokenCallback token)
{
    if (flags & FTS5_TOKENIZE_QUERY)
        return tokenizeQuery(context, text, length, token);
    return tokenizeDocument(context, text, length, token);
}

// --- SQL functions -------------------------------------------------------------------

QString argument(sqlite3_value *value)
{
    const auto *text = static_cast<const char16_t *>(sqlite3_value_text16(value));
    if (!text)
        return {};
    return QString::fromUtf16(text, sqlite3_value_bytes16(value) / 2);
}

void resultText(sqlite3_context *context, const QString &text)
{
    sqlite3_result_text16(context, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

// The trigger computes the body for the body column and again for the initials: the last
// document is remembered so the second call costs a comparison.
QString cachedPlainBody(const QString &document)
{
    thread_local QString lastDocument;
    thread_local QString lastBody;
    if (document.size() != lastDocument.size() || document != lastDocument) {
        lastBody = SearchText::plainBody(document);
        lastDocument = document;
    }
    return lastBody;
}

void plainTitleFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    resultText(context, SearchText::plainTitle(argument(values[0])));
}

void plainBodyFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    resultText(context, cachedPlainBody(argument(values[0])));
}

void initialsFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    const QString title = SearchText::plainTitle(argument(values[0]));
    const QString body = cachedPlainBody(argument(values[1]));
    resultText(context, SearchText::initials(QString(title + u'\n' + body)));
}

// Migration 4 derives the body's fields of existing entries with these; EntryStore does the
// same for every later write (InlineTags::deriveBodyFields).
void inlineTagsFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    const QString text = argument(values[0]);
    const QStringList names = InlineTags::names(InlineTags::find(text));
    resultText(
        context, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact)));
}

void openTasksFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    Entry entry;
    entry.text = argument(values[0]);
    InlineTags::deriveBodyFields(entry);
    sqlite3_result_int(context, entry.hasOpenTasks ? 1 : 0);
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

// Runs for every new connection. A connection without FTS5 still opens: the migration
// that creates the index then reports what is missing.
int initConnection(sqlite3 *db, char **, const sqlite3_api_routines *)
{
    constexpr int flags = SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    sqlite3_create_function_v2(
        db, "hoego_search_title", 1, flags, nullptr, plainTitleFunction, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(
        db, "hoego_search_body", 1, flags, nullptr, plainBodyFunction, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(
        db, "hoego_search_initials", 2, flags, nullptr, initialsFunction, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(
        db, "hoego_inline_tags", 1, flags, nullptr, inlineTagsFunction, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "hoego_open_tasks", 1, flags, nullptr, openTasksFunction, nullptr, nullptr, nullptr);
    if (fts5_api *api = fts5Api(db)) {
        fts5_tokenizer tokenizer {tokenizerCreate, tokenizerDelete, tokenizerTokenize};
        api->xCreateTokenizer(api, "hoego", nullptr, &tokenizer, nullptr);
    }
    return SQLITE_OK;
}

bool registerOnce(QString *error)
{
    const int rc = sqlite3_auto_extension(reinterpret_cast<void (*)()>(initConnection));
    if (rc == SQLITE_OK)
        return true;
    if (error) {
        *error = QCoreApplication::translate("Search", "SQLite refused the search index's functions: %1")
                     .arg(QString::fromUtf8(sqlite3_errstr(rc)));
    }
    return false;
}

} // namespace

bool registerSearchExtension(QString *error)
{
    // sqlite3_auto_extension ignores a second registration of the same entry point;
    // the flag only spares the call.
    static const bool registered = registerOnce(error);
    if (!registered && error && error->isEmpty())
        *error = QCoreApplication::translate("Search", "SQLite refused the search index's functions.");
    return registered;
}

// Registered when the program starts, so that any connection (also one a test opens
// directly through QSQLITE) can read and write a diary that has the index.
static void registerAtStartup()
{
    registerSearchExtension(nullptr);
}
Q_CONSTRUCTOR_FUNCTION(registerAtStartup)
