<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>VacancyFormDialog</name>
    <message>
        <source>New dwelling</source>
        <translation>Ny bolig</translation>
    </message>
    <message>
        <source>Elevator</source>
        <translation>Elevator</translation>
    </message>
    <message>
        <source>Pets allowed</source>
        <translation>Husdyr tilladt</translation>
    </message>
    <message>
        <source>Wheelchair accessible</source>
        <translation>Kørestolsegnet</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>Niveaufri</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Boligorganisation:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Afdeling:</translation>
    </message>
    <message>
        <source>&amp;Lease number:</source>
        <translation>&amp;Lejemålsnummer:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Housin&amp;g scheme:</source>
        <translation>B&amp;oligordning:</translation>
    </message>
    <message>
        <source>&amp;Street and number:</source>
        <translation>&amp;Vej og husnummer:</translation>
    </message>
    <message>
        <source>&amp;Floor and door:</source>
        <translation>&amp;Etage og dør:</translation>
    </message>
    <message>
        <source>&amp;Postcode and town:</source>
        <translation>&amp;Postnr. og by:</translation>
    </message>
    <message>
        <source>&amp;Rooms:</source>
        <translation>Væ&amp;relser:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>A&amp;real:</translation>
    </message>
    <message>
        <source>Ren&amp;t a month:</source>
        <translation>&amp;Husleje pr. måned:</translation>
    </message>
    <message>
        <source>A conto &amp;heating:</source>
        <translation>Aconto var&amp;me:</translation>
    </message>
    <message>
        <source>A conto &amp;water:</source>
        <translation>Aconto va&amp;nd:</translation>
    </message>
    <message>
        <source>De&amp;posit:</source>
        <translation>&amp;Indskud:</translation>
    </message>
    <message>
        <source>A&amp;vailable from:</source>
        <translation>Le&amp;dig fra:</translation>
    </message>
    <message>
        <source>Re&amp;marks:</source>
        <translation>Bemær&amp;kninger:</translation>
    </message>
    <message>
        <source>Viewing &amp;contact:</source>
        <translation>Kontakt ved &amp;fremvisning:</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <source>Choose the housing organisation.</source>
        <translation>Vælg boligorganisationen.</translation>
    </message>
</context>
</TS>
