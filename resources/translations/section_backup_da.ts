<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Gennemse...</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dage</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Tag kopi &amp;nu</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Backup&amp;mappe:</translation>
    </message>
    <message>
        <source>&amp;Copies kept of each kind:</source>
        <translation>&amp;Kopier, der gemmes af hver slags:</translation>
    </message>
    <message>
        <source>&amp;Delete copies older than:</source>
        <translation>&amp;Slet kopier ældre end:</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Taget</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slags</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Backup copies</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>To go back to a copy, close Anvis on every workstation and run &lt;code&gt;anvis restore FILE&lt;/code&gt;; the database it replaces is kept as a copy too.</source>
        <translation>For at gå tilbage til en kopi: luk Anvis på alle arbejdspladser, og kør &lt;code&gt;anvis restore FIL&lt;/code&gt;; databasen, den erstatter, gemmes også som kopi.</translation>
    </message>
    <message>
        <source>This workstation uses the desk&apos;s shared database on a server. IT backs it up on the server (pg_dump or the server&apos;s backup system); Anvis makes no copies of it.</source>
        <translation>Denne arbejdsplads bruger anvisningens fælles database på en server. IT sikkerhedskopierer den på serveren (pg_dump eller serverens backupsystem); Anvis laver ikke kopier af den.</translation>
    </message>
    <message>
        <source>Anvis copies the database once a day when it starts, before every upgrade and before big actions such as an import or anonymisation. Keep the folder on a disk that is itself backed up. A copy keeps what a later anonymisation erases until the copy is deleted.</source>
        <translation>Anvis kopierer databasen én gang om dagen, når den starter, før hver opgradering og før store handlinger som en indlæsning eller anonymisering. Læg mappen på et drev, der selv sikkerhedskopieres. En kopi beholder det, en senere anonymisering sletter, indtil kopien slettes.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daglig</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuel</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>før en indlæsning</translation>
    </message>
    <message>
        <source>before anonymising</source>
        <translation>før anonymisering</translation>
    </message>
    <message>
        <source>before merging applicants</source>
        <translation>før sammenlægning af boligsøgende</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>før en gendannelse</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>før en opgradering</translation>
    </message>
    <message>
        <source>before: {reason}</source>
        <translation>før: {reason}</translation>
    </message>
    <message>
        <source>No copies here: the server&apos;s database is backed up by IT on the server.</source>
        <translation>Ingen kopier her: IT tager backup af serverens database på serveren.</translation>
    </message>
    <message>
        <source>No copies in the folder yet. Anvis makes the first when it starts tomorrow or before the next import; Back up now makes one at once.</source>
        <translation>Ingen kopier i mappen endnu. Anvis tager den første, når programmet starter i morgen eller før næste import; Tag kopi nu tager en med det samme.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backupmappe</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Backing up the database...</source>
        <translation>Sikkerhedskopierer databasen...</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Sikkerhedskopi skrevet: {path}</translation>
    </message>
</context>
</TS>
