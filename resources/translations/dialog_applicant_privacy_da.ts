<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Data protection: closed cases past retention</source>
        <translation>Databeskyttelse: lukkede sager efter opbevaringsperioden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Closed cases due for anonymisation</source>
        <translation>Afsluttede sager, der skal anonymiseres</translation>
    </message>
    <message>
        <source>Cases closed on or before {date} are past the retention period of {years} (Settings &gt; Data protection). Anonymising erases the person&apos;s name, CPR number, contact data, notes, household names, legal facts and letters; the statistics keep counting the case. It cannot be undone.</source>
        <translation>Sager lukket senest {date} er ud over opbevaringsperioden på {years} (Indstillinger &gt; Databeskyttelse). Anonymisering sletter personens navn, CPR-nummer, kontaktoplysninger, bemærkninger, husstandens navne, forhold og breve; statistikken tæller stadig sagen med. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>{n} year</source>
        <translation>{n} år</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n} år</translation>
    </message>
    <message>
        <source>{n} case is due.</source>
        <translation>{n} sag er klar.</translation>
    </message>
    <message>
        <source>{n} cases are due.</source>
        <translation>{n} sager er klar.</translation>
    </message>
    <message>
        <source>&amp;Anonymise {n} case…</source>
        <translation>&amp;Anonymisér {n} sag…</translation>
    </message>
    <message>
        <source>&amp;Anonymise {n} cases…</source>
        <translation>&amp;Anonymisér {n} sager…</translation>
    </message>
    <message>
        <source>Anonymise {n} closed case? The personal data is erased for good.</source>
        <translation>Anonymisér {n} lukket sag? Personoplysningerne slettes for altid.</translation>
    </message>
    <message>
        <source>Anonymise {n} closed cases? The personal data is erased for good.</source>
        <translation>Anonymisér {n} lukkede sager? Personoplysningerne slettes for altid.</translation>
    </message>
</context>
</TS>
