<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Schemes</name>
    <message>
        <source>time-limited</source>
        <translation>tidsbegrænset</translation>
    </message>
    <message>
        <source>time-limited, {n} month</source>
        <translation>tidsbegrænset, {n} måned</translation>
    </message>
    <message>
        <source>time-limited, {n} months</source>
        <translation>tidsbegrænset, {n} måneder</translation>
    </message>
    <message>
        <source>ordinary</source>
        <translation>tidsubegrænset</translation>
    </message>
    <message>
        <source>counts against the agreed share (25 % rule)</source>
        <translation>tæller med i den aftalte andel (25 %-reglen)</translation>
    </message>
    <message>
        <source>own allocation right, {n} dwelling</source>
        <translation>egen anvisningsret, {n} bolig</translation>
    </message>
    <message>
        <source>own allocation right, {n} dwellings</source>
        <translation>egen anvisningsret, {n} boliger</translation>
    </message>
    <message>
        <source>own allocation right, {percent}</source>
        <translation>egen anvisningsret, {percent}</translation>
    </message>
    <message>
        <source>own allocation right</source>
        <translation>egen anvisningsret</translation>
    </message>
    <message>
        <source>the municipality</source>
        <translation>kommunen</translation>
    </message>
    <message>
        <source>the housing organisation</source>
        <translation>boligorganisationen</translation>
    </message>
    <message>
        <source>the landlord</source>
        <translation>udlejeren</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <source>Housing organisation</source>
        <translation>Boligorganisationen</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Udlejeren</translation>
    </message>
    <message>
        <source>{n} working day from the landlord&apos;s notice</source>
        <translation>{n} arbejdsdag fra udlejerens meddelelse</translation>
    </message>
    <message>
        <source>{n} working days from the landlord&apos;s notice</source>
        <translation>{n} arbejdsdage fra udlejerens meddelelse</translation>
    </message>
    <message>
        <source>the desk&apos;s usual deadline</source>
        <translation>anvisningens sædvanlige frist</translation>
    </message>
    <message>
        <source>{low}-{n} year</source>
        <translation>{low}-{n} år</translation>
    </message>
    <message>
        <source>{low}-{n} years</source>
        <translation>{low}-{n} år</translation>
    </message>
    <message>
        <source>from {n} year</source>
        <translation>fra {n} år</translation>
    </message>
    <message>
        <source>from {n} years</source>
        <translation>fra {n} år</translation>
    </message>
    <message>
        <source>up to {n} year</source>
        <translation>op til {n} år</translation>
    </message>
    <message>
        <source>up to {n} years</source>
        <translation>op til {n} år</translation>
    </message>
    <message>
        <source>Housing schemes on {date} (Anvis&apos;s defaults):</source>
        <translation>Boligordninger den {date} (Anvis&apos; standard):</translation>
    </message>
    <message>
        <source>Housing schemes on {date} (in force from {since}):</source>
        <translation>Boligordninger den {date} (gælder fra {since}):</translation>
    </message>
    <message>
        <source>Target groups: {groups}</source>
        <translation>Målgrupper: {groups}</translation>
    </message>
    <message>
        <source>Age: {band}</source>
        <translation>Alder: {band}</translation>
    </message>
    <message>
        <source>Support in place: {measures}</source>
        <translation>Støtte på plads: {measures}</translation>
    </message>
    <message>
        <source>A dispensation in place</source>
        <translation>En dispensation på plads</translation>
    </message>
    <message>
        <source>{lease}, co-living</source>
        <translation>{lease}, delebolig</translation>
    </message>
    <message>
        <source>Lease: {lease}</source>
        <translation>Lejekontrakt: {lease}</translation>
    </message>
    <message>
        <source>Allocation: {allocation}</source>
        <translation>Anvisning: {allocation}</translation>
    </message>
    <message>
        <source>Rent loss borne by {bearer}</source>
        <translation>Lejetab bæres af {bearer}</translation>
    </message>
    <message>
        <source>Deadline: {deadline}</source>
        <translation>Frist: {deadline}</translation>
    </message>
    <message>
        <source>Its own offer letter: {name}</source>
        <translation>Eget boligtilbud: {name}</translation>
    </message>
    <message>
        <source>every target group</source>
        <translation>alle målgrupper</translation>
    </message>
    <message>
        <source>There is no housing scheme {scheme}. The schemes in force: {known}.</source>
        <translation>Der er ingen boligordning {scheme}. Boligordningerne, der gælder: {known}.</translation>
    </message>
    <message>
        <source>Choose one of the schemes in force.</source>
        <translation>Vælg en af de boligordninger, der gælder.</translation>
    </message>
    <message>
        <source>{scheme} is the scheme of private landlords&apos; dwellings, which lie in no organisation&apos;s department: name the landlord instead (--landlord CVR).</source>
        <translation>{scheme} er ordningen for private udlejeres boliger, som ikke ligger i en boligorganisations afdeling: angiv i stedet udlejeren (--landlord CVR).</translation>
    </message>
    <message>
        <source>A scheme for private landlords.</source>
        <translation>En ordning for private udlejere.</translation>
    </message>
    <message>
        <source>A key is 1-40 small letters a-z, digits and _, beginning with a letter.</source>
        <translation>En nøgle er 1-40 små bogstaver a-z, cifre og _, og begynder med et bogstav.</translation>
    </message>
    <message>
        <source>Two schemes have the key {key}.</source>
        <translation>To ordninger har nøglen {key}.</translation>
    </message>
    <message>
        <source>Give the scheme a name.</source>
        <translation>Giv ordningen et navn.</translation>
    </message>
    <message>
        <source>No target group has the code {codes}.</source>
        <translation>Ingen målgruppe har koden {codes}.</translation>
    </message>
    <message>
        <source>An age lies between 0 and 120.</source>
        <translation>En alder ligger mellem 0 og 120.</translation>
    </message>
    <message>
        <source>The age band ends before it begins.</source>
        <translation>Aldersgrænsen slutter, før den begynder.</translation>
    </message>
    <message>
        <source>A time-limited lease runs 1 to 120 months.</source>
        <translation>Et tidsbegrænset lejemål løber 1 til 120 måneder.</translation>
    </message>
    <message>
        <source>An allocation right has 1 dwelling or more.</source>
        <translation>En anvisningsret omfatter 1 bolig eller flere.</translation>
    </message>
    <message>
        <source>A share lies above 0 % and at most 100 %.</source>
        <translation>En andel ligger over 0 % og højst 100 %.</translation>
    </message>
    <message>
        <source>The landlord&apos;s deadline is 1 to 60 working days.</source>
        <translation>Udlejerens frist er 1 til 60 arbejdsdage.</translation>
    </message>
    <message>
        <source>A letter&apos;s name is 1-40 small letters a-z, digits, - and _.</source>
        <translation>Et brevs navn er 1-40 små bogstaver a-z, cifre, - og _.</translation>
    </message>
    <message>
        <source>The schemes were not saved:</source>
        <translation>Boligordningerne blev ikke gemt:</translation>
    </message>
</context>
</TS>
