<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>SchemesSection</name>
    <message>
        <source>The roads to a home besides the ordinary share: each scheme&apos;s target groups, extra rules, lease, allocation right, rent-loss bearer and deadline. Changes take effect from the day chosen; a dwelling keeps its scheme&apos;s key.</source>
        <translation>Vejene til en bolig ud over den almindelige andel: hver ordnings målgrupper, ekstra regler, lejemål, anvisningsret, hvem der bærer lejetabet, og frist. Ændringer gælder fra den valgte dag; en bolig beholder sin ordnings nøgle.</translation>
    </message>
    <message>
        <source>Housing schemes</source>
        <translation>Boligordninger</translation>
    </message>
    <message>
        <source>Add sc&amp;heme</source>
        <translation>&amp;Tilføj ordning</translation>
    </message>
    <message>
        <source>Re&amp;move scheme</source>
        <translation>Fjern &amp;ordning</translation>
    </message>
    <message>
        <source>New scheme</source>
        <translation>Ny ordning</translation>
    </message>
    <message>
        <source>Saved. The schemes apply from {date}.</source>
        <translation>Gemt. Ordningerne gælder fra {date}.</translation>
    </message>
</context>
<context>
    <name>_SchemeForm</name>
    <message>
        <source>Stored on the scheme&apos;s dwellings: it cannot be changed later.</source>
        <translation>Gemmes på ordningens boliger: den kan ikke ændres senere.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>e.g. bostøtte, efterværn</source>
        <translation>fx bostøtte, efterværn</translation>
    </message>
    <message>
        <source>A dispensation must be in place</source>
        <translation>Der skal være en dispensation</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Almindeligt</translation>
    </message>
    <message>
        <source>Time-limited</source>
        <translation>Tidsbegrænset</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>Co-living (the tenants share the dwelling)</source>
        <translation>Delebolig (lejerne deler boligen)</translation>
    </message>
    <message>
        <source>Counts against the agreed share</source>
        <translation>Tæller med i den aftalte andel</translation>
    </message>
    <message>
        <source>Own allocation right</source>
        <translation>Egen anvisningsret</translation>
    </message>
    <message>
        <source> dwellings</source>
        <translation> boliger</translation>
    </message>
    <message>
        <source>The desk&apos;s usual deadline</source>
        <translation>Anvisningens sædvanlige frist</translation>
    </message>
    <message>
        <source>Working days from the landlord&apos;s notice</source>
        <translation>Arbejdsdage fra udlejerens henvendelse</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> arbejdsdage</translation>
    </message>
    <message>
        <source>empty: the ordinary offer letter</source>
        <translation>tom: det almindelige boligtilbud</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Nøgle:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;vn:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Lovgrundlag:</translation>
    </message>
    <message>
        <source>&amp;Target groups (none: all):</source>
        <translation>&amp;Målgrupper (ingen: alle):</translation>
    </message>
    <message>
        <source>A&amp;ge on the day of the offer:</source>
        <translation>&amp;Alder på tilbudsdagen:</translation>
    </message>
    <message>
        <source>All&amp;ocation:</source>
        <translation>Anvisnings&amp;ret:</translation>
    </message>
    <message>
        <source>O&amp;wn offer letter:</source>
        <translation>&amp;Eget boligtilbud:</translation>
    </message>
    <message>
        <source>&amp;Support in place (one of):</source>
        <translation>&amp;Støtte på plads (én af):</translation>
    </message>
    <message>
        <source>L&amp;ease:</source>
        <translation>Le&amp;jemål:</translation>
    </message>
    <message>
        <source>&amp;Rent loss borne by:</source>
        <translation>Lejetab &amp;bæres af:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Fr&amp;ist:</translation>
    </message>
</context>
</TS>
