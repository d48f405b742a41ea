<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>WhatIfChangesDialog</name>
    <message>
        <source>Changes to the agreement</source>
        <translation>Ændringer i aftalen</translation>
    </message>
    <message>
        <source>The values start as in force on {day}; a changed value holds for the whole period replayed.</source>
        <translation>Værdierne er som de gælder den {day}; en ændret værdi gælder i hele den genspillede periode.</translation>
    </message>
    <message>
        <source>{department}: {colour}</source>
        <translation>{department}: {colour}</translation>
    </message>
    <message>
        <source>Choose a department from the list.</source>
        <translation>Vælg en afdeling på listen.</translation>
    </message>
</context>
<context>
    <name>WhatIfChangesForm</name>
    <message>
        <source>The share of their vacancies the departments report:</source>
        <translation>Den andel af deres ledige boliger, afdelingerne indmelder:</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Andele</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Type the department&apos;s number or name</source>
        <translation>Skriv afdelingens nummer eller navn</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <source>Departments given another colour</source>
        <translation>Afdelinger med en anden farve</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>A department with this colour for the whole period:</source>
        <translation>En afdeling med denne farve i hele perioden:</translation>
    </message>
    <message>
        <source>Department colours</source>
        <translation>Afdelingers farve</translation>
    </message>
    <message>
        <source>Rent ceilings</source>
        <translation>Huslejelofter</translation>
    </message>
    <message>
        <source>At most &amp;persons a room:</source>
        <translation>Højst &amp;personer pr. rum:</translation>
    </message>
    <message>
        <source>At most rooms &amp;more than persons:</source>
        <translation>Højst rum flere &amp;end personer:</translation>
    </message>
    <message>
        <source>Occupancy norm</source>
        <translation>Belægningsnorm</translation>
    </message>
</context>
</TS>
