<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>QuotaDialog</name>
    <message>
        <source>Quota</source>
        <translation>Kvote</translation>
    </message>
    <message>
        <source>Reported: dwellings the organisation reported to the desk in the period. All vacancies: all the department&apos;s vacant dwellings in the period, from the column “Ledige i alt” of the organisation&apos;s files or typed here.</source>
        <translation>Indmeldt: boliger, som boligorganisationen har meldt ind til anvisningen i perioden. Ledige i alt: alle afdelingens ledige boliger i perioden, fra kolonnen “Ledige i alt” i boligorganisationens filer eller skrevet her.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Boligorganisation</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle boligorganisationer</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Boligorganisation:</translation>
    </message>
    <message>
        <source>&amp;Type all vacancies…</source>
        <translation>&amp;Skriv ledige i alt…</translation>
    </message>
    <message>
        <source>Type the chosen department&apos;s vacancies of the whole months shown.</source>
        <translation>Skriv den valgte afdelings ledige boliger i de viste hele måneder.</translation>
    </message>
    <message>
        <source>Show only departments &amp;without all vacancies</source>
        <translation>Vis kun afdelinger &amp;uden ledige i alt</translation>
    </message>
    <message>
        <source>Per department</source>
        <translation>Pr. afdeling</translation>
    </message>
    <message>
        <source>Per organisation</source>
        <translation>Pr. boligorganisation</translation>
    </message>
    <message>
        <source>{n} dwelling of a scheme with its own allocation right is not counted in the share (Reports › Housing schemes).</source>
        <translation>{n} bolig i en boligordning med egen anvisningsret er ikke talt med i andelen (Rapporter › Boligordninger).</translation>
    </message>
    <message>
        <source>{n} dwellings of schemes with their own allocation right are not counted in the share (Reports › Housing schemes).</source>
        <translation>{n} boliger i boligordninger med egen anvisningsret er ikke talt med i andelen (Rapporter › Boligordninger).</translation>
    </message>
    <message>
        <source>There are no departments yet. Import the organisations&apos; master data under Departments; then each department shows here.</source>
        <translation>Der er ingen afdelinger endnu. Importér boligorganisationernes stamdata under Afdelinger; så vises hver afdeling her.</translation>
    </message>
    <message>
        <source>{names} and others</source>
        <translation>{names} med flere</translation>
    </message>
    <message>
        <source>{n} department has no count of all its vacancies in the period, so its share cannot be judged: {names}.</source>
        <translation>{n} afdeling har intet tal for alle sine ledige boliger i perioden, så dens andel kan ikke vurderes: {names}.</translation>
    </message>
    <message>
        <source>{n} departments have no count of all their vacancies in the period, so their share cannot be judged: {names}.</source>
        <translation>{n} afdelinger har intet tal for alle deres ledige boliger i perioden, så deres andel kan ikke vurderes: {names}.</translation>
    </message>
    <message>
        <source>Double-click a department&apos;s All vacancies and type the number of its vacant dwellings from {start} to {end} (whole months), or ask the organisation to fill in the column “Ledige i alt” of its vacancy file: Anvis reads it on import.</source>
        <translation>Dobbeltklik på afdelingens Ledige i alt, og skriv antallet af ledige boliger fra {start} til {end} (hele måneder), eller bed boligorganisationen udfylde kolonnen “Ledige i alt” i sin fil med ledige boliger: Anvis læser den ved import.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <source>Agreed share</source>
        <translation>Aftalt andel</translation>
    </message>
    <message>
        <source>All vacancies</source>
        <translation>Ledige i alt</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Forventet</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Indmeldt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <source>Reported share</source>
        <translation>Indmeldt andel</translation>
    </message>
    <message>
        <source>Share met</source>
        <translation>Andel opfyldt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <source>Departments without all vacancies: {count}</source>
        <translation>Afdelinger uden ledige i alt: {count}</translation>
    </message>
    <message>
        <source>Double-click to type the vacancies of the whole months shown.</source>
        <translation>Dobbeltklik for at skrive de ledige boliger i de viste hele måneder.</translation>
    </message>
    <message>
        <source>Counted for {periods}.</source>
        <translation>Optalt for {periods}.</translation>
    </message>
    <message>
        <source>Cannot be judged</source>
        <translation>Kan ikke vurderes</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>TotalDelegate</name>
    <message>
        <source>All vacancies</source>
        <translation>Ledige i alt</translation>
    </message>
</context>
</TS>
