<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>TodayCli</name>
    <message>
        <source>The day&apos;s work queue: dwellings to decide, offers to make and send, letters, replies</source>
        <translation>Dagens arbejde: boliger at afgøre, tilbud at lave og sende, breve, svar</translation>
    </message>
    <message>
        <source>only the dwellings of this housing scheme, their offers and letters (anvis schemes list)</source>
        <translation>kun boligerne i denne boligordning, deres tilbud og breve (anvis schemes list)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maskinlæsbart output (JSON)</translation>
    </message>
</context>
</TS>
