<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>OffersPage</name>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Search name or address... (Ctrl+F)</source>
        <translation>Søg navn eller adresse... (Ctrl+F)</translation>
    </message>
    <message>
        <source>Print the day&apos;s &amp;letters...</source>
        <translation>Udskriv dagens &amp;breve...</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Boligsøgende</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
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
        <source>Scheme</source>
        <translation>Boligordning</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Nr. i rækken</translation>
    </message>
    <message>
        <source>Reply / consequence</source>
        <translation>Svar / konsekvens</translation>
    </message>
    <message>
        <source>{n} offer</source>
        <translation>{n} tilbud</translation>
    </message>
    <message>
        <source>{n} offers</source>
        <translation>{n} tilbud</translation>
    </message>
    <message>
        <source>let</source>
        <translation>udlejet</translation>
    </message>
    <message>
        <source>The next candidate has a draft offer ({id}).</source>
        <translation>Næste kandidat har en tilbudskladde ({id}).</translation>
    </message>
    <message>
        <source>Saving and writing the letter</source>
        <translation>Gemmer og skriver brevet</translation>
    </message>
    <message>
        <source>Offer accepted</source>
        <translation>Tilbud accepteret</translation>
    </message>
    <message>
        <source>{name} accepts {address}. The allocation notice to the organisation is archived.</source>
        <translation>{name} siger ja til {address}. Anvisningsmeddelelsen til boligorganisationen arkiveres.</translation>
    </message>
    <message>
        <source>&amp;Answered on:</source>
        <translation>&amp;Svaret den:</translation>
    </message>
    <message>
        <source>Withdraw offer</source>
        <translation>Træk tilbud tilbage</translation>
    </message>
    <message>
        <source>Why is the offer to {name} withdrawn? (stored with the offer)</source>
        <translation>Hvorfor trækkes tilbuddet til {name} tilbage? (gemmes med tilbuddet)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Træk tilbage</translation>
    </message>
    <message>
        <source>Lease start</source>
        <translation>Lejemålets start</translation>
    </message>
    <message>
        <source>The dwelling is let from the day the lease starts; the rent loss stops then.</source>
        <translation>Boligen er udlejet fra den dag, lejemålet begynder; lejetabet stopper da.</translation>
    </message>
    <message>
        <source>&amp;Lease starts:</source>
        <translation>&amp;Lejemålet begynder:</translation>
    </message>
    <message>
        <source>shown on the offers page</source>
        <translation>vist på siden Tilbud og breve</translation>
    </message>
</context>
</TS>
