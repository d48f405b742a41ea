<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>MonitoringReviewDialog</name>
    <message>
        <source>Monitoring review</source>
        <translation>Gennemgang af monitorering</translation>
    </message>
    <message>
        <source>Only &amp;proposed changes and problems</source>
        <translation>Kun &amp;foreslåede ændringer og problemer</translation>
    </message>
    <message>
        <source>&amp;Import figures…</source>
        <translation>&amp;Indlæs tal…</translation>
    </message>
    <message>
        <source>&amp;Figures of:</source>
        <translation>&amp;Tal for:</translation>
    </message>
    <message>
        <source>New colours &amp;from:</source>
        <translation>Nye farver f&amp;ra:</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Accept &amp;selected</source>
        <translation>Godkend &amp;valgte</translation>
    </message>
    <message>
        <source>Accept &amp;all changes</source>
        <translation>Godkend &amp;alle ændringer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
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
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Flexible letting now</source>
        <translation>Fleksibel udlejning nu</translation>
    </message>
    <message>
        <source>Proposed flexible letting</source>
        <translation>Foreslået fleksibel udlejning</translation>
    </message>
    <message>
        <source>Lists in force</source>
        <translation>Gældende lister</translation>
    </message>
    <message>
        <source>List status by the figures</source>
        <translation>Listestatus efter tallene</translation>
    </message>
    <message>
        <source>Deciding figures</source>
        <translation>Afgørende tal</translation>
    </message>
    <message>
        <source>{n} proposed change</source>
        <translation>{n} foreslået ændring</translation>
    </message>
    <message>
        <source>{n} proposed changes</source>
        <translation>{n} foreslåede ændringer</translation>
    </message>
    <message>
        <source>{n} department without a proposal</source>
        <translation>{n} afdeling uden forslag</translation>
    </message>
    <message>
        <source>{n} departments without a proposal</source>
        <translation>{n} afdelinger uden forslag</translation>
    </message>
    <message>
        <source>Write {n} new placement from {date}?</source>
        <translation>Gem {n} ny indplacering fra {date}?</translation>
    </message>
    <message>
        <source>Write {n} new placements from {date}?</source>
        <translation>Gem {n} nye indplaceringer fra {date}?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>open (missing figures)</source>
        <translation>uafklaret (manglende tal)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>No monitoring figures yet: import a file first.</source>
        <translation>Endnu ingen monitoreringstal: indlæs først en fil.</translation>
    </message>
    <message>
        <source>No monitoring figures yet. Import the year&apos;s figures (an Excel workbook with one row per department) with Import figures…; Anvis then proposes each department&apos;s colour and list status from them.</source>
        <translation>Endnu ingen monitoreringstal. Indlæs årets tal (et Excel-regneark med én række pr. afdeling) med Indlæs tal…; Anvis foreslår derefter hver afdelings farve og listestatus ud fra dem.</translation>
    </message>
    <message>
        <source>No department has a proposed change or a problem. Untick “Only proposed changes and problems” to see every department.</source>
        <translation>Ingen afdeling har en foreslået ændring eller et problem. Fjern fluebenet ved “Kun foreslåede ændringer og problemer” for at se alle afdelinger.</translation>
    </message>
    <message>
        <source>The figures of this year name no department.</source>
        <translation>Årets tal nævner ingen afdeling.</translation>
    </message>
    <message>
        <source>Accept proposals</source>
        <translation>Godkend forslag</translation>
    </message>
    <message>
        <source>Import monitoring figures</source>
        <translation>Indlæs monitoreringstal</translation>
    </message>
    <message>
        <source>Monitoring figures imported</source>
        <translation>Monitoreringstal indlæst</translation>
    </message>
    <message>
        <source>Importing monitoring figures</source>
        <translation>Indlæser monitoreringstal</translation>
    </message>
</context>
</TS>
