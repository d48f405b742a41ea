<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ColourPolicySection</name>
    <message>
        <source>Colour policy (trappetrinsmodel)</source>
        <translation>Farvepolitik (trappetrinsmodel)</translation>
    </message>
    <message>
        <source>What each colour allows. A change takes effect on the day you choose (today or later); decisions already made keep the rules they were made under.</source>
        <translation>Hvad hver farve tillader. En ændring gælder fra den dag, du vælger (i dag eller senere); afgørelser, der allerede er truffet, beholder de regler, de blev truffet efter.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <source>May report
dwellings</source>
        <translation>Må indmelde
boliger</translation>
    </message>
    <message>
        <source>Desk may
place</source>
        <translation>Anvisningen
må anvise</translation>
    </message>
    <message>
        <source>Not for applicants
needing a strong area</source>
        <translation>Ikke for søgende, der
behøver et stærkt område</translation>
    </message>
    <message>
        <source>Flexible letting allowed</source>
        <translation>Tilladt fleksibel udlejning</translation>
    </message>
    <message>
        <source>Share to
report</source>
        <translation>Andel til
anvisning</translation>
    </message>
    <message>
        <source>e.g. the new agreement with the organisations</source>
        <translation>fx den nye aftale med boligorganisationerne</translation>
    </message>
    <message>
        <source>Takes effect &amp;from:</source>
        <translation>Gælder f&amp;ra:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Save new version</source>
        <translation>&amp;Gem ny version</translation>
    </message>
    <message>
        <source>Versions of the colour policy</source>
        <translation>Farvereglernes versioner</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versioner:</translation>
    </message>
    <message>
        <source>{colour}: may report dwellings</source>
        <translation>{colour}: må melde boliger ind</translation>
    </message>
    <message>
        <source>{colour}: desk may place</source>
        <translation>{colour}: anvisningen må anvise</translation>
    </message>
    <message>
        <source>{colour}: not for applicants needing a strong area</source>
        <translation>{colour}: ikke for boligsøgende, der skal have et stærkt område</translation>
    </message>
    <message>
        <source>{colour}: share to report</source>
        <translation>{colour}: andel, der skal meldes ind</translation>
    </message>
    <message>
        <source>{colour}: flexible letting {form}</source>
        <translation>{colour}: fleksibel udlejning {form}</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farver</translation>
    </message>
    <message>
        <source>In force today: the built-in default</source>
        <translation>Gælder i dag: standardpolitikken</translation>
    </message>
    <message>
        <source>In force today: the version from {date}</source>
        <translation>Gælder i dag: versionen fra {date}</translation>
    </message>
    <message>
        <source>(shown below: the version from {date})</source>
        <translation>(vist herunder: versionen fra {date})</translation>
    </message>
    <message>
        <source>Built-in default</source>
        <translation>Standardpolitik</translation>
    </message>
    <message>
        <source>From {date}, by {user}</source>
        <translation>Fra {date}, af {user}</translation>
    </message>
    <message>
        <source>Saved: the new version applies from {date}.</source>
        <translation>Gemt: den nye version gælder fra {date}.</translation>
    </message>
</context>
</TS>
