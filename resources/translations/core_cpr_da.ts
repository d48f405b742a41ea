<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Cpr</name>
    <message>
        <source>A CPR number has ten digits (DDMMYY-XXXX).</source>
        <translation>Et CPR-nummer har ti cifre (DDMMÅÅ-XXXX).</translation>
    </message>
    <message>
        <source>The CPR number does not start with a real date of birth.</source>
        <translation>CPR-nummeret begynder ikke med en gyldig fødselsdato.</translation>
    </message>
</context>
</TS>
