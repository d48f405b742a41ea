<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ApplicantImportDialog</name>
    <message>
        <source>Import applicants</source>
        <translation>Importér boligsøgende</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>{total}: {new} to import, {errors} with errors (not imported), {duplicates} (not imported).</source>
        <translation>{total}: {new} importeres, {errors} med fejl (importeres ikke), {duplicates} (importeres ikke).</translation>
    </message>
    <message>
        <source>{n} applicant</source>
        <translation>{n} boligsøgende</translation>
    </message>
    <message>
        <source>{n} applicants</source>
        <translation>{n} boligsøgende</translation>
    </message>
    <message>
        <source>This file was imported before.</source>
        <translation>Denne fil er importeret før.</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}.</source>
        <translation>Kolonner der ikke importeres: {columns}.</translation>
    </message>
    <message>
        <source>The file has no column for: {fields}.</source>
        <translation>Filen har ingen kolonne til: {fields}.</translation>
    </message>
    <message>
        <source>Anvis found no header row with the columns it needs ({missing}). Choose which column holds what with Columns…; your choice is remembered for the desk&apos;s next applicant lists.</source>
        <translation>Anvis fandt ingen overskriftsrække med de kolonner, der skal bruges ({missing}). Vælg med Kolonner…, hvilken kolonne der rummer hvad; dit valg huskes til anvisningens næste lister over boligsøgende.</translation>
    </message>
    <message>
        <source>Anvis found no header row in the file. Add a row with the column names above the applicants, or check that it is the right file.</source>
        <translation>Anvis fandt ingen overskriftsrække i filen. Tilføj en række med kolonnernes navne over de boligsøgende, eller tjek, at det er den rigtige fil.</translation>
    </message>
    <message>
        <source>Your choices are remembered for the desk&apos;s next lists.</source>
        <translation>Dine valg huskes til anvisningens næste lister.</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Tjekker filen</translation>
    </message>
    <message>
        <source>Importing applicants</source>
        <translation>Importerer boligsøgende</translation>
    </message>
    <message>
        <source>Checking {file}</source>
        <translation>Kontrollerer {file}</translation>
    </message>
</context>
<context>
    <name>ApplicantImportLayout</name>
    <message>
        <source>Show only rows with &amp;errors or duplicates</source>
        <translation>Vis kun rækker med &amp;fejl eller dubletter</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Filens rækker</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Kolonner…</translation>
    </message>
    <message>
        <source>Choose which column of the file holds what</source>
        <translation>Vælg, hvilken kolonne i filen der rummer hvad</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
</context>
</TS>
