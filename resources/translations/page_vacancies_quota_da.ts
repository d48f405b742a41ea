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
        <source>Per department</source>
        <translation>Pr. afdeling</translation>
    </message>
    <message>
        <source>Per organisation</source>
        <translation>Pr. boligorganisation</translation>
    </message>
    <message>
        <source>Reported: dwellings the organisation reported to the desk in the period. All vacancies: the department&apos;s own count, when the organisation sent it.</source>
        <translation>Indmeldt: boliger, som boligorganisationen har meldt ind til anvisningen i perioden. Ledige i alt: afdelingens egen opgørelse, når boligorganisationen har sendt den.</translation>
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
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
</TS>
