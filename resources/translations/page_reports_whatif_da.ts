<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>WhatIfBar</name>
    <message>
        <source>&amp;Changes...</source>
        <translation>Æ&amp;ndringer...</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Genspil</translation>
    </message>
    <message>
        <source>Replay the period as it was and with the changes, and compare</source>
        <translation>Genspil perioden som den var og med ændringerne, og sammenlign</translation>
    </message>
    <message>
        <source>What if: {changes}</source>
        <translation>Hvad hvis: {changes}</translation>
    </message>
    <message>
        <source>Choose the changes to the agreement, then replay the period with them.</source>
        <translation>Vælg ændringerne i aftalen, og genspil så perioden med dem.</translation>
    </message>
    <message>
        <source>Replaying the period</source>
        <translation>Genspiller perioden</translation>
    </message>
</context>
</TS>
