<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>IntakePreviewDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Boligorganisation</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Kolonner…</translation>
    </message>
    <message>
        <source>Show only rows with &amp;errors or duplicates</source>
        <translation>Vis kun rækker med &amp;fejl eller dubletter</translation>
    </message>
    <message>
        <source>Columns not understood</source>
        <translation>Kolonner, der ikke er forstået</translation>
    </message>
    <message>
        <source>&amp;Use the suggestions</source>
        <translation>&amp;Brug forslagene</translation>
    </message>
    <message>
        <source>Read the columns as suggested, remember it for this organisation and check the file again</source>
        <translation>Læs kolonnerne som foreslået, husk det for denne boligorganisation, og tjek filen igen</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Filens rækker</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>Import vacancies</source>
        <translation>Importér ledige boliger</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Overskrift i filen</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Første værdi</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(intet)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <source>Housing scheme</source>
        <translation>Boligordning</translation>
    </message>
    <message>
        <source>&amp;Sent by:</source>
        <translation>&amp;Afsender:</translation>
    </message>
    <message>
        <source>Housing &amp;scheme:</source>
        <translation>B&amp;oligordning:</translation>
    </message>
    <message>
        <source>Private landlord: {name}</source>
        <translation>Privat udlejer: {name}</translation>
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
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Lease number</source>
        <translation>Lejemålsnummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <translation>Postnr. og by</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Værelser</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>Husleje</translation>
    </message>
    <message>
        <source>A conto</source>
        <translation>Aconto</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Ledig fra</translation>
    </message>
    <message>
        <source>{file} (sheets: {sheets})</source>
        <translation>{file} (ark: {sheets})</translation>
    </message>
    <message>
        <source>{total}: {new}, {errors} with errors, {duplicates}.</source>
        <translation>{total}: {new}, {errors} med fejl, {duplicates}.</translation>
    </message>
    <message>
        <source>{n} blank or total row is left out.</source>
        <translation>{n} tom række eller sumrække er udeladt.</translation>
    </message>
    <message>
        <source>{n} blank or total rows are left out.</source>
        <translation>{n} tomme rækker eller sumrækker er udeladt.</translation>
    </message>
    <message>
        <source>{n} column is not understood and not imported. Check the suggestions: use them, or choose with Columns… (a column chosen as not imported is remembered as such).</source>
        <translation>{n} kolonne er ikke forstået og bliver ikke importeret. Tjek forslagene: brug dem, eller vælg med Kolonner… (en kolonne, der vælges som ikke importeret, huskes sådan).</translation>
    </message>
    <message>
        <source>{n} columns are not understood and not imported. Check the suggestions: use them, or choose with Columns… (a column chosen as not imported is remembered as such).</source>
        <translation>{n} kolonner er ikke forstået og bliver ikke importeret. Tjek forslagene: brug dem, eller vælg med Kolonner… (en kolonne, der vælges som ikke importeret, huskes sådan).</translation>
    </message>
    <message>
        <source>&amp;Import {n} dwelling</source>
        <translation>&amp;Importér {n} bolig</translation>
    </message>
    <message>
        <source>&amp;Import {n} dwellings</source>
        <translation>&amp;Importér {n} boliger</translation>
    </message>
    <message>
        <source>Nothing new: every dwelling in the file is registered already.</source>
        <translation>Intet nyt: alle boliger i filen er allerede registreret.</translation>
    </message>
    <message>
        <source>This exact file was imported before ({date}, {user}).</source>
        <translation>Præcis denne fil er importeret før ({date}, {user}).</translation>
    </message>
    <message>
        <source>Rows with errors are not imported; correct them in the file and import it again, or enter the dwellings by hand.</source>
        <translation>Rækker med fejl importeres ikke; ret dem i filen og importér den igen, eller indtast boligerne manuelt.</translation>
    </message>
    <message>
        <source>Anvis found no header row with the columns it needs ({missing}). Choose which column holds what with Columns…; your choice is remembered for this organisation&apos;s next files.</source>
        <translation>Anvis fandt ingen overskriftsrække med de kolonner, der skal bruges ({missing}). Vælg med Kolonner…, hvilken kolonne der rummer hvad; dit valg huskes til organisationens næste filer.</translation>
    </message>
    <message>
        <source>Anvis found no header row in the file. Add a row with the column names above the dwellings, or check that it is the right file.</source>
        <translation>Anvis fandt ingen overskriftsrække i filen. Tilføj en række med kolonnernes navne over boligerne, eller tjek, at det er den rigtige fil.</translation>
    </message>
    <message>
        <source>No scheme for private landlords</source>
        <translation>Ingen ordning for private udlejere</translation>
    </message>
    <message>
        <source>A private landlord&apos;s dwellings belong to the scheme for private landlords.</source>
        <translation>En privat udlejers boliger hører til ordningen for private udlejere.</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Kontrollerer filen</translation>
    </message>
    <message>
        <source>Importing vacancies</source>
        <translation>Importerer ledige boliger</translation>
    </message>
</context>
</TS>
