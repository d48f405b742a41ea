<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>OfferDetailPanel</name>
    <message>
        <source>&amp;Send...</source>
        <translation>&amp;Send...</translation>
    </message>
    <message>
        <source>&amp;Accepted...</source>
        <translation>&amp;Ja tak...</translation>
    </message>
    <message>
        <source>&amp;Declined...</source>
        <translation>&amp;Nej tak...</translation>
    </message>
    <message>
        <source>&amp;Withdraw...</source>
        <translation>&amp;Træk tilbage...</translation>
    </message>
    <message>
        <source>&amp;Lease start...</source>
        <translation>&amp;Lejemålets start...</translation>
    </message>
    <message>
        <source>Ca&amp;ndidates...</source>
        <translation>&amp;Kandidater...</translation>
    </message>
    <message>
        <source>Deliver th&amp;e letter…</source>
        <translation>Lev&amp;er brevet…</translation>
    </message>
    <message>
        <source>Ranking at the offer</source>
        <translation>Rækkefølge ved tilbuddet</translation>
    </message>
    <message>
        <source>History of the offer</source>
        <translation>Tilbuddets historik</translation>
    </message>
    <message>
        <source>Letters of the offer</source>
        <translation>Tilbuddets breve</translation>
    </message>
    <message>
        <source>Show &amp;letter...</source>
        <translation>Vis &amp;brev...</translation>
    </message>
    <message>
        <source>Ranking when offered</source>
        <translation>Rækkefølge ved tilbuddet</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Breve</translation>
    </message>
    <message>
        <source>Choose an offer in the list to see its dwelling, applicant, ranking, history and letters.</source>
        <translation>Vælg et tilbud på listen for at se bolig, boligsøgende, rækkefølge, historik og breve.</translation>
    </message>
    <message>
        <source>{kind}, {when} by {who} ({pages})</source>
        <translation>{kind}, {when} af {who} ({pages})</translation>
    </message>
    <message>
        <source>{n} page</source>
        <translation>{n} side</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} sider</translation>
    </message>
    <message>
        <source>Letter ({channel}): {state}</source>
        <translation>Brev ({channel}): {state}</translation>
    </message>
    <message>
        <source>Offer {id}: {status}</source>
        <translation>Tilbud {id}: {status}</translation>
    </message>
    <message>
        <source>{name} ({cpr}), no. {id}</source>
        <translation>{name} ({cpr}), nr. {id}</translation>
    </message>
    <message>
        <source>sent {date}</source>
        <translation>sendt {date}</translation>
    </message>
    <message>
        <source>reply by {date}</source>
        <translation>svarfrist {date}</translation>
    </message>
    <message>
        <source>answered {date}</source>
        <translation>svaret {date}</translation>
    </message>
    <message>
        <source>lease starts {date}</source>
        <translation>lejemålet begynder {date}</translation>
    </message>
    <message>
        <source>Declined by {side}: {reason}</source>
        <translation>Afslået af {side}: {reason}</translation>
    </message>
    <message>
        <source>(good reason accepted)</source>
        <translation>(rimelig grund godtaget)</translation>
    </message>
    <message>
        <source>Consequence: {consequence}</source>
        <translation>Konsekvens: {consequence}</translation>
    </message>
    <message>
        <source>{amount} a month; rent loss so far {loss}</source>
        <translation>{amount} om måneden; lejetab indtil nu {loss}</translation>
    </message>
    <message>
        <source>No ranking was stored with this offer.</source>
        <translation>Der er ikke gemt en rækkefølge med dette tilbud.</translation>
    </message>
    <message>
        <source>Number {rank} of {eligible} on {day}; the first {shown}:</source>
        <translation>Nummer {rank} af {eligible} den {day}; de første {shown}:</translation>
    </message>
    <message>
        <source>Candidates passed over because: {reason}</source>
        <translation>Kandidater sprunget over, fordi: {reason}</translation>
    </message>
    <message>
        <source>Applicant no. {id}, fit {score}</source>
        <translation>Boligsøgende nr. {id}, match {score}</translation>
    </message>
</context>
</TS>
