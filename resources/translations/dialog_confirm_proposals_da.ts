<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ConfirmProposalsDialog</name>
    <message>
        <source>Plan per organisation</source>
        <translation>Plan pr. boligorganisation</translation>
    </message>
    <message>
        <source>&amp;Reason (kept with those decisions):</source>
        <translation>Be&amp;grundelse (gemmes med disse afgørelser):</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bekræft</translation>
    </message>
    <message>
        <source>Confirm the proposals</source>
        <translation>Bekræft forslagene</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Boligorganisation</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepteres</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returneres</translation>
    </message>
    <message>
        <source>Accepted without candidates</source>
        <translation>Accepteres uden kandidater</translation>
    </message>
    <message>
        <source>Confirm the proposals for {n} dwelling?</source>
        <translation>Bekræft forslaget for {n} bolig?</translation>
    </message>
    <message>
        <source>Confirm the proposals for {n} dwellings?</source>
        <translation>Bekræft forslagene for {n} boliger?</translation>
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
        <source>{n} of the chosen dwellings is left as it is (not received, or not checked).</source>
        <translation>{n} af de valgte boliger forbliver, som den er (ikke modtaget eller ikke kontrolleret).</translation>
    </message>
    <message>
        <source>{n} of the chosen dwellings are left as they are (not received, or not checked).</source>
        <translation>{n} af de valgte boliger forbliver, som de er (ikke modtaget eller ikke kontrolleret).</translation>
    </message>
    <message>
        <source>In all: {accepted} accepted and {returned} returned to their organisations. Each organisation hears of its decisions in the next reply.</source>
        <translation>I alt: {accepted} accepteres og {returned} returneres til boligorganisationerne. Hver boligorganisation får sine afgørelser at vide i næste svar.</translation>
    </message>
    <message>
        <source>None of the chosen dwellings waits for a decision.</source>
        <translation>Ingen af de valgte boliger venter på en afgørelse.</translation>
    </message>
    <message>
        <source>Write why the dwellings without candidates are accepted.</source>
        <translation>Skriv, hvorfor boligerne uden kandidater accepteres.</translation>
    </message>
</context>
</TS>
