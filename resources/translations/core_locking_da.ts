<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Locking</name>
    <message>
        <source>someone else</source>
        <translation>en anden</translation>
    </message>
    <message>
        <source>{user} changed this record on {time}, after you opened it. Nothing of yours was saved: reload to see their change, or compare their values with yours.</source>
        <translation>{user} ændrede posten {time}, efter at du åbnede den. Intet af dit blev gemt: genindlæs for at se ændringen, eller sammenlign værdierne med dine.</translation>
    </message>
    <message>
        <source>Someone else deleted this record after you opened it. Close it; nothing was saved.</source>
        <translation>En anden har slettet posten, efter at du åbnede den. Luk den; intet blev gemt.</translation>
    </message>
</context>
</TS>
