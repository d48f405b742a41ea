<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
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
    <message>
        <source>{n} updated</source>
        <comment>one</comment>
        <translation>{n} opdateret</translation>
    </message>
    <message>
        <source>{n} updated</source>
        <comment>other</comment>
        <translation>{n} opdaterede</translation>
    </message>
    <message>
        <source>{n} unchanged</source>
        <comment>one</comment>
        <translation>{n} uændret</translation>
    </message>
    <message>
        <source>{n} unchanged</source>
        <comment>other</comment>
        <translation>{n} uændrede</translation>
    </message>
</context>
</TS>
