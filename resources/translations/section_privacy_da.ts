<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>PrivacySection</name>
    <message>
        <source>Data protection</source>
        <translation>Databeskyttelse</translation>
    </message>
    <message>
        <source>A case is closed when the applicant is housed or removed from the list. After the retention period its personal data is no longer needed and is anonymised from the list of due cases (Applicants &gt; Data protection, or the command anvis privacy anonymise). The statistics keep counting the case.</source>
        <translation>En sag lukkes, når den boligsøgende er boligplaceret eller slettet fra listen. Efter opbevaringsperioden er personoplysningerne ikke længere nødvendige og anonymiseres fra listen over sager, der er klar (Boligsøgende &gt; Databeskyttelse eller kommandoen anvis privacy anonymise). Statistikken tæller stadig sagen med.</translation>
    </message>
    <message>
        <source>years</source>
        <translation>år</translation>
    </message>
    <message>
        <source>Keep &amp;closed cases for:</source>
        <translation>Opbevar &amp;lukkede sager i:</translation>
    </message>
    <message>
        <source>Show the &amp;due cases…</source>
        <translation>Vis sager der er &amp;klar…</translation>
    </message>
    <message>
        <source>Saved: closed cases are kept {years} years.</source>
        <translation>Gemt: lukkede sager opbevares i {years} år.</translation>
    </message>
</context>
</TS>
