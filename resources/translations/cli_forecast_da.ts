<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ForecastCli</name>
    <message>
        <source>Estimated waits for a suitable offer</source>
        <translation>Anslået ventetid til et passende tilbud</translation>
    </message>
    <message>
        <source>One applicant&apos;s estimated wait, from the dwellings of the last months (an estimate, not a promise)</source>
        <translation>En boligsøgendes anslåede ventetid ud fra de seneste måneders boliger (et skøn, ikke et løfte)</translation>
    </message>
    <message>
        <source>applicant number</source>
        <translation>den boligsøgendes nummer</translation>
    </message>
    <message>
        <source>the day of the estimate (default: today)</source>
        <translation>dagen for skønnet (standard: i dag)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maskinlæsbart output (JSON)</translation>
    </message>
    <message>
        <source>Applicant {id}</source>
        <translation>Boligsøgende {id}</translation>
    </message>
</context>
</TS>
