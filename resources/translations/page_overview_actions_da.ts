<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>WorkQueueActions</name>
    <message>
        <source>accept or return</source>
        <translation>acceptér eller returnér</translation>
    </message>
    <message>
        <source>choose a candidate</source>
        <translation>vælg en kandidat</translation>
    </message>
    <message>
        <source>read the letter and send</source>
        <translation>læs brevet og send</translation>
    </message>
    <message>
        <source>print, hand over or send</source>
        <translation>udskriv, udlevér eller send</translation>
    </message>
    <message>
        <source>send the reply</source>
        <translation>send svaret</translation>
    </message>
    <message>
        <source>enter the answer</source>
        <translation>registrér svaret</translation>
    </message>
    <message>
        <source>close the offer</source>
        <translation>afslut tilbuddet</translation>
    </message>
    <message>
        <source>write the answer to the landlord</source>
        <translation>skriv svaret til udlejeren</translation>
    </message>
</context>
</TS>
