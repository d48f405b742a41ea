<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>RangesEditor</name>
    <message>
        <source>House numbers</source>
        <translation>Husnumre</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Vej</translation>
    </message>
    <message>
        <source>From no.</source>
        <translation>Fra nr.</translation>
    </message>
    <message>
        <source>To no.</source>
        <translation>Til nr.</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numre</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnr.</translation>
    </message>
    <message>
        <source>The first house number, e.g. 1 or 41A; empty: from the start of the street</source>
        <translation>Det første husnummer, f.eks. 1 eller 41A; tomt: fra vejens begyndelse</translation>
    </message>
    <message>
        <source>The last house number, e.g. 31 or 41C; empty: to the end of the street</source>
        <translation>Det sidste husnummer, f.eks. 31 eller 41C; tomt: til vejens ende</translation>
    </message>
    <message>
        <source>Only if it is not the department&apos;s postcode</source>
        <translation>Kun hvis det ikke er afdelingens postnummer</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Tilføj &amp;linje</translation>
    </message>
    <message>
        <source>Remo&amp;ve line</source>
        <translation>F&amp;jern linje</translation>
    </message>
    <message>
        <source>&amp;Read from the address</source>
        <translation>Læs fra adress&amp;en</translation>
    </message>
    <message>
        <source>Replace the lines with the house numbers the address gives</source>
        <translation>Erstat linjerne med de husnumre, adressen giver</translation>
    </message>
</context>
</TS>
