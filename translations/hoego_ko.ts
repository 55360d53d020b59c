<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AppActions</name>
    <message>
        <source>&amp;New Entry</source>
        <translation>새 항목(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>폴더 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Start an entry for today</source>
        <translation>오늘 날짜로 새 항목을 씁니다</translation>
    </message>
    <message>
        <source>Import Markdown files such as Jekyll posts</source>
        <translation>Jekyll 글 같은 마크다운 파일을 가져옵니다</translation>
    </message>
    <message>
        <source>Import every Markdown file in a folder and its subfolders</source>
        <translation>폴더와 하위 폴더의 마크다운 파일을 모두 가져옵니다</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>시스템 언어</translation>
    </message>
</context>
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
    <message>
        <source>Write every entry as a Jekyll post to DIR/_posts/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Jekyll site folder to write _posts/ into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes exactly one folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Markdown files and folders of them (Jekyll posts, .md and .markdown) into the diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file, or a folder searched recursively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs at least one file or folder.</source>
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
    <name>Exporter</name>
    <message>
        <source>%1: the folder could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be written: %2.</source>
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
    <name>GuiEntry</name>
    <message>
        <source>Opens the diary in a window.</source>
        <translation>일기장을 창으로 엽니다.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>알 수 없는 명령: %1</translation>
    </message>
    <message>
        <source>Hoego</source>
        <translation>회고</translation>
    </message>
    <message>
        <source>The diary could not be opened.</source>
        <translation>일기장을 열지 못했습니다.</translation>
    </message>
    <message>
        <source>Renders a window offscreen and writes it as a PNG image.</source>
        <translation>창을 화면에 띄우지 않고 그려서 PNG 이미지로 저장합니다.</translation>
    </message>
    <message>
        <source>The window to render: %1 (default: main).</source>
        <translation>그릴 창: %1 (기본값: main).</translation>
    </message>
    <message>
        <source>Open the entry with this id (default: the newest).</source>
        <translation>이 ID의 항목을 엽니다 (기본값: 가장 최근 항목).</translation>
    </message>
    <message>
        <source>The window&apos;s size in pixels (default: 1280x800).</source>
        <translation>창 크기, 픽셀 단위 (기본값: 1280x800).</translation>
    </message>
    <message>
        <source>The image file to write.</source>
        <translation>저장할 이미지 파일.</translation>
    </message>
    <message>
        <source>Give exactly one output file, such as main.png.</source>
        <translation>출력 파일을 하나만 지정하세요 (예: main.png).</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;; the views are: %2.</source>
        <translation>알 수 없는 보기 &quot;%1&quot;입니다. 가능한 보기: %2.</translation>
    </message>
    <message>
        <source>The size must be WIDTHxHEIGHT in pixels, from 200x150 to 8000x8000, such as 1280x800.</source>
        <translation>크기는 200x150에서 8000x8000 사이의 너비x높이(픽셀)로 지정하세요 (예: 1280x800).</translation>
    </message>
    <message>
        <source>The entry id must be a positive number, as `hoego list` shows it.</source>
        <translation>항목 ID는 `hoego list`에 나오는 양의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>Could not write the image to %1.</source>
        <translation>이미지를 %1에 쓰지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Entry %1 could not be read from the diary.</source>
        <translation>일기장에서 항목 %1을(를) 읽지 못했습니다.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Choose an entry on the timeline, or start one with File → New Entry.</source>
        <translation>타임라인에서 항목을 고르거나, 파일 → 새 항목으로 새로 시작하세요.</translation>
    </message>
    <message>
        <source>The entry could not be saved: %1</source>
        <translation>항목을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <source>The new entry could not be stored: %1</source>
        <translation>새 항목을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Import Markdown Files</source>
        <translation>마크다운 파일 가져오기</translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown);;All files (*)</source>
        <translation>마크다운 파일 (*.md *.markdown);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Markdown Files</source>
        <translation>마크다운 파일이 있는 폴더 가져오기</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Imported %1, updated %2, skipped %3, failed %4.</source>
        <translation>가져옴 %1, 갱신 %2, 건너뜀 %3, 실패 %4.</translation>
    </message>
    <message>
        <source>Some files need a look; the details list them.</source>
        <translation>확인이 필요한 파일이 있습니다. 자세히 보기에서 목록을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The new language takes effect when Hoego starts again.</source>
        <translation>새 언어는 회고를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>%1

Close anyway and lose the changes since the last save?</source>
        <translation>%1

그래도 닫을까요? 마지막으로 저장한 뒤의 변경 내용은 사라집니다.</translation>
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
    <name>Screenshot</name>
    <message>
        <source>There is no entry %1 in the diary.</source>
        <translation>일기장에 항목 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>the main window: timeline and editor</source>
        <translation>주 창: 타임라인과 편집기</translation>
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
    <name>TextDecoder</name>
    <message>
        <source>The file starts with a UTF-8 byte order mark but byte %1 is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts with a %1 byte order mark but is not valid %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text file (it holds binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor CP949: byte %1 (counting from 0) is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
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
        <translation>일기</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>주간</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>반기</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>연간</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>ddd, MMM d, yyyy</source>
        <comment>QDate format of an entry&apos;s date in the timeline (Korean: yyyy년 M월 d일 (ddd))</comment>
        <translation>yyyy년 M월 d일 (ddd)</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>year heading in the timeline (Korean: %1년)</comment>
        <translation>%1년</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
</context>
</TS>
