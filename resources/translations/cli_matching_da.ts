<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>MatchingCli</name>
    <message>
        <source>The ranked candidates of a dwelling, with reasons, and every excluded applicant</source>
        <translation>En boligs kandidater i rækkefølge med begrundelser og alle udelukkede boligsøgende</translation>
    </message>
    <message>
        <source>default: today</source>
        <translation>standard: i dag</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maskinlæsbart output (JSON)</translation>
    </message>
    <message>
        <source>list every candidate, not the first 20</source>
        <translation>vis alle kandidater, ikke kun de første 20</translation>
    </message>
</context>
</TS>
