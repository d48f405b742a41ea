<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Workspace</name>
    <message>
        <source>The database file does not exist: {path}</source>
        <translation>Databasefilen findes ikke: {path}</translation>
    </message>
    <message>
        <source>The database {target} is empty: Anvis has not been started on it. Start the Anvis window on it first, or make a demo in it with anvis demo.</source>
        <translation>Databasen {target} er tom: Anvis er ikke startet på den. Start først Anvis-vinduet på den, eller lav en demo i den med anvis demo.</translation>
    </message>
    <message>
        <source>{target} is not an Anvis database. Choose another file.</source>
        <translation>{target} er ikke en Anvis-database. Vælg en anden fil.</translation>
    </message>
    <message>
        <source>The database {target} is damaged. Restore the newest backup (close Anvis, then anvis restore FILE).</source>
        <translation>Databasen {target} er beskadiget. Gendan den nyeste sikkerhedskopi (luk Anvis, og kør anvis restore FIL).</translation>
    </message>
    <message>
        <source>The database {target} cannot be opened: {reason}</source>
        <translation>Databasen {target} kan ikke åbnes: {reason}</translation>
    </message>
    <message>
        <source>The database address is not valid: write a file path, or a URL such as postgresql://user@server/anvis.</source>
        <translation>Databaseadressen er ugyldig: skriv en filsti eller en URL som postgresql://bruger@server/anvis.</translation>
    </message>
</context>
</TS>
