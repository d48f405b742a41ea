<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Columns of the file</source>
        <translation>Filens kolonner</translation>
    </message>
    <message>
        <source>Check which column holds what.</source>
        <translation>Tjek, hvilken kolonne der rummer hvad.</translation>
    </message>
    <message>
        <source>{required} must have a column.</source>
        <translation>{required} skal have en kolonne.</translation>
    </message>
    <message>
        <source>{required} must each have a column.</source>
        <translation>{required} skal hver have en kolonne.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> og </translation>
    </message>
    <message>
        <source>Your choices are remembered for this organisation&apos;s next files.</source>
        <translation>Dine valg huskes til organisationens næste filer.</translation>
    </message>
    <message>
        <source>Hidden columns are never imported.</source>
        <translation>Skjulte kolonner importeres aldrig.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Overskrift i filen</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Første værdi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Field for the column {header}</source>
        <translation>Felt for kolonnen {header}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(importeres ikke)</translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (skjult)</translation>
    </message>
    <message>
        <source>{field} is chosen for the columns {columns}: only {first} is read.</source>
        <translation>{field} er valgt for kolonnerne {columns}: kun {first} læses.</translation>
    </message>
    <message>
        <source>No column is chosen for {fields}: no row can be imported without it.</source>
        <translation>Der er ikke valgt nogen kolonne til {fields}: ingen række kan importeres uden.</translation>
    </message>
</context>
</TS>
