<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Letters</name>
    <message>
        <source>{letters} letters, {pages} pages: {path}</source>
        <translation>{letters} breve, {pages} sider: {path}</translation>
    </message>
    <message>
        <source>--chunk must be 1 or more.</source>
        <translation>--chunk skal være 1 eller mere.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {error}</source>
        <translation>{path} kan ikke skrives: {error}</translation>
    </message>
</context>
</TS>