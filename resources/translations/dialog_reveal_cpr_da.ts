<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>PurposeDialog</name>
    <message>
        <source>&amp;Purpose (written to the access log):</source>
        <translation>&amp;Formål (skrives i adgangsloggen):</translation>
    </message>
    <message>
        <source>Choose or write why you need it</source>
        <translation>Vælg eller skriv hvorfor du skal bruge det</translation>
    </message>
</context>
</TS>
