<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Udtræk</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Boligorganisation:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Formål:</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>F&amp;il:</translation>
    </message>
    <message>
        <source>Choose the organisation.</source>
        <translation>Vælg boligorganisationen.</translation>
    </message>
    <message>
        <source>Write the purpose of the export.</source>
        <translation>Skriv formålet med udtrækket.</translation>
    </message>
    <message>
        <source>Choose the file.</source>
        <translation>Vælg filen.</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Udtrækker...</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>V&amp;ælg...</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Gem som</translation>
    </message>
</context>
</TS>
