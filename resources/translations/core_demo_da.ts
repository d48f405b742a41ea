<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Demo</name>
    <message>
        <source>Organisations and departments</source>
        <translation>Boligorganisationer og afdelinger</translation>
    </message>
    <message>
        <source>Applicants and dwellings</source>
        <translation>Boligsøgende og boliger</translation>
    </message>
    <message>
        <source>The desk's decisions</source>
        <translation>Anvisningens afgørelser</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Tilbud</translation>
    </message>
</context>
</TS>