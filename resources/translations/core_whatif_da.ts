<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>WhatIf</name>
    <message>
        <source>A share is a percentage from 0 to 100.</source>
        <translation>En andel er en procent fra 0 til 100.</translation>
    </message>
    <message>
        <source>A rent ceiling is an amount above 0 kr. a month.</source>
        <translation>Et huslejeloft er et beløb over 0 kr. om måneden.</translation>
    </message>
    <message>
        <source>Persons per room is a number above 0 and at most 10.</source>
        <translation>Personer pr. rum er et tal over 0 og højst 10.</translation>
    </message>
    <message>
        <source>Rooms more than persons is a number from 0 to 10.</source>
        <translation>Rum flere end personer er et tal fra 0 til 10.</translation>
    </message>
    <message>
        <source>Dwellings the agreed shares ask for</source>
        <translation>Boliger efter de aftalte andele</translation>
    </message>
    <message>
        <source>Dwellings reported</source>
        <translation>Boliger indmeldt</translation>
    </message>
    <message>
        <source>Usable (accepted)</source>
        <translation>Brugbare (accepteret)</translation>
    </message>
    <message>
        <source>Returned: the department&apos;s colour</source>
        <translation>Returneret: afdelingens farve</translation>
    </message>
    <message>
        <source>Returned: rent above the ceiling</source>
        <translation>Returneret: husleje over loftet</translation>
    </message>
    <message>
        <source>Offered to an applicant</source>
        <translation>Tilbudt en boligsøgende</translation>
    </message>
    <message>
        <source>Usable, but no one could be offered it</source>
        <translation>Brugbare, men ingen kunne få tilbud</translation>
    </message>
    <message>
        <source>Applicants who had an offer</source>
        <translation>Boligsøgende der fik tilbud</translation>
    </message>
    <message>
        <source>Rent loss</source>
        <translation>Lejetab</translation>
    </message>
    <message>
        <source>of which the municipality pays</source>
        <translation>heraf betaler kommunen</translation>
    </message>
    <message>
        <source>Reading the period</source>
        <translation>Læser perioden</translation>
    </message>
    <message>
        <source>Replaying the period as it was</source>
        <translation>Genspiller perioden som den var</translation>
    </message>
    <message>
        <source>Replaying the period with the changes</source>
        <translation>Genspiller perioden med ændringerne</translation>
    </message>
    <message>
        <source>Write each change as KEY=VALUE, e.g. share.green=30: {text}</source>
        <translation>Skriv hver ændring som NØGLE=VÆRDI, fx share.green=30: {text}</translation>
    </message>
    <message>
        <source>Unknown change: {key}. The known keys are: {keys}.</source>
        <translation>Ukendt ændring: {key}. De kendte nøgler er: {keys}.</translation>
    </message>
    <message>
        <source>{key} takes a number, not {value}.</source>
        <translation>{key} skal være et tal, ikke {value}.</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>Ikke et tal.</translation>
    </message>
    <message>
        <source>{key} takes a colour (green, yellow or red), not {value}.</source>
        <translation>{key} skal være en farve (grøn, gul eller rød), ikke {value}.</translation>
    </message>
    <message>
        <source>Not a colour.</source>
        <translation>Ikke en farve.</translation>
    </message>
    <message>
        <source>{key}: there is no such department. Write the organisation&apos;s and the department&apos;s number, e.g. colour.145/07.</source>
        <translation>{key}: den afdeling findes ikke. Skriv boligorganisationens og afdelingens nummer, fx colour.145/07.</translation>
    </message>
    <message>
        <source>No such department.</source>
        <translation>Afdelingen findes ikke.</translation>
    </message>
    <message>
        <source>Share to report for {colour}: {share} %</source>
        <translation>Andel til anvisning for {colour}: {share} %</translation>
    </message>
    <message>
        <source>{department} is {colour} in the whole period</source>
        <translation>{department} er {colour} i hele perioden</translation>
    </message>
    <message>
        <source>Rent ceiling, {kind} up to {rooms} rooms: {ceiling} kr.</source>
        <translation>Huslejeloft, {kind} op til {rooms} rum: {ceiling} kr.</translation>
    </message>
    <message>
        <source>Occupancy norm: at most {n} persons a room</source>
        <translation>Belægningsnorm: højst {n} personer pr. rum</translation>
    </message>
    <message>
        <source>Occupancy norm: at most {n} rooms more than persons</source>
        <translation>Belægningsnorm: højst {n} rum flere end personer</translation>
    </message>
    <message>
        <source>What if: the agreement changed</source>
        <translation>Hvad hvis: aftalen var ændret</translation>
    </message>
    <message>
        <source>As it was</source>
        <translation>Som det var</translation>
    </message>
    <message>
        <source>With the changes</source>
        <translation>Med ændringerne</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Forskel</translation>
    </message>
    <message>
        <source>As it was: {real} ({difference})</source>
        <translation>Som det var: {real} ({difference})</translation>
    </message>
    <message>
        <source>The changes, for the whole period: {changes}</source>
        <translation>Ændringerne, for hele perioden: {changes}</translation>
    </message>
    <message>
        <source>No changes: the period replayed as it was.</source>
        <translation>Ingen ændringer: perioden genspillet som den var.</translation>
    </message>
    <message>
        <source>Dwellings and applicants</source>
        <translation>Boliger og boligsøgende</translation>
    </message>
    <message>
        <source>Applicants who had an offer, by target group</source>
        <translation>Boligsøgende der fik tilbud, pr. målgruppe</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Offers by target group</source>
        <translation>Tilbud pr. målgruppe</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>What if: {start} - {end}</source>
        <translation>Hvad hvis: {start} - {end}</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Ændringer:</translation>
    </message>
    <message>
        <source>none: the period replayed as it was</source>
        <translation>ingen: perioden genspillet som den var</translation>
    </message>
    <message>
        <source>Applicants who had an offer, by target group:</source>
        <translation>Boligsøgende der fik tilbud, pr. målgruppe:</translation>
    </message>
    <message>
        <source>Both columns replay the period through the desk&apos;s own rules: each dwelling reported is checked as on its report day and offered to the first in the ranking that day whom the rules let be offered it, who takes it. Only the agreement differs.</source>
        <translation>Begge kolonner genspiller perioden med anvisningens egne regler: hver indmeldt bolig vurderes som på sin indmeldelsesdag og tilbydes den første i rækkefølgen den dag, som reglerne lader få tilbuddet, og vedkommende tager den. Kun aftalen er forskellig.</translation>
    </message>
    <message>
        <source>A changed share changes how many dwellings the departments of that colour report; the extra dwellings are like those they did report.</source>
        <translation>En ændret andel ændrer, hvor mange boliger afdelingerne med den farve indmelder; de ekstra boliger er som dem, de faktisk indmeldte.</translation>
    </message>
    <message>
        <source>Rent loss runs from the day a dwelling is at the desk&apos;s disposal to its lease start (a dwelling not let in reality: the period&apos;s median days to let), or to the day the desk gives it back when no one may be offered it.</source>
        <translation>Lejetabet løber fra den dag, boligen står til anvisningens rådighed, til lejemålet begynder (en bolig, der ikke blev udlejet i virkeligheden: periodens median for dage til udlejning), eller til den dag, anvisningen giver den tilbage, når ingen kan få den tilbudt.</translation>
    </message>
    <message>
        <source>The dwellings the agreed shares ask for leave out {n} departments without a count of all their vacancies in the period.</source>
        <translation>Boligerne efter de aftalte andele udelader {n} afdelinger uden et tal for alle deres ledige boliger i perioden.</translation>
    </message>
    <message>
        <source>{kind} up to {rooms} rooms</source>
        <translation>{kind} op til {rooms} rum</translation>
    </message>
</context>
</TS>
