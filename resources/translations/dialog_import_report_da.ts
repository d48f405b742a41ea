<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Errors</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>No row has errors.</source>
        <translation>Ingen rækker har fejl.</translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation>Hvad importen gjorde</translation>
    </message>
    <message>
        <source>Errors in {n} row</source>
        <translation>Fejl i {n} række</translation>
    </message>
    <message>
        <source>Errors in {n} rows</source>
        <translation>Fejl i {n} rækker</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>&amp;Copy errors</source>
        <translation>&amp;Kopiér fejl</translation>
    </message>
    <message>
        <source>Copy the list with its headings, to paste into a spreadsheet or an e-mail.</source>
        <translation>Kopiér listen med overskrifter, så den kan sættes ind i et regneark eller en e-mail.</translation>
    </message>
    <message>
        <source>&amp;Save errors…</source>
        <translation>&amp;Gem fejl…</translation>
    </message>
    <message>
        <source>Save the list as a CSV file that Excel opens.</source>
        <translation>Gem listen som en CSV-fil, som Excel kan åbne.</translation>
    </message>
    <message>
        <source>The list of errors is on the clipboard.</source>
        <translation>Fejllisten er kopieret til udklipsholderen.</translation>
    </message>
    <message>
        <source>Save the errors</source>
        <translation>Gem fejlene</translation>
    </message>
    <message>
        <source>{file} errors.csv</source>
        <translation>{file} fejl.csv</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-fil (*.csv)</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Gemt: {file}</translation>
    </message>
</context>
</TS>
