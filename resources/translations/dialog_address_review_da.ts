<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>AddressReviewDialog</name>
    <message>
        <source>Addresses to review</source>
        <translation>Adresser til gennemsyn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Læst som</translation>
    </message>
    <message>
        <source>Address or whereabouts</source>
        <translation>Adresse eller opholdssted</translation>
    </message>
    <message>
        <source>Letters go by</source>
        <translation>Breve sendes som</translation>
    </message>
    <message>
        <source>&amp;Open applicant…</source>
        <translation>&amp;Åbn boligsøgende…</translation>
    </message>
    <message>
        <source>&amp;Checked as they are</source>
        <translation>&amp;Tjekket, som de er</translation>
    </message>
    <message>
        <source>The chosen addresses are right: take them off the list</source>
        <translation>De valgte adresser er rigtige: tag dem af listen</translation>
    </message>
    <message>
        <source>{n} address was read from free text.</source>
        <translation>{n} adresse blev læst fra fritekst.</translation>
    </message>
    <message>
        <source>{n} addresses were read from free text.</source>
        <translation>{n} adresser blev læst fra fritekst.</translation>
    </message>
    <message>
        <source>{n} of them is no address a letter can go to: choose how letters reach that citizen.</source>
        <translation>{n} af dem er ikke en adresse, et brev kan sendes til: vælg, hvordan brevene når den borger.</translation>
    </message>
    <message>
        <source>{n} of them are no address a letter can go to: choose how letters reach those citizens.</source>
        <translation>{n} af dem er ikke en adresse, et brev kan sendes til: vælg, hvordan brevene når de borgere.</translation>
    </message>
    <message>
        <source>No address waits to be reviewed.</source>
        <translation>Ingen adresser venter på gennemsyn.</translation>
    </message>
</context>
</TS>
