<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Backups</name>
    <message>
        <source>{path} exists already; choose a new file name.</source>
        <translation>{path} findes allerede; vælg et nyt filnavn.</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Sikkerhedskopi skrevet: {path}</translation>
    </message>
    <message>
        <source>No such file: {path}</source>
        <translation>Filen findes ikke: {path}</translation>
    </message>
    <message>
        <source>Restoring replaces the database; add --yes to confirm it.</source>
        <translation>Gendannelse erstatter databasen; tilføj --yes for at bekræfte.</translation>
    </message>
    <message>
        <source>Replace the database {database} by {file}? The current database is kept as a copy in the backup folder. [y/N] </source>
        <translation>Erstat databasen {database} med {file}? Den nuværende database gemmes som kopi i backupmappen. [j/N] </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Intet blev ændret.</translation>
    </message>
    <message>
        <source>Restored {file}.</source>
        <translation>{file} er gendannet.</translation>
    </message>
    <message>
        <source>The replaced database is kept as {path}.</source>
        <translation>Den erstattede database er gemt som {path}.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
</context>
</TS>
