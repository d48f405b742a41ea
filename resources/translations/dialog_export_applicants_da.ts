<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ExportApplicantsDialog</name>
    <message>
        <source>Export the applicant list</source>
        <translation>Udtræk af boligsøgende</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Kolonner:</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statusser</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Target &amp;groups:</source>
        <translation>Mål&amp;grupper:</translation>
    </message>
    <message>
        <source>Why the list leaves Anvis</source>
        <translation>Hvorfor listen forlader Anvis</translation>
    </message>
    <message>
        <source>Applicants.xlsx</source>
        <translation>Boligsøgende.xlsx</translation>
    </message>
    <message>
        <source>CPR numbers are masked; sensitive facts are never exported. The export is logged for each applicant with the purpose.</source>
        <translation>CPR-numre er maskerede; følsomme oplysninger udtrækkes aldrig. Udtrækket logges for hver boligsøgende med formålet.</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Vælg mindst én kolonne.</translation>
    </message>
</context>
</TS>
