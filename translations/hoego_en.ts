<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppActions</name>
    <message>
        <source>&amp;New Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an entry for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Markdown files such as Jekyll posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every Markdown file in a folder and its subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
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
    <name>CheckInTemplateDialog</name>
    <message>
        <source>Check-in Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New weekly check-ins start with this text, after their front matter. Placeholders:&lt;br&gt;&lt;code&gt;{goals}&lt;/code&gt; a task item per active goal, &lt;code&gt;{year}&lt;/code&gt; and &lt;code&gt;{week}&lt;/code&gt; the ISO week-year and week number, &lt;code&gt;{weeks}&lt;/code&gt; the week as 2023-W05 (a span for a catch-up), &lt;code&gt;{monday}&lt;/code&gt; and &lt;code&gt;{sunday}&lt;/code&gt; the first and last day. After a task item, &lt;code&gt;(confidence 7/10)&lt;/code&gt; or &lt;code&gt;(자신감 7/10)&lt;/code&gt; records how likely the goal is by December.</source>
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
        <source>Only entries with an unticked task item (- [ ]).</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Markdown file (UTF-8); - or nothing reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats takes one file, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters (with spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters (without spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hangul syllables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CP949 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encodable in CP949</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manuscript pages (200 cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading time (minutes)</source>
        <translation type="unfinished"></translation>
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
        <source>The diary %1 is read-only: this command cannot change it. Make the file writable, or restore a backup into a writable place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render a Markdown file (or stdin) to HTML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Markdown dialect: gfm (default) or commonmark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CJK-friendly emphasis: on (default) or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Markdown file; - or nothing reads stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dialect takes gfm or commonmark, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cjk-friendly takes on or off, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render takes one file, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year in numbers: entries, words, days written, check-ins, goals and tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar year, such as 2023.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year takes no arguments: &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest daily streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest check-in gap (weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals done / dropped / active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountLabel</name>
    <message>
        <source>%1 characters (%2 without spaces) · %3 words · %4 manuscript pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
    <message>
        <source>The diary %1 is damaged (%2). Restore a backup with hoego restore, or open another file.</source>
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
    <name>EditingSupport</name>
    <message>
        <source>&amp;Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Spelling</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once: done or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count: a total against a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly: a habit, week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>books, 권, h, 시간</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this goal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;arget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
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
    <name>GoalsIntegration</name>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make Goals from Selected List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carry Over Unfinished Goals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Progress &amp;Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a half-year review: the goals' progress as of the entry's date, as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary is open read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No weekly check-in since %1: %n week(s) were skipped. Write one catch-up check-in that covers %2 to %3 (this week included)? Each goal then gets one check-in for the whole span.</source>
        <translation>
            <numerusform>No weekly check-in since %1: %n week was skipped. Write one catch-up check-in that covers %2 to %3 (this week included)? Each goal then gets one check-in for the whole span.</numerusform>
            <numerusform>No weekly check-in since %1: %n weeks were skipped. Write one catch-up check-in that covers %2 to %3 (this week included)? Each goal then gets one check-in for the whole span.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Catch Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only This Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Goals from Selected List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a Markdown list in the entry first, such as the one that ends a yearly retrospective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals of the year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) made for %1; edit their measures in the goals window.</source>
        <translation>
            <numerusform>%n goal made for %1; edit its measure in the goals window.</numerusform>
            <numerusform>%n goals made for %1; edit their measures in the goals window.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the half-year review the snapshot goes into first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check-in since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak %1 weeks, longest %2, habit score %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catch-up for %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 goals done, check-ins in %3 of %4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely the goal is by December, 1–10, per check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No confidence yet: write (confidence 7/10) or (자신감 7/10) after a task item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <source>Goals of </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task item(s) match no goal</source>
        <translation>
            <numerusform>%n task item matches no goal</numerusform>
            <numerusform>%n task items match no goal</numerusform>
        </translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why drop “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link task item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every task item of the year matches a goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” means the goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no unfinished goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry these unfinished goals of %1 into %2?

%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiEntry</name>
    <message>
        <source>Opens the diary in a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoego</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders a window offscreen and writes it as a PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window to render: %1 (default: main).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the entry with this id (default: the newest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s size in pixels (default: 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one output file, such as main.png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;; the views are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size must be WIDTHxHEIGHT in pixels, from 200x150 to 8000x8000, such as 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry id must be a positive number, as `hoego list` shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the image to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year to show (goals view).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The years to compare, oldest first (compare view).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--years takes years such as 2022,2023, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>%1: nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries</source>
        <translation>
            <numerusform>%1: %n entry</numerusform>
            <numerusform>%1: %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 could not be read from the diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry on the timeline, or start one with File → New Entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new entry could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Markdown Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of Markdown Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1, updated %2, skipped %3, failed %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files need a look; the details list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect when Hoego starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Close anyway and lose the changes since the last save?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnThisDay</name>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message>
        <source>± </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show the days around this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written on this day in earlier years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this day, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlinePane</name>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in the web browser?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewRenderer</name>
    <message>
        <source>[image: %1]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressSnapshot</name>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held %1 of %2 weeks; streak %3, longest %4; habit score %5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals of %1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 goals done, check-ins in %3 of %4 weeks so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals were set for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) without a check-in</source>
        <translation>
            <numerusform>%n week without a check-in</numerusform>
            <numerusform>%n weeks without a check-in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held %1 of %2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries</source>
        <translation>
            <numerusform>%1: %n entry</numerusform>
            <numerusform>%1: %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Scroll together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the retrospectives in step, heading by heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the text selected in an older year into the entry being edited, as a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals then and now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No retrospective of %1 yet — &lt;a href=&quot;start&quot;&gt;start one&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals set for this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days written</source>
        <translation>
            <numerusform>%n day written</numerusform>
            <numerusform>%n days written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest run %n days</source>
        <translation>
            <numerusform>longest run %n day</numerusform>
            <numerusform>longest run %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>weekly check-ins %1 of %2 · longest gap %n weeks</source>
        <translation>
            <numerusform>weekly check-ins %1 of %2 · longest gap %n week</numerusform>
            <numerusform>weekly check-ins %1 of %2 · longest gap %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>The year in numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the PDF %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On This Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Year as &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Year as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Year as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Year as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On This Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>There is no entry %1 in the diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the main window: timeline and editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the goals view: a year&apos;s goals × weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year&apos;s heat map (--year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years side by side (--years 2022,2023)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year must be a year such as 2023.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give two or three years, such as --years 2022,2023.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>Could not save the personal dictionary %1: %2</source>
        <translation type="unfinished"></translation>
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
<context>
    <name>SearchField</name>
    <message>
        <source>Search the diary (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchFilterBar</name>
    <message>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries of this year or date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries with an unticked task item (- [ ])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this search in the sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries found</source>
        <translation>
            <numerusform>%n entry found</numerusform>
            <numerusform>%n entries found</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultDelegate</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchSidebar</name>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a tag to list its entries; right-click to rename or merge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary is open read-only, or the open entry could not be saved: no tag was renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag rename to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary is open read-only, or the open entry could not be saved: the rename was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge #%1 Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Rename of #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for #%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge #%1 into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rename #%1 to #%2 in %n entries? Their text is rewritten: the front matter&apos;s tags and every #%1 in the text. Undo Rename in this menu puts it back.</source>
        <translation>
            <numerusform>Rename #%1 to #%2 in %n entry? Its text is rewritten: the front matter&apos;s tags and every #%1 in the text. Undo Rename in this menu puts it back.</numerusform>
            <numerusform>Rename #%1 to #%2 in %n entries? Their text is rewritten: the front matter&apos;s tags and every #%1 in the text. Undo Rename in this menu puts it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries tagged %1</source>
        <translation>
            <numerusform>%n entry tagged %1</numerusform>
            <numerusform>%n entries tagged %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagRename</name>
    <message>
        <source>Entry %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a tag: a tag is letters, digits, &apos;-&apos; and &apos;_&apos;, with at least one letter and no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries edited since the rename were left as they are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedSearchStore</name>
    <message>
        <source>The saved search could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary is open read-only: saved searches can&apos;t be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionLabel</name>
    <message numerus="yes">
        <source>Today: %Ln word(s)</source>
        <translation>
            <numerusform>Today: %Ln word</numerusform>
            <numerusform>Today: %Ln words</numerusform>
        </translation>
    </message>
</context>
</TS>
