<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ExportTemplateDialog</name>
    <message>
        <source>Intake template for an organisation</source>
        <translation>Indmeldingsskabelon til en boligorganisation</translation>
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
        <source>&amp;File:</source>
        <translation>F&amp;il:</translation>
    </message>
    <message>
        <source>The organisation fills in its vacancies in the template; its lists offer the organisation&apos;s departments. A filled-in template is imported without questions.</source>
        <translation>Boligorganisationen udfylder sine ledige boliger i skabelonen; listerne viser organisationens afdelinger. En udfyldt skabelon indlæses uden spørgsmål.</translation>
    </message>
    <message>
        <source>Choose the organisation.</source>
        <translation>Vælg boligorganisationen.</translation>
    </message>
    <message>
        <source>Choose the file.</source>
        <translation>Vælg filen.</translation>
    </message>
</context>
</TS>
