<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>LandlordAnswerDialog</name>
    <message>
        <source>Text for the landlord</source>
        <translation>Tekst til udlejeren</translation>
    </message>
    <message>
        <source>Answer to {landlord}</source>
        <translation>Svar til {landlord}</translation>
    </message>
    <message>
        <source>Notice received {date}</source>
        <translation>Meddelelsen modtaget {date}</translation>
    </message>
    <message>
        <source>The landlord must have the answer by {date}</source>
        <translation>Udlejeren skal have svar senest {date}</translation>
    </message>
    <message>
        <source>The municipality names {tenant} as the tenant.</source>
        <translation>Kommunen anviser {tenant} som lejer.</translation>
    </message>
    <message>
        <source>The municipality does not use its right to the dwelling this time.</source>
        <translation>Kommunen gør ikke brug af anvisningsretten til boligen denne gang.</translation>
    </message>
    <message>
        <source>&amp;Text for the landlord (why, or what else to know):</source>
        <translation>&amp;Tekst til udlejeren (hvorfor, eller hvad udlejeren ellers skal vide):</translation>
    </message>
    <message>
        <source>&amp;Send answer…</source>
        <translation>&amp;Send svar…</translation>
    </message>
    <message>
        <source>The answer as it will be printed</source>
        <translation>Svaret, som det bliver udskrevet</translation>
    </message>
    <message>
        <source>Drawing the letter…</source>
        <translation>Tegner brevet…</translation>
    </message>
    <message>
        <source>The answer as it will be printed ({n} page)</source>
        <translation>Svaret, som det bliver udskrevet ({n} side)</translation>
    </message>
    <message>
        <source>The answer as it will be printed ({n} pages)</source>
        <translation>Svaret, som det bliver udskrevet ({n} sider)</translation>
    </message>
</context>
</TS>
