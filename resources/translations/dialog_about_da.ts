<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Anvis</source>
        <translation>Om Anvis</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopieret</translation>
    </message>
</context>
<context>
    <name>AboutView</name>
    <message>
        <source>The housing allocation desk&apos;s application.</source>
        <translation>Boliganvisningens program.</translation>
    </message>
    <message>
        <source>(demo database with invented data)</source>
        <translation>(demodatabase med opdigtede data)</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Database type:</source>
        <translation>Databasetype:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Størrelse:</translation>
    </message>
    <message>
        <source>{revision} (current)</source>
        <translation>{revision} (nyeste)</translation>
    </message>
    <message>
        <source>{revision} (this version expects {head})</source>
        <translation>{revision} (denne version forventer {head})</translation>
    </message>
    <message>
        <source>Schema revision:</source>
        <translation>Skemaversion:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Bruger:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datamappe:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Logmappe:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Kopiér til udklipsholderen</translation>
    </message>
    <message>
        <source>Copy these details, e.g. for IT&apos;s support</source>
        <translation>Kopiér oplysningerne, fx til IT-supporten</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Åbn &amp;logmappen</translation>
    </message>
</context>
</TS>
