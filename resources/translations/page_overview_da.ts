<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>OverviewPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdatér</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Opdatér (F5)</translation>
    </message>
    <message>
        <source>Nothing waits here.</source>
        <translation>Intet venter her.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Svarfrist</translation>
    </message>
    <message>
        <source>Desk&apos;s deadline</source>
        <translation>Anvisningsfrist</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>Brevdato</translation>
    </message>
    <message>
        <source>Oldest decision</source>
        <translation>Ældste afgørelse</translation>
    </message>
    <message>
        <source>{text}
Enter or double-click: {action}</source>
        <translation>{text}
Enter eller dobbeltklik: {action}</translation>
    </message>
    <message>
        <source>Enter: {action}</source>
        <translation>Enter: {action}</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Svarfrist</translation>
    </message>
</context>
</TS>
