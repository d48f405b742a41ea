<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Demo</name>
    <message>
        <source>Organisations and departments</source>
        <translation>Boligorganisationer og afdelinger</translation>
    </message>
    <message>
        <source>The database {target} is not empty. A demo is made only in an empty database (ask IT for one); it never replaces data on a server.</source>
        <translation>Databasen {target} er ikke tom. En demo laves kun i en tom database (bed IT om en); den erstatter aldrig data på en server.</translation>
    </message>
    <message>
        <source>Applicants and dwellings</source>
        <translation>Boligsøgende og boliger</translation>
    </message>
    <message>
        <source>The desk&apos;s decisions</source>
        <translation>Anvisningens afgørelser</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>Private landlords</source>
        <translation>Private udlejere</translation>
    </message>
    <message>
        <source>{n} department</source>
        <translation>{n} afdeling</translation>
    </message>
    <message>
        <source>{n} departments</source>
        <translation>{n} afdelinger</translation>
    </message>
    <message>
        <source>{n} vacancy</source>
        <translation>{n} ledig bolig</translation>
    </message>
    <message>
        <source>{n} vacancies</source>
        <translation>{n} ledige boliger</translation>
    </message>
    <message>
        <source>{n} applicant</source>
        <translation>{n} boligsøgende</translation>
    </message>
    <message>
        <source>{n} applicants</source>
        <translation>{n} boligsøgende</translation>
    </message>
    <message>
        <source>{n} offer</source>
        <translation>{n} tilbud</translation>
    </message>
    <message>
        <source>{n} offers</source>
        <translation>{n} tilbud</translation>
    </message>
    <message>
        <source>The waiting list is growing</source>
        <translation>Ventelisten vokser</translation>
    </message>
</context>
</TS>
