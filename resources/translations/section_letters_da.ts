<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>LettersSection</name>
    <message>
        <source>Letters</source>
        <translation>Breve</translation>
    </message>
    <message>
        <source>The texts of the letters Anvis writes: offer letters, allocation notices and decisions. Each change is saved as a new version of the template; letters already sent keep the text they were sent with. The desk&apos;s name and contact details come from General.</source>
        <translation>Teksterne i de breve, Anvis skriver: boligtilbud, anvisningsmeddelelser og afgørelser. Hver ændring gemmes som en ny version af skabelonen; breve, der allerede er sendt, beholder den tekst, de blev sendt med. Anvisningens navn og kontaktoplysninger hentes fra Generelt.</translation>
    </message>
    <message>
        <source>Letters and their template versions</source>
        <translation>Brevene og deres skabelonversioner</translation>
    </message>
    <message>
        <source>&amp;Edit letter templates...</source>
        <translation>&amp;Redigér brevskabeloner...</translation>
    </message>
    <message>
        <source>{letter} - uses the ordinary text until it is written</source>
        <translation>{letter} - bruger den almindelige tekst, indtil den er skrevet</translation>
    </message>
    <message>
        <source>{letter} - template version {version}</source>
        <translation>{letter} - skabelonversion {version}</translation>
    </message>
</context>
</TS>
