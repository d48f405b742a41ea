<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>WorkQueue</name>
    <message>
        <source>New dwellings awaiting a decision</source>
        <translation>Nye boliger, der venter på en afgørelse</translation>
    </message>
    <message>
        <source>Accepted dwellings without an offer</source>
        <translation>Accepterede boliger uden tilbud</translation>
    </message>
    <message>
        <source>Offers not yet sent</source>
        <translation>Tilbud, der ikke er sendt</translation>
    </message>
    <message>
        <source>Letters not yet delivered</source>
        <translation>Breve, der ikke er afleveret</translation>
    </message>
    <message>
        <source>Decisions not yet sent back</source>
        <translation>Afgørelser, der ikke er sendt tilbage</translation>
    </message>
    <message>
        <source>Answers due</source>
        <translation>Svar, der ventes</translation>
    </message>
    <message>
        <source>Offers past their deadline</source>
        <translation>Tilbud over svarfristen</translation>
    </message>
    <message>
        <source>No rent loss is running.</source>
        <translation>Der løber ikke noget lejetab.</translation>
    </message>
    <message>
        <source>no eligible candidates</source>
        <translation>ingen mulige kandidater</translation>
    </message>
    <message>
        <source>proposal: accept</source>
        <translation>forslag: acceptér</translation>
    </message>
    <message>
        <source>proposal: return</source>
        <translation>forslag: returnér</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ikke kontrolleret</translation>
    </message>
    <message>
        <source>Rent loss runs on {n} dwelling: {per_day} a day, {total} so far.</source>
        <translation>Der løber lejetab på {n} bolig: {per_day} om dagen, {total} indtil nu.</translation>
    </message>
    <message>
        <source>Private landlords&apos; notices awaiting the answer</source>
        <translation>Private udlejeres boliger, der venter på kommunens svar</translation>
    </message>
    <message>
        <source>Borne by {bearers}.</source>
        <translation>Heraf bærer {bearers}.</translation>
    </message>
    <message>
        <source>Rent loss runs on {n} dwellings: {per_day} a day, {total} so far.</source>
        <translation>Der løber lejetab på {n} boliger: {per_day} om dagen, {total} indtil nu.</translation>
    </message>
    <message>
        <source>{n} eligible candidate</source>
        <translation>{n} mulig kandidat</translation>
    </message>
    <message>
        <source>{n} eligible candidates</source>
        <translation>{n} mulige kandidater</translation>
    </message>
    <message>
        <source>{n} decision not sent back</source>
        <translation>{n} afgørelse ikke sendt tilbage</translation>
    </message>
    <message>
        <source>{n} decisions not sent back</source>
        <translation>{n} afgørelser ikke sendt tilbage</translation>
    </message>
    <message>
        <source>Offer letter</source>
        <translation>Boligtilbud</translation>
    </message>
    <message>
        <source>Allocation notice</source>
        <translation>Anvisningsmeddelelse</translation>
    </message>
    <message>
        <source>Decision on removal</source>
        <translation>Afgørelse om slettelse</translation>
    </message>
    <message>
        <source>Decision on refusal</source>
        <translation>Afgørelse om afslag</translation>
    </message>
    <message>
        <source>Answer to a private landlord</source>
        <translation>Svar til privat udlejer</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>ingen frist</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>fristen overskredet siden {date}</translation>
    </message>
    <message>
        <source>answer today</source>
        <translation>svar i dag</translation>
    </message>
    <message>
        <source>answer by {date}: {n} working day left</source>
        <translation>svar senest {date}: {n} arbejdsdag tilbage</translation>
    </message>
    <message>
        <source>answer by {date}: {n} working days left</source>
        <translation>svar senest {date}: {n} arbejdsdage tilbage</translation>
    </message>
    <message>
        <source>{name} accepted: write the answer</source>
        <translation>{name} har sagt ja: skriv svaret</translation>
    </message>
    <message>
        <source>declined: write the answer</source>
        <translation>afvist: skriv svaret</translation>
    </message>
    <message>
        <source>accept or return it</source>
        <translation>acceptér eller returnér den</translation>
    </message>
    <message>
        <source>no offer yet</source>
        <translation>intet tilbud endnu</translation>
    </message>
    <message>
        <source>the offer to {name} is not sent</source>
        <translation>tilbuddet til {name} er ikke sendt</translation>
    </message>
    <message>
        <source>{name} has not answered the offer</source>
        <translation>{name} har ikke svaret på tilbuddet</translation>
    </message>
    <message>
        <source>{address} ({landlord}): {step}; {deadline}</source>
        <translation>{address} ({landlord}): {step}; {deadline}</translation>
    </message>
    <message>
        <source>{address} ({department}): {proposal}, {candidates}</source>
        <translation>{address} ({department}): {proposal}, {candidates}</translation>
    </message>
    <message>
        <source>{address} ({department}): {candidates}</source>
        <translation>{address} ({department}): {candidates}</translation>
    </message>
    <message>
        <source>{address} ({department}): {candidates}, tenant to be named by {date}</source>
        <translation>{address} ({department}): {candidates}, lejer skal anvises senest {date}</translation>
    </message>
    <message>
        <source>Draft offer to {name}: {address}</source>
        <translation>Udkast til tilbud til {name}: {address}</translation>
    </message>
    <message>
        <source>{kind} of {date} to {name}: {missing}</source>
        <translation>{kind} af {date} til {name}: {missing}</translation>
    </message>
    <message>
        <source>{organisation}: {decisions}, the oldest of {date}</source>
        <translation>{organisation}: {decisions}, den ældste fra {date}</translation>
    </message>
    <message>
        <source>{name} answers on {address} by {date}</source>
        <translation>{name} svarer på {address} senest {date}</translation>
    </message>
    <message>
        <source>{name} did not answer on {address} by {date}: the consequence is waiting</source>
        <translation>{name} svarede ikke på {address} senest {date}: konsekvensen venter</translation>
    </message>
</context>
</TS>
