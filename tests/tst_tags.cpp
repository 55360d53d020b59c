#include "diary/inlinetags.h"
#include "io/entrydocument.h"
#include "io/tagrename.h"
#include "oldschema.h"
#include "storage/database.h"
#include "storage/entrystore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Inline `#tags` (diary/inlinetags.h), the derived tags and open-task flag stored with each
// entry, and renaming and merging tags through the entries' text (io/tagrename.h).
class tst_Tags : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void inlineTags_data();
    void inlineTags();
    void offsetsAreTheTexts();
    void validNames_data();
    void validNames();
    void bodyFields_data();
    void bodyFields();
    void renameInText_data();
    void renameInText();
    void storedTagsFollowTheText();
    void renameAndMergeAcrossTheDiary();
    void renameRefusesABadName();
    void undoPutsTheTextsBack();
    void migrationDerivesExistingEntries();
};

void tst_Tags::inlineTags_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tags");

    QTest::newRow("Korean") << u"오늘은 #회고 를 했다"_s << QStringList {u"회고"_s};
    QTest::newRow("English") << u"Learning #qt today"_s << QStringList {u"qt"_s};
    QTest::newRow("at the start") << u"#일기\n둘째 줄"_s << QStringList {u"일기"_s};
    QTest::newRow("punctuation ends a tag")
        << u"#회고, #일기. #qt! #책?"_s << QStringList {u"회고"_s, u"일기"_s, u"qt"_s, u"책"_s};
    QTest::newRow("an emoji ends a tag") << u"#행복😀 좋다"_s << QStringList {u"행복"_s};
    QTest::newRow("a particle is part of it") << u"#회고를 썼다"_s << QStringList {u"회고를"_s};
    QTest::newRow("hyphen and underscore inside")
        << u"#year-in-review #a_b- #c_"_s << QStringList {u"year-in-review"_s, u"a_b"_s, u"c"_s};
    QTest::newRow("digits with a letter") << u"#qt6 #3d"_s << QStringList {u"qt6"_s, u"3d"_s};
    QTest::newRow("numbers alone are not tags") << u"#1 이슈, #2023 년"_s << QStringList {};
    QTest::newRow("same tag twice, any case") << u"#Qt and #qt and #QT"_s << QStringList {u"Qt"_s};
    QTest::newRow("in brackets and quotes") << u"(#괄호) “#인용”"_s << QStringList {u"괄호"_s, u"인용"_s};
    QTest::newRow("not after a letter") << u"C# and a#b"_s << QStringList {};
    QTest::newRow("not escaped") << u"\\#not a tag"_s << QStringList {};
    QTest::newRow("not a heading") << u"# 제목\n\n## 소제목 #안쪽\n\n#태그"_s << QStringList {u"안쪽"_s, u"태그"_s};
    QTest::newRow("not in a code span") << u"`#code` and #real"_s << QStringList {u"real"_s};
    QTest::newRow("not in a fence") << u"```\n#fenced\n```\n\n#after"_s << QStringList {u"after"_s};
    QTest::newRow("not in a tilde fence") << u"~~~ cpp\n#include <x>\n~~~\n"_s << QStringList {};
    QTest::newRow("not in indented code") << u"text\n\n    #indented\n\n#after"_s << QStringList {u"after"_s};
    QTest::newRow("not in an autolink") << u"see https://example.com/#anchor and <https://x.org/#b> #yes"_s
                                        << QStringList {u"yes"_s};
    QTest::newRow("not in a link") << u"[#text](https://x.org/#frag) #yes"_s << QStringList {u"yes"_s};
    QTest::newRow("not in an image") << u"![#alt](a.png) #yes"_s << QStringList {u"yes"_s};
    QTest::newRow("not in raw HTML") << u"<a href=\"#top\">up</a> #yes"_s << QStringList {u"yes"_s};
    QTest::newRow("not in the front matter")
        << u"---\ntitle: \"#x\"\ntags: [a]\n---\n#body"_s << QStringList {u"body"_s};
    QTest::newRow("in lists, quotes and tables")
        << u"- #목록\n\n> #인용\n\n| a |\n|---|\n| #표 |\n"_s << QStringList {u"목록"_s, u"인용"_s, u"표"_s};
    QTest::newRow("inside emphasis") << u"**#굵게** 글"_s << QStringList {u"굵게"_s};
}

void tst_Tags::inlineTags()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tags);
    QCOMPARE(InlineTags::names(InlineTags::find(text)), tags);
}

