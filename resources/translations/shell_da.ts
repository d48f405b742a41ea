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
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>brug: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionelle argumenter</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tilvalg</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>vis denne hjælp og afslut</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fejl: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>ukendte argumenter: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>ikke tilladt sammen med argumentet %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignorerede det angivne argument %r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>følgende argumenter skal angives: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>et af argumenterne %s skal angives</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>forventede ét argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>forventede højst ét argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>forventede mindst ét argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>forventede %s argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>forventede %s argumenter</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydigt tilvalg: %(option)s kan betyde %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>uventet tilvalg: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ugyldig %(type)s-værdi: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ugyldigt valg: %(value)r (vælg mellem %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>kan ikke åbne &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>ukendt kommando %(parser_name)r (mulige: %(choices)s)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Anvis - the housing allocation desk. Without a command the window opens.</source>
        <translation>Anvis – boliganvisningen. Uden en kommando åbnes vinduet.</translation>
    </message>
    <message>
        <source>show the version of Anvis and exit</source>
        <translation>vis Anvis&apos; version og afslut</translation>
    </message>
    <message>
        <source>database: a SQLite file path or a SQLAlchemy URL</source>
        <translation>database: stien til en SQLite-fil eller en SQLAlchemy-URL</translation>
    </message>
    <message>
        <source>open the demo database (made on first use)</source>
        <translation>åbn demodatabasen (laves første gang)</translation>
    </message>
    <message>
        <source>language (default: Danish)</source>
        <translation>sprog (standard: dansk)</translation>
    </message>
    <message>
        <source>open the window, save a picture of it and quit</source>
        <translation>åbn vinduet, gem et billede af det, og afslut</translation>
    </message>
    <message>
        <source>with --screenshot: the page to show first</source>
        <translation>med --screenshot: siden, der vises først</translation>
    </message>
    <message>
        <source>Import a file: departments, monitoring, vacancies, applicants</source>
        <translation>Importér en fil: afdelinger, monitoreringstal, ledige boliger, boligsøgende</translation>
    </message>
    <message>
        <source>Export workbooks: replies, templates, reports</source>
        <translation>Eksportér regneark: svar, skabeloner, rapporter</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation>ikke en dato (ÅÅÅÅ-MM-DD): {text}</translation>
    </message>
    <message>
        <source>check the file and report; save nothing</source>
        <translation>kontrollér filen, og rapportér; gem intet</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>skriv rapporten som JSON</translation>
    </message>
    <message>
        <source>refuse the file (exit 2, nothing saved) if a column with values is not understood</source>
        <translation>afvis filen (slutkode 2, intet gemmes), hvis en kolonne med værdier ikke forstås</translation>
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
    <name>Overdue</name>
    <message>
        <source>{n} day overdue</source>
        <translation>{n} dag over</translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation>{n} dage over</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dage tilbage</translation>
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
    <name>WaitForecastView</name>
    <message>
        <source>Anvis plays the dwellings of the last months again, each to the first in the ranking who may have it today, until one reaches this applicant. How: Help (F1) on the applicant list.</source>
        <translation>Anvis gennemspiller de seneste måneders boliger igen, hver til den første i rangordningen, der må få den i dag, indtil en når frem til den boligsøgende. Hvordan: Hjælp (F1) på listen over boligsøgende.</translation>
    </message>
    <message>
        <source>Estimating the wait…</source>
        <translation>Anslår ventetiden…</translation>
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
