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
        <source>every target group</source>
        <translation>alle målgrupper</translation>
    </message>
</context>
</TS>
