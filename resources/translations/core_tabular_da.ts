<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Tabular</name>
    <message>
        <source>“{value}” is not an address like “Kildeparken 12, 2. tv.”.</source>
        <translation>“{value}” er ikke en adresse som “Kildeparken 12, 2. tv.”.</translation>
    </message>
    <message>
        <source>“{value}” is not a floor (write st, kl or a number).</source>
        <translation>“{value}” er ikke en etage (skriv st, kl eller et tal).</translation>
    </message>
    <message>
        <source>“{value}” is not a postcode (four digits).</source>
        <translation>“{value}” er ikke et postnummer (fire cifre).</translation>
    </message>
    <message>
        <source>“{value}” is not a postcode and town like “9000 Aalborg”.</source>
        <translation>“{value}” er ikke postnummer og by som “9000 Aalborg”.</translation>
    </message>
    <message>
        <source>The file {name} is empty (0 bytes). Ask for the file again.</source>
        <translation>Filen {name} er tom (0 byte). Bed om filen igen.</translation>
    </message>
    <message>
        <source>Anvis cannot read {name}: choose a spreadsheet saved as .xlsx, .xlsm, .xls, .ods or .csv.</source>
        <translation>Anvis kan ikke læse {name}: vælg et regneark gemt som .xlsx, .xlsm, .xls, .ods eller .csv.</translation>
    </message>
    <message>
        <source>The file {name} does not exist or cannot be opened.</source>
        <translation>Filen {name} findes ikke eller kan ikke åbnes.</translation>
    </message>
    <message>
        <source>The file {name} is larger than {megabytes} MB, which is far more than a list of dwellings or applicants. Check that it is the right file.</source>
        <translation>Filen {name} er større end {megabytes} MB, langt mere end en liste over boliger eller boligsøgende. Tjek, at det er den rigtige fil.</translation>
    </message>
    <message>
        <source>The file {name} is damaged or incomplete and cannot be read. Open it in Excel, save it again, or ask the sender for a new copy.</source>
        <translation>Filen {name} er beskadiget eller ufuldstændig og kan ikke læses. Åbn den i Excel og gem den igen, eller bed afsenderen om en ny kopi.</translation>
    </message>
    <message>
        <source>The file {name} unpacks to far more data than a spreadsheet holds and was not read (it may be harmful). Ask the sender for a normal copy.</source>
        <translation>Filen {name} pakkes ud til langt flere data, end et regneark rummer, og blev ikke læst (den kan være skadelig). Bed afsenderen om en almindelig kopi.</translation>
    </message>
    <message>
        <source>The file {name} is a Word document, not a spreadsheet. Ask for the list as an Excel file.</source>
        <translation>Filen {name} er et Word-dokument, ikke et regneark. Bed om listen som Excel-fil.</translation>
    </message>
    <message>
        <source>The file {name} is a document or presentation, not a spreadsheet. Ask for the list as an Excel file.</source>
        <translation>Filen {name} er et dokument eller en præsentation, ikke et regneark. Bed om listen som Excel-fil.</translation>
    </message>
    <message>
        <source>The file {name} is not a spreadsheet, even though its name says so. Ask for the list as an Excel file.</source>
        <translation>Filen {name} er ikke et regneark, selv om navnet siger det. Bed om listen som Excel-fil.</translation>
    </message>
    <message>
        <source>The file {name} is a web page (HTML) with a spreadsheet name. Open it in Excel and save it as an Excel workbook (.xlsx), then import that file.</source>
        <translation>Filen {name} er en webside (HTML) med et regnearksnavn. Åbn den i Excel, gem den som Excel-projektmappe (.xlsx), og importér så den fil.</translation>
    </message>
    <message>
        <source>The file {name} is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook), save it and import it again.</source>
        <translation>Filen {name} er beskyttet med en adgangskode. Åbn den i Excel, fjern adgangskoden (Filer &gt; Oplysninger &gt; Beskyt projektmappe), gem den, og importér den igen.</translation>
    </message>
    <message>
        <source>The file {name} contains XML declarations that spreadsheets never use (it may be harmful) and was not read. Ask the sender for a normal copy.</source>
        <translation>Filen {name} indeholder XML-erklæringer, som regneark aldrig bruger (den kan være skadelig), og blev ikke læst. Bed afsenderen om en almindelig kopi.</translation>
    </message>
    <message>
        <source>The file {name} has more than {limit} sheets and was not read.</source>
        <translation>Filen {name} har mere end {limit} ark og blev ikke læst.</translation>
    </message>
    <message>
        <source>The sheet {sheet} in {name} reaches row {rows} and column {columns}, far more than Anvis reads. Delete the empty rows and columns after the data and save again.</source>
        <translation>Arket {sheet} i {name} går til række {rows} og kolonne {columns}, langt mere end Anvis læser. Slet de tomme rækker og kolonner efter dataene, og gem igen.</translation>
    </message>
    <message>
        <source>The sheet {sheet} in {name} has more than {limit} rows, far more than Anvis reads (a year of vacancies or the desk&apos;s list of applicants is much shorter). Check that it is the right file; a longer list must be split into several files.</source>
        <translation>Arket {sheet} i {name} har mere end {limit} rækker, langt mere end Anvis læser (et års ledige boliger eller anvisningens liste over boligsøgende er meget kortere). Tjek, at det er den rigtige fil; en længere liste skal deles i flere filer.</translation>
    </message>
    <message>
        <source>A cell in row {row} of the sheet {sheet} in {name} holds more than {limit} characters, more than a spreadsheet cell can. Check the file.</source>
        <translation>En celle i række {row} i arket {sheet} i {name} rummer mere end {limit} tegn, mere end en regnearkscelle kan. Tjek filen.</translation>
    </message>
    <message>
        <source>The file {name} is not a text (CSV) file: it contains binary data. Export the list again as CSV or Excel.</source>
        <translation>Filen {name} er ikke en tekstfil (CSV): den indeholder binære data. Eksportér listen igen som CSV eller Excel.</translation>
    </message>
    <message>
        <source>Line {line} of {name} is longer than {limit} characters; this is not a normal CSV file. Export the list again.</source>
        <translation>Linje {line} i {name} er længere end {limit} tegn; det er ikke en almindelig CSV-fil. Eksportér listen igen.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>“{value}” er ikke et tal.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}” er ikke et helt tal.</translation>
    </message>
    <message>
        <source>“{value}” is not a number of rooms.</source>
        <translation>“{value}” er ikke et antal værelser.</translation>
    </message>
    <message>
        <source>“{value}” is not a date.</source>
        <translation>“{value}” er ikke en dato.</translation>
    </message>
    <message>
        <source>“{value}” is not a date (write it as 01.12.2026).</source>
        <translation>“{value}” er ikke en dato (skriv den som 01.12.2026).</translation>
    </message>
    <message>
        <source>“{value}” is not yes or no (write J or N).</source>
        <translation>“{value}” er ikke ja eller nej (skriv J eller N).</translation>
    </message>
    <message>
        <source>“{value}” is not a number or code.</source>
        <translation>“{value}” er ikke et nummer eller en kode.</translation>
    </message>
</context>
</TS>
