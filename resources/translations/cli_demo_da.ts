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
</TS>
