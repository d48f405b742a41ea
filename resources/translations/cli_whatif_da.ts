<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>WhatIfCli</name>
    <message>
        <source>Replay a past period with changed settings of the agreement</source>
        <translation>Genspil en tidligere periode med ændrede indstillinger i aftalen</translation>
    </message>
    <message>
        <source>the period&apos;s first day (01.01.2025 or 2025-01-01)</source>
        <translation>periodens første dag (01.01.2025 eller 2025-01-01)</translation>
    </message>
    <message>
        <source>the period&apos;s last day</source>
        <translation>periodens sidste dag</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>NØGLE=VÆRDI</translation>
    </message>
    <message>
        <source>a change, e.g. share.green=30, colour.145/07=red, ceiling.family.2=5600, occupancy.extra_rooms=2 (repeat for more)</source>
        <translation>en ændring, fx share.green=30, colour.145/07=red, ceiling.family.2=5600, occupancy.extra_rooms=2 (gentag for flere)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maskinlæsbart output</translation>
    </message>
</context>
</TS>
