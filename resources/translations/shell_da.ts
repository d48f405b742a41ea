<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Open database</source>
        <translation>Åbn database</translation>
    </message>
    <message>
        <source>Anvis database (*.sqlite);;All files (*)</source>
        <translation>Anvis-database (*.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Anvis cannot open the database</source>
        <translation>Anvis kan ikke åbne databasen</translation>
    </message>
    <message>
        <source>Making the demo database...</source>
        <translation>Opretter demodatabasen...</translation>
    </message>
    <message>
        <source>Opening the database...</source>
        <translation>Åbner databasen...</translation>
    </message>
</context>
<context>
    <name>ColourBadge</name>
    <message>
        <source>Green</source>
        <translation>Grøn</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rød</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukendt</translation>
    </message>
    <message>
        <source>Colour: {name}</source>
        <translation>Farve: {name}</translation>
    </message>
</context>
<context>
    <name>DatedSave</name>
    <message>
        <source>In force from</source>
        <translation>Gælder fra</translation>
    </message>
    <message>
        <source>In force from:</source>
        <translation>Gælder fra:</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Regneark (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Opening the database...</source>
        <translation>Åbner databasen...</translation>
    </message>
    <message>
        <source>DEMO (invented data)</source>
        <translation>DEMO (opdigtede data)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>&amp;Åbn database...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;Help for this page</source>
        <translation>&amp;Hjælp til denne side</translation>
    </message>
    <message>
        <source>&amp;About Anvis</source>
        <translation>&amp;Om Anvis</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>This is the demo database with invented data.</source>
        <translation>Dette er demodatabasen med opdigtede data.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Ledige boliger</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Boligsøgende</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Afdelinger</translation>
    </message>
    <message>
        <source>Offers and letters</source>
        <translation>Tilbud og breve</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The letter cannot be read as PDF ({error}).</source>
        <translation>Brevet kan ikke læses som PDF ({error}).</translation>
    </message>
    <message>
        <source>There is no printer named {name}.</source>
        <translation>Der findes ingen printer med navnet {name}.</translation>
    </message>
    <message>
        <source>The letter has no pages.</source>
        <translation>Brevet har ingen sider.</translation>
    </message>
    <message>
        <source>The printer {name} cannot be started. Check that it is switched on and connected, or choose another printer.</source>
        <translation>Printeren {name} kan ikke startes. Kontrollér at den er tændt og forbundet, eller vælg en anden printer.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Søg i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fil&amp;type:</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Mappe</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Double Sided Printing</source>
        <translation>Dobbeltsidet udskrivning</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Indbinding langs den lange side</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Indbinding langs den korte side</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Sider:</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search… (Ctrl+F)</source>
        <translation>Søg… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>WriteWaitingLabel</name>
    <message>
        <source>Waiting for the database – another workstation may be saving…</source>
        <translation>Venter på databasen – en anden arbejdsplads gemmer måske…</translation>
    </message>
    <message>
        <source>Your change is saved as soon as the other workstation has finished saving; you can go on working meanwhile.</source>
        <translation>Din ændring gemmes, så snart den anden arbejdsplads er færdig med at gemme; du kan arbejde videre imens.</translation>
    </message>
</context>
</TS>