void tst_Tags::offsetsAreTheTexts()
{
    const QString text = u"---\ntags: [a]\n---\n가 #회고, `#x` #Qt6."_s;
    const QList<InlineTag> tags = InlineTags::find(text);
    QCOMPARE(tags.size(), 2);
    QCOMPARE(text.mid(tags.at(0).start, tags.at(0).length), u"#회고"_s);
    QCOMPARE(tags.at(0).name, u"회고"_s);
    QCOMPARE(text.mid(tags.at(1).start, tags.at(1).length), u"#Qt6"_s);
}

void tst_Tags::validNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("Korean") << u"회고"_s << true;
    QTest::newRow("hyphenated") << u"year-in-review"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << u"two words"_s << false;
    QTest::newRow("number") << u"2023"_s << false;
    QTest::newRow("trailing hyphen") << u"tag-"_s << false;
    QTest::newRow("punctuation") << u"a.b"_s << false;
}

void tst_Tags::validNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(InlineTags::isValidName(name), valid);
}

void tst_Tags::bodyFields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QStringList>("inlineTags");
    QTest::addColumn<bool>("openTasks");

    QTest::newRow("front matter and body")
        << u"---\ntags: [회고, weekly]\n---\n#회고 #Qt\n\n- [ ] 책 읽기\n- [x] 운동\n"_s
        << QStringList {u"회고"_s, u"weekly"_s} << QStringList {u"Qt"_s} << true;
    QTest::newRow("all ticked") << u"- [x] 운동\n- [X] 독서\n"_s << QStringList {} << QStringList {} << false;
    QTest::newRow("a task in a fence is no task")
        << u"```\n- [ ] 예시\n```\n"_s << QStringList {} << QStringList {} << false;
    QTest::newRow("nested open task") << u"- 목표\n  - [ ] 하위\n"_s << QStringList {} << QStringList {} << true;
    QTest::newRow("a bracket that is no task") << u"[ ] 그냥 글\n"_s << QStringList {} << QStringList {} << false;
}

void tst_Tags::bodyFields()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tags);
    QFETCH(QStringList, inlineTags);
    QFETCH(bool, openTasks);
    Entry entry;
    applyText(entry, text);
    QCOMPARE(entry.tags, tags);
    QCOMPARE(entry.inlineTags, inlineTags);
    QCOMPARE(entry.hasOpenTasks, openTasks);
    QCOMPARE(entry.allTags(), tags + inlineTags);
}

void tst_Tags::renameInText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected");

    QTest::newRow("flow list and inline")
        << u"---\ntitle: t\ntags: [회고, qt]\nlayout: post\n---\n본문 #회고, 끝 `#회고`\n"_s << u"회고"_s << u"retro"_s
        << u"---\ntitle: t\ntags: [retro, qt]\nlayout: post\n---\n본문 #retro, 끝 `#회고`\n"_s;
    QTest::newRow("block list") << u"---\ntags:\n- a\n- b\ntitle: x\n---\n"_s << u"a"_s << u"c"_s
                                << u"---\ntags: [c, b]\ntitle: x\n---\n"_s;
    QTest::newRow("indented block list") << u"---\ntags:\n  - a\n  - b\n---\nx\n"_s << u"b"_s << u"일기"_s
                                         << u"---\ntags: [a, 일기]\n---\nx\n"_s;
    QTest::newRow("space-separated string")
        << u"---\ntags: a b\n---\n"_s << u"a"_s << u"c"_s << u"---\ntags: [c, b]\n---\n"_s;
    QTest::newRow("singular key") << u"---\ntag: a\n---\n"_s << u"A"_s << u"c"_s << u"---\ntag: [c]\n---\n"_s;
    QTest::newRow("merge keeps one") << u"---\ntags: [a, b]\n---\n#a and #b\n"_s << u"a"_s << u"b"_s
                                     << u"---\ntags: [b]\n---\n#b and #b\n"_s;
    QTest::newRow("case of the old name ignored") << u"#QT and #qt.\n"_s << u"qt"_s << u"Qt"_s << u"#Qt and #Qt.\n"_s;
    QTest::newRow("only the whole tag") << u"#회고록 #회고\n"_s << u"회고"_s << u"retro"_s << u"#회고록 #retro\n"_s;
    QTest::newRow("other keys untouched") << u"---\ntitle: \"a: b\"\ntags: [x] # 주석\nlayout: post\n---\n"_s << u"x"_s
                                          << u"z"_s << u"---\ntitle: \"a: b\"\ntags: [z]\nlayout: post\n---\n"_s;
    QTest::newRow("a name that needs quotes")
        << u"---\ntags: [a]\n---\n"_s << u"a"_s << u"true"_s << u"---\ntags: [\"true\"]\n---\n"_s;
    QTest::newRow("without the tag") << u"---\ntags: [a]\n---\n#b\n"_s << u"c"_s << u"d"_s
                                     << u"---\ntags: [a]\n---\n#b\n"_s;
}

