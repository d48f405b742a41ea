<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>VacanciesPage</name>
    <message>
        <source>Private landlord: {name}</source>
        <translation>Privat udlejer: {name}</translation>
    </message>
    <message>
        <source>Who sent the file?</source>
        <translation>Hvem har sendt filen?</translation>
    </message>
    <message>
        <source>Which housing organisation or private landlord sent {file}?</source>
        <translation>Hvilken boligorganisation eller privat udlejer har sendt {file}?</translation>
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
