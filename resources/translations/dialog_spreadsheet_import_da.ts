<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>SpreadsheetImport</name>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Regneark (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
</context>
</TS>
