<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>CandidatesDialog</name>
    <message>
        <source>Candidates</source>
        <translation>Kandidater</translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation>&amp;Kandidater</translation>
    </message>
    <message>
        <source>&amp;Excluded</source>
        <translation>&amp;Udelukkede</translation>
    </message>
    <message>
        <source>Offers of the &amp;dwelling</source>
        <translation>Tilbud på &amp;boligen</translation>
    </message>
    <message>
        <source>Candidates in ranking order</source>
        <translation>Kandidater i rækkefølge</translation>
    </message>
    <message>
        <source>Excluded applicants</source>
        <translation>Udelukkede boligsøgende</translation>
    </message>
    <message>
        <source>Offers of the dwelling</source>
        <translation>Tilbud på boligen</translation>
    </message>
    <message>
        <source>Create &amp;offer...</source>
        <translation>Opret &amp;tilbud...</translation>
    </message>
    <message>
        <source>Search by name or number... (Ctrl+F)</source>
        <translation>Søg på navn eller nummer... (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show applicants excluded by</source>
        <translation>Vis boligsøgende udelukket af</translation>
    </message>
    <message>
        <source>Show which applicants</source>
        <translation>Vis hvilke boligsøgende</translation>
    </message>
    <message>
        <source>Applicants on the list</source>
        <translation>Boligsøgende på listen</translation>
    </message>
    <message>
        <source>Everyone, also housed and removed</source>
        <translation>Alle, også boligplacerede og slettede</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Hastegrad</translation>
    </message>
    <message>
        <source>Waiting (days)</source>
        <translation>Ventetid (dage)</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Applicant no.</source>
        <translation>Boligsøgende nr.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regler</translation>
    </message>
    <message>
        <source>Excluded by</source>
        <translation>Udelukket af</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Boligsøgende</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Nr. i rækken</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Svarfrist</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Ranking the applicants...</source>
        <translation>Sætter de boligsøgende i rækkefølge...</translation>
    </message>
    <message>
        <source>Candidates: {address}</source>
        <translation>Kandidater: {address}</translation>
    </message>
    <message>
        <source>{amount} a month incl. a conto</source>
        <translation>{amount} om måneden inkl. aconto</translation>
    </message>
    <message>
        <source>Desk&apos;s deadline {date}</source>
        <translation>Anvisningsfrist {date}</translation>
    </message>
    <message>
        <source>Rent loss so far {amount}</source>
        <translation>Lejetab indtil nu {amount}</translation>
    </message>
    <message>
        <source>On the ministry lists: {lists}</source>
        <translation>På ministeriets lister: {lists}</translation>
    </message>
    <message>
        <source>&amp;Candidates ({count})</source>
        <translation>&amp;Kandidater ({count})</translation>
    </message>
    <message>
        <source>No applicant may be offered this dwelling. The Excluded tab shows why.</source>
        <translation>Ingen boligsøgende kan tilbydes denne bolig. Fanen Udelukkede viser hvorfor.</translation>
    </message>
    <message>
        <source>Ranked by {order}; ties go to the lower applicant number. Select a candidate to see why they stand where they do.</source>
        <translation>Rækkefølge efter {order}; ved lighed går det lavere boligsøgendenummer forrest. Vælg en kandidat for at se, hvorfor vedkommende står, hvor vedkommende står.</translation>
    </message>
    <message>
        <source>Offers of the &amp;dwelling ({count})</source>
        <translation>Tilbud på &amp;boligen ({count})</translation>
    </message>
    <message>
        <source>{n} room</source>
        <translation>{n} vær.</translation>
    </message>
    <message>
        <source>{n} rooms</source>
        <translation>{n} vær.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Afbrudt.</translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation>Alle regler</translation>
    </message>
    <message>
        <source>Checking the applicants...</source>
        <translation>Gennemgår de boligsøgende...</translation>
    </message>
    <message>
        <source>Checking the applicants against the rules</source>
        <translation>Holder de boligsøgende op mod reglerne</translation>
    </message>
    <message>
        <source>Shown: {shown}</source>
        <translation>Vist: {shown}</translation>
    </message>
    <message>
        <source>&amp;Excluded ({count})</source>
        <translation>&amp;Udelukkede ({count})</translation>
    </message>
    <message>
        <source>Shown: {shown}; more as the list scrolls</source>
        <translation>Vist: {shown}; flere når listen rulles</translation>
    </message>
    <message>
        <source>No. {rank}: {name}</source>
        <translation>Nr. {rank}: {name}</translation>
    </message>
    <message>
        <source>{name} (no. {id}) may not be offered the dwelling:</source>
        <translation>{name} (nr. {id}) kan ikke tilbydes boligen:</translation>
    </message>
    <message>
        <source>The dwelling already has an open offer.</source>
        <translation>Boligen har allerede et åbent tilbud.</translation>
    </message>
</context>
<context>
    <name>SuitableVacanciesDialog</name>
    <message>
        <source>Suitable dwellings</source>
        <translation>Egnede boliger</translation>
    </message>
    <message>
        <source>Checking the dwellings...</source>
        <translation>Gennemgår boligerne...</translation>
    </message>
    <message>
        <source>Dwellings waiting for a tenant</source>
        <translation>Boliger, der venter på en lejer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
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
        <source>Suitable</source>
        <translation>Egnet</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Hvorfor ikke</translation>
    </message>
    <message>
        <source>Open &amp;candidates...</source>
        <translation>Åbn &amp;kandidater...</translation>
    </message>
    <message>
        <source>{suitable} of {n} dwelling waiting for a tenant is suitable.</source>
        <translation>{suitable} af {n} bolig, der venter på en lejer, er egnet.</translation>
    </message>
    <message>
        <source>{suitable} of {n} dwellings waiting for a tenant are suitable.</source>
        <translation>{suitable} af {n} boliger, der venter på en lejer, er egnede.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Suitable; fit {score} of 100.</source>
        <translation>Egnet; match {score} af 100.</translation>
    </message>
    <message>
        <source>Not suitable:</source>
        <translation>Ikke egnet:</translation>
    </message>
</context>
</TS>
