<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>VacanciesPage</name>
    <message>
        <source>Which organisation?</source>
        <translation>Hvilken boligorganisation?</translation>
    </message>
    <message>
        <source>Which housing organisation sent {file}?</source>
        <translation>Hvilken boligorganisation har sendt {file}?</translation>
    </message>
    <message>
        <source>Import vacancies</source>
        <translation>Importér ledige boliger</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Kontrollerer filen</translation>
    </message>
</context>
</TS>
