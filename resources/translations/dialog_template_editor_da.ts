<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>What it prints</source>
        <translation>Hvad det skriver</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Brevskabeloner</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Brev:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Emne:</translation>
    </message>
    <message>
        <source>With a &amp;reply slip</source>
        <translation>Med &amp;svarslip</translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation>&amp;Hvad er ændret:</translation>
    </message>
    <message>
        <source>&amp;Fields (double-click to insert):</source>
        <translation>&amp;Felter (dobbeltklik for at indsætte):</translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation>&amp;Indsæt felt</translation>
    </message>
    <message>
        <source>Save as &amp;new version</source>
        <translation>Gem som &amp;ny version</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Text of the letter</source>
        <translation>Brevets tekst</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Forhåndsvisning af brevet</translation>
    </message>
    <message>
        <source>{field} prints a field; ## starts a heading; - starts a bullet; **bold**; {if field} ... {else} ... {end} keeps lines only when the field has a value; lines starting with // are notes for the desk.</source>
        <translation>{felt} skriver et felt; ## starter en overskrift; - starter et punkt; **fed**; {if felt} ... {else} ... {end} tager kun linjerne med, når feltet har en værdi; linjer der begynder med // er noter til anvisningen.</translation>
    </message>
    <message>
        <source>The ordinary text, version {version} (used until this one is saved)</source>
        <translation>Den almindelige tekst, version {version} (bruges, indtil denne er gemt)</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>(in use)</source>
        <translation>(i brug)</translation>
    </message>
    <message>
        <source>The text is fine.</source>
        <translation>Teksten er i orden.</translation>
    </message>
</context>
</TS>
