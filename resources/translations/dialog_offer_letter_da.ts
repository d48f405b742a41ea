<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>OfferDialog</name>
    <message>
        <source>Offer</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>&amp;Why are the candidates above passed over? (stored with the offer)</source>
        <translation>&amp;Hvorfor springes kandidaterne foran over? (gemmes med tilbuddet)</translation>
    </message>
    <message>
        <source>&amp;Reply by:</source>
        <translation>Svar&amp;frist:</translation>
    </message>
    <message>
        <source>The letter &amp;goes by:</source>
        <translation>Sådan &amp;når brevet borgeren:</translation>
    </message>
    <message>
        <source>&amp;Edit applicant…</source>
        <translation>&amp;Ret boligsøgende…</translation>
    </message>
    <message>
        <source>The applicant&apos;s address and how letters reach them (the form&apos;s address tab)</source>
        <translation>Den boligsøgendes adresse, og hvordan breve når frem (fanen Adresse og breve)</translation>
    </message>
    <message>
        <source>Your own &amp;text in the letter (optional):</source>
        <translation>Din egen &amp;tekst i brevet (kan udelades):</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Store and archive the letter, then deliver it</source>
        <translation>Gem og arkivér brevet, og lever det derefter</translation>
    </message>
    <message>
        <source>Drawing the letter…</source>
        <translation>Opdaterer brevet …</translation>
    </message>
    <message>
        <source>is offered {dwelling}</source>
        <translation>tilbydes {dwelling}</translation>
    </message>
    <message>
        <source>draft offer {id}</source>
        <translation>kladde til tilbud {id}</translation>
    </message>
    <message>
        <source>{n} day from today is the default.</source>
        <translation>Standard er {n} dag fra i dag.</translation>
    </message>
    <message>
        <source>{n} days from today is the default.</source>
        <translation>Standard er {n} dage fra i dag.</translation>
    </message>
    <message>
        <source>The letter as it will be printed ({n} page)</source>
        <translation>Brevet, som det bliver udskrevet ({n} side)</translation>
    </message>
    <message>
        <source>The letter as it will be printed ({n} pages)</source>
        <translation>Brevet, som det bliver udskrevet ({n} sider)</translation>
    </message>
    <message>
        <source>Offer: {name}</source>
        <translation>Tilbud: {name}</translation>
    </message>
    <message>
        <source>It stands in the letter after the first paragraph.</source>
        <translation>Teksten står i brevet efter første afsnit.</translation>
    </message>
    <message>
        <source>The letter template in use has no place for your own text: add the field {field} to it under Settings › Letters.</source>
        <translation>Den brevskabelon, der bruges, har ikke plads til din egen tekst: tilføj feltet {field} under Indstillinger › Breve.</translation>
    </message>
    <message>
        <source>number {rank} of the candidates</source>
        <translation>nr. {rank} af kandidaterne</translation>
    </message>
    <message>
        <source>passed over because: {reason}</source>
        <translation>andre sprunget over, fordi: {reason}</translation>
    </message>
    <message>
        <source>(choose how the letter goes)</source>
        <translation>(vælg, hvordan brevet når frem)</translation>
    </message>
    <message>
        <source>{way} (not possible now)</source>
        <translation>{way} (ikke muligt nu)</translation>
    </message>
    <message>
        <source>The caseworker hands the letter over: the reply deadline runs from that day.</source>
        <translation>Sagsbehandleren udleverer brevet: svarfristen regnes fra den dag.</translation>
    </message>
    <message>
        <source>Sending the offer and archiving the letter</source>
        <translation>Sender tilbuddet og arkiverer brevet</translation>
    </message>
</context>
</TS>
