<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Workspace</name>
    <message>
        <source>The database was made by a newer version of Anvis (schema {revision}). Install the newest Anvis to open it.</source>
        <translation>Databasen er lavet af en nyere version af Anvis (skema {revision}). Installér den nyeste Anvis for at åbne den.</translation>
    </message>
</context>
</TS>
