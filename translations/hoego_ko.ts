<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>Backup</name>
    <message>
        <source>Cannot create the backup folder %1. Check that the disk is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up the diary %1 into %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot name the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the old backups %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is empty: it is not a Hoego diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Hoego diary (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of Hoego (schema %2; this version knows %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Hoego diary: it has no diary schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged (the integrity check reports: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Hoego diary: it lacks the tables %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the diary itself, not a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the diary %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep a copy of the current diary in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 beside the diary: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace the diary %1 with the backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use the diary in FILE instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the diary&apos;s entries, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries of year Y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries of kind K (daily, weekly, halfyear, yearly, note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year takes a year such as 2023, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind takes daily, weekly, halfyear, yearly or note, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments: &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the diary, best match first. Words must all match, anywhere inside words; &quot;a b&quot; is a phrase, -word excludes, ㅎㄱ searches initial consonants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries tagged T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N results (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array of objects with id, date, kind, title, snippet, highlights ([start, length] in UTF-16 units inside snippet) and score (higher is better).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to search for; empty lists by the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a positive number, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the characters, words and manuscript pages of the text a reader sees in a Markdown file.</source>
        <translation>Markdown 파일에서 독자가 보는 글의 글자 수, 어절 수, 원고지 매수를 셉니다.</translation>
    </message>
    <message>
        <source>The Markdown file (UTF-8); - or nothing reads standard input.</source>
        <translation>Markdown 파일(UTF-8). -를 주거나 생략하면 표준 입력을 읽습니다.</translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>JSON 객체로 출력합니다.</translation>
    </message>
    <message>
        <source>stats takes one file, not %1.</source>
        <translation>stats에는 파일을 하나만 줄 수 있습니다(받은 파일: %1개).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1은(는) UTF-8 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <source>Characters (with spaces)</source>
        <translation>글자 수(공백 포함)</translation>
    </message>
    <message>
        <source>Characters (without spaces)</source>
        <translation>글자 수(공백 제외)</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>어절</translation>
    </message>
    <message>
        <source>Hangul syllables</source>
        <translation>한글 음절</translation>
    </message>
    <message>
        <source>Latin words</source>
        <translation>영문 단어</translation>
    </message>
    <message>
        <source>UTF-8 bytes</source>
        <translation>UTF-8 바이트</translation>
    </message>
    <message>
        <source>CP949 bytes</source>
        <translation>CP949 바이트</translation>
    </message>
    <message>
        <source>Not encodable in CP949</source>
        <translation>CP949로 나타낼 수 없는 글자</translation>
    </message>
    <message>
        <source>Manuscript pages (200 cells)</source>
        <translation>원고지 매수(200자 원고지)</translation>
    </message>
    <message>
        <source>Reading time (minutes)</source>
        <translation>읽는 시간(분)</translation>
    </message>
    <message>
        <source>Back up the whole diary into DIR (default: the backups folder beside the diary) and print the backup&apos;s path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup takes at most one folder: &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the diary with BACKUP. The backup is checked first, and the current diary is backed up into the backups folder beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore takes one backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous diary is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountLabel</name>
    <message>
        <source>%1 characters (%2 without spaces) · %3 words · %4 manuscript pages</source>
        <translation>%1자 (공백 제외 %2자) · %3어절 · 원고지 %4매</translation>
    </message>
    <message>
        <source>Selection: %1</source>
        <translation>선택: %1</translation>
    </message>
    <message>
        <source>Characters with spaces: %1
Characters without spaces: %2
Words: %3
Hangul syllables: %4
Latin words: %5
UTF-8 bytes: %6
CP949 bytes: %7 (%8 characters not encodable)
Manuscript pages (200 cells): %9
Reading time: %10 minutes</source>
        <translation>공백 포함 글자 수: %1
공백 제외 글자 수: %2
어절: %3
한글 음절: %4
영문 단어: %5
UTF-8 바이트: %6
CP949 바이트: %7 (나타낼 수 없는 글자 %8자)
원고지 매수(200자 원고지): %9
읽는 시간: %10분</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The folder of the diary %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the diary %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary %1 is damaged (%2). Restore a backup with hoego restore, or open another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Hoego diary (%2). Open another file or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Hoego (schema %2; this version knows %3). Update Hoego to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the diary %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the diary %1 to this version of Hoego: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Hoego diary. Open another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary %1 is damaged (%2). Restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary %1 is damaged (the integrity check reports: %2). Restore a backup with hoego restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary %1 is damaged: it lacks the tables %2. Restore a backup with hoego restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryLock</name>
    <message>
        <source>The diary %1 is in use by another Hoego (process %2 on %3). Close it and try again, or open the diary read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary %1 is in use by another Hoego. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the diary %1: its folder is not writable. Make the folder writable, or open the diary read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the diary %1 (lock file %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryStore</name>
    <message>
        <source>The diary could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is no longer in the diary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Match case</source>
        <translation>대소문자 구분</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>바꿀 말</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>모두 바꾸기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>찾아 바꾸기</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n곳 바꿈</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>찾지 못함</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n곳 찾음</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalStore</name>
    <message>
        <source>The goals could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no goal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in needs a valid week or span of weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence runs from 1 to 10, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlinePane</name>
    <message>
        <source>Outline</source>
        <translation>개요</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>링크 열기</translation>
    </message>
    <message>
        <source>Open %1 in the web browser?</source>
        <translation>%1을(를) 웹 브라우저에서 열까요?</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>SQLite refused the search index&apos;s functions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite refused the search index&apos;s functions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchStore</name>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellCheckDecorator</name>
    <message>
        <source>No Suggestions</source>
        <translation>추천할 말 없음</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to Dictionary</source>
        <translation>‘%1’을(를) 사전에 추가</translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>Could not save the personal dictionary %1: %2</source>
        <translation>개인 사전 %1을(를) 저장할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>TickCommand</name>
    <message>
        <source>Tick goal in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick goal in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no goal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in needs a valid ISO week such as 2023-W05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “%1” in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick “%1” in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week&apos;s entry was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd, MMM d, yyyy</source>
        <comment>QDate format of an entry&apos;s date in the timeline (Korean: yyyy년 M월 d일 (ddd))</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>year heading in the timeline (Korean: %1년)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
