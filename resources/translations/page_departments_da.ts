<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>DepartmentsPage</name>
    <message>
        <source>Colour on the date</source>
        <translation>Farve på datoen</translation>
    </message>
    <message>
        <source>Colour &amp;on:</source>
        <translation>Farve &amp;den:</translation>
    </message>
    <message>
        <source>&amp;New department…</source>
        <translation>&amp;Ny afdeling…</translation>
    </message>
    <message>
        <source>&amp;Import master data…</source>
        <translation>&amp;Indlæs stamdata…</translation>
    </message>
    <message>
        <source>&amp;Monitoring review…</source>
        <translation>&amp;Monitorering…</translation>
    </message>
    <message>
        <source>E&amp;xport placements…</source>
        <translation>&amp;Eksportér indplaceringer…</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Afdelinger</translation>
    </message>
    <message>
        <source>Org. no.</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <source>Dept. no.</source>
        <translation>Afd.nr.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <source>Flexible letting</source>
        <translation>Fleksibel udlejning</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lister</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Boligorganisation</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnr.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Housing area</source>
        <translation>Boligområde</translation>
    </message>
    <message>
        <source>Search an address (Mølleparkvej 19), organisation, department number or name, postcode or area… (Ctrl+F)</source>
        <translation>Søg på adresse (Mølleparkvej 19), boligorganisation, afdelingsnummer eller -navn, postnummer eller område… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Letting partners</source>
        <translation>&amp;Udlejere</translation>
    </message>
    <message>
        <source>Housing &amp;organisations…</source>
        <translation>&amp;Boligorganisationer…</translation>
    </message>
    <message>
        <source>&amp;Private landlords…</source>
        <translation>&amp;Private udlejere…</translation>
    </message>
    <message>
        <source>House numbers</source>
        <translation>Husnumre</translation>
    </message>
    <message>
        <source>Delete placement</source>
        <translation>Slet indplacering</translation>
    </message>
    <message>
        <source>Delete the chosen placement? The placement before it then runs on over its period. Decisions already made keep what they saw.</source>
        <translation>Slet den valgte indplacering? Den forrige indplacering fortsætter så i perioden. Afgørelser, der allerede er truffet, beholder det, de så.</translation>
    </message>
    <message>
        <source>Import master data</source>
        <translation>Indlæs stamdata</translation>
    </message>
    <message>
        <source>Master data imported</source>
        <translation>Stamdata indlæst</translation>
    </message>
    <message>
        <source>Importing master data</source>
        <translation>Indlæser stamdata</translation>
    </message>
    <message>
        <source>placements {date}.xlsx</source>
        <translation>indplaceringer {date}.xlsx</translation>
    </message>
    <message>
        <source>Export placements</source>
        <translation>Eksportér indplaceringer</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx)</source>
        <translation>Regneark (*.xlsx)</translation>
    </message>
    <message>
        <source>{n} department exported to {file} ({date})</source>
        <translation>{n} afdeling eksporteret til {file} ({date})</translation>
    </message>
    <message>
        <source>{n} departments exported to {file} ({date})</source>
        <translation>{n} afdelinger eksporteret til {file} ({date})</translation>
    </message>
    <message>
        <source>Exporting placements</source>
        <translation>Eksporterer indplaceringer</translation>
    </message>
</context>
</TS>
