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
        <source>1 offer.</source>
        <translation>1 tilbud.</translation>
    </message>
    <message>
        <source>{count} offers.</source>
        <translation>{count} tilbud.</translation>
    </message>
</context>
</TS>
