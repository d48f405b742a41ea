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
