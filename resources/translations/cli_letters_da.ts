<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Letters</name>
    <message>
        <source>1 letter</source>
        <translation>1 brev</translation>
    </message>
    <message>
        <source>{count} letters</source>
        <translation>{count} breve</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 side</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} sider</translation>
    </message>
    <message>
        <source>--chunk must be 1 or more.</source>
        <translation>--chunk skal være 1 eller mere.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {error}</source>
        <translation>{path} kan ikke skrives: {error}</translation>
    </message>
    <message>
        <source>Letter {id} made: {title}</source>
        <translation>Brev {id} lavet: {title}</translation>
    </message>
</context>
</TS>
