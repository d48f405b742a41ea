<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>DeclineDialog</name>
    <message>
        <source>Offer declined</source>
        <translation>Tilbud afslået</translation>
    </message>
    <message>
        <source>{name} declines {address}. Record the reply:</source>
        <translation>{name} siger nej til {address}. Registrér svaret:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <source>Declined by:</source>
        <translation>Afslået af:</translation>
    </message>
    <message>
        <source>the &amp;citizen</source>
        <translation>&amp;borgeren</translation>
    </message>
    <message>
        <source>the &amp;organisation</source>
        <translation>b&amp;oligorganisationen</translation>
    </message>
    <message>
        <source>In their &amp;words:</source>
        <translation>Med deres egne &amp;ord:</translation>
    </message>
    <message>
        <source>The desk accepts a &amp;good reason (no consequence)</source>
        <translation>Anvisningen godtager en &amp;rimelig grund (ingen konsekvens)</translation>
    </message>
    <message>
        <source>&amp;Answered on:</source>
        <translation>&amp;Svaret den:</translation>
    </message>
    <message>
        <source>Reasons of the decision letter (forvaltningsloven § 22); leave empty to use the standard text:</source>
        <translation>Begrundelse i afgørelsen (forvaltningsloven § 22); lad feltet stå tomt for at bruge standardteksten:</translation>
    </message>
    <message>
        <source>Consequence for the applicant: {consequence}</source>
        <translation>Konsekvens for den boligsøgende: {consequence}</translation>
    </message>
</context>
</TS>
