<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>DecisionFlow</name>
    <message>
        <source>Accept {address}?</source>
        <translation>Acceptér {address}?</translation>
    </message>
    <message>
        <source>&amp;Accept anyway</source>
        <translation>&amp;Acceptér alligevel</translation>
    </message>
    <message>
        <source>Return {address}?</source>
        <translation>Returnér {address}?</translation>
    </message>
    <message>
        <source>The dwelling goes back to {organisation}, which reads the reason in the next reply.</source>
        <translation>Boligen går tilbage til {organisation}, som får begrundelsen i næste svar.</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Returnér</translation>
    </message>
    <message>
        <source>{address} was accepted.</source>
        <translation>{address} er accepteret.</translation>
    </message>
    <message>
        <source>{address} was returned to the organisation.</source>
        <translation>{address} er returneret til boligorganisationen.</translation>
    </message>
    <message>
        <source>Proposals confirmed: {accepted} accepted, {returned} returned.</source>
        <translation>Forslagene er bekræftet: {accepted} accepteret, {returned} returneret.</translation>
    </message>
    <message>
        <source>{n} dwelling</source>
        <translation>{n} bolig</translation>
    </message>
    <message>
        <source>{n} dwellings</source>
        <translation>{n} boliger</translation>
    </message>
    <message>
        <source>Proposals confirmed.</source>
        <translation>Forslagene er bekræftet.</translation>
    </message>
    <message>
        <source>You have no decision to undo</source>
        <translation>Du har ingen afgørelse at fortryde</translation>
    </message>
    <message>
        <source>Undo: {decision}</source>
        <translation>Fortryd: {decision}</translation>
    </message>
    <message>
        <source>You have no decision to undo.</source>
        <translation>Du har ingen afgørelse at fortryde.</translation>
    </message>
    <message>
        <source>Undone: {decision}</source>
        <translation>Fortrudt: {decision}</translation>
    </message>
</context>
</TS>
