<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>StatusDialog</name>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Ny status:</translation>
    </message>
    <message>
        <source>Paused &amp;until:</source>
        <translation>Pause &amp;til:</translation>
    </message>
    <message>
        <source>&amp;Reason for removal:</source>
        <translation>&amp;Begrundelse for sletning:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Be&amp;mærkning:</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Skift status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Paused until</source>
        <translation>Pause til</translation>
    </message>
    <message>
        <source>Reason for removal</source>
        <translation>Begrundelse for sletning</translation>
    </message>
</context>
</TS>
