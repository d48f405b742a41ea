<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ApplicantFilterBar</name>
    <message>
        <source>Search name, birth date (DDMMYY), phone or caseworker…</source>
        <translation>Søg navn, fødselsdato (DDMMÅÅ), telefon eller sagsbehandler…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>Active and paused</source>
        <translation>Aktive og på pause</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Hastegrad</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Alle hastegrader</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Target group:</source>
        <translation>&amp;Målgruppe:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>Haste&amp;grad:</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Alle målgrupper</translation>
    </message>
</context>
<context>
    <name>ApplicantsPage</name>
    <message>
        <source>&amp;New applicant…</source>
        <translation>&amp;Ny boligsøgende…</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>&amp;Importér liste…</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Eksportér liste…</translation>
    </message>
    <message>
        <source>Export the applicants the list shows now (logged with a purpose)</source>
        <translation>Eksportér de boligsøgende, listen viser nu (logges med et formål)</translation>
    </message>
    <message>
        <source>&amp;Data protection…</source>
        <translation>&amp;Databeskyttelse…</translation>
    </message>
    <message>
        <source>Search the &amp;CPR number…</source>
        <translation>Søg på &amp;CPR-nummeret…</translation>
    </message>
    <message>
        <source>Show &amp;all again</source>
        <translation>Vis &amp;alle igen</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Boligsøgende</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <source>&amp;Merge the two…</source>
        <translation>&amp;Læg de to sammen…</translation>
    </message>
    <message>
        <source>Two records of the same person: keep one</source>
        <translation>To sager om samme person: behold én</translation>
    </message>
    <message>
        <source>Suitable d&amp;wellings…</source>
        <translation>Egnede &amp;boliger…</translation>
    </message>
    <message>
        <source>The dwellings waiting for a tenant that suit the chosen applicant, and why not</source>
        <translation>De ledige boliger, der passer til den valgte boligsøgende, og hvorfor ikke</translation>
    </message>
    <message>
        <source>Addresses read automatically from free text: check them, choose how letters go</source>
        <translation>Adresser læst automatisk fra fritekst: tjek dem, og vælg hvordan brevene sendes</translation>
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
        <source>Born {date}</source>
        <translation>Født {date}</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>Anslået ventetid</translation>
    </message>
    <message>
        <source>An estimate from the dwellings of the last months and the place in the ranking today, not a promise (Help, F1)</source>
        <translation>Et skøn ud fra de seneste måneders boliger og pladsen i rangordningen i dag, ikke et løfte (Hjælp, F1)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Hastegrad</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Highest rent</source>
        <translation>Højeste husleje</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Værelser</translation>
    </message>
    <message>
        <source>Estimated: {wait}. Not a promise.</source>
        <translation>Anslået: {wait}. Ikke et løfte.</translation>
    </message>
    <message>
        <source>{n} applicant</source>
        <translation>{n} boligsøgende</translation>
    </message>
    <message>
        <source>{n} applicants</source>
        <translation>{n} boligsøgende</translation>
    </message>
    <message>
        <source>Estimating waits…</source>
        <translation>Anslår ventetider…</translation>
    </message>
    <message>
        <source>Estimating waits… {percent}</source>
        <translation>Anslår ventetider… {percent}</translation>
    </message>
    <message>
        <source>{n} pause ended: the applicant is active again.</source>
        <translation>{n} pause er slut: den boligsøgende er aktiv igen.</translation>
    </message>
    <message>
        <source>{n} pauses ended: the applicants are active again.</source>
        <translation>{n} pauser er slut: de boligsøgende er aktive igen.</translation>
    </message>
    <message>
        <source>The {n} applicant the list shows now.</source>
        <translation>Den {n} boligsøgende, listen viser nu.</translation>
    </message>
    <message>
        <source>The {n} applicants the list shows now, in its order.</source>
        <translation>De {n} boligsøgende, listen viser nu, i dens rækkefølge.</translation>
    </message>
    <message>
        <source>Addresses to re&amp;view ({count})…</source>
        <translation>Adresser til &amp;gennemsyn ({count})…</translation>
    </message>
    <message>
        <source>Showing the result of a search by CPR number (logged).</source>
        <translation>Viser resultatet af en søgning på CPR-nummer (logget).</translation>
    </message>
    <message>
        <source>The list searches only the birth date of a CPR number. To find the whole number, press Enter or Search the CPR number: you give a purpose, and the search is logged.</source>
        <translation>Listen søger kun på fødselsdatoen i et CPR-nummer. Tryk Enter eller Søg på CPR-nummeret for at finde hele nummeret: du angiver et formål, og søgningen logges.</translation>
    </message>
    <message>
        <source>Search by CPR number</source>
        <translation>Søg på CPR-nummer</translation>
    </message>
    <message>
        <source>Searching by a whole CPR number is written to the access log.</source>
        <translation>Søgning på et helt CPR-nummer skrives i adgangsloggen.</translation>
    </message>
    <message>
        <source>No applicant has that CPR number.</source>
        <translation>Ingen boligsøgende har det CPR-nummer.</translation>
    </message>
    <message>
        <source>The applicant was saved.</source>
        <translation>Den boligsøgende er gemt.</translation>
    </message>
    <message>
        <source>Applicants:</source>
        <translation>Boligsøgende:</translation>
    </message>
</context>
</TS>
