<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Ctrl+Enter in the reason field</source>
        <translation>Ctrl+Enter i feltet til begrundelsen</translation>
    </message>
    <message>
        <source>&amp;Reason (kept with the decision):</source>
        <translation>&amp;Begrundelse (gemmes med afgørelsen):</translation>
    </message>
    <message>
        <source>Write the reason: it is kept with the decision.</source>
        <translation>Skriv begrundelsen: den gemmes med afgørelsen.</translation>
    </message>
</context>
</TS>
