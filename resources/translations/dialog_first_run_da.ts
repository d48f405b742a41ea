<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Anvis - first start</source>
        <translation>Anvis - første start</translation>
    </message>
    <message>
        <source>Anvis - choose a database</source>
        <translation>Anvis - vælg en database</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>Vælg en database</translation>
    </message>
    <message>
        <source>Anvis cannot open the database. {problem}</source>
        <translation>Anvis kan ikke åbne databasen. {problem}</translation>
    </message>
    <message>
        <source>Master data workbook</source>
        <translation>Regneark med stamdata</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
        <translation>Regneark (*.xlsx *.xlsm *.xls *.ods);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Choose the master data workbook, or untick the import.</source>
        <translation>Vælg regnearket med stamdata, eller fravælg importen.</translation>
    </message>
    <message>
        <source>Master data imported</source>
        <translation>Stamdata indlæst</translation>
    </message>
    <message>
        <source>Importing the master data...</source>
        <translation>Importerer stamdata...</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <source>Welcome to Anvis</source>
        <translation>Velkommen til Anvis</translation>
    </message>
    <message>
        <source>Choose the database this workstation works with. You can change it later under Settings &gt; Database.</source>
        <translation>Vælg den database, denne arbejdsplads arbejder i. Du kan ændre det senere under Indstillinger &gt; Database.</translation>
    </message>
    <message>
        <source>Try Anvis with the &amp;demo database (invented people and dwellings)</source>
        <translation>Prøv Anvis med &amp;demodatabasen (opdigtede personer og boliger)</translation>
    </message>
    <message>
        <source>Start with an &amp;empty database on this PC (one workstation)</source>
        <translation>Start med en &amp;tom database på denne pc (én arbejdsplads)</translation>
    </message>
    <message>
        <source>&amp;Connect to the desk&apos;s shared database on a server (several workstations)</source>
        <translation>&amp;Forbind til anvisningens fælles database på en server (flere arbejdspladser)</translation>
    </message>
    <message>
        <source>The shared server (from IT)</source>
        <translation>Den fælles server (fra IT)</translation>
    </message>
    <message>
        <source>&amp;Import organisations and departments from a workbook:</source>
        <translation>&amp;Importér boligorganisationer og afdelinger fra et regneark:</translation>
    </message>
    <message>
        <source>the master data workbook (.xlsx)</source>
        <translation>regnearket med stamdata (.xlsx)</translation>
    </message>
    <message>
        <source>Master data workbook</source>
        <translation>Regneark med stamdata</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Gennemse...</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>empty if IT set up a login without one</source>
        <translation>tom, hvis IT har sat et login uden adgangskode op</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test forbindelsen</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Bruger:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>SS&amp;L:</source>
        <translation>SS&amp;L:</translation>
    </message>
</context>
</TS>
