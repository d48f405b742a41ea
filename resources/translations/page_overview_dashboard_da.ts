<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>DashboardWidget</name>
    <message>
        <source>Figures</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <source>Period of the figures</source>
        <translation>Periode for nøgletallene</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Open &amp;reports</source>
        <translation>Åbn &amp;rapporter</translation>
    </message>
</context>
</TS>
