<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Ændret af en anden</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>En anden</translation>
    </message>
    <message>
        <source>{user} changed this record at {time}.</source>
        <translation>{user} ændrede posten {time}.</translation>
    </message>
    <message>
        <source>{user} changed this record.</source>
        <translation>{user} ændrede posten.</translation>
    </message>
    <message>
        <source>Nothing of your changes was saved. Reload to see the record as it is now (your changes are dropped), or compare your values with the saved ones.</source>
        <translation>Intet af dine ændringer blev gemt. Genindlæs for at se posten, som den er nu (dine ændringer droppes), eller sammenlign dine værdier med de gemte.</translation>
    </message>
    <message>
        <source>There are no values to compare</source>
        <translation>Der er ingen værdier at sammenligne</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Din værdi</translation>
    </message>
    <message>
        <source>Saved now</source>
        <translation>Gemt nu</translation>
    </message>
    <message>
        <source>Your values and the saved values</source>
        <translation>Dine værdier og de gemte værdier</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Genindlæs</translation>
    </message>
    <message>
        <source>Show the record as it is saved now; your changes are dropped</source>
        <translation>Vis posten, som den er gemt nu; dine ændringer droppes</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Sammenlign</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Go back to your edit; nothing is saved</source>
        <translation>Tilbage til din redigering; intet gemmes</translation>
    </message>
</context>
</TS>
