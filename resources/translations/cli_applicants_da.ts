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
        <source>{count} addresses marked as checked.</source>
        <translation>{count} adresser markeret som tjekket.</translation>
    </message>
    <message>
        <source>{count} addresses to check.</source>
        <translation>{count} adresser skal tjekkes.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>{count} closed cases (closed on or before {date}) would be anonymised. Dry run: nothing was changed.</source>
        <translation>{count} lukkede sager (lukket senest {date}) ville blive anonymiseret. Prøvekørsel: intet blev ændret.</translation>
    </message>
    <message>
        <source>{count} closed cases (closed on or before {date}) were anonymised.</source>
        <translation>{count} lukkede sager (lukket senest {date}) blev anonymiseret.</translation>
    </message>
</context>
</TS>
