<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>The error has been written to the log file: {path}</source>
        <translation>Fejlen er skrevet i logfilen: {path}</translation>
    </message>
    <message>
        <source>No log file has been set up.</source>
        <translation>Der er ikke oprettet nogen logfil.</translation>
    </message>
    <message>
        <source>An unexpected error occurred</source>
        <translation>Der opstod en uventet fejl</translation>
    </message>
    <message>
        <source>Anvis - unexpected error</source>
        <translation>Anvis – uventet fejl</translation>
    </message>
    <message>
        <source>Anvis ran into a problem it did not expect. What you saved before is safe, but your last action may not have been completed.</source>
        <translation>Anvis stødte på et problem, som programmet ikke var forberedt på. Det, du har gemt tidligere, er i sikkerhed, men din seneste handling er måske ikke blevet gennemført.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do:&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Check whether your last action was saved; if not, try it once more.&lt;/li&gt;&lt;li&gt;Click &lt;i&gt;Copy details&lt;/i&gt; and send them to IT support with a few words about what you were doing.&lt;/li&gt;&lt;li&gt;If the error comes back, save your work and restart Anvis.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;Det skal du gøre:&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Kontrollér, om din seneste handling blev gemt. Hvis ikke, så prøv den én gang til.&lt;/li&gt;&lt;li&gt;Klik på &lt;i&gt;Kopiér detaljer&lt;/i&gt;, og send dem til IT-supporten sammen med et par ord om, hvad du var i gang med.&lt;/li&gt;&lt;li&gt;Hvis fejlen kommer igen, så gem dit arbejde, og genstart Anvis.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Open log &amp;folder</source>
        <translation>Åbn log&amp;mappe</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fejldetaljer</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopiér detaljer</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>{n} error occurred while this window was open.</source>
        <translation>Der er opstået {n} fejl, mens vinduet var åbent.</translation>
    </message>
    <message>
        <source>{n} errors occurred while this window was open.</source>
        <translation>Der er opstået {n} fejl, mens vinduet var åbent.</translation>
    </message>
    <message>
        <source>Copied. Paste it into an e-mail to IT support.</source>
        <translation>Kopieret. Indsæt det i en e-mail til IT-supporten.</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Skjul &amp;detaljer</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Vis &amp;detaljer</translation>
    </message>
</context>
</TS>
