<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>VacancyDetailPanel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>No dwelling chosen</source>
        <translation>Ingen bolig valgt</translation>
    </message>
    <message>
        <source>Choose a dwelling in the list to see its details.</source>
        <translation>Vælg en bolig i listen for at se detaljerne.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Eligible candidates</source>
        <translation>Mulige kandidater</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Lease number</source>
        <translation>Lejemålsnummer</translation>
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
        <source>Area</source>
        <translation>Areal</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>Husleje</translation>
    </message>
    <message>
        <source>A conto</source>
        <translation>Aconto</translation>
    </message>
    <message>
        <source>Monthly incl. a conto</source>
        <translation>Pr. måned inkl. aconto</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Indskud</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Ledig fra</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Indmeldt</translation>
    </message>
    <message>
        <source>Desk&apos;s deadline</source>
        <translation>Anvisningens frist</translation>
    </message>
    <message>
        <source>Rent loss so far</source>
        <translation>Lejetab indtil nu</translation>
    </message>
    <message>
        <source>Lease starts</source>
        <translation>Lejemålet begynder</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Givet tilbage</translation>
    </message>
    <message>
        <source>Return reason</source>
        <translation>Begrundelse for returnering</translation>
    </message>
    <message>
        <source>Elevator</source>
        <translation>Elevator</translation>
    </message>
    <message>
        <source>Pets allowed</source>
        <translation>Husdyr tilladt</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Indtastet manuelt</translation>
    </message>
    <message>
        <source>0 (no applicant on the list may be offered it now)</source>
        <translation>0 (ingen boligsøgende på listen kan tilbydes den nu)</translation>
    </message>
    <message>
        <source>{date} (overdue by {n} working day)</source>
        <translation>{date} (overskredet med {n} arbejdsdag)</translation>
    </message>
    <message>
        <source>{date} (overdue by {n} working days)</source>
        <translation>{date} (overskredet med {n} arbejdsdage)</translation>
    </message>
    <message>
        <source>{date} ({n} working day left)</source>
        <translation>{date} ({n} arbejdsdag tilbage)</translation>
    </message>
    <message>
        <source>{date} ({n} working days left)</source>
        <translation>{date} ({n} arbejdsdage tilbage)</translation>
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
        <source>Intake check</source>
        <translation>Modtagekontrol</translation>
    </message>
    <message>
        <source>Proposal: {proposal}</source>
        <translation>Forslag: {proposal}</translation>
    </message>
    <message>
        <source>Rent incl. a conto {rent}, ceiling {ceiling}</source>
        <translation>Husleje inkl. aconto {rent}, loft {ceiling}</translation>
    </message>
    <message>
        <source>Confirmed by {user}</source>
        <translation>Bekræftet af {user}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
</context>
</TS>
