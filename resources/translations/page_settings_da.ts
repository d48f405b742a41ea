<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings sections</source>
        <translation>Indstillingsområder</translation>
    </message>
</context>
</TS>
