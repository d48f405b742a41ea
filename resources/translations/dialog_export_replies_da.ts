<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ExportRepliesDialog</name>
    <message>
        <source>Reply to a housing organisation</source>
        <translation>Svar til en boligorganisation</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>The workbook holds the tenants&apos; names, phone numbers and e-mail addresses; the export is logged for each of them with the purpose.</source>
        <translation>Regnearket indeholder lejernes navne, telefonnumre og e-mailadresser; udtrækket logges for hver af dem med formålet.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
</context>
</TS>
