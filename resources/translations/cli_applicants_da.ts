<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ApplicantImport</name>
    <message>
        <source>  {sheet}, row {row}, {column}: {message}</source>
        <translation>  {sheet}, række {row}, {column}: {message}</translation>
    </message>
</context>
<context>
    <name>Applicants</name>
    <message>
        <source>{n} address marked as checked.</source>
        <translation>{n} adresse markeret som tjekket.</translation>
    </message>
    <message>
        <source>{n} addresses marked as checked.</source>
        <translation>{n} adresser markeret som tjekket.</translation>
    </message>
    <message>
        <source>{n} address to check.</source>
        <translation>{n} adresse skal tjekkes.</translation>
    </message>
    <message>
        <source>{n} addresses to check.</source>
        <translation>{n} adresser skal tjekkes.</translation>
    </message>
</context>
<context>
    <name>ApplicantsCli</name>
    <message>
        <source>Import the desk&apos;s existing list of applicants (.xlsx, .xlsm, .xls, .ods, .csv)</source>
        <translation>Importér skrankens eksisterende liste over boligsøgende (.xlsx, .xlsm, .xls, .ods, .csv)</translation>
    </message>
    <message>
        <source>the spreadsheet</source>
        <translation>regnearket</translation>
    </message>
    <message>
        <source>The applicant register</source>
        <translation>Registret over boligsøgende</translation>
    </message>
    <message>
        <source>List the addresses read from free text (the upgrade, an import) that wait for a look; --done clears them</source>
        <translation>Vis de adresser, der er læst fra fritekst (opgraderingen, en import) og venter på et tjek; --done fjerner dem</translation>
    </message>
    <message>
        <source>print the list as JSON</source>
        <translation>skriv listen som JSON</translation>
    </message>
    <message>
        <source>these applicants&apos; addresses have been checked: they leave the list</source>
        <translation>disse boligsøgendes adresser er tjekket: de forlader listen</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>{n} closed case (closed on or before {date}) would be anonymised. Dry run: nothing was changed.</source>
        <translation>{n} lukket sag (lukket senest {date}) ville blive anonymiseret. Prøvekørsel: intet blev ændret.</translation>
    </message>
    <message>
        <source>{n} closed cases (closed on or before {date}) would be anonymised. Dry run: nothing was changed.</source>
        <translation>{n} lukkede sager (lukket senest {date}) ville blive anonymiseret. Prøvekørsel: intet blev ændret.</translation>
    </message>
    <message>
        <source>{n} closed case (closed on or before {date}) was anonymised.</source>
        <translation>{n} lukket sag (lukket senest {date}) blev anonymiseret.</translation>
    </message>
    <message>
        <source>{n} closed cases (closed on or before {date}) were anonymised.</source>
        <translation>{n} lukkede sager (lukket senest {date}) blev anonymiseret.</translation>
    </message>
</context>
<context>
    <name>PrivacyCli</name>
    <message>
        <source>Data protection: retention and anonymisation</source>
        <translation>Databeskyttelse: opbevaring og anonymisering</translation>
    </message>
    <message>
        <source>Anonymise closed cases past the retention period (the setting retention_years)</source>
        <translation>Anonymisér lukkede sager ud over opbevaringsperioden (indstillingen retention_years)</translation>
    </message>
    <message>
        <source>list what would be anonymised; change nothing</source>
        <translation>vis, hvad der ville blive anonymiseret; ændr intet</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>skriv resultatet som JSON</translation>
    </message>
</context>
</TS>
