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
        <source>&amp;Focus Mode</source>
        <translation>집중 모드(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Typewriter Scrolling</source>
        <translation>타자기 스크롤(&amp;T)</translation>
    </message>
    <message>
        <source>Fade every paragraph but the one you are writing</source>
        <translation>쓰고 있는 문단만 또렷하게 두고 나머지 문단은 흐리게 합니다</translation>
    </message>
    <message>
        <source>Keep the line you are writing at the middle of the editor</source>
        <translation>쓰고 있는 줄을 편집기 가운데에 둡니다</translation>
    </message>
    <message>
        <source>Editor &amp;Font…</source>
        <translation>편집기 글꼴(&amp;F)…</translation>
    </message>
    <message>
        <source>Follow the System Palette</source>
        <translation>시스템 색 따르기</translation>
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
        <translation>백업 폴더 %1을(를) 만들 수 없습니다. 디스크에 쓸 수 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot back up the diary %1 into %2: %3</source>
        <translation>일기장 %1을(를) %2에 백업할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>Cannot name the backup %1.</source>
        <translation>백업 이름을 %1(으)로 정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot delete the old backups %1.</source>
        <translation>오래된 백업 %1을(를) 지울 수 없습니다.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>백업 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The backup %1 is empty: it is not a Hoego diary.</source>
        <translation>백업 %1이(가) 비어 있습니다. 회고 일기장이 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot open the backup %1: %2</source>
        <translation>백업 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a Hoego diary (%2).</source>
        <translation>%1은(는) 회고 일기장이 아닙니다 (%2).</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of Hoego (schema %2; this version knows %3).</source>
        <translation>백업 %1은(는) 더 새로운 버전의 회고로 만들어졌습니다 (스키마 %2, 이 버전은 %3까지 압니다).</translation>
    </message>
    <message>
        <source>%1 is not a Hoego diary: it has no diary schema.</source>
        <translation>%1은(는) 회고 일기장이 아닙니다. 일기장 스키마가 없습니다.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>백업 %1이(가) 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (the integrity check reports: %2).</source>
        <translation>백업 %1이(가) 손상되었습니다 (무결성 검사 결과: %2).</translation>
    </message>
    <message>
        <source>%1 is not a Hoego diary: it lacks the tables %2.</source>
        <translation>%1은(는) 회고 일기장이 아닙니다. %2 테이블이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is the diary itself, not a backup of it.</source>
        <translation>%1은(는) 백업이 아니라 일기장 자체입니다.</translation>
    </message>
    <message>
        <source>The folder of the diary %1 does not exist.</source>
        <translation>일기장 %1의 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the current diary in %1.</source>
        <translation>지금 일기장의 사본을 %1에 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 beside the diary: %2</source>
        <translation>백업 %1을(를) 일기장 옆에 복사할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot replace the diary %1 with the backup.</source>
        <translation>일기장 %1을(를) 백업으로 바꿀 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>CheckInTemplateDialog</name>
    <message>
        <source>Check-in Template</source>
        <translation>체크인 서식</translation>
    </message>
    <message>
        <source>New weekly check-ins start with this text, after their front matter. Placeholders:&lt;br&gt;&lt;code&gt;{goals}&lt;/code&gt; a task item per active goal, &lt;code&gt;{year}&lt;/code&gt; and &lt;code&gt;{week}&lt;/code&gt; the ISO week-year and week number, &lt;code&gt;{weeks}&lt;/code&gt; the week as 2023-W05 (a span for a catch-up), &lt;code&gt;{monday}&lt;/code&gt; and &lt;code&gt;{sunday}&lt;/code&gt; the first and last day. After a task item, &lt;code&gt;(confidence 7/10)&lt;/code&gt; or &lt;code&gt;(자신감 7/10)&lt;/code&gt; records how likely the goal is by December.</source>
        <translation>새 주간 체크인은 머리말 다음에 이 글로 시작합니다. 자리표시자:&lt;br&gt;&lt;code&gt;{goals}&lt;/code&gt; 진행 중인 목표마다 할 일 항목 하나, &lt;code&gt;{year}&lt;/code&gt;와 &lt;code&gt;{week}&lt;/code&gt; ISO 주 연도와 주 번호, &lt;code&gt;{weeks}&lt;/code&gt; 2023-W05 꼴의 주(몰아서 쓰는 회고는 기간), &lt;code&gt;{monday}&lt;/code&gt;와 &lt;code&gt;{sunday}&lt;/code&gt; 첫날과 마지막 날. 할 일 항목 뒤의 &lt;code&gt;(자신감 7/10)&lt;/code&gt; 또는 &lt;code&gt;(confidence 7/10)&lt;/code&gt;은 12월까지 이룰 가능성을 기록합니다.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use the diary in FILE instead of the default one.</source>
        <translation>기본 일기장 대신 FILE의 일기장을 씁니다.</translation>
    </message>
    <message>
        <source>List the diary&apos;s entries, newest first.</source>
        <translation>일기장의 항목을 최근 것부터 보여 줍니다.</translation>
    </message>
    <message>
        <source>Only entries of year Y.</source>
        <translation>Y년의 항목만.</translation>
    </message>
    <message>
        <source>Only entries of kind K (daily, weekly, halfyear, yearly, note).</source>
        <translation>종류가 K인 항목만 (daily, weekly, halfyear, yearly, note).</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>JSON 배열로 출력합니다.</translation>
    </message>
    <message>
        <source>--year takes a year such as 2023, not &apos;%1&apos;.</source>
        <translation>--year에는 2023 같은 연도를 주세요. &apos;%1&apos;은(는) 안 됩니다.</translation>
    </message>
    <message>
        <source>--kind takes daily, weekly, halfyear, yearly or note, not &apos;%1&apos;.</source>
        <translation>--kind에는 daily, weekly, halfyear, yearly, note 중 하나를 주세요. &apos;%1&apos;은(는) 안 됩니다.</translation>
    </message>
    <message>
        <source>list takes no arguments: &apos;%1&apos;.</source>
        <translation>list는 인자를 받지 않습니다: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Search the diary, best match first. Words must all match, anywhere inside words; &quot;a b&quot; is a phrase, -word excludes, ㅎㄱ searches initial consonants.</source>
        <translation>일기장을 검색해 가장 잘 맞는 것부터 보여 줍니다. 모든 낱말이 맞아야 하며 낱말 안 어디든 맞으면 됩니다. &quot;a b&quot;는 구절, -낱말은 제외, ㅎㄱ은 초성 검색입니다.</translation>
    </message>
    <message>
        <source>Only entries tagged T.</source>
        <translation>태그 T가 붙은 항목만.</translation>
    </message>
    <message>
        <source>Only entries with an unticked task item (- [ ]).</source>
        <translation>체크하지 않은 할 일(- [ ])이 있는 항목만.</translation>
    </message>
    <message>
        <source>At most N results (default 50).</source>
        <translation>결과는 최대 N개 (기본값 50).</translation>
    </message>
    <message>
        <source>Print a JSON array of objects with id, date, kind, title, snippet, highlights ([start, length] in UTF-16 units inside snippet) and score (higher is better).</source>
        <translation>id, date, kind, title, snippet, highlights(snippet 안의 [시작, 길이], UTF-16 단위), score(높을수록 좋음)를 가진 객체의 JSON 배열로 출력합니다.</translation>
    </message>
    <message>
        <source>What to search for; empty lists by the filters.</source>
        <translation>찾을 내용. 비워 두면 필터로만 목록을 보여 줍니다.</translation>
    </message>
    <message>
        <source>--limit takes a positive number, not &apos;%1&apos;.</source>
        <translation>--limit에는 양의 정수를 주세요. &apos;%1&apos;은(는) 안 됩니다.</translation>
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
        <source>Back up the whole diary into DIR (default: the backups folder beside the diary) and print the backup&apos;s path.</source>
        <translation>일기장 전체를 DIR(기본값: 일기장 옆의 backups 폴더)에 백업하고 백업 경로를 출력합니다.</translation>
    </message>
    <message>
        <source>The folder for the backup.</source>
        <translation>백업을 둘 폴더.</translation>
    </message>
    <message>
        <source>backup takes at most one folder: &apos;%1&apos;.</source>
        <translation>backup은 폴더를 하나까지만 받습니다: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Replace the diary with BACKUP. The backup is checked first, and the current diary is backed up into the backups folder beside it.</source>
        <translation>일기장을 BACKUP으로 바꿉니다. 먼저 백업을 검사하고, 지금 일기장은 옆의 backups 폴더에 백업해 둡니다.</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>복원할 백업 파일.</translation>
    </message>
    <message>
        <source>restore takes one backup file.</source>
        <translation>restore에는 백업 파일 하나를 주세요.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%2에서 %1을(를) 복원했습니다.</translation>
    </message>
    <message>
        <source>The previous diary is kept in %1.</source>
        <translation>이전 일기장은 %1에 보관했습니다.</translation>
    </message>
    <message>
        <source>Write every entry as a Jekyll post to DIR/_posts/.</source>
        <translation>모든 항목을 Jekyll 글로 DIR/_posts/에 씁니다.</translation>
    </message>
    <message>
        <source>The Jekyll site folder to write _posts/ into.</source>
        <translation>_posts/를 쓸 Jekyll 사이트 폴더.</translation>
    </message>
    <message>
        <source>export takes exactly one folder.</source>
        <translation>export에는 폴더 하나를 주세요.</translation>
    </message>
    <message>
        <source>exported %1 to %2</source>
        <translation>%1개를 %2(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Import Markdown files and folders of them (Jekyll posts, .md and .markdown) into the diary.</source>
        <translation>마크다운 파일과 그 폴더(Jekyll 글, .md와 .markdown)를 일기장으로 가져옵니다.</translation>
    </message>
    <message>
        <source>A file, or a folder searched recursively.</source>
        <translation>파일, 또는 하위 폴더까지 찾아볼 폴더.</translation>
    </message>
    <message>
        <source>import needs at least one file or folder.</source>
        <translation>import에는 파일이나 폴더를 하나 이상 주세요.</translation>
    </message>
    <message>
        <source>The diary %1 is read-only: this command cannot change it. Make the file writable, or restore a backup into a writable place.</source>
        <translation>일기장 %1은(는) 읽기 전용이라 이 명령으로 바꿀 수 없습니다. 파일을 쓰기 가능하게 하거나, 쓸 수 있는 곳에 백업을 복원하세요.</translation>
    </message>
    <message>
        <source>Render a Markdown file (or stdin) to HTML.</source>
        <translation>마크다운 파일(또는 표준 입력)을 HTML로 바꿉니다.</translation>
    </message>
    <message>
        <source>The Markdown dialect: gfm (default) or commonmark.</source>
        <translation>마크다운 방언: gfm(기본값) 또는 commonmark.</translation>
    </message>
    <message>
        <source>CJK-friendly emphasis: on (default) or off.</source>
        <translation>CJK 친화 강조: on(기본값) 또는 off.</translation>
    </message>
    <message>
        <source>The Markdown file; - or nothing reads stdin.</source>
        <translation>마크다운 파일. -이거나 비워 두면 표준 입력을 읽습니다.</translation>
    </message>
    <message>
        <source>--dialect takes gfm or commonmark, not &apos;%1&apos;.</source>
        <translation>--dialect에는 gfm이나 commonmark를 주세요. &apos;%1&apos;은(는) 안 됩니다.</translation>
    </message>
    <message>
        <source>--cjk-friendly takes on or off, not &apos;%1&apos;.</source>
        <translation>--cjk-friendly에는 on이나 off를 주세요. &apos;%1&apos;은(는) 안 됩니다.</translation>
    </message>
    <message>
        <source>render takes one file, not &apos;%1&apos;.</source>
        <translation>render에는 파일 하나만 주세요. &apos;%1&apos;은(는) 안 됩니다.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation>&apos;%1&apos;을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>A year in numbers: entries, words, days written, check-ins, goals and tags.</source>
        <translation>숫자로 보는 한 해: 항목, 낱말, 쓴 날, 체크인, 목표, 태그.</translation>
    </message>
    <message>
        <source>The calendar year, such as 2023.</source>
        <translation>2023 같은 연도.</translation>
    </message>
    <message>
        <source>year takes no arguments: &apos;%1&apos;.</source>
        <translation>year는 인자를 받지 않습니다: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>글자 수</translation>
    </message>
    <message>
        <source>Days written</source>
        <translation>쓴 날</translation>
    </message>
    <message>
        <source>Longest daily streak</source>
        <translation>가장 긴 연속 기록</translation>
    </message>
    <message>
        <source>Weekly check-ins</source>
        <translation>주간 체크인</translation>
    </message>
    <message>
        <source>Longest check-in gap (weeks)</source>
        <translation>가장 긴 체크인 공백 (주)</translation>
    </message>
    <message>
        <source>Goals done / dropped / active</source>
        <translation>목표 달성 / 포기 / 진행 중</translation>
    </message>
    <message>
        <source>Top tags</source>
        <translation>많이 쓴 태그</translation>
    </message>
    <message>
        <source>goals and check-ins in %1</source>
        <translation>목표와 체크인: %1</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db에는 파일 이름이 있어야 합니다.</translation>
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
        <source>Click to see every count</source>
        <translation>누르면 모든 셈을 봅니다</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The folder of the diary %1 does not exist.</source>
        <translation>일기장 %1의 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot open the diary %1: %2</source>
        <translation>일기장 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a Hoego diary (%2). Open another file or restore a backup.</source>
        <translation>%1은(는) 회고 일기장이 아닙니다 (%2). 다른 파일을 열거나 백업을 복원하세요.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Hoego (schema %2; this version knows %3). Update Hoego to open it.</source>
        <translation>%1은(는) 더 새로운 버전의 회고로 만들어졌습니다 (스키마 %2, 이 버전은 %3까지 압니다). 회고를 업데이트한 뒤 여세요.</translation>
    </message>
    <message>
        <source>Cannot prepare the diary %1: %2</source>
        <translation>일기장 %1을(를) 준비할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot update the diary %1 to this version of Hoego: %2</source>
        <translation>일기장 %1을(를) 이 버전의 회고에 맞게 갱신할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Hoego diary. Open another file.</source>
        <translation>%1은(는) 회고 일기장이 아니라 다른 프로그램의 SQLite 데이터베이스입니다. 다른 파일을 여세요.</translation>
    </message>
    <message>
        <source>The diary %1 is damaged (%2). Restore a backup.</source>
        <translation>일기장 %1이(가) 손상되었습니다 (%2). 백업을 복원하세요.</translation>
    </message>
    <message>
        <source>The diary %1 is damaged (the integrity check reports: %2). Restore a backup with hoego restore.</source>
        <translation>일기장 %1이(가) 손상되었습니다 (무결성 검사 결과: %2). hoego restore로 백업을 복원하세요.</translation>
    </message>
    <message>
        <source>The diary %1 is damaged: it lacks the tables %2. Restore a backup with hoego restore.</source>
        <translation>일기장 %1이(가) 손상되었습니다. %2 테이블이 없습니다. hoego restore로 백업을 복원하세요.</translation>
    </message>
    <message>
        <source>The diary %1 is damaged (%2). Restore a backup with hoego restore, or open another file.</source>
        <translation>일기장 %1이(가) 손상되었습니다 (%2). hoego restore로 백업을 복원하거나 다른 파일을 여세요.</translation>
    </message>
</context>
<context>
    <name>DiaryLock</name>
    <message>
        <source>The diary %1 is in use by another Hoego (process %2 on %3). Close it and try again, or open the diary read-only.</source>
        <translation>일기장 %1을(를) 다른 회고가 쓰고 있습니다 (%3의 프로세스 %2). 그쪽을 닫고 다시 해 보거나, 일기장을 읽기 전용으로 여세요.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>The diary %1 is in use by another Hoego. Close it and try again.</source>
        <translation>일기장 %1을(를) 다른 회고가 쓰고 있습니다. 그쪽을 닫고 다시 해 보세요.</translation>
    </message>
    <message>
        <source>Cannot lock the diary %1: its folder is not writable. Make the folder writable, or open the diary read-only.</source>
        <translation>일기장 %1을(를) 잠글 수 없습니다. 폴더에 쓸 수 없습니다. 폴더를 쓰기 가능하게 하거나, 일기장을 읽기 전용으로 여세요.</translation>
    </message>
    <message>
        <source>Cannot lock the diary %1 (lock file %2).</source>
        <translation>일기장 %1을(를) 잠글 수 없습니다 (잠금 파일 %2).</translation>
    </message>
</context>
<context>
    <name>EditingSupport</name>
    <message>
        <source>&amp;Outline</source>
        <translation>개요(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>미리 보기(&amp;P)</translation>
    </message>
    <message>
        <source>Check &amp;Spelling</source>
        <translation>맞춤법 검사(&amp;S)</translation>
    </message>
</context>
<context>
    <name>EntryStore</name>
    <message>
        <source>The diary could not be written: %1</source>
        <translation>일기장에 쓰지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Entry %1 is no longer in the diary.</source>
        <translation>항목 %1은(는) 더 이상 일기장에 없습니다.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>%1: the folder could not be created.</source>
        <translation>%1: 폴더를 만들지 못했습니다.</translation>
    </message>
    <message>
        <source>%1: could not be written: %2.</source>
        <translation>%1: 쓰지 못했습니다: %2.</translation>
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
    <name>GoalDialog</name>
    <message>
        <source>Edit goal</source>
        <translation>목표 편집</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>새 목표</translation>
    </message>
    <message>
        <source>Once: done or not</source>
        <translation>한 번: 했는지 안 했는지</translation>
    </message>
    <message>
        <source>Count: a total against a target</source>
        <translation>횟수: 목표치에 대한 합계</translation>
    </message>
    <message>
        <source>Weekly: a habit, week by week</source>
        <translation>매주: 주마다 지키는 습관</translation>
    </message>
    <message>
        <source>Open: no number</source>
        <translation>열린 목표: 숫자 없음</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>books, 권, h, 시간</source>
        <translation>권, 시간, books, h</translation>
    </message>
    <message>
        <source>Why this goal?</source>
        <translation>왜 이 목표인가요?</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>측정 방식(&amp;M):</translation>
    </message>
    <message>
        <source>T&amp;arget:</source>
        <translation>목표치(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>단위(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>이유(&amp;W):</translation>
    </message>
</context>
<context>
    <name>GoalStore</name>
    <message>
        <source>The goals could not be written: %1</source>
        <translation>목표를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>There is no goal %1.</source>
        <translation>목표 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>A check-in needs a valid week or span of weeks.</source>
        <translation>체크인에는 올바른 주 또는 주 범위가 필요합니다.</translation>
    </message>
    <message>
        <source>Confidence runs from 1 to 10, not %1.</source>
        <translation>자신감은 1부터 10까지입니다. %1은(는) 안 됩니다.</translation>
    </message>
</context>
<context>
    <name>GoalsIntegration</name>
    <message>
        <source>Goals</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>목표(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Goals…</source>
        <translation>목표 보기(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;New Check-in</source>
        <translation>새 체크인(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Make Goals from Selected List</source>
        <translation>선택한 목록으로 목표 만들기(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Carry Over Unfinished Goals…</source>
        <translation>못 이룬 목표 이어가기(&amp;C)…</translation>
    </message>
    <message>
        <source>Insert Progress &amp;Snapshot</source>
        <translation>진행 현황 넣기(&amp;S)</translation>
    </message>
    <message>
        <source>For a half-year review: the goals' progress as of the entry's date, as a table</source>
        <translation>반기 회고용: 글 날짜 기준 목표 진행 현황을 표로 넣습니다</translation>
    </message>
    <message>
        <source>Check-in &amp;Template…</source>
        <translation>체크인 서식(&amp;T)…</translation>
    </message>
    <message>
        <source>The diary is open read-only: nothing can be changed.</source>
        <translation>일기가 읽기 전용으로 열려 있어 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>New Check-in</source>
        <translation>새 체크인</translation>
    </message>
    <message numerus="yes">
        <source>No weekly check-in since %1: %n week(s) were skipped. Write one catch-up check-in that covers %2 to %3 (this week included)? Each goal then gets one check-in for the whole span.</source>
        <translation>
            <numerusform>%1 이후 주간 체크인이 없습니다: %n주를 건너뛰었습니다. %2부터 %3까지(이번 주 포함)를 한 번에 돌아보는 체크인을 쓸까요? 목표마다 그 기간 전체에 대한 체크인이 하나씩 생깁니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Catch Up</source>
        <translation>몰아서 쓰기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Only This Week</source>
        <translation>이번 주만(&amp;O)</translation>
    </message>
    <message>
        <source>The check-in could not be stored: %1</source>
        <translation>체크인을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Make Goals from Selected List</source>
        <translation>선택한 목록으로 목표 만들기</translation>
    </message>
    <message>
        <source>Select a Markdown list in the entry first, such as the one that ends a yearly retrospective.</source>
        <translation>먼저 글에서 마크다운 목록을 선택하세요. 연간 회고 끝의 목록 같은 것입니다.</translation>
    </message>
    <message>
        <source>Goals of the year:</source>
        <translation>목표 연도:</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) made for %1; edit their measures in the goals window.</source>
        <translation>
            <numerusform>%1년 목표 %n개를 만들었습니다. 측정 방식은 목표 창에서 고치세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the half-year review the snapshot goes into first.</source>
        <translation>먼저 현황을 넣을 반기 회고를 여세요.</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>dropped</source>
        <translation>포기</translation>
    </message>
    <message>
        <source>done</source>
        <translation>달성</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>아직</translation>
    </message>
    <message>
        <source>no check-in since %1</source>
        <translation>%1 이후 체크인 없음</translation>
    </message>
    <message>
        <source>Streak %1 weeks, longest %2, habit score %3%</source>
        <translation>연속 %1주, 최장 %2주, 습관 점수 %3%</translation>
    </message>
    <message>
        <source>Catch-up for %1 – %2</source>
        <translation>%1 – %2 몰아서 기록</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행</translation>
    </message>
    <message>
        <source>%1 of %2 goals done, check-ins in %3 of %4 weeks</source>
        <translation>목표 %2개 중 %1개 달성, %4주 중 %3주 체크인</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>자신감</translation>
    </message>
    <message>
        <source>How likely the goal is by December, 1–10, per check-in</source>
        <translation>12월까지 이룰 가능성, 체크인마다 1–10</translation>
    </message>
    <message>
        <source>No confidence yet: write (confidence 7/10) or (자신감 7/10) after a task item.</source>
        <translation>아직 자신감 기록 없음: 할 일 항목 뒤에 (자신감 7/10) 또는 (confidence 7/10)을 적으세요.</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <source>Goals of </source>
        <translation>목표: </translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>포기</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Link item…</source>
        <translation>항목 연결…</translation>
    </message>
    <message>
        <source>Carry over…</source>
        <translation>이어 가기…</translation>
    </message>
    <message numerus="yes">
        <source>%n task item(s) match no goal</source>
        <translation>
            <numerusform>목표와 맞지 않는 할 일 항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Drop goal</source>
        <translation>목표 포기</translation>
    </message>
    <message>
        <source>Why drop “%1”?</source>
        <translation>“%1”을(를) 왜 포기하나요?</translation>
    </message>
    <message>
        <source>Link task item</source>
        <translation>할 일 항목 연결</translation>
    </message>
    <message>
        <source>Every task item of the year matches a goal.</source>
        <translation>올해의 할 일 항목이 모두 목표와 맞습니다.</translation>
    </message>
    <message>
        <source>Task item:</source>
        <translation>할 일 항목:</translation>
    </message>
    <message>
        <source>“%1” means the goal:</source>
        <translation>“%1”이(가) 뜻하는 목표:</translation>
    </message>
    <message>
        <source>Carry over</source>
        <translation>이어 가기</translation>
    </message>
    <message>
        <source>%1 has no unfinished goals.</source>
        <translation>%1년에는 끝내지 못한 목표가 없습니다.</translation>
    </message>
    <message>
        <source>Carry these unfinished goals of %1 into %2?

%3</source>
        <translation>%1년에 끝내지 못한 이 목표들을 %2년으로 이어 갈까요?

%3</translation>
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
        <source>Render with a dark palette, as on a dark desktop.</source>
        <translation>어두운 데스크톱에서처럼 어두운 색으로 그립니다.</translation>
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
    <message>
        <source>The year to show (goals view).</source>
        <translation>보여 줄 연도 (목표 보기).</translation>
    </message>
    <message>
        <source>The years to compare, oldest first (compare view).</source>
        <translation>비교할 연도, 오래된 것부터 (비교 보기).</translation>
    </message>
    <message>
        <source>--years takes years such as 2022,2023, not &apos;%1&apos;.</source>
        <translation>--years에는 2022,2023 같은 연도를 주세요. &apos;%1&apos;은(는) 안 됩니다.</translation>
    </message>
    <message>
        <source>Read-only: another Hoego (process %1) has this diary open, so nothing can be changed or saved here. Write in the other window, or close it and open the diary again.</source>
        <translation>읽기 전용: 다른 회고(프로세스 %1)가 이 일기장을 열고 있어 여기서는 아무것도 바꾸거나 저장할 수 없습니다. 그 창에서 쓰거나, 그 창을 닫고 일기장을 다시 여세요.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>읽기 전용: %1</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>%1: nothing written</source>
        <translation>%1: 쓴 글 없음</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries</source>
        <translation>
            <numerusform>%1: 항목 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n자</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The open entry was removed. Its unsaved text is kept in %1.</source>
        <translation>열려 있던 글이 지워졌습니다. 저장하지 않은 내용은 %1에 남아 있습니다.</translation>
    </message>
    <message>
        <source>The open entry was removed.</source>
        <translation>열려 있던 글이 지워졌습니다.</translation>
    </message>
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
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Backup Folder…</source>
        <translation>백업 폴더(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Reading Speed…</source>
        <translation>읽는 속도(&amp;R)…</translation>
    </message>
    <message>
        <source>Folder for the Daily Backups</source>
        <translation>매일 백업할 폴더</translation>
    </message>
    <message>
        <source>Editor Font</source>
        <translation>편집기 글꼴</translation>
    </message>
    <message>
        <source>Highlighting &amp;Theme</source>
        <translation>구문 강조 테마(&amp;T)</translation>
    </message>
    <message>
        <source>Daily backups go to %1 from the next one on.</source>
        <translation>다음 백업부터 %1에 매일 백업합니다.</translation>
    </message>
    <message>
        <source>Unsaved text of an entry that no longer exists is kept in %1.</source>
        <translation>지금은 없는 글의 저장되지 않은 내용이 %1에 남아 있습니다.</translation>
    </message>
    <message>
        <source>Recover Unsaved Text</source>
        <translation>저장되지 않은 글 복구</translation>
    </message>
    <message>
        <source>“%1” has text from %2 that was not saved, probably because Hoego was stopped before it could save. Recover it?</source>
        <translation>“%1”에 %2에 쓴 글이 저장되지 않은 채 남아 있습니다. 회고가 저장하기 전에 멈춘 것 같습니다. 복구할까요?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>복구(&amp;R)</translation>
    </message>
</context>
<context>
    <name>OnThisDay</name>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n년 전</numerusform>
        </translation>
    </message>
    <message>
        <source>± </source>
        <translation>± </translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Also show the days around this day</source>
        <translation>이날 앞뒤의 날도 보기</translation>
    </message>
    <message>
        <source>Nothing was written on this day in earlier years.</source>
        <translation>지난 해 이날에 쓴 글이 없습니다.</translation>
    </message>
    <message>
        <source>On this day, %1</source>
        <translation>%1, 이날</translation>
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
    <name>PreviewRenderer</name>
    <message>
        <source>[image: %1]</source>
        <translation>[이미지: %1]</translation>
    </message>
</context>
<context>
    <name>ProgressSnapshot</name>
    <message>
        <source>once</source>
        <translation>한 번</translation>
    </message>
    <message>
        <source>count, %1</source>
        <translation>횟수, %1</translation>
    </message>
    <message>
        <source>count</source>
        <translation>횟수</translation>
    </message>
    <message>
        <source>weekly, %1</source>
        <translation>매주, %1</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>매주</translation>
    </message>
    <message>
        <source>open</source>
        <translation>열린 목표</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>포기</translation>
    </message>
    <message>
        <source>dropped: %1</source>
        <translation>포기: %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%2 중 %1 (%3%)</translation>
    </message>
    <message>
        <source>held %1 of %2 weeks; streak %3, longest %4; habit score %5%</source>
        <translation>%2주 중 %1주 지킴, 연속 %3주, 최장 %4주, 습관 점수 %5%</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>%1 달성</translation>
    </message>
    <message>
        <source>done</source>
        <translation>달성</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>아직</translation>
    </message>
    <message>
        <source>Goals of %1 on %2 (%3)</source>
        <translation>%2 (%3) 기준 %1년 목표</translation>
    </message>
    <message>
        <source>%1 of %2 goals done, check-ins in %3 of %4 weeks so far.</source>
        <translation>목표 %2개 중 %1개 달성, 지금까지 %4주 중 %3주 체크인.</translation>
    </message>
    <message>
        <source>No goals were set for %1.</source>
        <translation>%1년에는 정한 목표가 없습니다.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>측정</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>마지막 체크인</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>자신감</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) without a check-in</source>
        <translation>
            <numerusform>%n주째 체크인 없음</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>Goals</source>
        <translation>목표</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>%1 Retrospective</source>
        <translation>%1년 회고</translation>
    </message>
    <message>
        <source>Start a Retrospective</source>
        <translation>회고 시작하기</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>%1 달성</translation>
    </message>
    <message>
        <source>done</source>
        <translation>달성</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>포기</translation>
    </message>
    <message>
        <source>dropped: %1</source>
        <translation>포기: %1</translation>
    </message>
    <message>
        <source>held %1 of %2 weeks</source>
        <translation>%2주 중 %1주 지킴</translation>
    </message>
    <message>
        <source>open</source>
        <translation>진행 중</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries</source>
        <translation>
            <numerusform>%1: 항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Scroll together</source>
        <translation>함께 스크롤</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Years:</source>
        <translation>연도:</translation>
    </message>
    <message>
        <source>Scroll the retrospectives in step, heading by heading</source>
        <translation>회고들을 제목별로 맞춰 함께 스크롤합니다</translation>
    </message>
    <message>
        <source>Insert the text selected in an older year into the entry being edited, as a quote</source>
        <translation>지난 해에서 고른 글을 편집 중인 항목에 인용으로 넣습니다</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Goals then and now</source>
        <translation>그때와 지금의 목표</translation>
    </message>
    <message>
        <source>No retrospective of %1 yet — &lt;a href=&quot;start&quot;&gt;start one&lt;/a&gt;.</source>
        <translation>%1년 회고가 아직 없습니다 — &lt;a href=&quot;start&quot;&gt;시작하기&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>No goals set for this year.</source>
        <translation>올해 정한 목표가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n단어</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n자</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days written</source>
        <translation>
            <numerusform>%n일 씀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest run %n days</source>
        <translation>
            <numerusform>최장 연속 %n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>weekly check-ins %1 of %2 · longest gap %n weeks</source>
        <translation>
            <numerusform>주간 체크인 %2주 중 %1주 · 최장 공백 %n주</numerusform>
        </translation>
    </message>
    <message>
        <source>The year in numbers</source>
        <translation>숫자로 보는 한 해</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>세는 중…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1을(를) 쓰지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Could not write the PDF %1.</source>
        <translation>PDF %1을(를) 쓰지 못했습니다.</translation>
    </message>
    <message>
        <source>%1 in the diary</source>
        <translation>일기장 속 %1</translation>
    </message>
    <message>
        <source>&amp;Compare Years</source>
        <translation>연도 비교(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;On This Day</source>
        <translation>오늘의 지난날(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>회고(&amp;R)</translation>
    </message>
    <message>
        <source>Export Year as &amp;HTML…</source>
        <translation>한 해를 HTML로 내보내기(&amp;H)…</translation>
    </message>
    <message>
        <source>Export Year as &amp;PDF…</source>
        <translation>한 해를 PDF로 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Year as HTML</source>
        <translation>한 해를 HTML로 내보내기</translation>
    </message>
    <message>
        <source>Export Year as PDF</source>
        <translation>한 해를 PDF로 내보내기</translation>
    </message>
    <message>
        <source>Export Year</source>
        <translation>한 해 내보내기</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>On This Day</source>
        <translation>오늘의 지난날</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>연도:</translation>
    </message>
    <message>
        <source>Years Side by Side</source>
        <translation>나란히 보는 연도</translation>
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
    <message>
        <source>the main window with the outline and the preview open</source>
        <translation>개요와 미리 보기를 연 주 창</translation>
    </message>
    <message>
        <source>the goals view: a year&apos;s goals × weeks</source>
        <translation>목표 보기: 한 해의 목표 × 주</translation>
    </message>
    <message>
        <source>a year&apos;s heat map (--year)</source>
        <translation>한 해의 히트맵 (--year)</translation>
    </message>
    <message>
        <source>years side by side (--years 2022,2023)</source>
        <translation>여러 해 나란히 보기 (--years 2022,2023)</translation>
    </message>
    <message>
        <source>The year must be a year such as 2023.</source>
        <translation>연도는 2023 같은 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>Give two or three years, such as --years 2022,2023.</source>
        <translation>연도를 두세 개 주세요 (예: --years 2022,2023).</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>SQLite refused the search index&apos;s functions: %1</source>
        <translation>SQLite가 검색 색인의 함수를 거부했습니다: %1</translation>
    </message>
    <message>
        <source>SQLite refused the search index&apos;s functions.</source>
        <translation>SQLite가 검색 색인의 함수를 거부했습니다.</translation>
    </message>
</context>
<context>
    <name>SearchStore</name>
    <message>
        <source>The search failed: %1</source>
        <translation>검색하지 못했습니다: %1</translation>
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
        <translation>파일이 UTF-8 바이트 순서 표시로 시작하지만 %1번째 바이트가 올바른 UTF-8이 아닙니다.</translation>
    </message>
    <message>
        <source>The file starts with a %1 byte order mark but is not valid %1.</source>
        <translation>파일이 %1 바이트 순서 표시로 시작하지만 올바른 %1이(가) 아닙니다.</translation>
    </message>
    <message>
        <source>This is not a text file (it holds binary data).</source>
        <translation>텍스트 파일이 아닙니다 (바이너리 데이터가 들어 있습니다).</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor CP949: byte %1 (counting from 0) is not valid UTF-8.</source>
        <translation>파일이 UTF-8도 CP949도 아닙니다. %1번째 바이트(0부터 셈)가 올바른 UTF-8이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>TickCommand</name>
    <message>
        <source>Tick goal in %1</source>
        <translation>%1에서 목표 체크</translation>
    </message>
    <message>
        <source>Untick goal in %1</source>
        <translation>%1에서 목표 체크 해제</translation>
    </message>
    <message>
        <source>There is no goal %1.</source>
        <translation>목표 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>A check-in needs a valid ISO week such as 2023-W05.</source>
        <translation>체크인에는 2023-W05 같은 올바른 ISO 주가 필요합니다.</translation>
    </message>
    <message>
        <source>Tick “%1” in %2</source>
        <translation>%2에서 “%1” 체크</translation>
    </message>
    <message>
        <source>Untick “%1” in %2</source>
        <translation>%2에서 “%1” 체크 해제</translation>
    </message>
    <message>
        <source>The week&apos;s entry was removed.</source>
        <translation>그 주의 항목이 지워졌습니다.</translation>
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
<context>
    <name>SearchField</name>
    <message>
        <source>Search the diary (Ctrl+Shift+F)</source>
        <translation>일기 검색 (Ctrl+Shift+F)</translation>
    </message>
</context>
<context>
    <name>SearchFilterBar</name>
    <message>
        <source>Open tasks</source>
        <translation>열린 할 일</translation>
    </message>
    <message>
        <source>Only entries of this kind</source>
        <translation>이 종류의 항목만</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Only entries of this year or date range</source>
        <translation>이 해나 기간의 항목만</translation>
    </message>
    <message>
        <source>Only entries with this tag</source>
        <translation>이 태그가 붙은 항목만</translation>
    </message>
    <message>
        <source>Only entries with an unticked task item (- [ ])</source>
        <translation>체크하지 않은 할 일(- [ ])이 있는 항목만</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>모든 기간</translation>
    </message>
    <message>
        <source>Date range…</source>
        <translation>기간 지정…</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>모든 태그</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Save…</source>
        <translation>저장…</translation>
    </message>
    <message>
        <source>Save this search in the sidebar</source>
        <translation>이 검색을 사이드바에 저장합니다</translation>
    </message>
    <message>
        <source>Search the Diary</source>
        <translation>일기 검색</translation>
    </message>
    <message numerus="yes">
        <source>%n entries found</source>
        <translation>
            <numerusform>항목 %n개를 찾았습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>검색 저장</translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation>검색 이름:</translation>
    </message>
</context>
<context>
    <name>SearchResultDelegate</name>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
</context>
<context>
    <name>SearchSidebar</name>
    <message>
        <source>Saved searches</source>
        <translation>저장한 검색</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Click a tag to list its entries; right-click to rename or merge it.</source>
        <translation>태그를 누르면 그 태그가 붙은 항목이 나옵니다. 오른쪽 단추로 누르면 이름을 바꾸거나 다른 태그와 합칠 수 있습니다.</translation>
    </message>
    <message>
        <source>The diary is open read-only, or the open entry could not be saved: no tag was renamed.</source>
        <translation>일기가 읽기 전용으로 열렸거나 열린 항목을 저장하지 못해 태그 이름을 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>There is no tag rename to undo.</source>
        <translation>되돌릴 태그 이름 바꾸기가 없습니다.</translation>
    </message>
    <message>
        <source>The diary is open read-only, or the open entry could not be saved: the rename was not undone.</source>
        <translation>일기가 읽기 전용으로 열렸거나 열린 항목을 저장하지 못해 이름 바꾸기를 되돌리지 않았습니다.</translation>
    </message>
    <message>
        <source>Rename #%1…</source>
        <translation>#%1 이름 바꾸기…</translation>
    </message>
    <message>
        <source>Merge #%1 Into…</source>
        <translation>#%1 다른 태그에 합치기…</translation>
    </message>
    <message>
        <source>Undo Rename of #%1</source>
        <translation>#%1 이름 바꾸기 되돌리기</translation>
    </message>
    <message>
        <source>Undo Rename</source>
        <translation>이름 바꾸기 되돌리기</translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation>저장한 검색 지우기</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>태그 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name for #%1:</source>
        <translation>#%1의 새 이름:</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>태그 합치기</translation>
    </message>
    <message>
        <source>Merge #%1 into:</source>
        <translation>#%1을(를) 합칠 태그:</translation>
    </message>
    <message numerus="yes">
        <source>Rename #%1 to #%2 in %n entries? Their text is rewritten: the front matter&apos;s tags and every #%1 in the text. Undo Rename in this menu puts it back.</source>
        <translation>
            <numerusform>항목 %n개에서 #%1을(를) #%2(으)로 바꿀까요? 항목의 글이 고쳐집니다: 앞부분(front matter)의 태그와 본문의 모든 #%1. 이 메뉴의 ‘이름 바꾸기 되돌리기’로 되돌릴 수 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries tagged %1</source>
        <translation>
            <numerusform>#%1 태그가 붙은 항목 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagRename</name>
    <message>
        <source>Entry %1 (%2): %3</source>
        <translation>항목 %1 (%2): %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a tag: a tag is letters, digits, &apos;-&apos; and &apos;_&apos;, with at least one letter and no spaces.</source>
        <translation>‘%1’은(는) 태그가 될 수 없습니다. 태그는 글자, 숫자, ‘-’, ‘_’로 쓰고, 글자가 하나 이상 있어야 하며 띄어 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Entries edited since the rename were left as they are: %1.</source>
        <translation>이름을 바꾼 뒤에 고친 항목은 그대로 두었습니다: %1.</translation>
    </message>
</context>
<context>
    <name>SavedSearchStore</name>
    <message>
        <source>The saved search could not be written: %1</source>
        <translation>저장한 검색을 기록하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The diary is open read-only: saved searches can&apos;t be changed.</source>
        <translation>일기가 읽기 전용으로 열려 있어 저장한 검색을 바꿀 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>DraftFile</name>
    <message>
        <source>The draft %1 could not be written: %2.</source>
        <translation>임시 글 %1을(를) 쓸 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>The draft %1 could not be read: %2.</source>
        <translation>임시 글 %1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>The draft %1 is damaged and cannot be recovered.</source>
        <translation>임시 글 %1이(가) 손상되어 복구할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>GoalsFile</name>
    <message>
        <source>%1 must be a single value</source>
        <translation>%1은(는) 값 하나여야 합니다</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1은(는) 숫자여야 합니다</translation>
    </message>
    <message>
        <source>%1 must be a positive whole number</source>
        <translation>%1은(는) 양의 정수여야 합니다</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1은(는) true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 week such as 2024-W09</source>
        <translation>%1은(는) 2024-W09 같은 ISO 8601 주여야 합니다</translation>
    </message>
    <message>
        <source>a check-in must be a map of keys and values</source>
        <translation>체크인은 키와 값의 맵이어야 합니다</translation>
    </message>
    <message>
        <source>a check-in needs its week</source>
        <translation>체크인에 week가 없습니다</translation>
    </message>
    <message>
        <source>last_week comes before week</source>
        <translation>last_week가 week보다 앞섭니다</translation>
    </message>
    <message>
        <source>confidence must be from 1 to 10</source>
        <translation>confidence는 1에서 10 사이여야 합니다</translation>
    </message>
    <message>
        <source>a goal must be a map of keys and values</source>
        <translation>목표는 키와 값의 맵이어야 합니다</translation>
    </message>
    <message>
        <source>a goal needs its %1</source>
        <translation>목표에 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>year must be from 1 to 9999</source>
        <translation>year는 1에서 9999 사이여야 합니다</translation>
    </message>
    <message>
        <source>title must not be empty</source>
        <translation>title이 비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <source>measure must be once, count, weekly or open</source>
        <translation>measure는 once, count, weekly, open 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>status must be active, done or dropped</source>
        <translation>status는 active, done, dropped 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>status_date must be a date such as 2024-06-01</source>
        <translation>status_date는 2024-06-01 같은 날짜여야 합니다</translation>
    </message>
    <message>
        <source>aliases must be a list</source>
        <translation>aliases는 목록이어야 합니다</translation>
    </message>
    <message>
        <source>check_ins must be a list</source>
        <translation>check_ins는 목록이어야 합니다</translation>
    </message>
    <message>
        <source>the file must be a map with format, version and goals</source>
        <translation>파일은 format, version, goals가 있는 맵이어야 합니다</translation>
    </message>
    <message>
        <source>format must be %1</source>
        <translation>format은 %1이어야 합니다</translation>
    </message>
    <message>
        <source>version must be %1; a newer Hoego wrote this file</source>
        <translation>version은 %1이어야 합니다. 더 새로운 회고가 쓴 파일입니다</translation>
    </message>
    <message>
        <source>goals must be a list</source>
        <translation>goals는 목록이어야 합니다</translation>
    </message>
    <message>
        <source>the id %1 is used by two goals</source>
        <translation>id %1을(를) 두 목표가 함께 씁니다</translation>
    </message>
    <message>
        <source>carried_from names no goal of this file</source>
        <translation>carried_from이 가리키는 목표가 이 파일에 없습니다</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, %2번째 줄: %3.</translation>
    </message>
    <message>
        <source>%1, line %2: not valid YAML (%3).</source>
        <translation>%1, %2번째 줄: 올바른 YAML이 아닙니다 (%3).</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The file could not be read: %1.</source>
        <translation>파일을 읽을 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>The diary could not start a transaction: %1.</source>
        <translation>일기장에서 트랜잭션을 시작할 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>No goal was imported from it.</source>
        <translation>이 파일에서 목표를 하나도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>The diary could not save it: %1.</source>
        <translation>일기장에 저장할 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>The diary has these goals already.</source>
        <translation>일기장에 이미 있는 목표입니다.</translation>
    </message>
    <message>
        <source>Goals: %1 added, %2 there already; %3 aliases and %4 check-ins added.</source>
        <translation>목표: %1개 추가, %2개는 이미 있음; 별칭 %3개와 체크인 %4개 추가.</translation>
    </message>
    <message>
        <source>There is no such file or folder.</source>
        <translation>그런 파일이나 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>Nothing was imported from it.</source>
        <translation>이 파일에서 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Converted from %1 to UTF-8.</source>
        <translation>%1에서 UTF-8로 변환했습니다.</translation>
    </message>
    <message>
        <source>No date in its name or front matter: dated %1 by the file&apos;s modification time.</source>
        <translation>파일 이름과 머리말에 날짜가 없어 파일 수정 시각에 따라 %1 날짜로 넣었습니다.</translation>
    </message>
    <message>
        <source>Unchanged since it was last imported.</source>
        <translation>지난번에 가져온 뒤로 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The file changed since it was last imported, but its entry was edited in Hoego since then; the entry was left as it is.</source>
        <translation>지난번에 가져온 뒤 파일이 바뀌었지만, 그 사이 Hoego에서 글을 고쳤으므로 글은 그대로 두었습니다.</translation>
    </message>
</context>
<context>
    <name>FrontMatter</name>
    <message>
        <source>Line %1: a tag must be a single value; a list or map among the tags was ignored.</source>
        <translation>%1번째 줄: 태그는 값 하나여야 합니다. 태그 가운데 목록이나 맵은 무시했습니다.</translation>
    </message>
    <message>
        <source>Line %1: tags must be a list or a space-separated string; they were ignored.</source>
        <translation>%1번째 줄: 태그는 목록이나 공백으로 나눈 문자열이어야 합니다. 태그를 무시했습니다.</translation>
    </message>
    <message>
        <source>Line %1: %2 must be a single value; it was ignored.</source>
        <translation>%1번째 줄: %2은(는) 값 하나여야 합니다. 무시했습니다.</translation>
    </message>
    <message>
        <source>Line 1 opens a front matter block that is never closed with ---; the whole file was kept as the body.</source>
        <translation>1번째 줄에서 시작한 머리말이 ---로 닫히지 않아 파일 전체를 본문으로 두었습니다.</translation>
    </message>
    <message>
        <source>Line %1: the front matter is not valid YAML (%2); the text was kept as it is.</source>
        <translation>%1번째 줄: 머리말이 올바른 YAML이 아닙니다 (%2). 글은 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>Line 2: the front matter is not a list of keys and values; it was ignored.</source>
        <translation>2번째 줄: 머리말이 키와 값의 목록이 아니어서 무시했습니다.</translation>
    </message>
    <message>
        <source>Line %1: the date &apos;%2&apos; is not YYYY-MM-DD [HH:MM:SS] [+HHMM]; it was ignored.</source>
        <translation>%1번째 줄: 날짜 &apos;%2&apos;이(가) YYYY-MM-DD [HH:MM:SS] [+HHMM] 형식이 아니어서 무시했습니다.</translation>
    </message>
    <message>
        <source>Line %1: the kind &apos;%2&apos; is not daily, weekly, halfyear, yearly or note; the kind was guessed from the title and tags.</source>
        <translation>%1번째 줄: 종류 &apos;%2&apos;은(는) daily, weekly, halfyear, yearly, note 가운데 하나가 아니어서 제목과 태그로 종류를 짐작했습니다.</translation>
    </message>
    <message>
        <source>Line %1: the front matter could not be read (%2).</source>
        <translation>%1번째 줄: 머리말을 읽을 수 없습니다 (%2).</translation>
    </message>
</context>
<context>
    <name>CountDetails</name>
    <message>
        <source>Counts</source>
        <translation>글자 수</translation>
    </message>
    <message>
        <source>Counts of the selection</source>
        <translation>선택한 글의 글자 수</translation>
    </message>
    <message>
        <source>Counts of the entry</source>
        <translation>이 글의 글자 수</translation>
    </message>
    <message>
        <source>Reading time at %1 Hangul syllables and %2 English words a minute (Settings → Reading Speed).</source>
        <translation>읽는 시간은 1분에 한글 %1음절, 영어 %2단어로 셈합니다(설정 → 읽는 속도).</translation>
    </message>
</context>
<context>
    <name>ReadingSpeedDialog</name>
    <message>
        <source>Reading Speed</source>
        <translation>읽는 속도</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> (1분에)</translation>
    </message>
    <message>
        <source>The reading time adds the minutes for the Hangul syllables and for the English words. English: 238 words a minute, the average for non-fiction found by Brysbaert (2019).</source>
        <translation>읽는 시간은 한글 음절을 읽는 시간과 영어 단어를 읽는 시간을 더한 것입니다. 영어의 기본값 1분에 238단어는 Brysbaert(2019)가 밝힌 비소설 글의 평균 속도입니다.</translation>
    </message>
    <message>
        <source>&amp;Hangul syllables:</source>
        <translation>한글 음절(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;English words:</source>
        <translation>영어 단어(&amp;E):</translation>
    </message>
</context>
<context>
    <name>SessionLabel</name>
    <message>
        <source>Words written today, across entries: the words added minus the words deleted</source>
        <translation>오늘 모든 글에 쓴 어절 수: 더한 어절에서 지운 어절을 뺀 수</translation>
    </message>
    <message numerus="yes">
        <source>Today: %Ln word(s)</source>
        <translation>
            <numerusform>오늘 %Ln어절</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WritingLog</name>
    <message>
        <source>Today's word count could not be written: %1</source>
        <translation>오늘 쓴 어절 수를 기록하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message>
        <source>The image could not be stored in %1.</source>
        <translation>그림을 %1에 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>Image Not Stored</source>
        <translation>그림을 저장하지 못함</translation>
    </message>
</context>
<context>
    <name>DiaryImages</name>
    <message>
        <source>%1: the image could not be copied.</source>
        <translation>%1: 그림을 복사하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>TextStatistics</name>
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
        <source>Characters CP949 cannot encode</source>
        <translation>CP949로 나타낼 수 없는 글자</translation>
    </message>
    <message>
        <source>Manuscript pages (200 cells)</source>
        <translation>원고지 매수(200자)</translation>
    </message>
    <message>
        <source>Reading time (minutes)</source>
        <translation>읽는 시간(분)</translation>
    </message>
</context>
</TS>
