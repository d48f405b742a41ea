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
</context>
</TS>
