<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AdminDialog</name>
    <message>
        <source>your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin mode is for %1 staff. It shows how Bond is set up on this device and can erase it between clients. Please type the admin passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There were several wrong tries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the admin passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase isn&apos;t right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase isn&apos;t right. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond could not check the passphrase just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 To keep this device safe, you can try again in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the self-test to see the results here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand back erases everything the last client left on this device, so the next one starts afresh: their vault and its backups, the key in the system keyring, their preferences, Bond&apos;s log and cache, and the start-at-login entry. The key is destroyed first, so nothing can be read back even from a copy of the disk. Bond then checks that nothing is left and says so if anything is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site policy and the wait after wrong admin passphrases stay. This cannot be undone: make sure the client has made an encrypted backup (Settings → Your data) of anything they want to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site policy and the wait after wrong admin passphrases stay. This cannot be undone: make sure the client has exported anything they want to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type %1 to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site policy is in force on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: fixed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: Bond&apos;s usual folder for this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every vault must have a passphrase; the keyring alone is not offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People may keep the vault key in the keyring, a passphrase, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People choose when Bond locks itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond locks after %1 minutes without use; people may choose a shorter time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond locks after %1 minutes without use; people cannot change this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports (JSON and PDF) are turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People may export their data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff may hand the device back (erase everything) from admin mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-back from admin mode is turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An admin passphrase is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admin passphrase is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond erases everything after %1 hours without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond never erases itself on a timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested exercises: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden exercises: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content pack folders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support contacts: only the organisation&apos;s (the emergency number stays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support contacts: the organisation&apos;s first, then Bond&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy file could not be used as written, so Bond runs locked down (closed rather than open). Please fix these problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is in force meanwhile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No content packs are set in the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded. Exercises: %1. Articles: %2. Support regions: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: nothing from this pack is shown, because of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The self-test could not finish. See Bond&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin passphrase message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open admin mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;olicy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Self-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the vault opens and is intact, that Bond&apos;s own content is valid, and that the system keyring can store and delete a test entry. Nothing anyone wrote is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run the self-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand back device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What hand-back erases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase everything and hand back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-back message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementReview</name>
    <message>
        <source>Last time you agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each one: how did it go? There is no wrong answer; &quot;not yet&quot; is useful to know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New wording for this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementStep</name>
    <message>
        <source>Our agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One small, doable thing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at it again on a set &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>Our agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small things you agreed on together. Your next weekly meeting starts by looking at each one: kept, partly, not yet, change it, or retire it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreements yet. They appear here when you make one in a weekly meeting or another exercise for two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the selected agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsScreen</name>
    <message>
        <source>kept last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly kept last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Bond is already open. Look for its window; only one can use a vault at a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <source>your organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleScreen</name>
    <message>
        <source>%1 min read</source>
        <extracomment>The room above, below and right of the text, in pixels (the pane&apos;s own padding is outside it); on the left, only a caret&apos;s room, so the text starts near the page&apos;s edge. What changes how long the lines are, or the room they have.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond keeps no record that this article was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read it now, later, or not at all. If you would like to settle first, Longer out-breath under Exercises takes two minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: %1. Enter opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link opens in your web browser, outside Bond. Open it?
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this page in your web browser?
%1

Bond itself never goes online; your browser will.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved PDF is an ordinary file outside Bond&apos;s vault: anyone who can see your files could find it. Save it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the article as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmar&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the article as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;t now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now, back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Boundaries</name>
    <message>
        <source>My boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose lis&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose boundary list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person has their own list, sealed to them in the vault. A list opens only with its owner&apos;s PIN, if they set one in Settings; without a PIN, anyone using Bond here could open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I &amp;feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I &amp;need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ave changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it felt, &amp;0–10 (10 = good)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &quot;&amp;I used this&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words I&apos;ll use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I&apos;ll do if it is &amp;crossed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I&apos;ll do if it is crossed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire this boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I used this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it &amp;went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it felt from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No boundaries saved yet. The exercise &quot;Set one boundary&quot; helps you write one, and it is saved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the P&amp;IN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the PIN to open this list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundariesFeature</name>
    <message>
        <source>One of these boundaries is not where it was saved, so Bond did not open it. Someone with access to Bond&apos;s files may have moved it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted. Keeping a boundary takes practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundariesScreen</name>
    <message numerus="yes">
        <source>used %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s list is private. It opens with %1&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundaryStep</name>
    <message>
        <source>The situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words I&apos;ll use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I&apos;ll do if it is crossed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start breath&amp;ing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. You can start again any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. Notice how you feel now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>Opening your vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicFeature</name>
    <message>
        <source>This device was handed back: nothing from before is left on it.</source>
        <extracomment>Emitted right after the preferences were forgotten (hand-back, auto-wipe), so the appearance and the Settings screen can show the defaults again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the sample data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes this vault and everything in it, including anything you added yourselves, then Bond starts afresh so you can set it up for real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device was reset by %1 after %2 hours without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key may still be in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond erased what it could, but some things are still there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Break timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish early</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Start the &amp;timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We&apos;re read&amp;y early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;We need more time (+5 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More time (+&amp;5 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree now: you come back at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It ends at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come back together at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up. Welcome back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong inside Bond. Everything you had already saved is safe.

If this keeps happening, the log file can help someone fix it. It records what Bond was doing, never what you wrote:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together or alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much time you have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>together or alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises for two are for partners who feel safe with each other. If you are afraid of your partner, they are not the right tool; Get support now (F1) lists services that can help, in confidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExercisesFeature</name>
    <message>
        <source>Before your first exercise together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises for two are made for partners who feel safe with each other. Either of you can pause or stop at any time, without a reason.

If being open together doesn&apos;t feel safe right now, practising on your own is always there, and Get support now (F1) lists services that can help, in confidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise &amp;alone instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That exercise is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. What you agreed is under Agreements; boundaries are under Boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. It is waiting for you below whenever you want to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped, and that is fine. What you wrote is kept. If something stirred you up, Longer out-breath or Get support now (F1) are here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped, and your answers were deleted. If something stirred you up, Longer out-breath or Get support now (F1) are here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your exercise is paused. What would help right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slow breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grounding with the senses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Just go Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. It is waiting for you below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExercisesScreen</name>
    <message>
        <source>All kinds</source>
        <extracomment>The search field&apos;s widest, in characters of its text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calming and grounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together or alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n content file(s) could not be loaded and were skipped. Details are in the log.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Start together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start together: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start alone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercise fits these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read more:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your partner on Home to do this together.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeelingWheel</name>
    <message>
        <source>Feeling wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: show words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words you picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You picked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick as many words as fit, or none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Bond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Bond helps you look after a close relationship: a weekly check-in with your partner, skills you can practise on your own, and calm ways to come back to each other after a hard moment.&lt;/p&gt;&lt;p&gt;Bond is a practice tool. It is not therapy, and it can&apos;t tell whether a relationship is safe. If things feel heavy or stay hard, a counsellor or therapist can help, and &lt;b&gt;Get support now&lt;/b&gt; (F1) is always one key away.&lt;/p&gt;&lt;p&gt;Everything you write stays on this computer, in an encrypted vault. Bond has no account and never goes online.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The exercises for two are made for partners who feel safe with each other.&lt;/p&gt;&lt;p&gt;If you are afraid of your partner, or there is hitting, threats, or one person controlling the other, couples exercises are not the right tool. That is not a shared problem to work on together, and it is not your fault. A domestic abuse service can help you think about what to do, in confidence. You can find them under &lt;b&gt;Get support now&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Practising on your own is always open to you, whatever your partner decides.&lt;/p&gt;&lt;p&gt;You can pause or stop anything in Bond at any time, without giving a reason.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will use Bond on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Just me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;The two of us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two of us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can add a partner later. Each of you gets a profile, and some answers can stay private to the person who wrote them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should Bond call you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;partner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first name or a nickname is plenty. Names are kept inside the encrypted vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How should Bond lock your vault?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond encrypts everything you write. The key that opens it can live in this computer&apos;s keyring, which unlocks when you log in, or behind a passphrase that you type when Bond starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s &amp;keyring (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Also set a passphrase, in case the keyring is ever lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also set a passphrase as a way back in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a passphrase that I type each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary session, nothing will be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passp&amp;hrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up Bond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use a passphrase that I type each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary &amp;session: nothing will be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;The same again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters; a short sentence is easy to remember and hard to guess. If the passphrase is forgotten, nobody can open the vault, not even Bond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the vault protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>&lt;p&gt;Bond helps you look after a close relationship: a weekly check-in with your partner, skills you can practise on your own, and calm ways to come back to each other after a hard moment.&lt;/p&gt;&lt;p&gt;Bond is a practice tool. It is not therapy, and it can&apos;t tell whether a relationship is safe. &lt;b&gt;Get support now&lt;/b&gt; (F1) is always one key away.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This is a temporary session: nothing you write is saved&lt;/b&gt;, and it is gone when you close Bond.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start using Bond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create my vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please use two different names so Bond can tell you apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by %1: on this computer, Bond&apos;s vault needs a passphrase. Choose one you can remember, or try Bond in a temporary session that saves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keyring was found on this computer. Anyone who can log in to this computer account could open Bond, so a passphrase is safer on a shared login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring was found on this computer, so Bond can&apos;t keep the key there. Choose a passphrase, or try Bond in a temporary session that saves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Shift, three times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Bond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond %1

A private, offline companion for keeping and repairing close relationships. It is not therapy.

Code: GPL-3.0-or-later. Written content: CC BY-SA 4.0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Past sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose sessions to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past sessions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was written in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. Finished, paused and stopped exercises appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s past sessions are private. They open with %1&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(written privately)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(shared at the reveal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the suggested exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick up where you left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your partner would like to join you, add them here. Your own notes stay yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pa&amp;rtner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem adding a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking after yourselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond is a practice tool, not therapy. If you feel unsafe, or distress is high or lasts, please reach out to someone: a crisis line, your doctor, or a counsellor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See crisis lines and &amp;support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See crisis lines and support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeFeature</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>Home is on show (the shell starts what waits for the first screen). Whether this vault holds sample data (the shell shows or hides its banner).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond could not add your partner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Suggested by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, suggested by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next check-in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-in day chosen. You can pick one in Settings, under Reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something to try together: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something to try: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your shared space. Each of you has your own profile, so some answers can stay with the person who wrote them. Take things at a pace that feels right for you both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your space to practise, at your own pace. Nothing here is graded, and you can stop whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which articles to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks and places are kept for each person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue reading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict and repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking after yourselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or other words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkOpener</name>
    <message>
        <source>That link points to something this Bond doesn&apos;t have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Type your passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone here can continue. To lock Bond, set a passphrase in Settings → Your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Bond&apos;s screen now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks at once and shows a neutral screen. Shortcut: press Shift three times, or Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide now: Shift three times, or Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bon&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hel&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past s&amp;essions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get support now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond, View and Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis lines and emergency numbers (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis lines and emergency numbers. Shortcut: F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the &amp;check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the weekly check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data: this vault holds made-up history to look around with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove sample data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the sample data and start afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get support now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Bond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond could not unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary session: nothing will be saved. When you close Bond, it is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoreAbout</name>
    <message>
        <source>More about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bo&amp;undaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;ogress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this screen (never an exercise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dmin mode…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Places in Bond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters. It will also open your vault, for example if the keyring is ever lost. Nobody can recover it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current passphrase, then the new one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this, only this computer&apos;s keyring opens your vault. Type your passphrase to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part is private to %1. %1, please type your PIN or passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN keeps %1&apos;s private answers and boundaries from anyone else who uses Bond on this computer. Use 6 to 12 digits, or a passphrase of a few words, which is stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the current PIN, then the new one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a PIN, %1&apos;s private answers are protected by the vault only: anyone who can open Bond here could read them. Type the PIN to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please remember it. If it is forgotten, %1&apos;s private answers and boundary list are lost, and nothing else: agreements and reading stay. A PIN stops casual access on a shared computer, not someone who copies Bond&apos;s files and has time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, someone asked to reset this PIN. Typing your PIN cancels that, and nothing is deleted. Otherwise, in %2, the PIN is removed and %3&apos;s private answers and boundary list are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There were several wrong tries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new PINs are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN isn&apos;t right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN isn&apos;t right. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond could not do that just now. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 To keep this profile safe, you can try again in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current PIN or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN or passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyBar</name>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the notice about the policy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond could not use this computer&apos;s policy file, %1, so it is using its safest settings: a passphrase is required, it locks after %2 minutes, and exports are off. Please let whoever looks after this computer know. First problem: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyText</name>
    <message>
        <source>This is a temporary session. Nothing is written to disk, and everything disappears when you close Bond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key is kept in this computer&apos;s keyring, and your passphrase is a way back in if the keyring is ever lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key is kept in this computer&apos;s keyring, which opens when you log in to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key is locked behind your passphrase, which Bond asks for each time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write is kept only on this computer, in an encrypted vault. Bond never goes online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateAccess</name>
    <message>
        <source>%1&apos;s PIN was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone asked for it on this computer. After the 24-hour wait, on %2, Bond removed the PIN and deleted %1&apos;s private answers and boundary list. Shared agreements, revealed answers and reading are as they were. %1, set a new PIN in Settings to keep what you write next to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is doing this exercise?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN reset is cancelled. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your files are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;temporary session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a temporary session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Bond</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it&apos;s going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose practice to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time span to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in weeks, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries practised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly averages of the numbers you gave at the start and end of exercises, from 0 to 10. They are for noticing, not for judging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;numbers as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See every past &amp;session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See every past session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressFeature</name>
    <message>
        <source>check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair after conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calming and grounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <source>Upset, before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upset, after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close, before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close, after</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No check-ins in the last %n week(s). Whenever you are ready, one short check-in is a good place to start again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You checked in every week of the last %n week(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You checked in during %1 of the last %n week(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements made in this time, as last reviewed: %1 kept, %2 partly, %3 not yet, %4 changed, %5 retired, %6 not reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Boundaries practised: %n time(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Chart of weekly ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same numbers are in the table, shown with the checkbox below the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s progress is private. It opens with %1&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice in this time: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice recorded in this time yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings behind a PIN that was not given are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly averages of the numbers given at the start and end of exercises, from 0 to 10. They are for noticing, not for judging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No before-and-after numbers in this time yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingScale</name>
    <message>
        <source>Rating from 0, %1, to 10, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersFeature</name>
    <message>
        <source>Time for your check-in</source>
        <extracomment>A reminder is due: its neutral words, and whether it is for the weekly check-in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moment to practise, if you like</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Upset, before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upset, after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close, before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close, after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond: a summary of our practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2, for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond is a practice tool, not therapy. This summary is for talking things through, with each other or with someone you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreements in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly averages of the 0 to 10 numbers given before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No before-and-after numbers in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private answers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private items of %1 are not included: a PIN keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevealPanel</name>
    <message>
        <source>Share your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing private shows until both of you say you are ready. You can keep any answer to yourself. Each of you uses only your own box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &quot;%1&quot; to myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: I&apos;m ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers are showing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kept private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing written this time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause and continue later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a br&amp;eak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunnerScreen</name>
    <message>
        <source>Bond couldn&apos;t save just now (is the disk full?). Your words are still here, and Bond will try again as you type or move on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s turn, privately: only %1 looks at the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part is private to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, please open it with your PIN when only you can see the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1&apos;s P&amp;IN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the keyboard to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next part is just for %1. Press Next when only %1 can see the screen. What you write stays private unless you choose to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You finished. Press Finish to save agreements and boundaries and go back Home. Take a moment before you move on, if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Next to go ahead, or Stop if now is not the time. Either is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both of you can pause or stop at any time, without giving a reason. Get support now is always on F1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next: I&apos;m %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beg&amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ba&amp;ck to the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond did not save this: this person&apos;s keys don&apos;t match, so nothing private is written for them. Your words are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping is a skill, not a failure. Do you want to keep what you wrote, or delete it? Deleted answers are gone for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together, decide this with your partner: it applies to both of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go on with the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A break, together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop talking about it for now, with no last word. Go to separate places and do something soothing, not rehearsing the argument. A break is a promise to come back, never a punishment. Agree the time now; if you feel unsafe, leave and press F1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentedProgress</name>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes without use; 0 means never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows the next time Bond starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind us of our &amp;weekly check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the weekly check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the weekly check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ge&amp;ntle daily reminder to practise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PDF &amp;summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an encr&amp;ypted backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;a JSON export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the daily practice reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;ck after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breathing guide stays still and counts in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Bond when I log &amp;in (it opens locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders show inside Bond and as a notification while Bond is running. They only ever say &quot;Time for your check-in&quot; or &quot;A moment to practise&quot;, never anything you wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person&apos;s private answers and boundary list are sealed to them. A PIN keeps them from anyone else using Bond on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and PINs message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set or change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the pass&amp;phrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key in the &amp;keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep or remove the key in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault protection message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON or PDF file is not encrypted: anyone who opens it can read it. Keep it somewhere only you can reach, and delete it when you no longer need it. A backup stays encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include private answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers kept with a PIN are included only after that PIN is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsFeature</name>
    <message>
        <source>Working…</source>
        <extracomment>``prefs.idle_minutes`` changed: the shell re-applies its lock watcher&apos;s minutes. A &quot;Your data&quot; button: &quot;export-json&quot;, &quot;export-pdf&quot;, &quot;backup&quot;, &quot;restore&quot; or &quot;import&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond could not change this. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new passphrase is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is removed; the keyring opens your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is no longer kept in the keyring. Bond will ask for your passphrase when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is now kept in this computer&apos;s keyring too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s PIN is set. Private answers are now behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s PIN is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s PIN is removed. Private answers are protected by the vault only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s PIN was reset after the 24-hour wait, and %1&apos;s private answers and boundary list were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reset of %1&apos;s PIN is already waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was asked for on %2. In %3 the PIN is removed and %1&apos;s private answers and boundary list are deleted, unless %1&apos;s PIN is typed before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to reset %1&apos;s PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten PIN, not even Bond. A reset waits 24 hours. Meanwhile, the next time %1&apos;s PIN is asked for, Bond says that a reset was asked for and when, and typing the right PIN cancels it. After the wait, the PIN is removed and %1&apos;s private answers and boundary list are deleted for good. Shared agreements, revealed answers and reading stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask for a reset in 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reset of %1&apos;s PIN is asked for. Unless %1&apos;s PIN is typed before then, it happens in 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep trying to remember</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer asks for less motion, so the breathing guide stays still and counts in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breathing guide stays still and counts in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: locks after %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a passphrase is required to open Bond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: exports are turned off on this computer. Encrypted backups still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the key from the &amp;keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a passphrase first, so you can still get in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key in the &amp;keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring was found on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a PIN. Private answers open only with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN. Private answers are protected by the vault only, so anyone who can open Bond here could read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this system, add Bond to your login items yourself (see README).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepWidget</name>
    <message>
        <source>A question to start from, if you like:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to start from, if you like:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <source>Get support now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You don&apos;t have to be in crisis to call. These services listen, in confidence, and can help you think about what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where you are to see the right phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To settle right now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounding with &amp;your senses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slow breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About feeling unsafe with a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start 5-4-3-2-1 grounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the longer out-breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About feeling unsafe with a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows general information. Nothing is asked and nothing is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Everyone deserves to feel safe at home. If a partner frightens, threatens, hurts, watches or controls you, that is not your fault, and it is not a shared problem for the two of you to fix in exercises. Couples exercises and couples counselling are not the right tool for it.&lt;/p&gt;&lt;p&gt;The domestic abuse services above talk with people every day about what is happening and what they might do, in confidence, at whatever pace you choose. You don&apos;t have to be sure it is &quot;abuse&quot; to call.&lt;/p&gt;&lt;p&gt;If you think your computer or phone may be watched, a safer device (a library&apos;s, a trusted friend&apos;s) is better for looking up help. Bond&apos;s Hide button only helps against someone looking over your shoulder; it cannot hide that Bond is installed. Bond keeps no record that you opened this.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers were checked on the date shown next to each service. Bond is not an emergency service and does not contact anyone for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportScreen</name>
    <message>
        <source>If you are in danger now, call your local emergency number.</source>
        <extracomment>The services list shows about this many lines before it scrolls, at any text size.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of support services could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In danger right now? Call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond has no local services listed for this place yet. Your doctor, a local hospital or a community health service can point you to help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextStep</name>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only as much as you want.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TurnsPanel</name>
    <message>
        <source>Taking turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak for yourself, a little at a time, then pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 speaks. %2 listens without answering back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: I&apos;ve said my piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say back what you heard, in your own words. No fixing, no rebuttal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, say back what you heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: I&apos;ve said it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, did %2 get it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, that&apos;s it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite: I&apos;ll say it another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You both had the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. You can go on when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is locked. Type your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;temporary session instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a temporary session instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will be saved, and your vault stays locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond cannot recover a forgotten passphrase: it is the only way into the vault. A wrong try changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultFeature</name>
    <message>
        <source>Bond could not finish setting up. Nothing was saved.</source>
        <extracomment>A vault is open (the shell shows the temporary-session banner, records use). The vault is open and has its people: Bond can show Home.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Please try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond could not unlock the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a temporary session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is from a newer Bond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond could not open your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond could not open your vault, even from its latest backup, so what does not fit may be the vault&apos;s key file (vault.header) rather than the vault itself: a key file copied from another vault, for example. Bond has not deleted anything; the file the backup replaced is kept in the kept-aside folder. If you have another copy of this vault folder, putting its vault.header back may open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest backup is damaged too. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault folder: %1
Bond&apos;s log (it never holds what you wrote): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest backup? The current vault file is kept aside in the vault folder, not deleted. Anything written after the backup was taken will not be in the restored vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YourDataFeature</name>
    <message>
        <source>Bond could not write there (is the disk full or the folder read-only?).</source>
        <extracomment>What is under way or went wrong (text, whether it is an error), for the Settings screen. An import may have added people: the Settings screen reads them again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. It is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PDF summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an encrypted backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond backup (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault opens with this computer&apos;s keyring, which a backup cannot take along. Choose a passphrase for the backup: you will need it to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved to %1. It is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup opens only with a keyring this computer does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace what is in Bond now with this backup? The vault that is here now is kept aside in Bond&apos;s folder, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s). Anything already here was left as it was.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: everything in the file was already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some private answers in this file belong to someone with a PIN. Open Boundaries and give that PIN, then import again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Circle</name>
    <message>
        <source>Breathing circle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
