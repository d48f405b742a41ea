<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>UndoDecision</name>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Undo your last decision?</source>
        <translation>Fortryd din seneste afgørelse?</translation>
    </message>
    <message>
        <source>The dwellings are received again and wait for a decision; the undo is kept in the audit trail.</source>
        <translation>Boligerne er modtaget igen og venter på en afgørelse; fortrydelsen gemmes i revisionssporet.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>{decision} cannot be undone: {reason}.</source>
        <translation>{decision} kan ikke fortrydes: {reason}.</translation>
    </message>
</context>
</TS>
