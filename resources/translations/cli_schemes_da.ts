<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>SchemesCli</name>
    <message>
        <source>Housing schemes: list those in force</source>
        <translation>Boligordninger: vis dem, der gælder</translation>
    </message>
    <message>
        <source>The housing schemes in force on a day, with their terms</source>
        <translation>Boligordningerne, der gælder på en dag, med deres vilkår</translation>
    </message>
    <message>
        <source>default: today</source>
        <translation>standard: i dag</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maskinlæsbart output (JSON)</translation>
    </message>
</context>
</TS>
