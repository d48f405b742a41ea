<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ImportSummary</name>
    <message>
        <source>  {sheet}, row {row}, {column}: {message}</source>
        <translation>  {sheet}, række {row}, {column}: {message}</translation>
    </message>
    <message>
        <source>New: {count}</source>
        <translation>Nye: {count}</translation>
    </message>
    <message>
        <source>Updated: {count}</source>
        <translation>Opdateret: {count}</translation>
    </message>
    <message>
        <source>Unchanged (stored already as the file has them): {count}</source>
        <translation>Uændret (allerede gemt, som filen har dem): {count}</translation>
    </message>
    <message>
        <source>Duplicates (twice in the file, or stored already): {count}</source>
        <translation>Dubletter (to gange i filen eller allerede gemt): {count}</translation>
    </message>
    <message>
        <source>With errors (not imported; see the list): {count}</source>
        <translation>Med fejl (ikke indlæst; se listen): {count}</translation>
    </message>
    <message>
        <source>Rows in the file: {count}</source>
        <translation>Rækker i filen: {count}</translation>
    </message>
    <message>
        <source>Rows in the sheet {sheet}: {count}</source>
        <translation>Rækker i arket {sheet}: {count}</translation>
    </message>
    <message>
        <source>Empty and total rows (left out): {count}</source>
        <translation>Tomme rækker og sumrækker (udeladt): {count}</translation>
    </message>
    <message>
        <source>Sheets without the columns Anvis reads: {sheets}</source>
        <translation>Ark uden de kolonner, Anvis læser: {sheets}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>The cell is empty but must be filled in.</source>
        <translation>Cellen er tom, men skal udfyldes.</translation>
    </message>
    <message>
        <source>The same as row {row} in the sheet {sheet}.</source>
        <translation>Den samme som række {row} i arket {sheet}.</translation>
    </message>
    <message>
        <source>No sheet in {name} has a header row with the expected columns ({expected}). Check that it is the right file, or choose the columns by hand.</source>
        <translation>Intet ark i {name} har en overskriftsrække med de forventede kolonner ({expected}). Tjek, at det er den rigtige fil, eller vælg kolonnerne i hånden.</translation>
    </message>
    <message>
        <source>{name} has a header row but no rows below it: there is nothing to import. Check that it is the right file.</source>
        <translation>{name} har en overskriftsrække, men ingen rækker under den: der er intet at importere. Tjek, at det er den rigtige fil.</translation>
    </message>
    <message>
        <source>{file} has columns Anvis does not understand: {columns}. Nothing was imported (--strict): choose what they hold with Columns… in the window, or import without --strict.</source>
        <translation>{file} har kolonner, som Anvis ikke forstår: {columns}. Intet blev importeret (--strict): vælg, hvad de indeholder, med Kolonner… i vinduet, eller importér uden --strict.</translation>
    </message>
    <message>
        <source>{header} (suggestion: {field})</source>
        <translation>{header} (forslag: {field})</translation>
    </message>
    <message>
        <source>Columns not understood (not imported): {columns}.</source>
        <translation>Kolonner, der ikke blev forstået (ikke importeret): {columns}.</translation>
    </message>
    <message>
        <source>{n} row</source>
        <translation>{n} række</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} rækker</translation>
    </message>
    <message>
        <source>{n} duplicate</source>
        <translation>{n} dublet</translation>
    </message>
    <message>
        <source>{n} duplicates</source>
        <translation>{n} dubletter</translation>
    </message>
    <message>
        <source>{n} new</source>
        <comment>one</comment>
        <translation>{n} ny</translation>
    </message>
    <message>
        <source>{n} new</source>
        <comment>other</comment>
        <translation>{n} nye</translation>
    </message>
</context>
</TS>
