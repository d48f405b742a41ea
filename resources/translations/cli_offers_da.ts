<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>OffersCli</name>
    <message>
        <source>reply by {date}</source>
        <translation>svar senest {date}</translation>
    </message>
    <message>
        <source>{n} offer.</source>
        <translation>{n} tilbud.</translation>
    </message>
    <message>
        <source>{n} offers.</source>
        <translation>{n} tilbud.</translation>
    </message>
</context>
</TS>
