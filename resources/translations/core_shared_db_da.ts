<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>SharedDatabase</name>
    <message>
        <source>Write the server&apos;s name or address.</source>
        <translation>Skriv serverens navn eller adresse.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>En port er et tal fra 1 til 65535.</translation>
    </message>
    <message>
        <source>Write the database&apos;s name.</source>
        <translation>Skriv databasens navn.</translation>
    </message>
    <message>
        <source>Write the user name IT gave you.</source>
        <translation>Skriv det brugernavn, IT har givet dig.</translation>
    </message>
    <message>
        <source>Choose an SSL mode from the list.</source>
        <translation>Vælg en SSL-indstilling på listen.</translation>
    </message>
    <message>
        <source>The server refused user {user}: the password is wrong or missing.</source>
        <translation>Serveren afviste brugeren {user}: adgangskoden er forkert eller mangler.</translation>
    </message>
    <message>
        <source>The server has no database {database}. Ask IT to create it (see the README).</source>
        <translation>Serveren har ingen database {database}. Bed IT om at oprette den (se README).</translation>
    </message>
    <message>
        <source>The server has no user {user}.</source>
        <translation>Serveren har ingen bruger {user}.</translation>
    </message>
    <message>
        <source>The server {host} did not answer within {n} second. Check the name and the network, or ask IT.</source>
        <translation>Serveren {host} svarede ikke inden for {n} sekund. Tjek navnet og netværket, eller spørg IT.</translation>
    </message>
    <message>
        <source>The server {host} did not answer within {n} seconds. Check the name and the network, or ask IT.</source>
        <translation>Serveren {host} svarede ikke inden for {n} sekunder. Tjek navnet og netværket, eller spørg IT.</translation>
    </message>
    <message>
        <source>No server is called {host}.</source>
        <translation>Der findes ingen server ved navn {host}.</translation>
    </message>
    <message>
        <source>Nothing answers at {host} port {port}: is PostgreSQL running there, and is the port right?</source>
        <translation>Intet svarer på {host} port {port}: kører PostgreSQL dér, og er porten rigtig?</translation>
    </message>
    <message>
        <source>User {user} may not use the database {database}: ask IT for the rights in the README.</source>
        <translation>Brugeren {user} må ikke bruge databasen {database}: bed IT om rettighederne i README.</translation>
    </message>
    <message>
        <source>The server cannot be used: {reason}</source>
        <translation>Serveren kan ikke bruges: {reason}</translation>
    </message>
    <message>
        <source>Connected, but the database is empty and user {user} may not create the tables. Ask IT for the rights in the README.</source>
        <translation>Forbundet, men databasen er tom, og brugeren {user} må ikke oprette tabellerne. Bed IT om rettighederne i README.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}. The database is empty: Anvis makes its tables when it first opens it.</source>
        <translation>Forbundet til PostgreSQL {version}. Databasen er tom: Anvis opretter sine tabeller, første gang den åbnes.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}. The database holds Anvis data (schema {revision}).</source>
        <translation>Forbundet til PostgreSQL {version}. Databasen indeholder Anvis-data (skema {revision}).</translation>
    </message>
</context>
</TS>
