<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>GeneralSection</name>
    <message>
        <source>The desk&apos;s contact details</source>
        <translation>Anvisningens kontaktoplysninger</translation>
    </message>
    <message>
        <source>Shown on every letter and on the reply workbooks.</source>
        <translation>Vises på alle breve og i svarregnearkene.</translation>
    </message>
    <message>
        <source>Saved. New letters use these details.</source>
        <translation>Gemt. Nye breve bruger disse oplysninger.</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <translation>Postnummer og by</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Åbningstid</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
</context>
</TS>
