<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>AddressPanel</name>
    <message>
        <source>The address is checked</source>
        <translation>Adressen er tjekket</translation>
    </message>
    <message>
        <source>Saving the form takes it off the list to review</source>
        <translation>Når formularen gemmes, kommer den af listen over adresser til gennemsyn</translation>
    </message>
    <message>
        <source>A shelter, a relative or the caseworker</source>
        <translation>Et herberg, en pårørende eller sagsbehandleren</translation>
    </message>
    <message>
        <source>e.g. Vesterbro 22, 1. th</source>
        <translation>fx Vesterbro 22, 1. th</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Where the citizen is when it is no address: sofa surfer, …</source>
        <translation>Hvor borgeren er, når det ikke er en adresse: sofasurfer, …</translation>
    </message>
    <message>
        <source>Postcode and town:</source>
        <translation>Postnr. og b&amp;y:</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadresse</translation>
    </message>
    <message>
        <source>c/o:</source>
        <translation>c/o:</translation>
    </message>
    <message>
        <source>Street &amp;and number:</source>
        <translation>Vej og nu&amp;mmer:</translation>
    </message>
    <message>
        <source>Whereabouts:</source>
        <translation>Opholdssted:</translation>
    </message>
    <message>
        <source>Exempt &amp;from Digital Post (letters by post or by hand)</source>
        <translation>Frit&amp;aget for Digital Post (breve med posten eller ved udlevering)</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Breve</translation>
    </message>
    <message>
        <source>How letters reach the citi&amp;zen:</source>
        <translation>S&amp;ådan når brevene borgeren:</translation>
    </message>
    <message>
        <source>The address was written as free text and read automatically ({reason}). Check the fields below.</source>
        <translation>Adressen var skrevet som fritekst og er læst automatisk ({reason}). Tjek felterne herunder.</translation>
    </message>
    <message>
        <source>the citizen</source>
        <translation>borgeren</translation>
    </message>
    <message>
        <source>Letters can be sent: {channel}.</source>
        <translation>Breve kan sendes: {channel}.</translation>
    </message>
</context>
</TS>
