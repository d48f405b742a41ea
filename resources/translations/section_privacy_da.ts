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
        <source>After anonymising, Anvis rewrites the shared database&apos;s tables, so the erased data leaves its files. The server&apos;s own backups (pg_dump, WAL archives) keep it as long as IT keeps them: agree that period with IT (see the README).</source>
        <translation>Efter en anonymisering omskriver Anvis den fælles databases tabeller, så de slettede oplysninger forsvinder fra dens filer. Serverens egne sikkerhedskopier (pg_dump, WAL-arkiver) beholder dem, så længe IT gemmer kopierne: aftal den periode med IT (se README).</translation>
    </message>
    <message>
        <source>Copies of the database keep erased data until they are deleted. The copy taken just before anonymising is deleted as soon as the anonymisation is done and checked; every other copy in the backup folder is deleted when it is {n} day old (Settings &gt; Backups), the next time Anvis starts, makes a copy or anonymises. A copy saved elsewhere (anvis backup --to FILE) is yours to delete.</source>
        <translation>Kopier af databasen beholder slettede oplysninger, indtil kopierne slettes. Kopien, der tages lige før en anonymisering, slettes, så snart anonymiseringen er gennemført og kontrolleret; alle andre kopier i backupmappen slettes, når de er {n} dag gamle (Indstillinger &gt; Sikkerhedskopier), næste gang Anvis starter, tager en kopi eller anonymiserer. En kopi, der er gemt et andet sted (anvis backup --to FIL), skal du selv slette.</translation>
    </message>
    <message>
        <source>Copies of the database keep erased data until they are deleted. The copy taken just before anonymising is deleted as soon as the anonymisation is done and checked; every other copy in the backup folder is deleted when it is {n} days old (Settings &gt; Backups), the next time Anvis starts, makes a copy or anonymises. A copy saved elsewhere (anvis backup --to FILE) is yours to delete.</source>
        <translation>Kopier af databasen beholder slettede oplysninger, indtil kopierne slettes. Kopien, der tages lige før en anonymisering, slettes, så snart anonymiseringen er gennemført og kontrolleret; alle andre kopier i backupmappen slettes, når de er {n} dage gamle (Indstillinger &gt; Sikkerhedskopier), næste gang Anvis starter, tager en kopi eller anonymiserer. En kopi, der er gemt et andet sted (anvis backup --to FIL), skal du selv slette.</translation>
    </message>
    <message>
        <source>Saved: closed cases are kept {n} year.</source>
        <translation>Gemt: lukkede sager opbevares i {n} år.</translation>
    </message>
    <message>
        <source>Saved: closed cases are kept {n} years.</source>
        <translation>Gemt: lukkede sager opbevares i {n} år.</translation>
    </message>
</context>
</TS>
