<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Undo</name>
    <message>
        <source>There is no decision of yours to undo.</source>
        <translation>Der er ingen afgørelse af dig at fortryde.</translation>
    </message>
</context>
<context>
    <name>VacanciesCli</name>
    <message>
        <source>unknown status {unknown} (one of {known})</source>
        <translation>ukendt status {unknown} (en af {known})</translation>
    </message>
    <message>
        <source>Vacant dwellings: list, decide, confirm proposals, undo</source>
        <translation>Ledige boliger: vis, afgør, bekræft forslag, fortryd</translation>
    </message>
    <message>
        <source>The dwellings with their eligible-candidate counts</source>
        <translation>Boligerne med antallet af mulige kandidater</translation>
    </message>
    <message>
        <source>e.g. received,accepted</source>
        <translation>f.eks. received,accepted</translation>
    </message>
    <message>
        <source>only this housing organisation</source>
        <translation>kun denne boligorganisation</translation>
    </message>
    <message>
        <source>only the dwellings of this housing scheme</source>
        <translation>kun boligerne i denne boligordning</translation>
    </message>
    <message>
        <source>only the dwellings of one import (last: the newest)</source>
        <translation>kun boligerne fra én import (last: den nyeste)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maskinlæsbart output (JSON)</translation>
    </message>
    <message>
        <source>Accept or return one received dwelling</source>
        <translation>Acceptér eller returnér én modtaget bolig</translation>
    </message>
    <message>
        <source>accept the dwelling</source>
        <translation>acceptér boligen</translation>
    </message>
    <message>
        <source>return it</source>
        <translation>returnér den</translation>
    </message>
    <message>
        <source>why (needed to return, or to accept against the proposal or without eligible candidates)</source>
        <translation>hvorfor (kræves for at returnere, eller for at acceptere imod forslaget eller uden mulige kandidater)</translation>
    </message>
    <message>
        <source>say what it needs; decide nothing</source>
        <translation>sig, hvad der kræves; afgør intet</translation>
    </message>
    <message>
        <source>Accept or return received dwellings as the intake check proposes</source>
        <translation>Acceptér eller returnér modtagne boliger, som forslaget lyder</translation>
    </message>
    <message>
        <source>why, when dwellings without eligible candidates are accepted</source>
        <translation>hvorfor, når boliger uden mulige kandidater accepteres</translation>
    </message>
    <message>
        <source>show what would happen per organisation</source>
        <translation>vis, hvad der ville ske pr. boligorganisation</translation>
    </message>
    <message>
        <source>Undo your last decision or confirmation if nothing followed</source>
        <translation>Fortryd din seneste afgørelse eller bekræftelse, hvis intet er fulgt efter</translation>
    </message>
    <message>
        <source>show what would be undone</source>
        <translation>vis, hvad der ville blive fortrudt</translation>
    </message>
    <message>
        <source>Import an organisation&apos;s spreadsheet of vacant dwellings (.xlsx, .xlsm, .xls, .ods, .csv)</source>
        <translation>Importér en boligorganisations regneark med ledige boliger (.xlsx, .xlsm, .xls, .ods, .csv)</translation>
    </message>
    <message>
        <source>the spreadsheet</source>
        <translation>regnearket</translation>
    </message>
    <message>
        <source>the housing organisation&apos;s number (default: found from the department numbers)</source>
        <translation>boligorganisationens nummer (standard: findes ud fra afdelingsnumrene)</translation>
    </message>
    <message>
        <source>the housing scheme the dwellings belong to (anvis schemes list; default: ordinary)</source>
        <translation>boligordningen, boligerne hører til (anvis schemes list; standard: ordinary)</translation>
    </message>
    <message>
        <source>No vacancy file has been imported yet.</source>
        <translation>Der er ikke indlæst nogen fil med ledige boliger endnu.</translation>
    </message>
    <message>
        <source>--import takes an import number or last.</source>
        <translation>--import tager et indlæsningsnummer eller last.</translation>
    </message>
    <message>
        <source>{n} dwelling.</source>
        <translation>{n} bolig.</translation>
    </message>
    <message>
        <source>{n} dwellings.</source>
        <translation>{n} boliger.</translation>
    </message>
    <message>
        <source>Dwelling {id} accepted.</source>
        <translation>Bolig {id} er accepteret.</translation>
    </message>
    <message>
        <source>Dwelling {id} returned to the organisation.</source>
        <translation>Bolig {id} er returneret til boligorganisationen.</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Fortrudt: {what}</translation>
    </message>
</context>
</TS>
