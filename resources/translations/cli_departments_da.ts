<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>DepartmentsCli</name>
    <message>
        <source>A department&apos;s colour, lists and what they allow on a date</source>
        <translation>En afdelings farve, lister og hvad de tillader på en dato</translation>
    </message>
    <message>
        <source>organisation number, e.g. 088</source>
        <translation>boligorganisationens nummer, f.eks. 088</translation>
    </message>
    <message>
        <source>department number, e.g. 07</source>
        <translation>afdelingens nummer, f.eks. 07</translation>
    </message>
    <message>
        <source>default: today</source>
        <translation>standard: i dag</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maskinlæsbart output (JSON)</translation>
    </message>
    <message>
        <source>Departments: find them by address, street, name or number</source>
        <translation>Afdelinger: find dem efter adresse, vej, navn eller nummer</translation>
    </message>
    <message>
        <source>Find departments as the Afdelinger page does: by an address with a house number (Mølleparkvej 19), a street, a postcode, a name or numbers</source>
        <translation>Find afdelinger, som siden Afdelinger gør: efter en adresse med husnummer (Mølleparkvej 19), en vej, et postnummer, et navn eller numre</translation>
    </message>
    <message>
        <source>what to search for</source>
        <translation>det, der søges efter</translation>
    </message>
    <message>
        <source>Import the master workbook of organisations and departments (colours, lists)</source>
        <translation>Importér stamdataregnearket med boligorganisationer og afdelinger (farver, lister)</translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation>regnearket</translation>
    </message>
    <message>
        <source>changed colours apply from this day (default: today)</source>
        <translation>ændrede farver gælder fra denne dag (standard: i dag)</translation>
    </message>
    <message>
        <source>a department&apos;s first colour applies from this day (default: 1 January)</source>
        <translation>en afdelings første farve gælder fra denne dag (standard: 1. januar)</translation>
    </message>
    <message>
        <source>the ministry lists&apos; publication date (default: the last 1 December)</source>
        <translation>datoen for ministeriets lister (standard: seneste 1. december)</translation>
    </message>
    <message>
        <source>Import a year&apos;s monitoring figures and show (or --apply) the proposed colours</source>
        <translation>Importér et års monitoreringstal, og vis (eller --apply) de foreslåede farver</translation>
    </message>
    <message>
        <source>the year (default: from the file&apos;s name)</source>
        <translation>året (standard: fra filens navn)</translation>
    </message>
    <message>
        <source>write every proposal that changes a colour as a placement (needs --from)</source>
        <translation>gem hvert forslag, der ændrer en farve, som indplacering (kræver --from)</translation>
    </message>
    <message>
        <source>the day the new placements take effect (with --apply; else the review&apos;s day)</source>
        <translation>dagen, hvor de nye indplaceringer træder i kraft (med --apply; ellers gennemgangens dag)</translation>
    </message>
    <message>
        <source>Import a publication of the ministry&apos;s lists (departments or housing areas per list)</source>
        <translation>Importér en udgave af ministeriets lister (afdelinger eller boligområder pr. liste)</translation>
    </message>
    <message>
        <source>the publication&apos;s date (the lists are published every 1 December)</source>
        <translation>udgivelsens dato (listerne offentliggøres hvert år 1. december)</translation>
    </message>
    <message>
        <source>--apply needs --from DATE: the day the new colours apply</source>
        <translation>--apply kræver --from DATO: dagen, hvor de nye farver gælder fra</translation>
    </message>
    <message>
        <source>--apply and --dry-run exclude each other</source>
        <translation>--apply og --dry-run udelukker hinanden</translation>
    </message>
</context>
</TS>
