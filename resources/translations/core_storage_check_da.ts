<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Storage</name>
    <message>
        <source>The database {path} is on a network drive ({kind}). A SQLite database there can be damaged when the network drops or two PCs write at the same time. Keep it on this PC&apos;s own disk, or let IT set up a shared PostgreSQL server for several workstations (Settings &gt; Database).</source>
        <translation>Databasen {path} ligger på et netværksdrev ({kind}). En SQLite-database dér kan blive beskadiget, når netværket falder ud, eller to pc&apos;er skriver samtidig. Læg den på pc&apos;ens egen disk, eller lad IT oprette en fælles PostgreSQL-server til flere arbejdspladser (Indstillinger &gt; Database).</translation>
    </message>
</context>
</TS>
