<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>MatchingSection</name>
    <message>
        <source>Matching and offers</source>
        <translation>Matchning og tilbud</translation>
    </message>
    <message>
        <source>How candidates are ranked, what a household may occupy, and what follows when a citizen declines an offer or does not answer. Changes apply from the chosen day; offers already made keep the rules they were made under.</source>
        <translation>Hvordan kandidater sættes i rækkefølge, hvad en husstand kan bebo, og hvad der sker, når en borger siger nej til et tilbud eller ikke svarer. Ændringer gælder fra den valgte dag; tilbud, der allerede er givet, beholder de regler, de blev givet efter.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rækkefølge</translation>
    </message>
    <message>
        <source>{number}. criterion:</source>
        <translation>{number}. kriterium:</translation>
    </message>
    <message>
        <source>Ties go to the lower applicant number.</source>
        <translation>Ved lighed går det lavere boligsøgendenummer forrest.</translation>
    </message>
    <message>
        <source>Occupancy norm and age separation</source>
        <translation>Belægningsnorm og aldersadskillelse</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>At most persons a room:</source>
        <translation>Højst personer pr. rum:</translation>
    </message>
    <message>
        <source>At most rooms more than persons:</source>
        <translation>Højst rum mere end personer:</translation>
    </message>
    <message>
        <source>Young homeless up to and including:</source>
        <translation>Unge hjemløse til og med:</translation>
    </message>
    <message>
        <source>Legal blocks (ABL § 59, stk. 6-7)</source>
        <translation>Lovbestemte afvisninger (almenboligloven § 59, stk. 6-7)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>Released or tenancy terminated within:</source>
        <translation>Løsladt eller lejemål ophævet inden for:</translation>
    </message>
    <message>
        <source>Benefits for consecutive calendar months:</source>
        <translation>Ydelser i sammenhængende kalendermåneder:</translation>
    </message>
    <message>
        <source>Refusal policy</source>
        <translation>Regler ved afslag</translation>
    </message>
    <message>
        <source>No answer by the deadline</source>
        <translation>Intet svar inden fristen</translation>
    </message>
    <message>
        <source>A good reason accepted by the desk cancels it</source>
        <translation>En rimelig grund, som anvisningen godtager, ophæver den</translation>
    </message>
    <message>
        <source>Propose the next candidate as a draft offer</source>
        <translation>Foreslå næste kandidat som tilbudskladde</translation>
    </message>
    <message>
        <source>No answer by the deadline:</source>
        <translation>Intet svar inden fristen:</translation>
    </message>
    <message>
        <source>Reasons for declining</source>
        <translation>Begrundelser for afslag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Usually given by</source>
        <translation>Gives som regel af</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <source>&amp;Add a reason</source>
        <translation>&amp;Tilføj en begrundelse</translation>
    </message>
    <message>
        <source>A decline on the organisation&apos;s side never has a consequence.</source>
        <translation>Et afslag fra boligorganisationens side har aldrig en konsekvens for borgeren.</translation>
    </message>
    <message>
        <source>Renamed benefits counted as one run: {renames}</source>
        <translation>Omdøbte ydelser, der tælles som én sammenhængende periode: {renames}</translation>
    </message>
    <message>
        <source>Reason {number}</source>
        <translation>Begrundelse {number}</translation>
    </message>
    <message>
        <source>Reason {number}: whose reason</source>
        <translation>Begrundelse {number}: hvis begrundelse</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>i brug</translation>
    </message>
    <message>
        <source>Each criterion can be used once in the ranking order.</source>
        <translation>Hvert kriterium kan kun bruges én gang i rækkefølgen.</translation>
    </message>
    <message>
        <source>Choose three different criteria.</source>
        <translation>Vælg tre forskellige kriterier.</translation>
    </message>
    <message>
        <source>Saved. Rankings from that day use these settings.</source>
        <translation>Gemt. Rækkefølger fra den dag bruger disse indstillinger.</translation>
    </message>
</context>
<context>
    <name>MatchingSettings</name>
    <message>
        <source>No consequence</source>
        <translation>Ingen konsekvens</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Removal (decision letter)</source>
        <translation>Sletning (afgørelse)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>{subject}: consequence</source>
        <translation>{subject}: konsekvens</translation>
    </message>
    <message>
        <source>{subject}: days of pause</source>
        <translation>{subject}: dages pause</translation>
    </message>
    <message>
        <source>Matching and offers</source>
        <translation>Matchning og tilbud</translation>
    </message>
</context>
</TS>
