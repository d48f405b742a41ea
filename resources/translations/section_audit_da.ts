<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>AuditSection</name>
    <message>
        <source>Audit trail</source>
        <translation>Revisionsspor</translation>
    </message>
    <message>
        <source>Anvis records who did what and when: every record created, changed or deleted (with the values before and after), every import, export and print, and every time a full CPR number was shown, with the purpose given. The user is the Windows login of the workstation.

For a citizen&apos;s data only the names of the changed fields are recorded, never the values. The trail can be read, not changed or deleted: the database itself refuses it. Anonymising a closed case clears the purposes and details that concern the person.</source>
        <translation>Anvis registrerer, hvem der gjorde hvad og hvornår: hver post, der oprettes, ændres eller slettes (med værdierne før og efter), hver import, eksport og udskrift, og hver gang et fuldt CPR-nummer blev vist, med det angivne formål. Brugeren er arbejdspladsens Windows-login.

For en borgers data registreres kun navnene på de ændrede felter, aldrig værdierne. Sporet kan læses, men ikke ændres eller slettes: databasen selv afviser det. Når en lukket sag anonymiseres, ryddes formål og detaljer, der angår personen.</translation>
    </message>
    <message>
        <source>&amp;Open the audit trail...</source>
        <translation>&amp;Åbn revisionssporet...</translation>
    </message>
</context>
</TS>
