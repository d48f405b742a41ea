<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ForecastSection</name>
    <message>
        <source>The estimated wait replays the dwellings the desk could use in the last months over today&apos;s list. More months give a steadier estimate; fewer follow recent changes sooner. The estimate is never a promise.</source>
        <translation>Den anslåede ventetid genspiller de boliger, anvisningen kunne bruge i de seneste måneder, over dagens liste. Flere måneder giver et roligere skøn; færre følger nylige ændringer hurtigere. Skønnet er aldrig et løfte.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>Dwellings from the last:</source>
        <translation>Boliger fra de seneste:</translation>
    </message>
    <message>
        <source>Waiting-time estimate</source>
        <translation>Anslået ventetid</translation>
    </message>
    <message>
        <source>Saved. Estimates made from that day look back this far.</source>
        <translation>Gemt. Skøn fra den dag ser så langt tilbage.</translation>
    </message>
</context>
</TS>
