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
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Boligorganisation:</translation>
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
        <source>&amp;Purpose:</source>
        <translation>&amp;Formål:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>F&amp;il:</translation>
    </message>
    <message>
        <source>The workbook holds the tenants&apos; names, phone numbers and e-mail addresses; the export is logged for each of them with the purpose.</source>
        <translation>Regnearket indeholder lejernes navne, telefonnumre og e-mailadresser; udtrækket logges for hver af dem med formålet.</translation>
    </message>
    <message>
        <source>Choose the organisation.</source>
        <translation>Vælg boligorganisationen.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
    <message>
        <source>Write the purpose of the export.</source>
        <translation>Skriv formålet med udtrækket.</translation>
    </message>
    <message>
        <source>Choose the file.</source>
        <translation>Vælg filen.</translation>
    </message>
</context>
</TS>
