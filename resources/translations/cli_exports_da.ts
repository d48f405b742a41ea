<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ExportCli</name>
    <message>
        <source>a date is needed</source>
        <translation>en dato skal angives</translation>
    </message>
    <message>
        <source>The reply workbook to a housing organisation for a period</source>
        <translation>Svarregnearket til en boligorganisation for en periode</translation>
    </message>
    <message>
        <source>the organisation&apos;s number</source>
        <translation>boligorganisationens nummer</translation>
    </message>
    <message>
        <source>why the tenants&apos; contact data leaves the desk (logged; default: the reply)</source>
        <translation>hvorfor lejernes kontaktoplysninger forlader anvisningen (logges; standard: svaret)</translation>
    </message>
    <message>
        <source>An intake template for a housing organisation to fill in</source>
        <translation>En indmeldingsskabelon, som en boligorganisation udfylder</translation>
    </message>
    <message>
        <source>A report as PDF or Excel: the yearly follow-up (--year) or one report for a period</source>
        <translation>En rapport som PDF eller Excel: den årlige opfølgning (--year) eller én rapport for en periode</translation>
    </message>
    <message>
        <source>the yearly follow-up of that year</source>
        <translation>den årlige opfølgning for det år</translation>
    </message>
    <message>
        <source>The applicant list (CPR numbers masked), logged</source>
        <translation>Listen over boligsøgende (CPR-numre maskeret), logges</translation>
    </message>
    <message>
        <source>why the personal data is exported (logged)</source>
        <translation>hvorfor personoplysningerne eksporteres (logges)</translation>
    </message>
    <message>
        <source>columns to export (default: name, CPR masked, phone, target group, caseworker, status, registered, days waiting)</source>
        <translation>kolonner, der eksporteres (standard: navn, CPR maskeret, telefon, målgruppe, sagsbehandler, status, skrevet op, dage på venteliste)</translation>
    </message>
    <message>
        <source>only these statuses</source>
        <translation>kun disse statusser</translation>
    </message>
    <message>
        <source>only these target groups</source>
        <translation>kun disse målgrupper</translation>
    </message>
    <message>
        <source>The quota per department and organisation</source>
        <translation>Anvisningsandelen pr. afdeling og boligorganisation</translation>
    </message>
    <message>
        <source>only this organisation</source>
        <translation>kun denne boligorganisation</translation>
    </message>
    <message>
        <source>The placement table (colours) for the organisations</source>
        <translation>Indplaceringstabellen (farver) til boligorganisationerne</translation>
    </message>
    <message>
        <source>the day (default: today)</source>
        <translation>dagen (standard: i dag)</translation>
    </message>
    <message>
        <source>the file made</source>
        <translation>filen, der laves</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>skriv resultatet som JSON</translation>
    </message>
    <message>
        <source>{file}: intake template for {organisation} with {n} department.</source>
        <translation>{file}: indmeldingsskabelon til {organisation} med {n} afdeling.</translation>
    </message>
    <message>
        <source>{file}: intake template for {organisation} with {n} departments.</source>
        <translation>{file}: indmeldingsskabelon til {organisation} med {n} afdelinger.</translation>
    </message>
    <message>
        <source>Give either --year, or --report with --from and --to.</source>
        <translation>Angiv enten --year eller --report med --from og --to.</translation>
    </message>
    <message>
        <source>{file}: {title}, {n} report.</source>
        <translation>{file}: {title}, {n} rapport.</translation>
    </message>
    <message>
        <source>{file}: {title}, {n} reports.</source>
        <translation>{file}: {title}, {n} rapporter.</translation>
    </message>
    <message>
        <source>{file}: quota of {n} department.</source>
        <translation>{file}: anvisningsandel for {n} afdeling.</translation>
    </message>
    <message>
        <source>{file}: quota of {n} departments.</source>
        <translation>{file}: anvisningsandel for {n} afdelinger.</translation>
    </message>
    <message>
        <source>{file}: placements of {n} department.</source>
        <translation>{file}: indplacering af {n} afdeling.</translation>
    </message>
    <message>
        <source>{file}: placements of {n} departments.</source>
        <translation>{file}: indplacering af {n} afdelinger.</translation>
    </message>
    <message>
        <source>{file}: {title}.</source>
        <translation>{file}: {title}.</translation>
    </message>
    <message>
        <source>one report: vacancies, time_to_let, rent_loss, quota, offers, housed, waiting, schemes</source>
        <translation>én rapport: vacancies, time_to_let, rent_loss, quota, offers, housed, waiting, schemes</translation>
    </message>
    <message>
        <source>Without all vacancies (share not judged): {count}.</source>
        <translation>Uden ledige i alt (andelen kan ikke vurderes): {count}.</translation>
    </message>
</context>
</TS>