void tst_Tags::renameInText()
{
    QFETCH(QString, text);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    QCOMPARE(renameTagInText(text, from, to), expected);
}

namespace {

struct Diary
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<EntryStore> store;

    bool open()
    {
        database = std::make_unique<Database>(dir.filePath(u"tags.sqlite"_s));
        QString error;
        if (!database->open(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        store = std::make_unique<EntryStore>(*database);
        return true;
    }

    qint64 add(const QString &text, QDate date)
    {
        Entry entry;
        entry.date = date;
        applyText(entry, text);
        QString error;
        if (!store->insert(entry, &error))
            qWarning("%s", qPrintable(error));
        return entry.id;
    }
};

} // namespace

// What the store keeps is what the text says, also when a caller sets the text without
// deriving (a template entry, an edit through another path).
void tst_Tags::storedTagsFollowTheText()
{
    Diary diary;
    QVERIFY(diary.open());
    Entry entry;
    entry.date = QDate(2024, 3, 1);
    entry.tags = {u"weekly"_s};
    entry.text = u"---\ntags: [weekly]\n---\n#회고 #Weekly\n\n- [ ] 책\n"_s;
    QString error;
    QVERIFY2(diary.store->insert(entry, &error), qPrintable(error));
    std::optional<Entry> stored = diary.store->entry(entry.id);
    QVERIFY(stored);
    QCOMPARE(stored->tags, QStringList {u"weekly"_s});
    QCOMPARE(stored->inlineTags, QStringList {u"회고"_s});
    QVERIFY(stored->hasOpenTasks);

    applyText(*stored, u"---\ntags: [weekly]\n---\n#일기\n\n- [x] 책\n"_s);
    QVERIFY2(diary.store->update(*stored, &error), qPrintable(error));
    stored = diary.store->entry(entry.id);
    QCOMPARE(stored->inlineTags, QStringList {u"일기"_s});
    QVERIFY(!stored->hasOpenTasks);
    QCOMPARE(diary.store->tagCounts(), (QList<TagCount> {{u"weekly"_s, 1}, {u"일기"_s, 1}}));
}

void tst_Tags::renameAndMergeAcrossTheDiary()
{
    Diary diary;
    QVERIFY(diary.open());
    const qint64 first = diary.add(u"---\ntitle: 하나\ntags: [회고]\n---\n오늘 #회고 #qt\n"_s, QDate(2024, 1, 1));
    const qint64 second = diary.add(u"둘째 #회고, `#회고`\n"_s, QDate(2024, 1, 2));
    const qint64 third = diary.add(u"---\ntags: [retro]\n---\n#Qt\n"_s, QDate(2024, 1, 3));
    QCOMPARE(diary.store->tagCounts(), (QList<TagCount> {{u"Qt"_s, 2}, {u"회고"_s, 2}, {u"retro"_s, 1}}));

    QSignalSpy reset(diary.store.get(), &EntryStore::entriesReset);
    QString error;
    const std::optional<TagRename> renamed = renameTag(*diary.store, u"회고"_s, u"retro"_s, &error);
    QVERIFY2(renamed, qPrintable(error));
    QCOMPARE(renamed->changes.size(), 2);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(diary.store->entry(first)->text, u"---\ntitle: 하나\ntags: [retro]\n---\n오늘 #retro #qt\n"_s);
    QCOMPARE(diary.store->entry(second)->text, u"둘째 #retro, `#회고`\n"_s);
    QCOMPARE(diary.store->entry(second)->inlineTags, QStringList {u"retro"_s});
    QCOMPARE(diary.store->entry(third)->text, u"---\ntags: [retro]\n---\n#Qt\n"_s);
    QCOMPARE(diary.store->tagCounts(), (QList<TagCount> {{u"retro"_s, 3}, {u"Qt"_s, 2}}));
    QCOMPARE(diary.store->entriesWithTag(u"회고"_s), QList<qint64> {});

    // Merging qt into retro: the first entry then has retro once.
    QVERIFY2(renameTag(*diary.store, u"qt"_s, u"retro"_s, &error), qPrintable(error));
    QCOMPARE(diary.store->entry(first)->text, u"---\ntitle: 하나\ntags: [retro]\n---\n오늘 #retro #retro\n"_s);
    QCOMPARE(diary.store->entry(first)->allTags(), QStringList {u"retro"_s});
    QCOMPARE(diary.store->tagCounts(), (QList<TagCount> {{u"retro"_s, 3}}));
}

void tst_Tags::renameRefusesABadName()
{
    Diary diary;
    QVERIFY(diary.open());
    const qint64 id = diary.add(u"#회고\n"_s, QDate(2024, 1, 1));
    QString error;
    QVERIFY(!renameTag(*diary.store, u"회고"_s, u"two words"_s, &error));
    QVERIFY(error.contains(u"two words"_s));
    QCOMPARE(diary.store->entry(id)->text, u"#회고\n"_s);
    // A leading '#' is the user's way of writing a tag, not part of its name.
    QVERIFY2(renameTag(*diary.store, u"회고"_s, u"#일기"_s, &error), qPrintable(error));
    QCOMPARE(diary.store->entry(id)->text, u"#일기\n"_s);
}

void tst_Tags::undoPutsTheTextsBack()
{
    Diary diary;
    QVERIFY(diary.open());
    const QString firstText = u"---\ntags: [a, b]\n---\n#a\n"_s;
    const QString secondText = u"#a #c\n"_s;
    const qint64 first = diary.add(firstText, QDate(2024, 1, 1));
    const qint64 second = diary.add(secondText, QDate(2024, 1, 2));
    QString error;
    const std::optional<TagRename> merged = renameTag(*diary.store, u"a"_s, u"b"_s, &error);
    QVERIFY2(merged, qPrintable(error));
    QCOMPARE(diary.store->entry(first)->tags, QStringList {u"b"_s});

    QVERIFY2(undoTagRename(*diary.store, *merged, &error), qPrintable(error));
    QCOMPARE(diary.store->entry(first)->text, firstText);
    QCOMPARE(diary.store->entry(first)->tags, (QStringList {u"a"_s, u"b"_s}));
    QCOMPARE(diary.store->entry(second)->text, secondText);
    QCOMPARE(diary.store->entry(second)->inlineTags, (QStringList {u"a"_s, u"c"_s}));

    // An entry edited after the rename keeps its edit, and the undo says so.
    const std::optional<TagRename> again = renameTag(*diary.store, u"a"_s, u"z"_s, &error);
    QVERIFY2(again, qPrintable(error));
    Entry edited = *diary.store->entry(second);
    applyText(edited, u"#z 고쳤다\n"_s);
    QVERIFY2(diary.store->update(edited, &error), qPrintable(error));
    QVERIFY(!undoTagRename(*diary.store, *again, &error));
    QVERIFY(error.contains(u"2024-01-02"_s));
    QCOMPARE(diary.store->entry(second)->text, u"#z 고쳤다\n"_s);
    QCOMPARE(diary.store->entry(first)->text, firstText);
}

// A diary from before inline tags gets them, and the open-task flag, from its texts.
void tst_Tags::migrationDerivesExistingEntries()
{
    const qsizetype tagsVersion = migrationContaining(u"hoego_inline_tags"_s);
    QVERIFY(tagsVersion > 0);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QCOMPARE(makeSchemaVersion(db, tagsVersion), QString());
        QSqlQuery query(db);
        QVERIFY(query.prepare(u"INSERT INTO entries (id, kind, date, title, text, created, updated) "
                              "VALUES (?, 'daily', ?, '', ?, '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z')"_s));
        const QList<std::tuple<int, QString, QString>> rows {
            {1, u"2023-01-01"_s, u"---\ntags: [회고]\n---\n#회고 #Qt `#code`\n\n- [ ] 할 일\n"_s},
            {2, u"2023-01-02"_s, u"- [x] 끝\n#qt\n"_s},
            {3, u"2023-01-03"_s, u"태그 없음\n"_s},
        };
        for (const auto &[id, date, text] : rows) {
            query.addBindValue(id);
            query.addBindValue(date);
            query.addBindValue(text);
            QVERIFY(query.exec());
        }
        QVERIFY(query.exec(u"INSERT INTO entry_tags (entry_id, position, tag) VALUES (1, 0, '회고')"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);

    Database database(path);
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    QCOMPARE(database.userVersion(), Database::latestSchemaVersion());
    EntryStore store(database);
    QCOMPARE(store.entry(1)->tags, QStringList {u"회고"_s});
    QCOMPARE(store.entry(1)->inlineTags, QStringList {u"Qt"_s});
    QVERIFY(store.entry(1)->hasOpenTasks);
    QCOMPARE(store.entry(2)->inlineTags, QStringList {u"qt"_s});
    QVERIFY(!store.entry(2)->hasOpenTasks);
    QCOMPARE(store.entry(3)->allTags(), QStringList {});
    QCOMPARE(store.entriesWithTag(u"QT"_s), (QList<qint64> {2, 1}));
}

QTEST_GUILESS_MAIN(tst_Tags)
#include "tst_tags.moc"
