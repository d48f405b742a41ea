<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>LandlordNoticeDialog</name>
    <message>
        <source>New dwelling from a private landlord</source>
        <translation>Ny bolig fra privat udlejer</translation>
    </message>
    <message>
        <source>Landl&amp;ord:</source>
        <translation>&amp;Udlejer:</translation>
    </message>
    <message>
        <source>Received o&amp;n:</source>
        <translation>M&amp;odtaget den:</translation>
    </message>
    <message>
        <source>No private landlord is registered. Register it first under Departments &gt; Private landlords.</source>
        <translation>Der er ikke registreret nogen privat udlejer. Opret udlejeren først under Afdelinger &gt; Private udlejere.</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <source>Answer the landlord by {date}: {n} working day after the notice.</source>
        <translation>Svar udlejeren senest {date}: {n} arbejdsdag efter meddelelsen.</translation>
    </message>
    <message>
        <source>Answer the landlord by {date}: {n} working days after the notice.</source>
        <translation>Svar udlejeren senest {date}: {n} arbejdsdage efter meddelelsen.</translation>
    </message>
    <message>
        <source>Choose the private landlord.</source>
        <translation>Vælg den private udlejer.</translation>
    </message>
</context>
</TS>
