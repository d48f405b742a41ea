<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ExportRepliesDialog</name>
    <message>
        <source>Send a reply to a housing organisation</source>
        <translation>Send svar til en boligorganisation</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;Save the reply</source>
        <translation>&amp;Gem svaret</translation>
    </message>
    <message>
        <source>The workbook holds the tenants&apos; names, phone numbers and e-mail addresses; the export is logged for each of them with the purpose.</source>
        <translation>Regnearket indeholder lejernes navne, telefonnumre og e-mailadresser; udtrækket logges for hver af dem med formålet.</translation>
    </message>
    <message>
        <source>Open the fi&amp;le</source>
        <translation>Åbn fi&amp;len</translation>
    </message>
    <message>
        <source>Open the fol&amp;der</source>
        <translation>Åbn &amp;mappen</translation>
    </message>
    <message>
        <source>{n} decision has not been sent back yet.</source>
        <translation>{n} afgørelse er endnu ikke sendt tilbage.</translation>
    </message>
    <message>
        <source>{n} decisions have not been sent back yet.</source>
        <translation>{n} afgørelser er endnu ikke sendt tilbage.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
    <message>
        <source>The reply is saved: {summary}</source>
        <translation>Svaret er gemt: {summary}</translation>
    </message>
</context>
</TS>
