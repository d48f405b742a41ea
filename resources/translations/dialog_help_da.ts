<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help - {page}</source>
        <translation>Hjælp - {page}</translation>
    </message>
    <message>
        <source>There is no help for this page yet.</source>
        <translation>Der er endnu ingen hjælp til denne side.</translation>
    </message>
</context>
<context>
    <name>HelpView</name>
    <message>
        <source>Help topics</source>
        <translation>Hjælpens emner</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Emner</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hjælpetekst</translation>
    </message>
</context>
</TS>
