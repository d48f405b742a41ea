<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>IntakeSection</name>
    <message>
        <source>Vacancy intake</source>
        <translation>Modtagelse af ledige boliger</translation>
    </message>
    <message>
        <source>A dwelling is relevant when its rent incl. a conto is at most the ceiling for its type and size; otherwise the intake check proposes to return it.</source>
        <translation>En bolig er relevant, når huslejen inkl. aconto højst er loftet for dens type og størrelse; ellers foreslår modtagekontrollen at returnere den.</translation>
    </message>
    <message>
        <source>Rent ceilings a month, incl. a conto</source>
        <translation>Huslejelofter pr. måned inkl. aconto</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Frister</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> arbejdsdage</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>The desk names a tenant within:</source>
        <translation>Anvisningen anviser en lejer inden for:</translation>
    </message>
    <message>
        <source>The citizen replies within:</source>
        <translation>Borgeren svarer inden for:</translation>
    </message>
    <message>
        <source>Warn before a deadline:</source>
        <translation>Advar før en frist:</translation>
    </message>
    <message>
        <source>{type} (rooms ≤ {rooms}):</source>
        <translation>{type} (værelser ≤ {rooms}):</translation>
    </message>
    <message>
        <source>Saved. New intake checks use these values.</source>
        <translation>Gemt. Nye modtagekontroller bruger disse værdier.</translation>
    </message>
</context>
</TS>
