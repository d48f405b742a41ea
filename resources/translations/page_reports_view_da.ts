<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ReportView</name>
    <message>
        <source>{chart}: nothing to draw - every value in the period is 0 or not known.</source>
        <translation>{chart}: intet at vise - alle værdier i perioden er 0 eller ukendte.</translation>
    </message>
    <message>
        <source>Period: {start} - {end}</source>
        <translation>Periode: {start} - {end}</translation>
    </message>
</context>
<context>
    <name>TableBlock</name>
    <message>
        <source>Nothing in the period.</source>
        <translation>Intet i perioden.</translation>
    </message>
</context>
</TS>
