<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>WriteConflicts</name>
    <message>
        <source>Someone else saved a change to the same data while yours was being saved. Nothing of yours was saved: refresh, look at their change and make yours again.</source>
        <translation>En anden gemte en ændring af de samme data, mens dine blev gemt. Intet af dit blev gemt: opdatér, se den andens ændring og foretag din igen.</translation>
    </message>
    <message>
        <source>Someone else saved the same data at the same moment. Nothing of yours was saved: refresh and check whether your change is still needed.</source>
        <translation>En anden gemte de samme data i samme øjeblik. Intet af dit blev gemt: opdatér og se, om din ændring stadig er nødvendig.</translation>
    </message>
    <message>
        <source>Another workstation was saving to the same data at the same moment. Nothing of yours was saved: try again.</source>
        <translation>En anden arbejdsplads gemte i de samme data i samme øjeblik. Intet af dit blev gemt: prøv igen.</translation>
    </message>
</context>
</TS>
