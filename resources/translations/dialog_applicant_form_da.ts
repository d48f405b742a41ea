<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ApplicantForm</name>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>New applicant</source>
        <translation>Ny boligsøgende</translation>
    </message>
    <message>
        <source>Estimated once the applicant is saved.</source>
        <translation>Anslås, når den boligsøgende er gemt.</translation>
    </message>
    <message>
        <source>Applicant: {name}</source>
        <translation>Boligsøgende: {name}</translation>
    </message>
    <message>
        <source>new number</source>
        <translation>nyt nummer</translation>
    </message>
    <message>
        <source>DDMMYY-XXXX (if known)</source>
        <translation>DDMMÅÅ-XXXX (hvis kendt)</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inaktiv)</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>til {date}</translation>
    </message>
    <message>
        <source>Last changed {date} by {who}</source>
        <translation>Senest ændret {date} af {who}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>Dwelling</source>
        <translation>Bolig</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Svarfrist</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvaret</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Address or whereabouts</source>
        <translation>Adresse eller opholdssted</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>c/o</source>
        <translation>c/o</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Vej og nummer</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Whereabouts</source>
        <translation>Opholdssted</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letters go by</source>
        <translation>Breve sendes som</translation>
    </message>
    <message>
        <source>Exempt from digital post</source>
        <translation>Fritaget for digital post</translation>
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
        <source>Highest rent incl. a conto</source>
        <translation>Højeste husleje inkl. aconto</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Værelser</translation>
    </message>
    <message>
        <source>Wheelchair user</source>
        <translation>Kørestolsbruger</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Niveaufri adgang</translation>
    </message>
    <message>
        <source>Ground floor</source>
        <translation>Stueetage</translation>
    </message>
    <message>
        <source>Has pets</source>
        <translation>Har husdyr</translation>
    </message>
    <message>
        <source>Needs a strong area</source>
        <translation>Har brug for et stærkt område</translation>
    </message>
    <message>
        <source>Wanted areas</source>
        <translation>Ønskede områder</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Husstand</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <source>Show the CPR number</source>
        <translation>Vis CPR-nummeret</translation>
    </message>
    <message>
        <source>Showing the whole CPR number is written to the access log.</source>
        <translation>Når hele CPR-nummeret vises, skrives det i adgangsloggen.</translation>
    </message>
    <message>
        <source>Shown and logged</source>
        <translation>Vist og logget</translation>
    </message>
    <message>
        <source>Insight report</source>
        <translation>Indsigtsrapport</translation>
    </message>
    <message>
        <source>The report holds everything the desk has on the person. Making it is logged.</source>
        <translation>Rapporten indeholder alt, hvad anvisningen har om personen. Dannelsen logges.</translation>
    </message>
    <message>
        <source>Save the insight report</source>
        <translation>Gem indsigtsrapporten</translation>
    </message>
    <message>
        <source>Indsigt {name}.pdf</source>
        <translation>Indsigt {name}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved in {path}: {error}</source>
        <translation>Rapporten kunne ikke gemmes i {path}: {error}</translation>
    </message>
</context>
</TS>
