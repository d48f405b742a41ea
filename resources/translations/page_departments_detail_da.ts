<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>DepartmentDetailPanel</name>
    <message>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <source>Flexible letting</source>
        <translation>Fleksibel udlejning</translation>
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
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Placement history</source>
        <translation>Indplaceringer over tid</translation>
    </message>
    <message>
        <source>New &amp;placement…</source>
        <translation>Ny &amp;indplacering…</translation>
    </message>
    <message>
        <source>&amp;Delete placement…</source>
        <translation>S&amp;let indplacering…</translation>
    </message>
    <message>
        <source>Delete the chosen placement, e.g. one entered by mistake</source>
        <translation>Slet den valgte indplacering, fx en der er indtastet ved en fejl</translation>
    </message>
    <message>
        <source>&amp;Edit department…</source>
        <translation>&amp;Redigér afdeling…</translation>
    </message>
    <message>
        <source>What the colour allows</source>
        <translation>Hvad farven tillader</translation>
    </message>
    <message>
        <source>Ministry lists</source>
        <translation>Ministeriets lister</translation>
    </message>
    <message>
        <source>Vacancies and quota</source>
        <translation>Ledige boliger og anvisningsandel</translation>
    </message>
    <message>
        <source>Choose a department</source>
        <translation>Vælg en afdeling</translation>
    </message>
    <message>
        <source>(not active)</source>
        <translation>(ikke aktiv)</translation>
    </message>
    <message>
        <source>Housing area: {area}</source>
        <translation>Boligområde: {area}</translation>
    </message>
    <message>
        <source>{n} dwelling</source>
        <translation>{n} bolig</translation>
    </message>
    <message>
        <source>{n} dwellings</source>
        <translation>{n} boliger</translation>
    </message>
    <message>
        <source>{start}–{end}: {reported} of the department&apos;s {n} vacancy reported (agreed share: {expected})</source>
        <translation>{start}–{end}: {reported} af afdelingens {n} ledige bolig indmeldt (aftalt andel: {expected})</translation>
    </message>
    <message>
        <source>{start}–{end}: {reported} of the department&apos;s {n} vacancies reported (agreed share: {expected})</source>
        <translation>{start}–{end}: {reported} af afdelingens {n} ledige boliger indmeldt (aftalt andel: {expected})</translation>
    </message>
    <message>
        <source>{start}–{end}: {n} dwelling reported; the department&apos;s total vacancies are not known</source>
        <translation>{start}–{end}: {n} bolig indmeldt; afdelingens samlede antal ledige boliger kendes ikke</translation>
    </message>
    <message>
        <source>{start}–{end}: {n} dwellings reported; the department&apos;s total vacancies are not known</source>
        <translation>{start}–{end}: {n} boliger indmeldt; afdelingens samlede antal ledige boliger kendes ikke</translation>
    </message>
    <message>
        <source>Suitable for young people</source>
        <translation>Egnet for unge</translation>
    </message>
    <message>
        <source>No house numbers: an address search does not find the department. Add them with Edit department.</source>
        <translation>Ingen husnumre: en søgning på adresse finder ikke afdelingen. Tilføj dem under Redigér afdeling.</translation>
    </message>
    <message>
        <source>House numbers: {ranges}</source>
        <translation>Husnumre: {ranges}</translation>
    </message>
    <message>
        <source>No placement on {date}</source>
        <translation>Ingen indplacering den {date}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>fra {start}</translation>
    </message>
    <message>
        <source>to {end}</source>
        <translation>til {end}</translation>
    </message>
    <message>
        <source>{period}
Flexible letting: {form}</source>
        <translation>{period}
Fleksibel udlejning: {form}</translation>
    </message>
    <message>
        <source>{lists} (the lists of {date})</source>
        <translation>{lists} (listerne pr. {date})</translation>
    </message>
    <message>
        <source>On no list (the lists of {date})</source>
        <translation>På ingen liste (listerne pr. {date})</translation>
    </message>
    <message>
        <source>No ministry lists are registered.</source>
        <translation>Der er ikke registreret nogen af ministeriets lister.</translation>
    </message>
    <message>
        <source>Dwellings reported to the desk: {counts}</source>
        <translation>Boliger indmeldt til anvisningen: {counts}</translation>
    </message>
    <message>
        <source>No dwellings reported to the desk yet.</source>
        <translation>Endnu ingen boliger indmeldt til anvisningen.</translation>
    </message>
    <message>
        <source>import</source>
        <translation>indlæsning</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manuelt</translation>
    </message>
    <message>
        <source>monitoring</source>
        <translation>monitorering</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
</context>
</TS>
