<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>VacancyFilterBar</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open (received, accepted, offered)</source>
        <translation>Åbne (modtaget, accepteret, tilbudt)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Boligorganisation</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle boligorganisationer</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Alle farver</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Ingen farve</translation>
    </message>
    <message>
        <source>Dwelling type</source>
        <translation>Boligtype</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Alle frister</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Snart</translation>
    </message>
    <message>
        <source>Due later</source>
        <translation>Senere</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Indlæsning</translation>
    </message>
    <message>
        <source>All imports</source>
        <translation>Alle indlæsninger</translation>
    </message>
    <message>
        <source>Address, lease or department… (Ctrl+F)</source>
        <translation>Adresse, lejemål eller afdeling… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>This import: {name}</source>
        <translation>Denne indlæsning: {name}</translation>
    </message>
</context>
</TS>
