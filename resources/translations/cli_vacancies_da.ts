<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Undo</name>
    <message>
        <source>There is no decision of yours to undo.</source>
        <translation>Der er ingen afgørelse af dig at fortryde.</translation>
    </message>
</context>
<context>
    <name>VacanciesCli</name>
    <message>
        <source>No vacancy file has been imported yet.</source>
        <translation>Der er ikke indlæst nogen fil med ledige boliger endnu.</translation>
    </message>
    <message>
        <source>--import takes an import number or last.</source>
        <translation>--import tager et indlæsningsnummer eller last.</translation>
    </message>
    <message>
        <source>1 dwelling.</source>
        <translation>1 bolig.</translation>
    </message>
    <message>
        <source>{count} dwellings.</source>
        <translation>{count} boliger.</translation>
    </message>
    <message>
        <source>Dwelling {id} accepted.</source>
        <translation>Bolig {id} er accepteret.</translation>
    </message>
    <message>
        <source>Dwelling {id} returned to the organisation.</source>
        <translation>Bolig {id} er returneret til boligorganisationen.</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Fortrudt: {what}</translation>
    </message>
</context>
</TS>
