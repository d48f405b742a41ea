<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>DatabaseSection</name>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>The desk&apos;s shared database on a server (several workstations)</source>
        <translation>Anvisningens fælles database på en server (flere arbejdspladser)</translation>
    </message>
    <message>
        <source>With several workstations, every PC works in one PostgreSQL database on a server that IT sets up (see &quot;A shared database for several workstations&quot; in the README). Fill in what IT gave you, test the connection, and use it from the next start. The password is kept in a file only your Windows login can read.</source>
        <translation>Med flere arbejdspladser arbejder alle pc&apos;er i én PostgreSQL-database på en server, som IT opsætter (se &quot;A shared database for several workstations&quot; i README). Udfyld det, IT har givet dig, test forbindelsen, og brug den fra næste start. Adgangskoden gemmes i en fil, som kun dit Windows-login kan læse.</translation>
    </message>
    <message>
        <source>&amp;Use this server from the next start</source>
        <translation>&amp;Brug denne server fra næste start</translation>
    </message>
    <message>
        <source>Use the database file on this &amp;PC</source>
        <translation>Brug databasefilen på denne &amp;pc</translation>
    </message>
    <message>
        <source>This workstation works in the shared database {database}.</source>
        <translation>Denne arbejdsplads arbejder i den fælles database {database}.</translation>
    </message>
    <message>
        <source>This workstation works in the database file {database} on this PC.</source>
        <translation>Denne arbejdsplads arbejder i databasefilen {database} på denne pc.</translation>
    </message>
    <message>
        <source>Saved. Restart Anvis to work in the shared database {database}.</source>
        <translation>Gemt. Genstart Anvis for at arbejde i den fælles database {database}.</translation>
    </message>
    <message>
        <source>Saved. From the next start Anvis uses the database file on this PC.</source>
        <translation>Gemt. Fra næste start bruger Anvis databasefilen på denne pc.</translation>
    </message>
</context>
</TS>
