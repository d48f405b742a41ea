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
<context>
    <name>MaintenanceCli</name>
    <message>
        <source>Copy the SQLite database now (into the backup folder, or --to FILE)</source>
        <translation>Kopiér SQLite-databasen nu (til backupmappen eller --to FIL)</translation>
    </message>
    <message>
        <source>write the copy to this file</source>
        <translation>skriv kopien til denne fil</translation>
    </message>
    <message>
        <source>Replace the database by a backup (asks first; the replaced one is kept as a copy)</source>
        <translation>Erstat databasen med en sikkerhedskopi (spørger først; den erstattede gemmes som kopi)</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>sikkerhedskopien, der skal gendannes</translation>
    </message>
    <message>
        <source>do not ask</source>
        <translation>spørg ikke</translation>
    </message>
    <message>
        <source>Check that the database is intact (integrity, foreign keys, schema)</source>
        <translation>Kontrollér, at databasen er intakt (integritet, fremmednøgler, skema)</translation>
    </message>
    <message>
        <source>print the findings as JSON</source>
        <translation>skriv resultaterne som JSON</translation>
    </message>
</context>
</TS>
