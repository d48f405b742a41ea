<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Forecast</name>
    <message>
        <source>There is no applicant number {id}.</source>
        <translation>Der er ingen boligsøgende med nummer {id}.</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} dag</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} dage</translation>
    </message>
    <message>
        <source>{n} week</source>
        <translation>{n} uge</translation>
    </message>
    <message>
        <source>{n} weeks</source>
        <translation>{n} uger</translation>
    </message>
    <message>
        <source>{n} month</source>
        <translation>{n} måned</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} måneder</translation>
    </message>
    <message>
        <source>{n} year</source>
        <translation>{n} år</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n} år</translation>
    </message>
    <message>
        <source>more than {duration}</source>
        <translation>mere end {duration}</translation>
    </message>
    <message>
        <source>about {duration}</source>
        <translation>ca. {duration}</translation>
    </message>
    <message>
        <source>{about} (between {low} and {high})</source>
        <translation>{about} (mellem {low} og {high})</translation>
    </message>
    <message>
        <source>nothing fitted</source>
        <translation>ingen passede</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>fra {start} til {end}</translation>
    </message>
    <message>
        <source>{rule}: {count} of {n} dwelling</source>
        <translation>{rule}: {count} af {n} bolig</translation>
    </message>
    <message>
        <source>{rule}: {count} of {n} dwellings</source>
        <translation>{rule}: {count} af {n} boliger</translation>
    </message>
    <message>
        <source>No estimate yet: Anvis knows the reported dwellings of less than {n} week.</source>
        <translation>Intet skøn endnu: Anvis kender de indmeldte boliger fra under {n} uge.</translation>
    </message>
    <message>
        <source>No estimate yet: Anvis knows the reported dwellings of less than {n} weeks.</source>
        <translation>Intet skøn endnu: Anvis kender de indmeldte boliger fra under {n} uger.</translation>
    </message>
    <message>
        <source>No dwelling was reported {period}.</source>
        <translation>Der blev ikke indmeldt nogen boliger {period}.</translation>
    </message>
    <message>
        <source>Not on the list (housed or removed): there is no wait to estimate.</source>
        <translation>Ikke på listen (boligplaceret eller slettet): der er ingen ventetid at anslå.</translation>
    </message>
    <message>
        <source>None of the {n} dwelling reported {period} fitted today.</source>
        <translation>Den {n} bolig, der blev indmeldt {period}, passede ikke i dag.</translation>
    </message>
    <message>
        <source>None of the {n} dwellings reported {period} fitted today.</source>
        <translation>Ingen af de {n} boliger, der blev indmeldt {period}, passede i dag.</translation>
    </message>
    <message>
        <source>Estimated wait: {wait}.</source>
        <translation>Anslået ventetid: {wait}.</translation>
    </message>
    <message>
        <source>Estimated from the {n} dwelling reported {period} ({fitting} fitted today) and the place in the ranking today: an estimate, not a promise.</source>
        <translation>Anslået ud fra den {n} bolig, der blev indmeldt {period} ({fitting} passede i dag), og pladsen i rangordningen i dag: et skøn, ikke et løfte.</translation>
    </message>
    <message>
        <source>Estimated from the {n} dwellings reported {period} ({fitting} fitted today) and the place in the ranking today: an estimate, not a promise.</source>
        <translation>Anslået ud fra de {n} boliger, der blev indmeldt {period} ({fitting} passede i dag), og pladsen i rangordningen i dag: et skøn, ikke et løfte.</translation>
    </message>
    <message>
        <source>Excluded most often by:</source>
        <translation>Oftest udelukket af:</translation>
    </message>
    <message>
        <source>We cannot estimate your wait yet.</source>
        <translation>Vi kan endnu ikke anslå din ventetid.</translation>
    </message>
    <message>
        <source>{rule} ({count})</source>
        <translation>{rule} ({count})</translation>
    </message>
    <message>
        <source>None of the {n} dwelling we received {period} fitted your wishes and needs as they are today. What ruled them out most often: {reasons}.</source>
        <translation>Den {n} bolig, vi fik {period}, passede ikke til dine ønsker og behov, som de er i dag. Det, der oftest udelukkede den: {reasons}.</translation>
    </message>
    <message>
        <source>None of the {n} dwellings we received {period} fitted your wishes and needs as they are today. What ruled them out most often: {reasons}.</source>
        <translation>Ingen af de {n} boliger, vi fik {period}, passede til dine ønsker og behov, som de er i dag. Det, der oftest udelukkede dem: {reasons}.</translation>
    </message>
    <message>
        <source>We estimate that you may be offered a home in {wait}. This is an estimate from the dwellings we received {period} and your place on the list today, not a promise: it changes as dwellings come and as others join the list.</source>
        <translation>Vi anslår, at du kan få tilbudt en bolig om {wait}. Det er et skøn ud fra de boliger, vi fik {period}, og din plads på listen i dag, ikke et løfte: det ændrer sig, efterhånden som der kommer boliger, og andre kommer på listen.</translation>
    </message>
    <message>
        <source>Reading the dwellings and the list</source>
        <translation>Læser boligerne og listen</translation>
    </message>
    <message>
        <source>Replaying the dwellings</source>
        <translation>Gennemspiller boligerne</translation>
    </message>
    <message>
        <source>The settings were not saved.</source>
        <translation>Indstillingerne blev ikke gemt.</translation>
    </message>
    <message>
        <source>The forecast looks back between {low} and {n} month.</source>
        <translation>Skønnet ser mellem {low} og {n} måned tilbage.</translation>
    </message>
    <message>
        <source>The forecast looks back between {low} and {n} months.</source>
        <translation>Skønnet ser mellem {low} og {n} måneder tilbage.</translation>
    </message>
</context>
</TS>
