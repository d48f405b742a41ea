<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Demo</name>
    <message>
        <source>{path} exists already; add --force to replace it.</source>
        <translation>{path} findes allerede; tilføj --force for at erstatte den.</translation>
    </message>
    <message>
        <source>The numbers must be zero or more.</source>
        <translation>Antallene skal være nul eller mere.</translation>
    </message>
    <message>
        <source>Demo database {path}: {summary}</source>
        <translation>Demodatabase {path}: {summary}</translation>
    </message>
</context>
<context>
    <name>DemoCli</name>
    <message>
        <source>Create a demo database with invented data</source>
        <translation>Opret en demodatabase med opdigtede data</translation>
    </message>
    <message>
        <source>a new file, or the URL of an empty database on a server</source>
        <translation>en ny fil eller URL&apos;en til en tom database på en server</translation>
    </message>
    <message>
        <source>same seed, same data</source>
        <translation>samme frø, samme data</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>erstat en eksisterende fil</translation>
    </message>
</context>
</TS>
