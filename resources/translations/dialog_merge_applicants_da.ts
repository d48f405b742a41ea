<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>MergeDialog</name>
    <message>
        <source>wheelchair</source>
        <translation>kørestol</translation>
    </message>
    <message>
        <source>step-free</source>
        <translation>niveaufri</translation>
    </message>
    <message>
        <source>ground floor</source>
        <translation>stueetage</translation>
    </message>
    <message>
        <source>pets</source>
        <translation>husdyr</translation>
    </message>
    <message>
        <source>strong area</source>
        <translation>stærkt område</translation>
    </message>
    <message>
        <source>The same person?</source>
        <translation>Samme person?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Hastegrad</translation>
    </message>
    <message>
        <source>Highest rent</source>
        <translation>Højeste husleje</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Værelser</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <source>Record no. {id} (kept)</source>
        <translation>Nr. {id} (beholdes)</translation>
    </message>
    <message>
        <source>Record no. {id}</source>
        <translation>Nr. {id}</translation>
    </message>
    <message>
        <source>Registered (no. {id})</source>
        <translation>Oprettet (nr. {id})</translation>
    </message>
    <message>
        <source>The new registration</source>
        <translation>Den nye oprettelse</translation>
    </message>
    <message>
        <source>The person may be registered already:</source>
        <translation>Personen er måske allerede oprettet:</translation>
    </message>
    <message>
        <source>Choose what the kept record says where the two differ. Both households, the status history, offers, letters and access log are kept.</source>
        <translation>Vælg hvad den bevarede sag skal sige, hvor de to er forskellige. Begge husstande, statushistorikken, tilbud, breve og adgangsloggen bevares.</translation>
    </message>
    <message>
        <source>Keep both &amp;notes</source>
        <translation>Behold begge &amp;bemærkninger</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Læg sammen</translation>
    </message>
    <message>
        <source>&amp;Open the registered record</source>
        <translation>&amp;Åbn den oprettede sag</translation>
    </message>
    <message>
        <source>Register &amp;another person</source>
        <translation>Opret en &amp;anden person</translation>
    </message>
    <message>
        <source>Only when the name and birth date are the same, never the CPR number</source>
        <translation>Kun når navn og fødselsdato er ens, aldrig ved samme CPR-nummer</translation>
    </message>
</context>
</TS>
