<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>CaseworkersSection</name>
    <message>
        <source>Caseworkers</source>
        <translation>Sagsbehandlere</translation>
    </message>
    <message>
        <source>The caseworkers (bostøttemedarbejdere) who follow the applicants; the applicant form offers the active ones. When a caseworker stops, make them inactive rather than removing them: their applicants keep them and their history, and the applicant form no longer offers them for anyone else.</source>
        <translation>Sagsbehandlerne (bostøttemedarbejderne), der følger de boligsøgende; de aktive kan vælges i formularen for en boligsøgende. Når en sagsbehandler stopper, så gør vedkommende inaktiv i stedet for at slette: de boligsøgende beholder sagsbehandleren og deres historik, men sagsbehandleren kan ikke længere vælges for andre.</translation>
    </message>
    <message>
        <source>&amp;Show inactive caseworkers too</source>
        <translation>Vis også &amp;inaktive sagsbehandlere</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Applicants on the list</source>
        <translation>Boligsøgende på listen</translation>
    </message>
    <message>
        <source>Applicants this caseworker follows who are not housed or removed</source>
        <translation>Boligsøgende, som sagsbehandleren følger, og som hverken er boligplaceret eller slettet fra listen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;New caseworker...</source>
        <translation>&amp;Ny sagsbehandler...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Redigér...</translation>
    </message>
    <message>
        <source>Make &amp;inactive</source>
        <translation>&amp;Gør inaktiv</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Every caseworker is inactive. Tick Show inactive caseworkers too to see them, or add one with New caseworker.</source>
        <translation>Alle sagsbehandlere er inaktive. Sæt flueben i Vis også inaktive sagsbehandlere for at se dem, eller opret en med Ny sagsbehandler.</translation>
    </message>
    <message>
        <source>No caseworkers yet. Add one with New caseworker; an applicant import with a caseworker column also adds the caseworkers it names.</source>
        <translation>Der er ingen sagsbehandlere endnu. Opret en med Ny sagsbehandler; en import af boligsøgende med en kolonne for sagsbehandler opretter også de sagsbehandlere, den nævner.</translation>
    </message>
    <message>
        <source>Make &amp;active</source>
        <translation>&amp;Gør aktiv</translation>
    </message>
    <message>
        <source>{name} is inactive and no longer offered in the applicant form. Tick Show inactive caseworkers too to see {name} in the list.</source>
        <translation>{name} er nu inaktiv og kan ikke længere vælges for en boligsøgende. Sæt flueben i Vis også inaktive sagsbehandlere for at se {name} i listen.</translation>
    </message>
    <message>
        <source>{name} is inactive and no longer offered in the applicant form.</source>
        <translation>{name} er nu inaktiv og kan ikke længere vælges for en boligsøgende.</translation>
    </message>
    <message>
        <source>{name} is active and offered in the applicant form again.</source>
        <translation>{name} er aktiv igen og kan vælges for en boligsøgende.</translation>
    </message>
    <message>
        <source>{name} still follows {n} applicant on the list. Make {name} inactive anyway? The applicant keeps {name} as caseworker, but the applicant form no longer offers {name} for anyone else.</source>
        <translation>{name} følger stadig {n} boligsøgende på listen. Vil du alligevel gøre {name} inaktiv? Den boligsøgende beholder {name} som sagsbehandler, men {name} kan ikke længere vælges for andre.</translation>
    </message>
    <message>
        <source>{name} still follows {n} applicants on the list. Make {name} inactive anyway? The applicants keep {name} as caseworker, but the applicant form no longer offers {name} for anyone else.</source>
        <translation>{name} følger stadig {n} boligsøgende på listen. Vil du alligevel gøre {name} inaktiv? De boligsøgende beholder {name} som sagsbehandler, men {name} kan ikke længere vælges for andre.</translation>
    </message>
    <message>
        <source>Make the caseworker inactive</source>
        <translation>Gør sagsbehandleren inaktiv</translation>
    </message>
</context>
</TS>
