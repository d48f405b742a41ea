<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>AuditFilters</name>
    <message>
        <source>applicant no.</source>
        <translation>boligsøgende nr.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Ryd alle filtre</translation>
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
        <source>&amp;User:</source>
        <translation>&amp;Bruger:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>&amp;Handling:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Post:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
</context>
<context>
    <name>AuditRecord</name>
    <message>
        <source>Applicant</source>
        <translation>Boligsøgende</translation>
    </message>
    <message>
        <source>Applicant event</source>
        <translation>Hændelse for boligsøgende</translation>
    </message>
    <message>
        <source>Excluded department</source>
        <translation>Fravalgt afdeling</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Column choice</source>
        <translation>Kolonnevalg</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Department&apos;s vacancies</source>
        <translation>Afdelingens ledige boliger</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>Husstandsmedlem</translation>
    </message>
    <message>
        <source>Housing area</source>
        <translation>Boligområde</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Indlæsning</translation>
    </message>
    <message>
        <source>Imported row</source>
        <translation>Indlæst række</translation>
    </message>
    <message>
        <source>Intake check</source>
        <translation>Modtagekontrol</translation>
    </message>
    <message>
        <source>Intake check data</source>
        <translation>Data til modtagekontrol</translation>
    </message>
    <message>
        <source>Legal fact</source>
        <translation>Retligt forhold</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Brevskabelon</translation>
    </message>
    <message>
        <source>Ministry list</source>
        <translation>Ministeriets liste</translation>
    </message>
    <message>
        <source>Ministry list entry</source>
        <translation>Plads på ministeriets liste</translation>
    </message>
    <message>
        <source>Monitoring figures</source>
        <translation>Monitoreringstal</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Boligtilbud</translation>
    </message>
    <message>
        <source>Offer event</source>
        <translation>Hændelse for boligtilbud</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Boligorganisation</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Indplacering</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Indstilling</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Ledig bolig</translation>
    </message>
    <message>
        <source>Vacancy event</source>
        <translation>Hændelse for ledig bolig</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importeret</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Udskrevet</translation>
    </message>
    <message>
        <source>CPR shown</source>
        <translation>CPR vist</translation>
    </message>
    <message>
        <source>Searched by CPR</source>
        <translation>Søgt på CPR</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymiseret</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sikkerhedskopi</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Gendannet</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbejdsplads</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
</context>
<context>
    <name>AuditViewerDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Revisionsspor</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Hændelser i revisionssporet</translation>
    </message>
    <message>
        <source>Details of the chosen event</source>
        <translation>Detaljer om den valgte hændelse</translation>
    </message>
    <message>
        <source>Choose an event to see its details.</source>
        <translation>Vælg en hændelse for at se detaljerne.</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Forrige</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Næste ▶</translation>
    </message>
    <message>
        <source>Every create, change, deletion, import, export, print and CPR display is kept here. The trail cannot be changed or deleted, in Anvis or in the database.</source>
        <translation>Alt, der oprettes, ændres, slettes, importeres, eksporteres og udskrives, og hver visning af et CPR-nummer gemmes her. Sporet kan ikke ændres eller slettes, hverken i Anvis eller i databasen.</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <source>Events {first}–{last} of {total}</source>
        <translation>Hændelser {first}–{last} af {total}</translation>
    </message>
    <message>
        <source>No events match the filters.</source>
        <translation>Ingen hændelser passer til filtrene.</translation>
    </message>
    <message>
        <source>Person: applicant no. {id}</source>
        <translation>Person: boligsøgende nr. {id}</translation>
    </message>
    <message>
        <source>Purpose: {purpose}</source>
        <translation>Formål: {purpose}</translation>
    </message>
</context>
</TS>
