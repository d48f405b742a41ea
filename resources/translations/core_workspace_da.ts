<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Workspace</name>
    <message>
        <source>The database address is not valid: {error}</source>
        <translation>Databasens adresse er ikke gyldig: {error}</translation>
    </message>
    <message>
        <source>The database was made by a newer version of Anvis (schema {revision}). Install the newest Anvis to open it.</source>
        <translation>Databasen er lavet af en nyere version af Anvis (skema {revision}). Installér den nyeste Anvis for at åbne den.</translation>
    </message>
    <message>
        <source>{target} is not an Anvis database. Choose another file or an empty folder.</source>
        <translation>{target} er ikke en Anvis-database. Vælg en anden fil eller en tom mappe.</translation>
    </message>
    <message>
        <source>The database {target} cannot be opened: {error}</source>
        <translation>Databasen {target} kan ikke åbnes: {error}</translation>
    </message>
</context>
</TS>