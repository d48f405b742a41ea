<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>OverviewPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdatér</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Opdatér (F5)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Boligsøgende</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Svarfrist</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dage tilbage</translation>
    </message>
    <message>
        <source>No reply deadline falls within the next days.</source>
        <translation>Ingen svarfrister falder inden for de næste dage.</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <source>No offer has expired in the last two weeks.</source>
        <translation>Ingen tilbud er udløbet de seneste to uger.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Arbejdsdage</translation>
    </message>
    <message>
        <source>No dwelling is near the desk&apos;s deadline to name a tenant.</source>
        <translation>Ingen boliger er tæt på anvisningens frist for at anvise en lejer.</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Værelser</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>Husleje</translation>
    </message>
    <message>
        <source>Every dwelling waiting for a tenant has at least one candidate.</source>
        <translation>Alle boliger, der venter på en lejer, har mindst én kandidat.</translation>
    </message>
    <message>
        <source>At disposal from</source>
        <translation>Til rådighed fra</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dage</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pr. dag</translation>
    </message>
    <message>
        <source>Rent loss</source>
        <translation>Lejetab</translation>
    </message>
    <message>
        <source>No rent loss is running: no dwelling is waiting at the desk.</source>
        <translation>Der løber intet lejetab: ingen boliger venter hos anvisningen.</translation>
    </message>
    <message>
        <source>Looking at today&apos;s work...</source>
        <translation>Ser på dagens opgaver...</translation>
    </message>
    <message>
        <source>Reply deadlines within {days} days</source>
        <translation>Svarfrister inden for {days} dage</translation>
    </message>
    <message>
        <source>Expired offers</source>
        <translation>Udløbne tilbud</translation>
    </message>
    <message>
        <source>Dwellings near the desk&apos;s deadline</source>
        <translation>Boliger tæt på anvisningsfristen</translation>
    </message>
    <message>
        <source>Dwellings without candidates</source>
        <translation>Boliger uden kandidater</translation>
    </message>
    <message>
        <source>Rent loss running</source>
        <translation>Løbende lejetab</translation>
    </message>
    <message>
        <source>Rent loss of the dwellings waiting at the desk: {total} so far, {per_day} a day.</source>
        <translation>Lejetab på boliger, der venter hos anvisningen: {total} indtil nu, {per_day} om dagen.</translation>
    </message>
    <message>
        <source>Offer {number}: {address} (Enter or double-click opens it)</source>
        <translation>Tilbud {number}: {address} (Enter eller dobbeltklik åbner det)</translation>
    </message>
    <message>
        <source>Status: {status} (Enter or double-click opens the dwelling)</source>
        <translation>Status: {status} (Enter eller dobbeltklik åbner boligen)</translation>
    </message>
</context>
</TS>
