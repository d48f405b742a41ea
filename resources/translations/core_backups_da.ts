<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Backups</name>
    <message>
        <source>A shared database on a server is backed up on the server (pg_dump or the server&apos;s backup system). Ask IT; Anvis makes no copies of it.</source>
        <translation>En fælles database på en server sikkerhedskopieres på serveren (pg_dump eller serverens backupsystem). Spørg IT; Anvis laver ikke kopier af den.</translation>
    </message>
    <message>
        <source>{name} is not an Anvis database (not a SQLite file).</source>
        <translation>{name} er ikke en Anvis-database (ikke en SQLite-fil).</translation>
    </message>
    <message>
        <source>The backup copy {path} could not be written: {reason}</source>
        <translation>Sikkerhedskopien {path} kunne ikke skrives: {reason}</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} kan ikke læses: {reason}</translation>
    </message>
    <message>
        <source>{name} cannot be used: {reason}</source>
        <translation>{name} kan ikke bruges: {reason}</translation>
    </message>
    <message>
        <source>{name} is damaged (the integrity check failed).</source>
        <translation>{name} er beskadiget (integritetstjekket fejlede).</translation>
    </message>
    <message>
        <source>{name} is not an Anvis database.</source>
        <translation>{name} er ikke en Anvis-database.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Anvis; install it before restoring.</source>
        <translation>{name} er lavet af en nyere version af Anvis; installér den, før du gendanner.</translation>
    </message>
    <message>
        <source>A shared database on a server is restored on the server (pg_restore). Ask IT.</source>
        <translation>En fælles database på en server gendannes på serveren (pg_restore). Spørg IT.</translation>
    </message>
    <message>
        <source>That file is the database itself.</source>
        <translation>Den fil er selve databasen.</translation>
    </message>
    <message>
        <source>The database {path} is open in Anvis on this or another workstation. Close Anvis there, then restore again.</source>
        <translation>Databasen {path} er åben i Anvis på denne eller en anden arbejdsplads. Luk Anvis dér, og gendan så igen.</translation>
    </message>
    <message>
        <source>Keep between 1 and 365 copies.</source>
        <translation>Behold mellem 1 og 365 kopier.</translation>
    </message>
    <message>
        <source>Keep copies between 1 and 3650 days.</source>
        <translation>Gem kopier mellem 1 og 3650 dage.</translation>
    </message>
    <message>
        <source>Anvis cannot write in that folder. Choose another one.</source>
        <translation>Anvis kan ikke skrive i den mappe. Vælg en anden.</translation>
    </message>
</context>
</TS>
