<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Check</name>
    <message>
        <source>The database file does not exist.</source>
        <translation>Databasefilen findes ikke.</translation>
    </message>
    <message>
        <source>The database opens.</source>
        <translation>Databasen kan åbnes.</translation>
    </message>
    <message>
        <source>(and {count} more)</source>
        <translation>(og {count} mere)</translation>
    </message>
    <message>
        <source>Integrity check: ok.</source>
        <translation>Integritetstjek: ok.</translation>
    </message>
    <message>
        <source>Integrity check failed: {problems}</source>
        <translation>Integritetstjekket fejlede: {problems}</translation>
    </message>
    <message>
        <source>{table} row {row} refers to a missing {parent}</source>
        <translation>{table} række {row} henviser til en manglende {parent}</translation>
    </message>
    <message>
        <source>Foreign keys: ok.</source>
        <translation>Fremmednøgler: ok.</translation>
    </message>
    <message>
        <source>{n} row refers to missing rows: {problems}</source>
        <translation>{n} række henviser til manglende rækker: {problems}</translation>
    </message>
    <message>
        <source>{n} rows refer to missing rows: {problems}</source>
        <translation>{n} rækker henviser til manglende rækker: {problems}</translation>
    </message>
    <message>
        <source>{n} row of {table} refers to a missing {parent}</source>
        <translation>{n} række i {table} henviser til en manglende {parent}</translation>
    </message>
    <message>
        <source>{n} rows of {table} refer to a missing {parent}</source>
        <translation>{n} rækker i {table} henviser til en manglende {parent}</translation>
    </message>
    <message>
        <source>Constraints or indexes not valid: {problems}</source>
        <translation>Begrænsninger eller indeks er ikke gyldige: {problems}</translation>
    </message>
    <message>
        <source>The database cannot be read: {reason}</source>
        <translation>Databasen kan ikke læses: {reason}</translation>
    </message>
    <message>
        <source>Constraints and indexes: valid.</source>
        <translation>Begrænsninger og indeks: gyldige.</translation>
    </message>
    <message>
        <source>Schema version {revision}: current.</source>
        <translation>Skemaversion {revision}: aktuel.</translation>
    </message>
    <message>
        <source>Not an Anvis database (no schema version).</source>
        <translation>Ikke en Anvis-database (ingen skemaversion).</translation>
    </message>
    <message>
        <source>Schema version {revision}, this Anvis has {head}: open the database in Anvis to upgrade it (a backup is made first), or install the newer Anvis that made it.</source>
        <translation>Skemaversion {revision}, denne Anvis har {head}: åbn databasen i Anvis for at opgradere den (der tages først en sikkerhedskopi), eller installér den nyere Anvis, der lavede den.</translation>
    </message>
    <message>
        <source>Audit trail: append-only.</source>
        <translation>Revisionsspor: kan kun tilføjes.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s guard is missing ({names}): it can be altered.</source>
        <translation>Revisionssporets beskyttelse mangler ({names}): det kan ændres.</translation>
    </message>
</context>
</TS>
