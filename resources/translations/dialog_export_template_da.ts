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
        <source>The organisation fills in its vacancies in the template; its lists offer the organisation&apos;s departments. A filled-in template is imported without questions.</source>
        <translation>Boligorganisationen udfylder sine ledige boliger i skabelonen; listerne viser organisationens afdelinger. En udfyldt skabelon indlæses uden spørgsmål.</translation>
    </message>
</context>
</TS>
