<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>FactDialog</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Benefit, country (DK, SY, UA) or measure:</source>
        <translation>&amp;Ydelse, land (DK, SY, UA) eller foranstaltning:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To (empty: still):</source>
        <translation>&amp;Til (tom: fortsat):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Bemærkning:</translation>
    </message>
    <message>
        <source>Legal fact</source>
        <translation>Forhold</translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <source>Benefits, release from prison, tenancy terminations and citizenship are sensitive. They decide the legal blocks of ABL § 59 and never leave the desk. Showing them is written to the access log with your purpose.</source>
        <translation>Ydelser, løsladelse, ophævede lejemål og statsborgerskab er følsomme oplysninger. De afgør de lovbestemte begrænsninger i ABL § 59 og forlader aldrig anvisningen. Når de vises, skrives det i adgangsloggen med dit formål.</translation>
    </message>
    <message>
        <source>Show the sensiti&amp;ve information…</source>
        <translation>Vis de følsomme o&amp;plysninger…</translation>
    </message>
    <message>
        <source>Save the applicant first</source>
        <translation>Gem den boligsøgende først</translation>
    </message>
    <message>
        <source>Show sensitive information</source>
        <translation>Vis følsomme oplysninger</translation>
    </message>
    <message>
        <source>Why do you need the sensitive information?</source>
        <translation>Hvorfor skal du bruge de følsomme oplysninger?</translation>
    </message>
    <message>
        <source>Legal facts</source>
        <translation>Retlige forhold</translation>
    </message>
</context>
<context>
    <name>_MemberFacts</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Benefit / country</source>
        <translation>Ydelse / land</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tilføj…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ret…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Legal facts of {member}</source>
        <translation>Retlige forhold for {member}</translation>
    </message>
</context>
</TS>
