<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BoundariesScreen</name>
    <message numerus="yes">
        <source>used %n time(s)</source>
        <translation>
            <numerusform>used %n time</numerusform>
            <numerusform>used %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExercisesScreen</name>
    <message numerus="yes">
        <source>%n content file(s) could not be loaded and were skipped. Details are in the log.</source>
        <translation>
            <numerusform>%n content file could not be loaded and was skipped. Details are in the log.</numerusform>
            <numerusform>%n content files could not be loaded and were skipped. Details are in the log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n article found</numerusform>
            <numerusform>%n articles found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message numerus="yes">
        <source>No check-ins in the last %n week(s). Whenever you are ready, one short check-in is a good place to start again.</source>
        <translation>
            <numerusform>No check-in in the last week. Whenever you are ready, one short check-in is a good place to start again.</numerusform>
            <numerusform>No check-ins in the last %n weeks. Whenever you are ready, one short check-in is a good place to start again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You checked in every week of the last %n week(s).</source>
        <translation>
            <numerusform>You checked in last week.</numerusform>
            <numerusform>You checked in every week of the last %n weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You checked in during %1 of the last %n week(s).</source>
        <translation>
            <numerusform>You checked in during %1 of the last %n week.</numerusform>
            <numerusform>You checked in during %1 of the last %n weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Boundaries practised: %n time(s).</source>
        <translation>
            <numerusform>Boundaries practised: %n time.</numerusform>
            <numerusform>Boundaries practised: %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YourDataFeature</name>
    <message numerus="yes">
        <source>Imported %n item(s). Anything already here was left as it was.</source>
        <translation>
            <numerusform>Imported %n item. Anything already here was left as it was.</numerusform>
            <numerusform>Imported %n items. Anything already here was left as it was.</numerusform>
        </translation>
    </message>
</context>
</TS>
