<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ReportsActions</name>
    <message>
        <source>Saved {file}.</source>
        <translation>Gemt: {file}.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Gem rapporten</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Gemmer rapporten</translation>
    </message>
    <message>
        <source>Yearly follow-up</source>
        <translation>Årlig opfølgning</translation>
    </message>
    <message>
        <source>The follow-up on the joint letting agreement for the year:</source>
        <translation>Opfølgning på udlejningsaftalen for året:</translation>
    </message>
    <message>
        <source>Follow-up {year}.pdf</source>
        <translation>Opfølgning {year}.pdf</translation>
    </message>
    <message>
        <source>Save the yearly follow-up</source>
        <translation>Gem den årlige opfølgning</translation>
    </message>
    <message>
        <source>Making the yearly follow-up</source>
        <translation>Laver den årlige opfølgning</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>Udtrukket.</translation>
    </message>
    <message>
        <source>Quota {start} {end}.xlsx</source>
        <translation>Anvisningsandel {start} {end}.xlsx</translation>
    </message>
    <message>
        <source>Save the quota</source>
        <translation>Gem anvisningsandelen</translation>
    </message>
    <message>
        <source>Saving the quota</source>
        <translation>Gemmer anvisningsandelen</translation>
    </message>
    <message>
        <source>Placements {day}.xlsx</source>
        <translation>Indplaceringer {day}.xlsx</translation>
    </message>
    <message>
        <source>Save the placement table</source>
        <translation>Gem indplaceringstabellen</translation>
    </message>
    <message>
        <source>Saving the placement table</source>
        <translation>Gemmer indplaceringstabellen</translation>
    </message>
</context>
</TS>
