<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>VacanciesPage</name>
    <message>
        <source>&amp;Import file…</source>
        <translation>&amp;Importér fil…</translation>
    </message>
    <message>
        <source>&amp;New dwelling…</source>
        <translation>&amp;Ny bolig…</translation>
    </message>
    <message>
        <source>&amp;Quota…</source>
        <translation>&amp;Kvote…</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Ledige boliger</translation>
    </message>
    <message>
        <source>From a &amp;private landlord…</source>
        <translation>Fra &amp;privat udlejer…</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Acceptér</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>&amp;Returnér…</translation>
    </message>
    <message>
        <source>&amp;Give back…</source>
        <translation>&amp;Giv tilbage…</translation>
    </message>
    <message>
        <source>Can&amp;didates…</source>
        <translation>Kan&amp;didater…</translation>
    </message>
    <message>
        <source>The applicants who fit the chosen dwelling, in ranking order; create an offer</source>
        <translation>De boligsøgende, der passer til den valgte bolig, i rækkefølge; opret et tilbud</translation>
    </message>
    <message>
        <source>&amp;Undo…</source>
        <translation>Fortr&amp;yd…</translation>
    </message>
    <message>
        <source>&amp;Send reply…</source>
        <translation>&amp;Send svar…</translation>
    </message>
    <message>
        <source>The reply workbook to the chosen dwelling&apos;s organisation, since the last reply</source>
        <translation>Svarregnearket til den valgte boligs boligorganisation, siden sidste svar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidater</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <translation>Postnr. og by</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Boligordning</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Værelser</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>Monthly incl. a conto</source>
        <translation>Pr. måned inkl. aconto</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Ledig fra</translation>
    </message>
    <message>
        <source>{n} dwelling</source>
        <translation>{n} bolig</translation>
    </message>
    <message>
        <source>{n} dwellings</source>
        <translation>{n} boliger</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>The desk&apos;s deadline passed {n} working day ago</source>
        <translation>Anvisningens frist blev overskredet for {n} arbejdsdag siden</translation>
    </message>
    <message>
        <source>The desk&apos;s deadline passed {n} working days ago</source>
        <translation>Anvisningens frist blev overskredet for {n} arbejdsdage siden</translation>
    </message>
    <message>
        <source>Working days to the desk&apos;s deadline</source>
        <translation>Arbejdsdage til anvisningens frist</translation>
    </message>
    <message>
        <source>Rent loss</source>
        <translation>Lejetab</translation>
    </message>
    <message>
        <source>A private landlord&apos;s notice of a vacant dwelling, answered by its deadline</source>
        <translation>En privat udlejers meddelelse om en ledig bolig, som skal besvares inden fristen</translation>
    </message>
    <message>
        <source>&amp;Confirm proposals…</source>
        <translation>&amp;Bekræft forslag…</translation>
    </message>
    <message>
        <source>Accept or return the chosen received dwellings as the intake check proposes (the plan per organisation is shown first)</source>
        <translation>Acceptér eller returnér de valgte modtagne boliger, som modtagekontrollen foreslår (planen pr. boligorganisation vises først)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Pr. måned</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Boligorganisation</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Acceptér</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Returnér</translation>
    </message>
    <message>
        <source>No applicant on the list may be offered the dwelling now</source>
        <translation>Ingen boligsøgende på listen kan tilbydes boligen nu</translation>
    </message>
    <message>
        <source>Applicants on the list who may be offered the dwelling now</source>
        <translation>Boligsøgende på listen, der kan tilbydes boligen nu</translation>
    </message>
    <message>
        <source>Give the dwelling back</source>
        <translation>Giv boligen tilbage</translation>
    </message>
    <message>
        <source>Why does the desk give the dwelling back unused?</source>
        <translation>Hvorfor giver anvisningen boligen tilbage uden at bruge den?</translation>
    </message>
    <message>
        <source>&amp;Give back</source>
        <translation>&amp;Giv tilbage</translation>
    </message>
    <message>
        <source>The dwelling was given back to the organisation.</source>
        <translation>Boligen er givet tilbage til boligorganisationen.</translation>
    </message>
    <message>
        <source>The dwelling was saved as received.</source>
        <translation>Boligen er gemt som modtaget.</translation>
    </message>
</context>
</TS>
