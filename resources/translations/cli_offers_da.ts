<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>OffersCli</name>
    <message>
        <source>Offers: list them, expire unanswered offers</source>
        <translation>Boligtilbud: vis dem, lad ubesvarede tilbud udløbe</translation>
    </message>
    <message>
        <source>The offers, nearest reply deadline first</source>
        <translation>Boligtilbuddene, nærmeste svarfrist først</translation>
    </message>
    <message>
        <source>open (default), awaiting, drafts, closed, all, or one status: draft, sent, accepted, declined, expired, withdrawn</source>
        <translation>open (standard), awaiting, drafts, closed, all eller én status: draft, sent, accepted, declined, expired, withdrawn</translation>
    </message>
    <message>
        <source>only the offers of dwellings of this housing scheme</source>
        <translation>kun tilbud på boliger i denne boligordning</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maskinlæsbart output (JSON)</translation>
    </message>
    <message>
        <source>Expire the sent offers whose reply deadline has passed (consequence, next candidate)</source>
        <translation>Lad sendte tilbud, hvis svarfrist er overskredet, udløbe (konsekvens, næste kandidat)</translation>
    </message>
    <message>
        <source>reply by {date}</source>
        <translation>svar senest {date}</translation>
    </message>
    <message>
        <source>{n} offer.</source>
        <translation>{n} tilbud.</translation>
    </message>
    <message>
        <source>{n} offers.</source>
        <translation>{n} tilbud.</translation>
    </message>
</context>
</TS>
