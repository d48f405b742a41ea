<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Letters</name>
    <message>
        <source>{n} letter</source>
        <translation>{n} brev</translation>
    </message>
    <message>
        <source>{n} letters</source>
        <translation>{n} breve</translation>
    </message>
    <message>
        <source>{n} page</source>
        <translation>{n} side</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} sider</translation>
    </message>
    <message>
        <source>--chunk must be 1 or more.</source>
        <translation>--chunk skal være 1 eller mere.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {error}</source>
        <translation>{path} kan ikke skrives: {error}</translation>
    </message>
    <message>
        <source>Letter {id} made: {title}</source>
        <translation>Brev {id} lavet: {title}</translation>
    </message>
</context>
<context>
    <name>LettersCli</name>
    <message>
        <source>Letters as PDF: offer letters, the day&apos;s letters, reprints</source>
        <translation>Breve som PDF: tilbudsbreve, dagens breve, genudskrifter</translation>
    </message>
    <message>
        <source>Write the offer letters of the given offers into one PDF</source>
        <translation>Skriv de angivne tilbuds tilbudsbreve i én PDF</translation>
    </message>
    <message>
        <source>Write every letter of a day into one PDF (to print)</source>
        <translation>Skriv alle breve fra en dag i én PDF (til udskrivning)</translation>
    </message>
    <message>
        <source>letters per chunk</source>
        <translation>breve pr. portion</translation>
    </message>
    <message>
        <source>Write an archived letter exactly as it was sent</source>
        <translation>Skriv et arkiveret brev præcis, som det blev sendt</translation>
    </message>
    <message>
        <source>List the letters that have not reached their citizen yet, and what each needs</source>
        <translation>Vis de breve, der endnu ikke er nået frem til borgeren, og hvad hvert brev mangler</translation>
    </message>
    <message>
        <source>print the list as JSON</source>
        <translation>skriv listen som JSON</translation>
    </message>
    <message>
        <source>Write a letter&apos;s PDF into the folder of the municipality&apos;s Digital Post system</source>
        <translation>Skriv et brevs PDF i mappen til kommunens Digital Post-system</translation>
    </message>
    <message>
        <source>Record that a letter by post was posted</source>
        <translation>Registrér, at et brev med posten er sendt</translation>
    </message>
    <message>
        <source>Confirm that a letter was sent by Digital Post</source>
        <translation>Bekræft, at et brev er sendt med Digital Post</translation>
    </message>
    <message>
        <source>Record the day the caseworker handed a letter over</source>
        <translation>Registrér dagen, hvor sagsbehandleren udleverede et brev</translation>
    </message>
    <message>
        <source>the day (default today)</source>
        <translation>dagen (standard: i dag)</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>Make a letter again with the citizen&apos;s address and channel as they are now</source>
        <translation>Lav et brev igen med borgerens adresse og kanal, som de er nu</translation>
    </message>
</context>
</TS>
