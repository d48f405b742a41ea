<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ReportsPage</name>
    <message>
        <source>Chosen dates</source>
        <translation>Valgte datoer</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
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
        <source>&amp;Show</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Gem som P&amp;DF...</translation>
    </message>
    <message>
        <source>Save as E&amp;xcel...</source>
        <translation>Gem som E&amp;xcel...</translation>
    </message>
    <message>
        <source>&amp;Yearly follow-up...</source>
        <translation>Å&amp;rlig opfølgning...</translation>
    </message>
    <message>
        <source>Work&amp;books</source>
        <translation>Regne&amp;ark</translation>
    </message>
    <message>
        <source>&amp;Reply to an organisation...</source>
        <translation>&amp;Svar til en boligorganisation...</translation>
    </message>
    <message>
        <source>&amp;Intake template...</source>
        <translation>&amp;Indmeldingsskabelon...</translation>
    </message>
    <message>
        <source>&amp;Applicant list...</source>
        <translation>&amp;Liste over boligsøgende...</translation>
    </message>
    <message>
        <source>&amp;Quota of the period...</source>
        <translation>&amp;Anvisningsandel for perioden...</translation>
    </message>
    <message>
        <source>&amp;Placement table...</source>
        <translation>Ind&amp;placeringstabel...</translation>
    </message>
    <message>
        <source>from</source>
        <translation>fra</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Computing the report</source>
        <translation>Beregner rapporten</translation>
    </message>
</context>
</TS>
