<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ErrorReasons</name>
    <message>
        <source>the file is not a database</source>
        <translation>filen er ikke en database</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>filen er beskadiget</translation>
    </message>
    <message>
        <source>another program is using the database</source>
        <translation>et andet program bruger databasen</translation>
    </message>
    <message>
        <source>the file cannot be opened (check the folder and the access rights)</source>
        <translation>filen kan ikke åbnes (tjek mappen og adgangsrettighederne)</translation>
    </message>
    <message>
        <source>the database may only be read here</source>
        <translation>databasen kan kun læses her</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er fuld</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>disken kunne ikke læses eller skrives</translation>
    </message>
    <message>
        <source>the database lacks tables Anvis needs</source>
        <translation>databasen mangler tabeller, som Anvis bruger</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>serveren svarede ikke i tide</translation>
    </message>
    <message>
        <source>the server refused the user name or the password</source>
        <translation>serveren afviste brugernavnet eller adgangskoden</translation>
    </message>
    <message>
        <source>the user has no right to it (ask IT)</source>
        <translation>brugeren har ikke ret til det (spørg IT)</translation>
    </message>
    <message>
        <source>the connection to the server failed</source>
        <translation>forbindelsen til serveren mislykkedes</translation>
    </message>
    <message>
        <source>an unexpected database error (the log has the details)</source>
        <translation>en uventet fejl i databasen (detaljerne står i loggen)</translation>
    </message>
    <message>
        <source>access is denied (check the rights to the folder)</source>
        <translation>adgang nægtet (tjek rettighederne til mappen)</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>filen eller mappen findes ikke</translation>
    </message>
    <message>
        <source>the disk may only be read</source>
        <translation>disken er skrivebeskyttet</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>det er en mappe</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>en del af stien er ikke en mappe</translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation>et andet program bruger filen</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>navnet er for langt</translation>
    </message>
    <message>
        <source>the system refused it (the log has the details)</source>
        <translation>systemet afviste det (detaljerne står i loggen)</translation>
    </message>
</context>
</TS>
