<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>PlacementDialog</name>
    <message>
        <source>New placement: {org}-{number} {name}</source>
        <translation>Ny indplacering: {org}-{number} {name}</translation>
    </message>
    <message>
        <source>The department has no placement today.</source>
        <translation>Afdelingen har ingen indplacering i dag.</translation>
    </message>
    <message>
        <source>Today: {colour} from {start}. The new placement ends it the day before.</source>
        <translation>I dag: {colour} fra {start}. Den nye indplacering afslutter den dagen før.</translation>
    </message>
</context>
<context>
    <name>PlacementForm</name>
    <message>
        <source>Ends &amp;on:</source>
        <translation>Slutter &amp;den:</translation>
    </message>
    <message>
        <source>e.g. the yearly review with the organisation</source>
        <translation>fx den årlige gennemgang med boligorganisationen</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farve:</translation>
    </message>
    <message>
        <source>&amp;Flexible letting:</source>
        <translation>&amp;Fleksibel udlejning:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Gælder f&amp;ra:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
</context>
</TS>
