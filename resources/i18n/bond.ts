<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
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
        <source>Use a &amp;passphrase that I type each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a passphrase that I type each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary session: nothing will be sa&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary session, nothing will be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same &amp;again</source>
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
    <name>Home</name>
    <message>
        <source>Greeting</source>
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
        <source>&amp;Add partner</source>
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
    <name>MainWindow</name>
    <message>
        <source>Bond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the Home screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme, text size and how your vault is protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get support now (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get support now</source>
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
        <source>&amp;Bond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
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
        <source>&amp;About Bond</source>
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
        <source>Te&amp;xt size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault</source>
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
</TS>
