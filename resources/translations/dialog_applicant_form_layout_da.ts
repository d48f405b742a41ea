<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ApplicantFormLayout</name>
    <message>
        <source>Person and case</source>
        <translation>Person og sag</translation>
    </message>
    <message>
        <source>Address and letters</source>
        <translation>Adresse og breve</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Husstand</translation>
    </message>
    <message>
        <source>Wishes and needs</source>
        <translation>Ønsker og behov</translation>
    </message>
    <message>
        <source>Sensitive information</source>
        <translation>Følsomme oplysninger</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statushistorik</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>Chan&amp;ge status…</source>
        <translation>&amp;Skift status…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;CPR number:</source>
        <translation>&amp;CPR-nummer:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Fødselsdato:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Target group:</source>
        <translation>Målgr&amp;uppe:</translation>
    </message>
    <message>
        <source>Casewor&amp;ker:</source>
        <translation>Sa&amp;gsbehandler:</translation>
    </message>
    <message>
        <source>&amp;Registered:</source>
        <translation>&amp;Oprettet:</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>Hastegra&amp;d:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Estimated wait:</source>
        <translation>Anslået ventetid:</translation>
    </message>
    <message>
        <source>&amp;Show…</source>
        <translation>&amp;Vis…</translation>
    </message>
    <message>
        <source>Show the whole number (logged with a purpose)</source>
        <translation>Vis hele nummeret (logges med et formål)</translation>
    </message>
    <message>
        <source>Rooms at most</source>
        <translation>Højst antal værelser</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Postcodes or areas, separated by commas</source>
        <translation>Postnumre eller områder, adskilt med komma</translation>
    </message>
    <message>
        <source>&amp;Highest rent incl. a conto:</source>
        <translation>&amp;Højeste husleje inkl. aconto:</translation>
    </message>
    <message>
        <source>Roo&amp;ms:</source>
        <translation>V&amp;ærelser:</translation>
    </message>
    <message>
        <source>Nee&amp;ds:</source>
        <translation>&amp;Behov:</translation>
    </message>
    <message>
        <source>&amp;Wanted areas:</source>
        <translation>&amp;Ønskede områder:</translation>
    </message>
    <message>
        <source>Not to be offered in:</source>
        <translation>Må ikke tilbydes i:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Bemær&amp;kninger:</translation>
    </message>
    <message>
        <source>Wheelchair user</source>
        <translation>Kørestolsbruger</translation>
    </message>
    <message>
        <source>Step-free access (lift or no stairs)</source>
        <translation>Niveaufri adgang (elevator eller ingen trapper)</translation>
    </message>
    <message>
        <source>Ground floor</source>
        <translation>Stueetage</translation>
    </message>
    <message>
        <source>Has pets</source>
        <translation>Har husdyr</translation>
    </message>
    <message>
        <source>Needs a strong area (not to yellow departments)</source>
        <translation>Har brug for et stærkt område (ikke gule afdelinger)</translation>
    </message>
    <message>
        <source>&amp;Insight report…</source>
        <translation>&amp;Indsigtsrapport…</translation>
    </message>
</context>
</TS>
